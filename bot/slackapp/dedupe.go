package slackapp

import (
	"context"
	"time"
)

// eventKeep is how long event dedupe records are kept: well beyond Slack's
// retry window of about 5 minutes.
const eventKeep = time.Hour

// cleanEvents deletes dedupe records older than eventKeep. Idempotent.
func (a *App) cleanEvents(ctx context.Context) {
	n, err := a.store.DeleteEventsBefore(ctx, a.now().Add(-eventKeep))
	if err != nil {
		a.log.Warn().Err(err).Msg("cleaning up event records")
		return
	}
	a.log.Debug().Int64("deleted", n).Msg("cleaned up event records")
}

// RunCleanup deletes old event dedupe records now and then every interval
// until ctx ends.
func (a *App) RunCleanup(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		a.cleanEvents(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
