package slackapp_test

import (
	"bytes"
	"context"
	"image/png"
	"slices"
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

// The closing summary in the channel carries the anonymous charts as files
// uploaded with the external upload flow: none while the only committee
// with answers has fewer than review.MinAnswers of them, the averages and
// the trend once a committee has enough.
func TestReviewSummaryChartsUploadToSlack(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	store := storagetest.Open(t)
	tm := store.Team("T1")
	a := seededReviewCommittee(t, tm, now) // A: U0SEED001, U0SEED002
	b, err := tm.CommitteeByName(ctx, "Lenkungsgruppe Test")
	if err != nil {
		t.Fatal(err)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	core := bot.New(bot.Options{Store: store, Now: clock, Log: zerolog.Nop(), Language: i18n.German, Timezone: berlin,
		Render: slackapp.RenderMessages})
	engine := review.NewEngine(review.EngineOptions{Store: store, Composer: core, Now: clock, Log: zerolog.Nop()})
	core.SetReviews(engine)
	fake := slackfake.New(t)
	sender := outbox.NewSender(outbox.SenderOptions{
		Store: store, Poster: slackapp.Poster{Client: slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()))},
		Now: clock, ChannelInterval: time.Millisecond, Poll: 10 * time.Millisecond, Log: zerolog.Nop(),
		Sleep: func(ctx context.Context, d time.Duration) error { // pacing waits on the fake clock
			now = now.Add(max(d, time.Millisecond))
			return ctx.Err()
		},
	})
	runReview := func(answers map[string][]string) string {
		t.Helper()
		r, err := engine.Open(ctx, tm, review.OpenRequest{Committees: []string{a, b.ID}, Channel: "C0REVIEW", By: "UCOORD"})
		if err != nil {
			t.Fatal(err)
		}
		for committee, users := range answers {
			for _, u := range users {
				req := review.AnswerRequest{ReviewID: r.ID, CommitteeID: committee, User: u, Ratings: []int{4, 3, 5, 2}}
				if _, err := engine.Answer(ctx, tm, req); err != nil {
					t.Fatal(err)
				}
			}
		}
		now = now.Add(time.Hour)
		if _, err := engine.Close(ctx, tm, r.ID, "UCOORD"); err != nil {
			t.Fatal(err)
		}
		sctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		for sctx.Err() == nil && pendingOf(t, tm, r.ID) > 0 {
			now = now.Add(sender.Pass(sctx))
		}
		now = now.Add(24 * time.Hour)
		return r.ID
	}

	runReview(map[string][]string{a: {"U0SEED001", "U0SEED002"}})
	if files := fake.Files(); len(files) != 0 {
		t.Fatalf("with 2 answers in A only, %d files were shared, want none", len(files))
	}

	second := runReview(map[string][]string{a: {"U0SEED001"}, b.ID: {"U0SEED002", "U0SEED003", "U0SEED004"}})
	files := fake.Files()
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		if !f.Completed || !slices.Equal(f.Channels, []string{"C0REVIEW"}) {
			t.Errorf("%s: completed %v into %v, want it shared into C0REVIEW", f.Name, f.Completed, f.Channels)
		}
		if _, err := png.Decode(bytes.NewReader(f.Content)); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if f.Title == "" || f.Title == f.Name {
			t.Errorf("%s: title %q, want the chart's title", f.Name, f.Title)
		}
	}
	if want := []string{"averages.png", "trend.png"}; !slices.Equal(names, want) {
		t.Errorf("shared %v, want %v", names, want)
	}
	if n := len(fake.CallsTo("files.getUploadURLExternal")); n != 2 {
		t.Errorf("%d calls of files.getUploadURLExternal, want 2", n)
	}
	if n := len(fake.CallsTo("files.completeUploadExternal")); n != 2 {
		t.Errorf("%d calls of files.completeUploadExternal, want 2", n)
	}
	msgs, _ := tm.OutboxMessages(ctx, second)
	for _, m := range msgs {
		if m.State != storage.OutboxSent {
			t.Errorf("%s: %s %q", m.Key, m.State, m.LastError)
		}
	}
}
