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
// loop, the review engine's reminders and closings, and the outbox sender.
type background struct {
	sender *outbox.Sender
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// startBackground gives core its review engine, warms the embedded
// store's caches and starts the scheduler
// (network reviews and commitment digests), the engine's ticks and the
// sender, which posts through poster (Slack, or the console's output). All
// of them report to m.
func startBackground(ctx context.Context, store *storage.Store, core *bot.Core, poster outbox.Poster, loc *time.Location, log zerolog.Logger, m *metrics.Metrics) *background {
	engine := review.NewEngine(review.EngineOptions{Store: store, Composer: core, Zone: loc, Log: log, Metrics: m})
	core.SetReviews(engine)
	digest := review.NewDigest(review.DigestOptions{Composer: core.DigestComposer(), Timezone: loc})
	fire := schedule.FireFunc(func(ctx context.Context, t *storage.Team, s storage.Schedule, r storage.Run) error {
		switch s.Kind {
		case storage.ScheduleNetworkReview:
			return engine.Fire(ctx, t, s, r)
		case storage.ScheduleCommitmentDigest:
			return digest.Fire(ctx, t, s, r)
		}
		return fmt.Errorf("schedule kind %q has no handler", s.Kind)
	})
	sched := schedule.NewScheduler(schedule.SchedulerOptions{Store: store, Fire: fire, Log: log, Metrics: m})
	b := &background{sender: outbox.NewSender(outbox.SenderOptions{Store: store, Poster: poster, Failed: engine.DeliveryFailed, Log: log, Metrics: m})}
	ctx, b.cancel = context.WithCancel(ctx)
	b.wg.Go(func() {
		if err := store.WarmCaches(ctx); err != nil && ctx.Err() == nil {
			log.Error().Err(err).Msg("warming the caches failed")
		}
	})
	b.wg.Go(func() { _ = sched.Run(ctx) })
	b.wg.Go(func() { _ = engine.Run(ctx) })
	b.wg.Go(func() { _ = b.sender.Run(ctx) })
	return b
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
