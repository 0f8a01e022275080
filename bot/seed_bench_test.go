package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// BenchmarkLargeNetwork runs the show and list commands through Core.Handle
// on the large seeded network (2,000 stakeholders, 200 committees, 20,000
// commitments); the budget is 10 ms each on the embedded store. Seeding
// takes a while; the timer covers only the commands.
func BenchmarkLargeNetwork(b *testing.B) {
	s := storagetest.Open(b)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	ctx := context.Background()
	if _, err := seed.Run(ctx, s.Team(team), seed.Options{Size: seed.Large, Seed: 1, Now: now, Loc: berlin}); err != nil {
		b.Fatal(err)
	}
	core := bot.New(bot.Options{
		Store: s, Now: func() time.Time { return now }, Log: zerolog.Nop(),
		Admins: []string{admin}, Language: i18n.German, Timezone: berlin,
	})
	person, committee, commitment := largeRecords(b, s.Team(team))
	for _, line := range []string{
		"stakeholder list sector:school", "stakeholder list", "stakeholder show " + person,
		"committee list", "committee show " + committee, "commitments", "commitments overdue", "commitments all",
		"commitments owner:" + person, "commitments committee:" + committee, "commit show " + commitment,
		"meetings " + committee, "history " + person, "roles",
	} {
		b.Run(line, func(b *testing.B) {
			// The first command after start-up loads the embedded store's
			// caches (one scan per collection); measure the steady state.
			first := bot.PlainText(core.Handle(ctx, bot.Request{TeamID: team, UserID: admin, Text: line}))
			for b.Loop() {
				if reply := bot.PlainText(core.Handle(ctx, bot.Request{TeamID: team, UserID: admin, Text: line})); reply != first || len(reply) < 20 {
					b.Fatalf("%s: %s", line, reply)
				}
			}
		})
	}
}

// largeRecords returns the short ids of a stakeholder who owns
// commitments, of a committee and of one of its commitments.
func largeRecords(b *testing.B, t *storage.Team) (person, committee, commitment string) {
	b.Helper()
	list, err := t.AllCommitments(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range list {
		if c.Committee != "" {
			return c.Owner, c.Committee, c.ID
		}
	}
	b.Fatal("no commitment of a committee")
	return "", "", ""
}
