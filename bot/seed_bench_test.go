package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// BenchmarkLargeNetwork runs list commands through Core.Handle on the large
// seeded network (2,000 stakeholders, 200 committees, 20,000 commitments).
// Seeding takes a while; the timer covers only the commands.
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
	for _, line := range []string{"stakeholder list sector:school", "commitments overdue"} {
		b.Run(line, func(b *testing.B) {
			// The first list after start-up loads the embedded store's index
			// of unfinished commitments (one scan); measure the steady state.
			core.Handle(ctx, bot.Request{TeamID: team, UserID: admin, Text: line})
			for b.Loop() {
				reply := bot.PlainText(core.Handle(ctx, bot.Request{TeamID: team, UserID: admin, Text: line}))
				if !strings.Contains(reply, "==") {
					b.Fatalf("%s: %s", line, reply)
				}
			}
		})
	}
}
