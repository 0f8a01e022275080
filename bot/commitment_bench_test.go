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

// BenchmarkCommitmentDoneLarge marks commitments done with "zusage
// erledigt <id>" through Core.Handle on the large seeded network (2,000
// stakeholders, 200 committees, 20,000 commitments), taking the unfinished
// commitments from the last one seeded backwards: the late rows of their
// collection. Seeding takes a while; the timer covers only the commands.
func BenchmarkCommitmentDoneLarge(b *testing.B) {
	s := storagetest.Open(b)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	ctx := context.Background()
	opts := seed.Options{Size: seed.Large, Seed: 1, Now: now, Loc: berlin}
	if _, err := seed.Run(ctx, s.Team(team), opts); err != nil {
		b.Fatal(err)
	}
	network, err := seed.Generate(opts)
	if err != nil {
		b.Fatal(err)
	}
	var unfinished []string
	for i := len(network.Commitments) - 1; i >= 0; i-- {
		if c := network.Commitments[i]; !c.Closed() {
			unfinished = append(unfinished, c.ID)
		}
	}
	core := bot.New(bot.Options{
		Store: s, Now: func() time.Time { return now }, Log: zerolog.Nop(),
		Admins: []string{admin}, Language: i18n.German, Timezone: berlin,
	})
	// The first command after start-up loads the embedded store's caches;
	// measure the steady state.
	core.Handle(ctx, bot.Request{TeamID: team, UserID: admin, Text: "zusagen überfällig"})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if n == len(unfinished) {
			b.Fatal("no unfinished commitment left")
		}
		line := "zusage erledigt " + unfinished[n]
		n++
		reply := bot.PlainText(core.Handle(ctx, bot.Request{TeamID: team, UserID: admin, Text: line}))
		if !strings.Contains(reply, "ist jetzt erledigt") {
			b.Fatalf("%s: %s", line, reply)
		}
	}
}
