package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/review/schedule"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// background is the work the bot does on its own: the schedule firing
// loop, the review engine's reminders and closings, the outbox sender and
// the repair of changes left half done.
type background struct {
	sender *outbox.Sender
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// timing is how the background work keeps time: the run lease, the
// retention of what is done, and the test-only pause of a fire.
type timing struct {
	lease, retention, firePause time.Duration
}

// timingOf reads the timing from cfg; it fails for a bad value.
func timingOf(cfg config) (timing, error) {
	var tm timing
	var err error
	if tm.lease, err = cfg.runLease(); err != nil {
		return tm, err
	}
	if tm.retention, err = cfg.retention(); err != nil {
		return tm, err
	}
	tm.firePause, err = cfg.testFirePause()
	return tm, err
}

// startBackground gives core its review engine, warms the embedded
// store's caches and starts the scheduler
// (network reviews and commitment digests), the engine's ticks, the
// sender, which posts through poster (Slack, or the console's output), the
// repair of changes left half done and the prune of what is older than
// the retention. All of them report to m.
func startBackground(ctx context.Context, store *storage.Store, core *bot.Core, poster outbox.Poster, loc *time.Location, tm timing, log zerolog.Logger, m *metrics.Metrics) *background {
	engine := review.NewEngine(review.EngineOptions{Store: store, Composer: core, Zone: loc, Log: log, Metrics: m})
	core.SetReviews(engine)
	digest := review.NewDigest(review.DigestOptions{Composer: core.DigestComposer(), Timezone: loc, Pause: tm.firePause})
	fire := schedule.FireFunc(func(ctx context.Context, t *storage.Team, s storage.Schedule, r storage.Run) error {
		switch s.Kind {
		case storage.ScheduleNetworkReview:
			return engine.Fire(ctx, t, s, r)
		case storage.ScheduleCommitmentDigest:
			return digest.Fire(ctx, t, s, r)
		}
		return fmt.Errorf("schedule kind %q has no handler", s.Kind)
	})
	sched := schedule.NewScheduler(schedule.SchedulerOptions{Store: store, Fire: fire, Log: log, Metrics: m, Lease: tm.lease})
	b := &background{sender: outbox.NewSender(outbox.SenderOptions{Store: store, Poster: poster, Failed: engine.DeliveryFailed, Log: log, Metrics: m})}
	ctx, b.cancel = context.WithCancel(ctx)
	b.wg.Go(func() {
		if err := store.WarmCaches(ctx); err != nil && ctx.Err() == nil {
			log.Error().Err(err).Msg("warming the caches failed")
		}
	})
	b.wg.Go(func() { repairChanges(ctx, store, log) })
	b.wg.Go(func() { prune(ctx, store, tm.retention, log) })
	b.wg.Go(func() { _ = sched.Run(ctx) })
	b.wg.Go(func() { _ = engine.Run(ctx) })
	b.wg.Go(func() { _ = b.sender.Run(ctx) })
	return b
}

// repairChanges finishes, once per storage.ChangeLease until ctx ends,
// the changes that a process (another replica, or this one when a write
// failed) left half done; see storage.RepairChanges.
func repairChanges(ctx context.Context, store *storage.Store, log zerolog.Logger) {
	tick := time.NewTicker(storage.ChangeLease)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		n, err := store.RepairChanges(ctx, time.Now().Add(-storage.ChangeLease))
		switch {
		case err != nil && ctx.Err() == nil:
			log.Error().Err(err).Msg("finishing changes left half done failed")
		case n > 0:
			log.Warn().Int("changes", n).Msg("finished changes left half done")
		}
	}
}

// pruneEvery is the time between two prunes.
const pruneEvery = time.Hour

// prune deletes, at start and then every pruneEvery until ctx ends, what
// is older than retention and done with (see storage.Prune). A failed
// prune is logged and tried again next time; pruning is idempotent, so
// several replicas may prune at once.
func prune(ctx context.Context, store *storage.Store, retention time.Duration, log zerolog.Logger) {
	tick := time.NewTicker(pruneEvery)
	defer tick.Stop()
	for {
		p, err := store.Prune(ctx, time.Now().Add(-retention))
		switch {
		case err != nil && ctx.Err() == nil:
			log.Error().Err(err).Msg("pruning old records failed")
		case p.Total() > 0:
			log.Info().Int64("messages", p.Messages).Int64("attempts", p.Attempts).Int64("runs", p.Runs).
				Int64("takeovers", p.Takeovers).Msg("pruned records older than the retention")
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// stop ends the loops and waits for them; a post in flight is finished.
func (b *background) stop() {
	b.cancel()
	b.wg.Wait()
}

// flush delivers what is due now once more, after stop: the console uses
// it so that messages queued by the last commands print before it exits.
func (b *background) flush(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 40*time.Second)
	defer cancel()
	b.sender.Pass(ctx)
}
