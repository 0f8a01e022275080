package slackapp_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// TestDigestDeliveredToSlack fires a commitment digest with Slack's
// renderer and delivers it through the outbox sender to the fake, which
// accepts only valid Block Kit within Slack's limits.
func TestDigestDeliveredToSlack(t *testing.T) {
	ctx := context.Background()
	store := storagetest.Open(t)
	fake := slackfake.New(t)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	at := time.Date(2027, 1, 15, 8, 0, 0, 0, time.UTC)
	core := bot.New(bot.Options{Store: store, Now: func() time.Time { return at }, Log: zerolog.Nop(),
		Timezone: berlin, Render: slackapp.RenderMessages})
	tm := store.Team(team)
	eva, err := tm.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva <Muster> & Co", SlackUser: member, Status: storage.StatusConfirmed, CreatedAt: at})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i, due := range []string{"2027-01-10", "2027-01-16", "2027-01-17"} {
		c, err := tm.AddCommitment(ctx, storage.Commitment{Owner: eva.ID, Text: "Aufgabe <!channel> " + string(rune('A'+i)), Due: due, CreatedAt: at})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}

	digest := review.NewDigest(review.DigestOptions{Composer: core.DigestComposer(), Timezone: berlin})
	sched := storage.Schedule{ID: "p1", Kind: storage.ScheduleCommitmentDigest, Spec: "0 9 * * *", Timezone: "Europe/Berlin"}
	run := storage.Run{ScheduleID: "p1", Slot: "2027-01-15T09:00", SlotAt: at, State: storage.RunStarted, At: at}
	if err := digest.Fire(ctx, tm, sched, run); err != nil {
		t.Fatal(err)
	}
	api := slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()))
	sender := outbox.NewSender(outbox.SenderOptions{Store: store, Poster: slackapp.Poster{Client: api},
		Now: func() time.Time { return at.Add(time.Minute) }, Log: zerolog.Nop()})
	sender.Pass(ctx)

	msg, err := tm.OutboxMessage(ctx, run.ID()+"/digest/"+member)
	if err != nil {
		t.Fatal(err)
	}
	if msg.State != storage.OutboxSent || msg.LastError != "" {
		t.Fatalf("digest state %q, error %q; want sent", msg.State, msg.LastError)
	}
	posted := fake.Messages()
	if len(posted) != 1 {
		t.Fatalf("fake got %d messages, want 1", len(posted))
	}
	blocks := strings.ReplaceAll(string(posted[0].Blocks), `\u0026`, "&")
	for _, want := range []string{`"type":"actions"`, "zusage erledigt " + ids[0], "zusage beginnen " + ids[1],
		"zusage frist " + ids[0] + " 2027-01-22", "Frist +7 Tage", "&lt;!channel&gt;", "Eva &lt;Muster&gt; &amp; Co"} {
		if !strings.Contains(blocks, want) {
			t.Errorf("posted blocks lack %q:\n%s", want, blocks)
		}
	}
	if strings.Contains(blocks, "<!channel>") {
		t.Errorf("user text reached Slack unescaped:\n%s", blocks)
	}
}
