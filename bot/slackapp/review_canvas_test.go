package slackapp_test

import (
	"context"
	"strings"
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
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// canvasEnv is a seeded workspace with the review canvas turned on, its
// engine and a sender to the fake Slack; close runs and closes a review
// with a channel and delivers everything.
type canvasEnv struct {
	fake  *slackfake.Server
	tm    *storage.Team
	close func() string
}

func newCanvasEnv(t *testing.T) canvasEnv {
	t.Helper()
	ctx := context.Background()
	now := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	store := storagetest.Open(t)
	tm := store.Team("T1")
	a := seededReviewCommittee(t, tm, now)
	s, err := tm.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.ReviewCanvas = true
	if err := tm.SaveSettings(ctx, s); err != nil {
		t.Fatal(err)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	core := bot.New(bot.Options{Store: store, Now: clock, Log: zerolog.Nop(), Language: i18n.German, Timezone: berlin,
		Render: slackapp.RenderMessages})
	engine := review.NewEngine(review.EngineOptions{Store: store, Composer: core, Now: clock, Log: zerolog.Nop()})
	fake := slackfake.New(t)
	sender := outbox.NewSender(outbox.SenderOptions{
		Store: store, Poster: slackapp.Poster{Client: slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()))},
		Failed: engine.DeliveryFailed, Now: clock, ChannelInterval: time.Millisecond, Poll: 10 * time.Millisecond, Log: zerolog.Nop(),
		Sleep: func(ctx context.Context, d time.Duration) error {
			now = now.Add(max(d, time.Millisecond))
			return ctx.Err()
		},
	})
	closeOne := func() string {
		r, err := engine.Open(ctx, tm, review.OpenRequest{Committees: []string{a}, Channel: "C0REVIEW", By: "UCOORD"})
		if err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Hour)
		if _, err := engine.Close(ctx, tm, r.ID, "UCOORD"); err != nil {
			t.Fatal(err)
		}
		sctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		for sctx.Err() == nil && pendingAll(t, tm) > 0 {
			now = now.Add(sender.Pass(sctx))
		}
		now = now.Add(24 * time.Hour)
		return r.ID
	}
	return canvasEnv{fake: fake, tm: tm, close: closeOne}
}

// pendingAll counts the workspace's messages still waiting.
func pendingAll(t *testing.T, tm *storage.Team) int {
	t.Helper()
	return pendingOf(t, tm, "")
}

// With the review canvas on, the first closing makes the channel's canvas
// with the summary and the next one adds its summary at the end.
func TestReviewCanvasIsWrittenOnClose(t *testing.T) {
	e := newCanvasEnv(t)
	first := e.close()
	second := e.close()
	canvases := e.fake.Canvases()
	if len(canvases) != 1 || canvases[0].Channel != "C0REVIEW" || len(canvases[0].Markdown) != 2 {
		t.Fatalf("canvases %+v, want one of C0REVIEW with two summaries", canvases)
	}
	for i, id := range []string{first, second} {
		md := canvases[0].Markdown[i]
		if !strings.HasPrefix(md, "## Ergebnis der Netzwerküberprüfung "+id+"\n") || !strings.Contains(md, "Rücklauf:") {
			t.Errorf("canvas part %d:\n%s", i, md)
		}
	}
	if n := len(e.fake.CallsTo("canvases.edit")); n != 1 {
		t.Errorf("%d canvases.edit calls, want 1", n)
	}
}

// Without canvases:write the review closes as before, and the admin is told
// why once, not at every review.
func TestReviewCanvasWithoutScopeTellsTheAdminOnce(t *testing.T) {
	e := newCanvasEnv(t)
	e.fake.FailNext("conversations.canvases.create", "missing_scope", 2)
	for range 2 {
		id := e.close()
		msgs, err := e.tm.OutboxMessages(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			want := storage.OutboxSent
			if m.Canvas {
				want = storage.OutboxFailed
			}
			if m.State != want {
				t.Errorf("%s: %s (%q), want %s", m.Key, m.State, m.LastError, want)
			}
		}
	}
	if len(e.fake.Canvases()) != 0 {
		t.Errorf("canvases %+v, want none", e.fake.Canvases())
	}
	var notices []string
	for _, m := range e.fake.Messages() {
		if strings.Contains(m.Text, "canvases:write") {
			notices = append(notices, m.Channel)
		}
	}
	if len(notices) != 1 || notices[0] != "UADMIN" {
		t.Errorf("notices to %v, want one to UADMIN", notices)
	}
}
