package slackapp_test

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// The opening messages of a review, rendered for Slack, are delivered by
// the outbox sender and accepted by (the fake) Slack, blocks included.
func TestReviewMessagesPostToSlack(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	store := storagetest.Open(t)
	tm := store.Team("T1")
	a := seededReviewCommittee(t, tm, now)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	core := bot.New(bot.Options{Store: store, Now: clock, Log: zerolog.Nop(), Language: i18n.German, Timezone: berlin,
		Render: slackapp.RenderMessages})
	engine := review.NewEngine(review.EngineOptions{Store: store, Composer: core, Now: clock, Log: zerolog.Nop()})
	core.SetReviews(engine)
	r, err := engine.Open(ctx, tm, review.OpenRequest{Committees: []string{a}, By: "UCOORD"})
	if err != nil {
		t.Fatal(err)
	}
	fake := slackfake.New(t)
	sender := outbox.NewSender(outbox.SenderOptions{
		Store: store, Poster: slackapp.Poster{Client: slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()))},
		Now: clock, ChannelInterval: time.Millisecond, Poll: 10 * time.Millisecond, Log: zerolog.Nop(),
	})
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for ctx.Err() == nil && pendingOf(t, tm, r.ID) > 0 {
		sender.Pass(ctx)
	}
	msgs, _ := tm.OutboxMessages(ctx, r.ID)
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

// seededReviewCommittee seeds a small network into tm, adds the working
// groups A (the stakeholders linked to U0SEED001 and U0SEED002) and B
// (U0SEED002 to U0SEED004), a coordinator UCOORD and an admin UADMIN, and
// returns A's id.
func seededReviewCommittee(t *testing.T, tm *storage.Team, now time.Time) string {
	t.Helper()
	ctx := context.Background()
	berlin, _ := time.LoadLocation("Europe/Berlin")
	if _, err := seed.Run(ctx, tm, seed.Options{Size: seed.Small, Seed: 1, Now: now, Loc: berlin}); err != nil {
		t.Fatal(err)
	}
	committee := func(name string, users ...string) string {
		c, err := tm.AddCommittee(ctx, storage.Committee{Name: name, Kind: storage.KindWorking,
			Purpose: storage.PurposeCooperation, Status: storage.CommitteeActive, CreatedAt: now})
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range users {
			linked, err := tm.StakeholdersBySlackUser(ctx, u)
			if err != nil || len(linked) != 1 {
				t.Fatalf("%s links %d stakeholders: %v", u, len(linked), err)
			}
			if _, err := tm.AddMember(ctx, c.ID, linked[0].ID, "test", now); err != nil {
				t.Fatal(err)
			}
		}
		return c.ID
	}
	a := committee("Arbeitsgruppe Übergänge", "U0SEED001", "U0SEED002")
	committee("Lenkungsgruppe Test", "U0SEED002", "U0SEED003", "U0SEED004")
	for u, r := range map[string]storage.Role{"UCOORD": storage.RoleCoordinator, "UADMIN": storage.RoleAdmin} {
		if err := tm.SetRole(ctx, u, r, "test", now); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// pendingOf counts review id's messages still waiting.
func pendingOf(t *testing.T, tm *storage.Team, id string) int {
	t.Helper()
	msgs, err := tm.OutboxMessages(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range msgs {
		if m.State == storage.OutboxPending {
			n++
		}
	}
	return n
}
