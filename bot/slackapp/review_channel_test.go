package slackapp_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// No channel message of a review names a person or shows the results of
// a committee with fewer than k answers, rendered for the console and for
// Slack; the coordinators' direct messages do name people.
func TestChannelSummaryNamesNoOneAndHidesSmallCommittees(t *testing.T) {
	for _, transport := range []struct {
		name   string
		render func(bot.Reply) []outbox.Message
	}{{"console", nil}, {"slack", slackapp.RenderMessages}} {
		t.Run(transport.name, func(t *testing.T) {
			ctx := context.Background()
			now := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
			clock := func() time.Time { return now }
			store := storagetest.Open(t)
			tm := store.Team("T1")
			a := seededReviewCommittee(t, tm, now) // A: U0SEED001, 002; B: U0SEED002, 003, 004
			committees, err := tm.Committees(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var b string
			for _, c := range committees {
				if c.Name == "Lenkungsgruppe Test" {
					b = c.ID
				}
			}
			berlin, _ := time.LoadLocation("Europe/Berlin")
			core := bot.New(bot.Options{Store: store, Now: clock, Log: zerolog.Nop(), Language: i18n.German, Timezone: berlin, Render: transport.render})
			engine := review.NewEngine(review.EngineOptions{Store: store, Composer: core, Now: clock, Log: zerolog.Nop()})
			core.SetReviews(engine)
			r, err := engine.Open(ctx, tm, review.OpenRequest{Committees: []string{a, b}, Channel: "CREVIEW", By: "UCOORD"})
			if err != nil {
				t.Fatal(err)
			}
			answer := func(committee, user, text string, rating int) {
				t.Helper()
				if _, err := engine.Answer(ctx, tm, review.AnswerRequest{ReviewID: r.ID, CommitteeID: committee, User: user,
					Ratings: []int{rating, rating, rating, rating}, Consolidation: []string{"yes", "no", ""}, Text: text}); err != nil {
					t.Fatal(err)
				}
			}
			answer(a, "U0SEED001", "Frau Beispiel kommt nie", 5) // A: two answers, 5 and 2: 3,50
			answer(a, "U0SEED002", "", 2)
			for _, u := range []string{"U0SEED002", "U0SEED003", "U0SEED004"} { // B: three answers of 4
				answer(b, u, "Mehr Austausch", 4)
			}
			now = now.Add(24 * time.Hour)
			if _, err := engine.Close(ctx, tm, r.ID, "UCOORD"); err != nil {
				t.Fatal(err)
			}
			people, err := tm.Stakeholders(ctx, storage.StakeholderFilter{})
			if err != nil {
				t.Fatal(err)
			}
			msgs, err := tm.OutboxMessages(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			var channel, coordinator string
			for _, m := range msgs {
				switch {
				case m.Channel == "CREVIEW":
					channel += m.Text + "\n" + m.Blocks + "\n"
				case m.Key == r.ID+"/summary/UCOORD":
					coordinator += m.Text
				case !strings.HasPrefix(m.Channel, "U"):
					t.Errorf("%s goes to %s, not to a person", m.Key, m.Channel)
				}
			}
			if channel == "" || coordinator == "" {
				t.Fatalf("channel summary %q, coordinator summary %q", channel, coordinator)
			}
			for _, p := range people {
				if strings.Contains(channel, p.Name) {
					t.Errorf("the channel summary names %q:\n%s", p.Name, channel)
				}
			}
			for _, leak := range []string{"3,50", "5,00", "2,00", "Frau Beispiel", "Mehr Austausch", "ja: 2"} {
				if strings.Contains(channel, leak) {
					t.Errorf("the channel summary shows %q:\n%s", leak, channel)
				}
			}
			for _, want := range []string{"Arbeitsgruppe Übergänge: Zu wenige Antworten für eine anonyme Auswertung", "Lenkungsgruppe Test (Antworten: 3):",
				"Strategische Ausrichtung 4,00 (neu)", "überprüfung zeigen " + r.ID} {
				if !strings.Contains(channel, want) {
					t.Errorf("the channel summary lacks %q:\n%s", want, channel)
				}
			}
			// The coordinators' full view: B's consolidation answers and
			// comments, and people by name.
			for _, want := range []string{"Verankert durch einen Auftrag – ja: 3, teilweise: 0, nein: 0", "Mehr Austausch"} {
				if !strings.Contains(coordinator, want) {
					t.Errorf("the coordinator summary lacks %q:\n%s", want, coordinator)
				}
			}
			named := false
			for _, p := range people {
				named = named || strings.Contains(coordinator, p.Name)
			}
			if !named {
				t.Errorf("the coordinator summary names no one:\n%s", coordinator)
			}
			if strings.Contains(coordinator, "Frau Beispiel") {
				t.Errorf("the coordinator summary shows a comment of a committee with two answers:\n%s", coordinator)
			}
		})
	}
}

// A reply that names people is never posted to the channel, even with the
// share word.
func TestPrivateReplyIsNotShared(t *testing.T) {
	e := newEnv(t, "http")
	r, _ := e.openSurveyReview(t)
	e.tr.slash(t, e.command(admin, "überprüfung zeigen "+r.ID+" teilen"))
	post := e.responses(2)[1] // after linking the member
	if post.ResponseType == "in_channel" || !strings.Contains(texts(post.Blocks), "nennt Personen und wird deshalb nur Ihnen gezeigt") ||
		!strings.Contains(texts(post.Blocks), "Beteiligung") {
		t.Errorf("shared review %+v\n%s", post, post.Blocks)
	}
}
