package review_test

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The opening messages of a review, rendered for Slack, are delivered by
// the outbox sender and accepted by (the fake) Slack, blocks included.
func TestReviewMessagesPostToSlack(t *testing.T) {
	f := newReviewFixture(t, slackapp.RenderMessages)
	r, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{Committees: []string{f.a}, By: "UCOORD"})
	if err != nil {
		t.Fatal(err)
	}
	fake := slackfake.New(t)
	sender := review.NewSender(review.SenderOptions{
		Store: f.store, Poster: review.SlackPoster{Client: slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()))},
		Now: f.clock.Now, ChannelInterval: time.Millisecond, Poll: 10 * time.Millisecond, Log: zerolog.Nop(),
	})
	ctx, cancel := context.WithTimeout(f.ctx, time.Minute)
	defer cancel()
	for ctx.Err() == nil && f.pending(r.ID) > 0 {
		sender.Pass(ctx)
	}
	msgs, _ := f.team.OutboxMessages(f.ctx, r.ID)
	if len(msgs) != 4 { // notices to UADMIN and UCOORD, invitations to s1 and s2
		t.Fatalf("%d messages queued, want 4", len(msgs))
	}
	for _, m := range msgs {
		if m.State != storage.OutboxSent || m.TS == "" {
			t.Errorf("%s: %s %q", m.Key, m.State, m.LastError)
		}
	}
	posted := fake.Messages()
	if len(posted) != 4 {
		t.Fatalf("%d messages posted, want 4", len(posted))
	}
	for _, p := range posted {
		if len(p.Blocks) == 0 || p.Text == "" {
			t.Errorf("posted to %s without blocks or text", p.Channel)
		}
	}
}

// pending counts review id's messages still waiting.
func (f *reviewFixture) pending(id string) int {
	msgs, err := f.team.OutboxMessages(f.ctx, id)
	if err != nil {
		f.t.Fatal(err)
	}
	n := 0
	for _, m := range msgs {
		if m.State == storage.OutboxPending {
			n++
		}
	}
	return n
}
