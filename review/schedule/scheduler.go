package schedule

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// MaxTick is the longest time between two passes of the firing loop.
const MaxTick = 15 * time.Second

// DefaultLease is how long a started run is held without renewal before
// another process may take it over.
const DefaultLease = time.Minute

// maxExpired is the most runs with an expired lease one pass takes over.
const maxExpired = 100

// Firer does what a schedule's slot starts: opens a network review, queues
// a commitment digest. The scheduler calls Fire once per slot, after it has
// won the slot's claim in runs, with the workspace handle, the schedule and
// the claimed run (run.ID() is the deterministic id to key the run's outbox
// messages and records by; run.Manual tells a "schedule run" apart).
//
// Fire should be quick: write records and queue outbox messages, and leave
// the delivery to the outbox. A returned error marks the run failed; it is
// not retried, unless it is storage.KindUnavailable (the run is then
// resumed after its lease). The run carries a lease that the scheduler renews while Fire
// works; if the process dies (or shuts down) during Fire, the run stays
// "started" until its lease expires and then another scheduler (or this one
// after a restart) fires it again with the same run id. Fire's writes must
// therefore be idempotent per run id: a resumed fire adds only what is
// missing. Fire's context is cancelled when the lease was taken over.
type Firer interface {
	Fire(ctx context.Context, team *storage.Team, sched storage.Schedule, run storage.Run) error
}

// FireFunc adapts a function to a Firer.
type FireFunc func(ctx context.Context, team *storage.Team, sched storage.Schedule, run storage.Run) error

// Fire calls f.
func (f FireFunc) Fire(ctx context.Context, team *storage.Team, sched storage.Schedule, run storage.Run) error {
	return f(ctx, team, sched, run)
}

// SchedulerOptions configure a Scheduler.
type SchedulerOptions struct {
	Store *storage.Store
	// Fire is called for every slot this process wins.
	Fire Firer
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Tick is the time between passes in Run; zero or more than MaxTick
	// means MaxTick.
	Tick time.Duration
	// ProcessID names this process in the runs it claims; empty means
	// host name and process id.
	ProcessID string
	Log       zerolog.Logger
	// Metrics counts the slots this process fires, records as missed and
	// resumes; nil counts nothing.
	Metrics *metrics.Metrics
	// Lease is how long a started run is held without renewal; the
	// holder renews it every third of it. Zero means DefaultLease. Every
	// scheduler sharing a store should use the same lease, and their
	// clocks should agree to well within it.
	Lease time.Duration
}

// Scheduler is the firing loop of DESIGN.md section 6. Any number of
// schedulers, in one process or many, may share a store: each slot is
// claimed by inserting its run with a deterministic id, so it starts
// exactly once. It is safe for concurrent use.
type Scheduler struct {
	store *storage.Store
	fire  Firer
	now   func() time.Time
	tick  time.Duration
	id    string
	log   zerolog.Logger
	m     *metrics.Metrics
	lease time.Duration
}

// NewScheduler returns a scheduler for opts. Call Run to start it.
func NewScheduler(opts SchedulerOptions) *Scheduler {
	s := &Scheduler{store: opts.Store, fire: opts.Fire, now: opts.Now, tick: opts.Tick, id: opts.ProcessID, log: opts.Log, m: opts.Metrics,
		lease: cmp.Or(opts.Lease, DefaultLease)}
	if s.now == nil {
		s.now = time.Now
	}
	if s.tick <= 0 || s.tick > MaxTick {
		s.tick = MaxTick
	}
	if s.id == "" {
		s.id = processID()
	}
	s.log = s.log.With().Str("component", "scheduler").Logger()
	return s
}

// processID names this process: host name and process id.
func processID() string {
	host, err := os.Hostname()
	if err != nil {
		host = "unknown"
	}
	return fmt.Sprintf("%s/%d", host, os.Getpid())
}

// Run makes a pass at once and then every tick until ctx is cancelled; it
// then returns nil once the pass in progress has ended. Errors of a pass
// are logged and the loop goes on.
func (s *Scheduler) Run(ctx context.Context) error {
	ticker := time.NewTicker(s.tick)
	defer ticker.Stop()
	for {
		if err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.log.Error().Err(err).Msg("scheduler pass failed")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// Tick makes one pass: it takes over and fires again the started runs
// whose lease expired (see resumeExpired), for each active schedule of
// every workspace it claims the slots due since the schedule's last handled
// slot and fires the ones it wins (see Plan for catch-up), and for active
// and paused schedules it handles "schedule run" requests. It carries on
// past a schedule that fails and returns the first error. Idempotent: a
// second pass at the same time claims nothing new. Once ctx is cancelled
// it stops and returns ctx's error without logging it.
func (s *Scheduler) Tick(ctx context.Context) error {
	list, err := s.store.SchedulesOfAllTeams(ctx, storage.ScheduleActive, storage.SchedulePaused)
	if err != nil {
		return err
	}
	now := s.now().UTC()
	first := s.resumeExpired(ctx, list, now)
	for _, sched := range list {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		log := s.log.With().Str("team_id", sched.TeamID).Str("schedule", sched.ID).Logger()
		if err := s.handle(ctx, log, sched, now); err != nil {
			if ctx.Err() != nil {
				return ctx.Err() // shutting down: the schedule did not fail
			}
			log.Error().Err(err).Msg("schedule pass failed")
			first = cmp.Or(first, err)
		}
	}
	return first
}

// handle claims and fires what is due for one schedule at now.
func (s *Scheduler) handle(ctx context.Context, log zerolog.Logger, sched storage.Schedule, now time.Time) error {
	team := s.store.Team(sched.TeamID)
	if err := s.handleRequests(ctx, log, team, sched, now); err != nil {
		return err
	}
	if sched.Status != storage.ScheduleActive {
		return nil
	}
	spec, err := ParseSpec(sched.Spec)
	if err != nil {
		return err
	}
	loc, err := LoadZone(sched.Timezone)
	if err != nil {
		return err
	}
	plan := Plan(spec, loc, sched.LastSlot, now, sched.Deadline)
	for _, m := range plan.Missed {
		won, err := team.ClaimRun(ctx, s.newRun(sched, m, storage.RunMissed, now))
		if err != nil {
			return err
		}
		if won {
			s.m.Slot(metrics.SlotMissed)
			log.Warn().Str("slot", m.Key).Msg("slot missed: older than the newest slot within the deadline")
		}
	}
	if plan.Truncated {
		log.Warn().Int("recorded", len(plan.Missed)).Msg("more slots were missed than are recorded")
	}
	if plan.Run != nil {
		run := s.newRun(sched, *plan.Run, storage.RunStarted, now)
		won, err := team.ClaimRun(ctx, run)
		if err != nil {
			return err
		}
		if won {
			s.fireRun(ctx, log, team, sched, run)
		}
	}
	return team.AdvanceSchedule(ctx, sched.ID, now)
}

// handleRequests claims and fires the manual runs requested for sched.
func (s *Scheduler) handleRequests(ctx context.Context, log zerolog.Logger, team *storage.Team, sched storage.Schedule, now time.Time) error {
	reqs, err := team.RunRequests(ctx, sched.ID)
	if err != nil {
		return err
	}
	for _, req := range reqs {
		run := s.newRun(sched, Slot{At: req.SlotAt, Key: req.Slot}, storage.RunStarted, now)
		run.Manual = true
		won, err := team.ClaimRun(ctx, run)
		if err != nil {
			return err
		}
		if won {
			s.fireRun(ctx, log.With().Str("requested_by", req.By).Logger(), team, sched, run)
		}
		if err := team.DeleteRunRequest(ctx, run.ID()); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scheduler) newRun(sched storage.Schedule, slot Slot, state string, now time.Time) storage.Run {
	r := storage.Run{ScheduleID: sched.ID, Slot: slot.Key, SlotAt: slot.At, State: state, By: s.id, At: now}
	if state == storage.RunStarted {
		r.LeaseUntil = now.Add(s.lease)
	}
	return r
}

// fireRun calls the Firer for a run this process holds, renewing its lease
// meanwhile (keepLease), and records how it ended. A panic in the Firer
// marks the run failed and is logged; it does not stop the loop. When ctx
// ends, the lease is lost or the database cannot be reached before the
// Firer succeeded, the run is left started: whoever takes it over after
// its lease (this process too) finishes it.
func (s *Scheduler) fireRun(ctx context.Context, log zerolog.Logger, team *storage.Team, sched storage.Schedule, run storage.Run) {
	log = log.With().Str("run", run.ID()).Bool("manual", run.Manual).Int("holder", run.Holder).Logger()
	log.Info().Msg("slot claimed; firing")
	if run.Holder == 0 {
		s.m.Slot(metrics.SlotFired)
	}
	fireCtx, stop := context.WithCancel(ctx)
	renewed := make(chan struct{})
	go func() {
		defer close(renewed)
		s.keepLease(fireCtx, stop, log, team, run)
	}()
	err := s.callFire(fireCtx, team, sched, run)
	lost := fireCtx.Err() != nil
	stop()
	<-renewed
	if err != nil && (lost || storage.KindOf(err) == storage.KindUnavailable) {
		log.Warn().Err(err).Msg("run interrupted; it is resumed after its lease")
		return
	}
	state, text := storage.RunDone, ""
	if err != nil {
		state, text = storage.RunFailed, err.Error()
		log.Error().Err(err).Msg("run failed")
	}
	if err := team.FinishRun(context.WithoutCancel(ctx), run.ID(), state, text); err != nil {
		log.Error().Err(err).Msg("recording the end of the run failed")
	}
}

// keepLease renews run's lease every third of the lease until ctx ends. It
// calls lost and returns when another process has taken the run over. A
// failed renewal is logged and tried again at the next renewal.
func (s *Scheduler) keepLease(ctx context.Context, lost context.CancelFunc, log zerolog.Logger, team *storage.Team, run storage.Run) {
	tick := time.NewTicker(s.lease / 3)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		over, err := team.TakenOver(ctx, run.ID(), run.Holder)
		if over {
			log.Warn().Msg("run taken over by another process after its lease expired")
			lost()
			return
		}
		if err == nil {
			err = team.RenewRunLease(ctx, run.ID(), s.now().Add(s.lease))
		}
		if err != nil && ctx.Err() == nil {
			log.Error().Err(err).Msg("renewing the lease of the run failed")
		}
	}
}

// resumeExpired takes over the started runs whose lease expired before now
// (their process died or lost the database) and fires them again: the
// Firer is idempotent per run, so the resumed fire adds only what is
// missing. A run older than its schedule's deadline is marked failed
// instead, never fired late; a run whose schedule is not in list (deleted,
// or ended) is left alone. It returns the first error and carries on.
func (s *Scheduler) resumeExpired(ctx context.Context, list []storage.Schedule, now time.Time) error {
	expired, err := s.store.ExpiredRuns(ctx, now, maxExpired)
	if err != nil {
		return err
	}
	byID := make(map[string]storage.Schedule, len(list))
	for _, sched := range list {
		byID[sched.TeamID+"/"+sched.ID] = sched
	}
	var first error
	for _, run := range expired {
		sched, ok := byID[run.TeamID+"/"+run.ScheduleID]
		if !ok {
			continue
		}
		if err := s.resume(ctx, sched, run, now); err != nil {
			if ctx.Err() != nil {
				return ctx.Err() // shutting down: the run did not fail
			}
			s.log.Error().Err(err).Str("team_id", run.TeamID).Str("run", run.ID()).Msg("resuming a run failed")
			first = cmp.Or(first, err)
		}
	}
	return first
}

// resume takes over one expired run and fires it, or fails it when it is
// past its schedule's deadline.
func (s *Scheduler) resume(ctx context.Context, sched storage.Schedule, run storage.Run, now time.Time) error {
	team := s.store.Team(run.TeamID)
	run, won, err := team.TakeOverRun(ctx, run, s.id, now, now.Add(s.lease), s.lease)
	if err != nil || !won {
		return err
	}
	log := s.log.With().Str("team_id", run.TeamID).Str("schedule", sched.ID).Logger()
	if now.Sub(run.SlotAt) > sched.Deadline {
		log.Warn().Str("run", run.ID()).Msg("run abandoned: its lease expired after the schedule's deadline")
		return team.FinishRun(ctx, run.ID(), storage.RunFailed, "abandoned: lease expired after the deadline")
	}
	s.m.Slot(metrics.SlotResumed)
	s.fireRun(ctx, log, team, sched, run)
	return nil
}

func (s *Scheduler) callFire(ctx context.Context, team *storage.Team, sched storage.Schedule, run storage.Run) (err error) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("firer panicked")
			err = errors.New("firer panicked: " + fmt.Sprint(p))
		}
	}()
	return s.fire.Fire(ctx, team, sched, run)
}
