package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// admin2 is a second configured admin, working on another replica.
const admin2 = "UADMIN2"

// replicas are bot processes on one database: against TEST_MONGODB_URI
// each has a connection of its own; embedded they share the one store.
type replicas struct {
	t     *testing.T
	cores []*bot.Core
	store *storage.Store
}

func newReplicas(t *testing.T, n int) *replicas {
	t.Helper()
	berlin, _ := time.LoadLocation("Europe/Berlin")
	r := &replicas{t: t}
	for _, s := range storagetest.Replicas(t, n) {
		r.cores = append(r.cores, bot.New(bot.Options{
			Store: s, Now: func() time.Time { return now }, Log: zerolog.Nop(),
			Admins: []string{admin, admin2}, Language: i18n.German, Timezone: berlin,
		}))
		r.store = s
	}
	return r
}

func (r *replicas) team() *storage.Team { return r.store.Team(team) }

// do runs line on the first replica.
func (r *replicas) do(user, line string) string {
	return bot.PlainText(r.cores[0].Handle(context.Background(), bot.Request{TeamID: team, UserID: user, Text: line}))
}

// race runs the lines at once, line i as user i%2 on replica i, and
// returns the replies.
func (r *replicas) race(lines ...string) []string {
	out := make([]string, len(lines))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, line := range lines {
		wg.Go(func() {
			<-start
			user := []string{admin, admin2}[i%2]
			req := bot.Request{TeamID: team, UserID: user, Text: line}
			out[i] = bot.PlainText(r.cores[i%len(r.cores)].Handle(context.Background(), req))
		})
	}
	close(start)
	wg.Wait()
	return out
}

func TestRacingCommitmentChangesHaveOneWinner(t *testing.T) {
	r := newReplicas(t, 2)
	ctx := context.Background()
	r.do(admin, `akteur neu "Eva Muster"`)
	for round := range 4 {
		r.do(admin, fmt.Sprintf(`zusage "Eva Muster" Bericht %d frist:2027-02-01`, round))
		list, _ := r.team().Commitments(ctx, storage.CommitmentFilter{Statuses: storage.CommitmentUnfinished})
		id := list[0].ID
		replies := r.race("zusage erledigt "+id, "zusage verwerfen "+id)

		evs, _ := r.team().CommitmentEvents(ctx, id)
		c, _ := r.team().Commitment(ctx, id)
		if len(evs) != 2 || c.Status != evs[1].To || c.Version != 2 {
			t.Fatalf("round %d: status %s (version %d) after events %+v; replies %q", round, c.Status, c.Version, evs, replies)
		}
		won := slices.Index([]string{admin, admin2}, evs[1].Actor)
		lost := 1 - won
		if !strings.Contains(replies[won], "ist jetzt") || strings.Contains(replies[won], "nichts geändert") {
			t.Fatalf("round %d: the winner %s was told %q", round, evs[1].Actor, replies[won])
		}
		// The loser lost the claim (and is told by whom) or read the
		// winner's result first (and is told the status).
		if !strings.Contains(replies[lost], "wurde inzwischen von @"+evs[1].Actor+" geändert; es wurde nichts geändert") &&
			!strings.Contains(replies[lost], "kann nicht mehr geändert werden") {
			t.Fatalf("round %d: the loser was told %q", round, replies[lost])
		}
		if entries, _ := r.team().AuditFor(ctx, "commitment", id); len(entries) != 2 {
			t.Fatalf("round %d: %d audit entries", round, len(entries))
		}
	}
}

func TestRacingCommitteeAddsStoreOne(t *testing.T) {
	r := newReplicas(t, 3)
	lines := make([]string, 8)
	for i := range lines {
		lines[i] = `gremium neu "Lenkungsgruppe" art:lenkungsgruppe zweck:vernetzung`
	}
	replies := r.race(lines...)
	added := 0
	for _, reply := range replies {
		switch {
		case strings.Contains(reply, "wurde angelegt"):
			added++
		case !strings.Contains(reply, "Es gibt bereits ein Gremium „Lenkungsgruppe“"):
			t.Fatalf("reply %q", reply)
		}
	}
	list, _ := r.team().Committees(context.Background())
	if added != 1 || len(list) != 1 {
		t.Fatalf("%d told added, %d stored: %q", added, len(list), replies)
	}
	if entries, _ := r.team().AuditFor(context.Background(), "committee", list[0].ID); len(entries) != 1 {
		t.Fatalf("%d audit entries for the committee", len(entries))
	}
}

func TestRacingSettingsEditsLoseNothing(t *testing.T) {
	r := newReplicas(t, 2)
	for round := range 4 {
		zone := []string{"Europe/Vienna", "Europe/Zurich", "Europe/Paris", "Europe/Rome"}[round]
		dims := fmt.Sprintf("Ziele %d, Arbeitsweise, Beteiligung, Wirkung", round)
		replies := r.race("einstellungen zeitzone "+zone, "einstellungen dimensionen "+dims)
		s, _ := r.team().Settings(context.Background())
		zoneSet, dimsSet := s.Timezone == zone, slices.Contains(s.Dimensions, fmt.Sprint("Ziele ", round))
		// Either one admin was told that the other changed the settings
		// first, and only the other's change is stored, or both changes
		// are stored: never is one lost silently.
		switch {
		case strings.Contains(replies[0], "Die Einstellungen wurden inzwischen von @"+admin2+" geändert; es wurde nichts geändert"):
			if zoneSet || !dimsSet {
				t.Fatalf("round %d: the time zone lost but stored %+v", round, s)
			}
		case strings.Contains(replies[1], "Die Einstellungen wurden inzwischen von @"+admin+" geändert; es wurde nichts geändert"):
			if !zoneSet || dimsSet {
				t.Fatalf("round %d: the dimensions lost but stored %+v", round, s)
			}
		case !zoneSet || !dimsSet:
			t.Fatalf("round %d: both told done, stored %+v: %q", round, s, replies)
		}
	}
}

func TestRemovingASectorInUseStaysRefusedUnderRaces(t *testing.T) {
	r := newReplicas(t, 2)
	ctx := context.Background()
	for round := range 5 {
		r.do(admin, "einstellungen sektoren hinzufügen Sport")
		r.race("einstellungen sektoren entfernen Sport", fmt.Sprintf(`akteur neu "Läuferin %d" sektor:Sport`, round))
		s, _ := r.team().Settings(ctx)
		list, _ := r.team().Stakeholders(ctx, storage.StakeholderFilter{})
		for _, st := range list {
			if st.Sector != "" && !slices.Contains(s.SectorList(), st.Sector) {
				t.Fatalf("round %d: %s belongs to the removed sector %s", round, st.Name, st.Sector)
			}
		}
		if len(list) > 0 {
			// Later rounds race with a sector in use.
			r.do(admin, fmt.Sprintf(`akteur ändern "Läuferin %d" sektor:Sonstiges`, round))
		}
	}
}

func TestRacingScheduleRunsStoreOneAuditEntry(t *testing.T) {
	r := newReplicas(t, 2)
	ctx := context.Background()
	created := r.do(admin, `zeitplan neu "0 9 * * 1" art:commitment-digest`)
	list, _ := r.team().Schedules(ctx)
	if len(list) != 1 {
		t.Fatalf("schedule not created: %q", created)
	}
	id := list[0].ID
	replies := r.race("zeitplan ausführen "+id, "zeitplan ausführen "+id, "zeitplan ausführen "+id, "zeitplan ausführen "+id)
	started := 0
	for _, reply := range replies {
		switch {
		case strings.Contains(reply, "wird in den nächsten 15 Sekunden gestartet"):
			started++
		case !strings.Contains(reply, "in dieser Minute bereits"):
			t.Fatalf("reply %q", reply)
		}
	}
	entries, _ := r.team().AuditFor(ctx, "schedule", id)
	runs := 0
	for _, e := range entries {
		if e.Action == "schedule.run" {
			runs++
		}
	}
	if reqs, _ := r.team().RunRequests(ctx, id); started != 1 || runs != 1 || len(reqs) != 1 {
		t.Fatalf("%d started, %d audit entries, %d requests: %q", started, runs, len(reqs), replies)
	}
}
