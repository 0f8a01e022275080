package review

import (
	"context"
	"errors"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// queueCanvas queues the summary s of the closed review r, as markdown,
// for the canvas of its channel under "<review>/canvas/<channel>", when the
// workspace turned the review canvas on (settings canvas on) and the
// review has a channel. Idempotent.
func (e *Engine) queueCanvas(ctx context.Context, team *storage.Team, r storage.Review, s Summary) error {
	if r.Channel == "" {
		return nil
	}
	settings, err := team.Settings(ctx)
	if err != nil || !settings.ReviewCanvas {
		return err
	}
	key := r.ID + "/canvas/" + r.Channel
	if _, err := team.OutboxMessage(ctx, key); err == nil {
		return nil
	}
	md, err := e.composer.ReviewCanvas(ctx, team, r, s)
	if err != nil {
		return err
	}
	_, err = outbox.Queue(ctx, team, r.ID, key, r.Channel, []outbox.Message{{Text: md, Canvas: true}}, e.now())
	return err
}

// DeliveryFailed is the outbox sender's Failed hook. When a review's
// canvas could not be written because the workspace has not granted the
// scope, it tells the admins why, once for good: the notice's key
// "canvas-not-permitted/<admin>" does not depend on the review. Everything
// else about the review goes on as without the canvas. A failure to queue
// the notice is logged.
func (e *Engine) DeliveryFailed(ctx context.Context, m storage.OutboxMessage, err error) {
	np, ok := errors.AsType[*outbox.NotPermittedError](err)
	if !m.Canvas || !ok {
		return
	}
	team := e.store.Team(m.TeamID)
	admins, msgs, err := e.composer.CanvasNotPermitted(ctx, team, np.Scope)
	for _, a := range admins {
		if err != nil {
			break
		}
		_, err = outbox.Queue(ctx, team, m.RunID, "canvas-not-permitted/"+a, a, msgs, e.now())
	}
	if err != nil {
		e.log.Error().Err(err).Str("team_id", m.TeamID).Str("review_id", m.RunID).Msg("telling the admins about the canvas failed")
	}
}
