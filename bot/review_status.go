package bot

import (
	"slices"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// historyLimit is how many past reviews "review history" lists.
const historyLimit = 20

// reviewStatus: review status shows the open review: its window, the
// response rate so far and who has not answered (a count for members,
// the names for coordinators).
func reviewStatus(cl *call) (Reply, error) {
	e, err := cl.engine()
	if err != nil {
		return Reply{}, err
	}
	r, err := e.OpenReview(cl.ctx, cl.team)
	if err != nil {
		return Reply{}, err
	}
	silent, err := cl.silentInvitees(r)
	if err != nil {
		return Reply{}, err
	}
	done := len(r.Invitees) - len(silent)
	blocks := []Block{
		Header{cl.lang.T("review.status_title", r.ID)},
		Fields{reviewFields(cl.reader(), r)},
		Paragraph{cl.lang.T("review.response_rate", done, len(r.Invitees), cl.lang.Percent(rate(done, len(r.Invitees))))},
	}
	if len(silent) > 0 && cl.role >= storage.RoleCoordinator {
		names, err := cl.stakeholderNames(silent)
		if err != nil {
			return Reply{}, err
		}
		blocks = append(blocks, Paragraph{cl.lang.T("review.silent_names")}, List{names})
	}
	if cl.role >= storage.RoleCoordinator {
		blocks = append(blocks, Buttons{[]Button{{Label: cl.lang.T("review.button_close"), Command: CommandLine(cl.lang, []string{"review", "close"}, r.ID), Style: "danger"}}})
	}
	return Reply{Blocks: blocks, Private: cl.role >= storage.RoleCoordinator}, nil
}

// rate is n/of, 0 when of is 0.
func rate(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// stakeholderNames returns the names of the stakeholders ids, sorted.
func (cl *call) stakeholderNames(ids []string) ([]string, error) {
	list, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{IDs: ids})
	if err != nil {
		return nil, err
	}
	names := make([]string, len(list))
	for i, s := range list {
		names[i] = s.Name
	}
	slices.Sort(names)
	return names, nil
}

// reviewHistory: review history lists the past reviews, newest first, with
// date, response rate, overall average and its trend.
func reviewHistory(cl *call) (Reply, error) {
	list, err := cl.team.Reviews(cl.ctx, historyLimit)
	if err != nil {
		return Reply{}, err
	}
	if len(list) == 0 {
		return Say(cl.lang.T("review.history_empty")), nil
	}
	lines := make([]string, len(list))
	for i, r := range list {
		day := cl.lang.Day(r.OpenedAt.In(cl.loc))
		s, closed, err := review.SummaryOf(r)
		if err != nil {
			return Reply{}, err
		}
		switch {
		case !closed:
			lines[i] = cl.lang.T("review.history_open", r.ID, day)
		case s.OverallN == 0:
			lines[i] = cl.lang.T("review.history_no_ratings", r.ID, day, cl.lang.Percent(s.ResponseRate))
		default:
			lines[i] = cl.lang.T("review.history_line", r.ID, day, cl.lang.Percent(s.ResponseRate),
				cl.lang.Decimal(s.Overall), trendMark(cl.lang, s.OverallTrend))
		}
	}
	return Reply{Blocks: []Block{Header{cl.lang.T("review.history_title")}, List{lines}}}, nil
}

// reviewShow: review show <id> shows a review in full, for coordinators:
// its facts, the overall result once closed, the named participation, each
// committee with its figures and (once closed) survey results, the changed
// priorities, the flags and who has not answered. A review of another
// workspace is not found.
func reviewShow(cl *call) (Reply, error) {
	id, err := cl.reviewID()
	if err != nil {
		return Reply{}, err
	}
	r, err := cl.findReview(id)
	if err != nil {
		return Reply{}, err
	}
	a, err := review.AnalysisOf(r)
	if err != nil {
		return Reply{}, err
	}
	rd := cl.reader()
	blocks := []Block{
		Header{cl.lang.T("review.show_title", r.ID)},
		Fields{append(reviewFields(rd, r), Field{cl.lang.T("field.review_committees"), refNames(a.Reviewed)})},
	}
	s, closed, err := review.SummaryOf(r)
	if err != nil {
		return Reply{}, err
	}
	var summary *review.Summary
	silent := s.NonRespondents
	if closed {
		summary = &s
		blocks = append(blocks, Fields{summaryFields(cl.lang, s)})
	} else if silent, err = cl.silentInvitees(r); err != nil {
		return Reply{}, err
	}
	blocks = append(blocks, analysisBlocks(rd, a, summary)...)
	blocks = append(blocks, nonRespondentBlocks(cl.lang, a, silent, !closed)...)
	return Reply{Blocks: blocks, Private: true}, nil
}

// silentInvitees returns the invitees of the open review r who have not
// answered yet (stakeholder ids).
func (cl *call) silentInvitees(r storage.Review) ([]string, error) {
	e, err := cl.engine()
	if err != nil {
		return nil, err
	}
	answered, err := e.Respondents(cl.ctx, cl.team, r.ID)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, inv := range r.Invitees {
		if !answered[inv.Stakeholder] {
			out = append(out, inv.Stakeholder)
		}
	}
	return out, nil
}
