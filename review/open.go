package review

import (
	"context"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// OpenRequest says what review to open.
type OpenRequest struct {
	// Committees are the short ids under review; empty means every active
	// committee.
	Committees []string
	// Window is how long the review stays open; zero means
	// DefaultReviewWindow.
	Window time.Duration
	// Channel is where the summary is posted; empty means only to the
	// coordinators.
	Channel string
	// By is the user who started it (for a schedule: its creator).
	By string
	// ScheduleID and RunID are set for a scheduled review.
	ScheduleID, RunID string
}

// Open opens a network review: it analyses the period since the previous
// review (see ReviewPeriod: whole days, the FirstPeriodDays before today
// for the first), stores the review with the analysis, its invitees and
// the anonymity threshold the survey promises, and queues a notice to each coordinator
// and a survey invitation to each invitee.
//
// A workspace has at most one open review: Open fails with KindConflict
// (err.review_already_open, with the open review's id) while another is
// open. With a RunID it is idempotent: the review of that run is returned
// and its messages are queued again, which stores nothing new. It fails
// with KindNotFound when a committee does not exist, and with the storage
// error when a read or write fails.
func (e *Engine) Open(ctx context.Context, team *storage.Team, req OpenRequest) (storage.Review, error) {
	if req.RunID != "" {
		r, err := team.Review(ctx, storage.ReviewIDForRun(req.RunID))
		if err == nil {
			return e.resumeOpen(ctx, team, r)
		}
		if !storage.IsNotFound(err) {
			return storage.Review{}, err
		}
	}
	r, err := e.prepare(ctx, team, req)
	if err != nil {
		return storage.Review{}, err
	}
	if r, err = team.AddReview(ctx, r); err != nil {
		if storage.IsConflict(err) && req.RunID != "" {
			return e.Open(ctx, team, req) // another engine opened it meanwhile
		}
		return storage.Review{}, err
	}
	if err := e.claimOpen(ctx, team, r); err != nil {
		return storage.Review{}, err
	}
	return r, e.announce(ctx, team, r)
}

// resumeOpen finishes the opening of r, a run's review stored before: the
// claim of the workspace's open review (when r is still open) and the
// opening messages. Both are idempotent.
func (e *Engine) resumeOpen(ctx context.Context, team *storage.Team, r storage.Review) (storage.Review, error) {
	if r.Status == storage.ReviewOpen {
		if err := e.claimOpen(ctx, team, r); err != nil {
			return storage.Review{}, err
		}
	}
	return r, e.announce(ctx, team, r)
}

// prepare builds the review to open: period, committees, analysis,
// dimensions and invitees.
func (e *Engine) prepare(ctx context.Context, team *storage.Team, req OpenRequest) (storage.Review, error) {
	settings, err := team.Settings(ctx)
	if err != nil {
		return storage.Review{}, err
	}
	loc := settings.Location(e.zone)
	now := e.now().UTC()
	if req.Window <= 0 {
		req.Window = DefaultReviewWindow
	}
	r := storage.Review{
		ScheduleID: req.ScheduleID, RunID: req.RunID, StartedBy: req.By, Channel: req.Channel,
		OpenedAt: now, ClosesAt: now.Add(req.Window), Dimensions: settings.DimensionList(),
		MinAnswers: settings.AnonymityThreshold(),
	}
	if req.RunID != "" {
		r.ID = storage.ReviewIDForRun(req.RunID)
	}
	opts := Options{Today: now.In(loc).Format(time.DateOnly), Zone: loc, Committees: req.Committees}
	prev, err := previousReview(ctx, team)
	if err != nil {
		return storage.Review{}, err
	}
	var prevLate time.Time
	if prev != nil {
		r.PreviousID = prev.ID
		if opts.Previous, opts.Answered, err = previousInputs(ctx, team, *prev); err != nil {
			return storage.Review{}, err
		}
		prevLate = opts.Previous.LateFrom
	}
	period, late := ReviewPeriod(prev, prevLate, now, loc)
	r.PeriodFrom, r.PeriodTo, opts.LateFrom = period.From, period.To, late
	a, err := Analyze(ctx, team, period, opts)
	if err != nil {
		return storage.Review{}, err
	}
	for _, c := range a.Reviewed {
		r.Committees = append(r.Committees, c.ID)
	}
	if r.Analysis, err = storage.MarshalSnapshot(a); err != nil {
		return storage.Review{}, err
	}
	r.Invitees, err = invitees(ctx, team, r.Committees)
	return r, err
}

// previousReview returns the workspace's newest review, nil when none.
func previousReview(ctx context.Context, team *storage.Team) (*storage.Review, error) {
	list, err := team.Reviews(ctx, 1)
	if err != nil || len(list) == 0 {
		return nil, err
	}
	return &list[0], nil
}

// previousInputs returns the previous review's analysis and who answered
// its survey.
func previousInputs(ctx context.Context, team *storage.Team, prev storage.Review) (*Analysis, map[string]bool, error) {
	a, err := AnalysisOf(prev)
	if err != nil {
		return nil, nil, err
	}
	answers, err := team.SurveyAnswers(ctx, prev.ID)
	if err != nil {
		return nil, nil, err
	}
	answered := map[string]bool{}
	for _, ans := range answers {
		answered[ans.Stakeholder] = true
	}
	return &a, answered, nil
}

// AnalysisOf decodes the analysis stored with r.
func AnalysisOf(r storage.Review) (Analysis, error) {
	var a Analysis
	if len(r.Analysis) == 0 {
		return a, nil
	}
	err := storage.UnmarshalSnapshot(r.Analysis, &a)
	return a, err
}

// claimOpen takes the workspace's open-review claim for r. A claim held by
// a review that is closed or gone is stale (a crash during a close) and is
// taken over. If another review is open, r is removed again and Open fails
// with KindConflict.
func (e *Engine) claimOpen(ctx context.Context, team *storage.Team, r storage.Review) error {
	for range 3 {
		holder, err := team.ClaimOpenSlot(ctx, r.ID, r.OpenedAt)
		if err != nil || holder == "" || holder == r.ID {
			return err
		}
		other, err := team.Review(ctx, holder)
		if err == nil && other.Status == storage.ReviewOpen {
			if err := team.DeleteReview(ctx, r.ID); err != nil {
				return err
			}
			return storage.Errorf(storage.KindConflict, "err.review_already_open", holder)
		}
		if err != nil && !storage.IsNotFound(err) {
			return err
		}
		if err := team.ReleaseOpenSlot(ctx, holder); err != nil {
			return err
		}
	}
	return storage.Errorf(storage.KindConflict, "err.review_already_open", "?")
}

// announce queues the opening messages of r: a notice to each coordinator
// and an invitation to each invitee. Idempotent (deterministic keys).
func (e *Engine) announce(ctx context.Context, team *storage.Team, r storage.Review) error {
	a, err := AnalysisOf(r)
	if err != nil {
		return err
	}
	coords, err := coordinators(ctx, team, r)
	if err != nil {
		return err
	}
	for _, user := range coords {
		msgs, err := e.composer.CoordinatorNotice(ctx, team, r, a)
		if err != nil {
			return err
		}
		if _, err := outbox.Queue(ctx, team, r.ID, r.ID+"/notice/"+user, user, msgs, e.now()); err != nil {
			return err
		}
	}
	return e.invite(ctx, team, r, r.Invitees, 0, e.now())
}
