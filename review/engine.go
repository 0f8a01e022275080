package review

import (
	"cmp"
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/review/schedule"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Composer writes a review's messages in the workspace's language. The
// chat layer implements it (bot.Core); the engine only queues what it gets.
type Composer interface {
	// CoordinatorNotice tells a coordinator that review r opened, with its
	// analysis a and a way to close it early.
	CoordinatorNotice(ctx context.Context, team *storage.Team, r storage.Review, a Analysis) ([]outbox.Message, error)
	// SurveyInvitation asks member to answer r's survey for committees;
	// reminder is 0 for the invitation, 1 at half the window, 2 when 24
	// hours remain.
	SurveyInvitation(ctx context.Context, team *storage.Team, r storage.Review, member storage.Stakeholder, committees []storage.Committee, reminder int) ([]outbox.Message, error)
	// ChannelSummary reports the closed review r's summary s to a
	// channel: short, naming no one, and pointing to the coordinators'
	// full view.
	ChannelSummary(ctx context.Context, team *storage.Team, r storage.Review, s Summary) ([]outbox.Message, error)
	// CoordinatorSummary reports the closed review r's summary s to a
	// coordinator in a direct message: in full, with names.
	CoordinatorSummary(ctx context.Context, team *storage.Team, r storage.Review, s Summary) ([]outbox.Message, error)
	// ChartWords returns the words of review r's charts.
	ChartWords(ctx context.Context, team *storage.Team, r storage.Review) (ChartWords, error)
	// ReviewCanvas writes the closed review r's summary s as markdown for
	// its channel's canvas; it names no person.
	ReviewCanvas(ctx context.Context, team *storage.Team, r storage.Review, s Summary) (string, error)
	// CanvasNotPermitted returns the workspace's admins and the message
	// that tells them the canvas was skipped for want of scope.
	CanvasNotPermitted(ctx context.Context, team *storage.Team, scope string) ([]string, []outbox.Message, error)
}

// DefaultReviewWindow is how long a review started without a window stays
// open.
const DefaultReviewWindow = storage.DefaultScheduleWindow

// EngineOptions configure an Engine.
type EngineOptions struct {
	Store    *storage.Store
	Composer Composer
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Zone is used where a workspace has not chosen a time zone; nil means
	// Europe/Berlin.
	Zone *time.Location
	// Tick is the time between passes in Run; zero or more than
	// schedule.MaxTick means schedule.MaxTick.
	Tick time.Duration
	Log  zerolog.Logger
	// Metrics receives the number of open reviews on each pass; nil
	// counts nothing.
	Metrics *metrics.Metrics
}

// Engine runs network reviews: it opens them (from a schedule's run or a
// coordinator's command), stores survey answers, reminds the members who
// have not answered and closes each review exactly once with its summary.
// Any number of engines may share a store. It is safe for concurrent use.
type Engine struct {
	store    *storage.Store
	composer Composer
	now      func() time.Time
	zone     *time.Location
	tick     time.Duration
	log      zerolog.Logger
	metrics  *metrics.Metrics
}

// NewEngine returns an engine for opts. Call Run to start its loop.
func NewEngine(opts EngineOptions) *Engine {
	e := &Engine{store: opts.Store, composer: opts.Composer, now: opts.Now, zone: opts.Zone, tick: opts.Tick,
		log: opts.Log.With().Str("component", "reviews").Logger(), metrics: opts.Metrics}
	if e.now == nil {
		e.now = time.Now
	}
	if e.zone == nil {
		e.zone, _ = time.LoadLocation("Europe/Berlin")
		e.zone = cmp.Or(e.zone, time.UTC)
	}
	if e.tick <= 0 || e.tick > schedule.MaxTick {
		e.tick = schedule.MaxTick
	}
	return e
}

// Fire opens the network review of a schedule's run (it implements
// schedule.Firer for the kind network-review). Other kinds are an error:
// the caller dispatches by sched.Kind. Idempotent per run: the review id is
// derived from the run id, so a second call finds the review and only
// re-queues (idempotently) its opening messages.
func (e *Engine) Fire(ctx context.Context, team *storage.Team, sched storage.Schedule, run storage.Run) error {
	if sched.Kind != storage.ScheduleNetworkReview {
		return fmt.Errorf("review engine: schedule %s has kind %q, not %s", sched.ID, sched.Kind, storage.ScheduleNetworkReview)
	}
	_, err := e.Open(ctx, team, OpenRequest{
		Committees: sched.Committees, Window: sched.Window, Channel: sched.Channel,
		By: sched.CreatedBy, ScheduleID: sched.ID, RunID: run.ID(),
	})
	return err
}

// Run makes a pass at once and then every tick until ctx is cancelled; it
// then returns nil. Errors of a pass are logged and the loop goes on.
func (e *Engine) Run(ctx context.Context) error {
	ticker := time.NewTicker(e.tick)
	defer ticker.Stop()
	for {
		if err := e.Tick(ctx); err != nil && ctx.Err() == nil {
			e.log.Error().Err(err).Msg("review pass failed")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// Tick makes one pass over the open reviews of every workspace: it closes
// those whose window has ended and queues the reminders that are due (at
// half the window and when 24 hours remain) to the invitees who have not
// answered. It carries on past a review that fails and returns the first
// error. Idempotent: reminders and closing happen once however often and
// by however many engines it runs. Once ctx is cancelled it stops and
// returns ctx's error without logging it.
func (e *Engine) Tick(ctx context.Context) error {
	list, err := e.store.OpenReviewsOfAllTeams(ctx)
	if err != nil {
		return err
	}
	now := e.now().UTC()
	e.metrics.ReviewsOpen(len(list))
	var first error
	for _, r := range list {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		team := e.store.Team(r.TeamID)
		if err := e.tickReview(ctx, team, r, now); err != nil {
			if ctx.Err() != nil {
				return ctx.Err() // shutting down: the review did not fail
			}
			e.log.Error().Err(err).Str("team_id", r.TeamID).Str("review", r.ID).Msg("review pass failed")
			first = cmp.Or(first, err)
		}
	}
	return first
}

// tickReview closes r or reminds its silent invitees, as due at now.
func (e *Engine) tickReview(ctx context.Context, team *storage.Team, r storage.Review, now time.Time) error {
	if !now.Before(r.ClosesAt) {
		_, err := e.Close(ctx, team, r.ID, "")
		return err
	}
	for _, n := range dueReminders(r, now) {
		if err := e.remind(ctx, team, r, n, now); err != nil {
			return err
		}
	}
	return nil
}

// dueReminders returns the reminders (1, 2) due for r at now: the first at
// half the window, the second 24 hours before the end if that is after the
// first.
func dueReminders(r storage.Review, now time.Time) []int {
	var out []int
	half := r.OpenedAt.Add(r.ClosesAt.Sub(r.OpenedAt) / 2)
	if !now.Before(half) {
		out = append(out, 1)
	}
	if last := r.ClosesAt.Add(-24 * time.Hour); last.After(half) && !now.Before(last) {
		out = append(out, 2)
	}
	return out
}
