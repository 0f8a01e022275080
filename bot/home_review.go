package bot

import "github.com/netzwerkbot/netzwerkbot/storage"

func init() {
	addHomeSection(25, homeNextReview)
}

// homeReviewSchedules is how many review schedules the Home page lists.
const homeReviewSchedules = 3

// homeNextReview shows when the active network-review schedules run next.
// A workspace without one gets no section.
func homeNextReview(cl *call) ([]Block, error) {
	list, err := cl.team.Schedules(cl.ctx, storage.ScheduleActive)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, s := range list {
		if s.Kind != storage.ScheduleNetworkReview || len(lines) == homeReviewSchedules {
			continue
		}
		if next := cl.nextRuns(s, 1); len(next) == 1 {
			lines = append(lines, cl.lang.T("home.next_review_line", next[0], s.ID))
		}
	}
	if len(lines) == 0 {
		return nil, nil
	}
	return []Block{Header{cl.lang.T("home.next_review")}, List{lines}}, nil
}
