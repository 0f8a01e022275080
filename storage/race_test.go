package storage_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// racers is how many replicas race for one change.
const racers = 8

// race runs change(i) for i in [0, racers) at once, each on replica i of
// stores (so, against a server, over a connection of its own), and returns
// their errors.
func race(stores []*storage.Store, change func(i int, team *storage.Team) error) []error {
	errs := make([]error, racers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range racers {
		wg.Go(func() {
			<-start
			errs[i] = change(i, stores[i%len(stores)].Team("T1"))
		})
	}
	close(start)
	wg.Wait()
	return errs
}

// winner returns the index of the only nil error; it fails the test unless
// exactly one change succeeded and every other one was refused as lost.
func winner(t *testing.T, errs []error, lost func(error) bool) int {
	t.Helper()
	won := -1
	for i, err := range errs {
		switch {
		case err == nil && won >= 0:
			t.Fatalf("changes %d and %d both succeeded", won, i)
		case err == nil:
			won = i
		case !lost(err):
			t.Fatalf("change %d failed otherwise: %v", i, err)
		}
	}
	if won < 0 {
		t.Fatalf("no change succeeded: %v", errs)
	}
	return won
}

func TestOneWinnerAmongStakeholderEdits(t *testing.T) {
	ctx := context.Background()
	stores := storagetest.Replicas(t, 3)
	team := stores[0].Team("T1")
	eva, _ := team.WithAudit(entry("U0", "stakeholder.add")).AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", CreatedAt: t0})
	errs := race(stores, func(i int, team *storage.Team) error {
		user := fmt.Sprintf("U%d", i)
		return team.WithAudit(entry(user, "stakeholder.edit")).SetStakeholder(ctx, eva, storage.StakeholderPatch{Org: new("org " + user)}, t0)
	})
	won := winner(t, errs, func(err error) bool {
		w, ok := storage.ChangedMeanwhile(err)
		return ok && w.Actor != ""
	})
	got, _ := team.Stakeholder(ctx, eva.ID)
	if want := fmt.Sprintf("org U%d", won); got.Org != want || got.Version != 2 {
		t.Fatalf("stored %q (version %d), the winner wrote %q", got.Org, got.Version, want)
	}
	if acts := auditActions(t, team, eva.ID); len(acts) != 2 || acts[1] != fmt.Sprintf("stakeholder.edit/U%d", won) {
		t.Fatalf("audit: %v", acts)
	}
}

func TestOneWinnerAmongCommitteesOfOneName(t *testing.T) {
	ctx := context.Background()
	stores := storagetest.Replicas(t, 3)
	team := stores[0].Team("T1")
	errs := race(stores, func(i int, team *storage.Team) error {
		_, err := team.WithAudit(entry(fmt.Sprintf("U%d", i), "committee.add")).
			AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe", Kind: storage.KindSteering, CreatedAt: t0})
		return err
	})
	winner(t, errs, storage.IsConflict)
	if list, _ := team.Committees(ctx); len(list) != 1 {
		t.Fatalf("%d committees named Lenkungsgruppe", len(list))
	}

	// Renaming two committees to one name at once: one rename wins.
	a, _ := team.AddCommittee(ctx, storage.Committee{Name: "AG A", CreatedAt: t0})
	b, _ := team.AddCommittee(ctx, storage.Committee{Name: "AG B", CreatedAt: t0})
	errs = race(stores, func(i int, team *storage.Team) error {
		c := []storage.Committee{a, b}[i%2]
		return team.WithAudit(entry(fmt.Sprintf("U%d", i), "committee.edit")).
			SetCommittee(ctx, c, storage.CommitteePatch{Name: new("AG Übergänge")}, t0)
	})
	winner(t, errs, storage.IsConflict)
	renamed := 0
	for _, id := range []string{a.ID, b.ID} {
		if c, _ := team.Committee(ctx, id); c.Name == "AG Übergänge" {
			renamed++
		}
	}
	if renamed != 1 {
		t.Fatalf("%d committees renamed to one name", renamed)
	}
	// The old name of the renamed committee is free again.
	if _, err := team.AddCommittee(ctx, storage.Committee{Name: "AG A", CreatedAt: t0}); err != nil {
		if _, err2 := team.AddCommittee(ctx, storage.Committee{Name: "AG B", CreatedAt: t0}); err2 != nil {
			t.Fatalf("neither old name is free: %v; %v", err, err2)
		}
	}
}

func TestOneWinnerAmongCommitmentChanges(t *testing.T) {
	ctx := context.Background()
	stores := storagetest.Replicas(t, 2)
	team := stores[0].Team("T1")
	for round := range 5 {
		c, err := team.WithAudit(entry("U0", "commitment.add")).
			AddCommitment(ctx, storage.Commitment{Owner: "s1", Text: fmt.Sprint("Bericht ", round), Due: "2027-02-01", CreatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		to := []string{storage.CommitmentDone, storage.CommitmentDropped}
		errs := race(stores, func(i int, team *storage.Team) error {
			ev := storage.CommitmentEvent{Commitment: c.ID, Kind: storage.EventStatus, From: storage.CommitmentOpen, To: to[i%2], At: t0, Actor: fmt.Sprintf("U%d", i)}
			_, err := team.WithAudit(entry(ev.Actor, "commitment."+ev.To)).RecordCommitmentEvent(ctx, ev)
			return err
		})
		won := winner(t, errs, storage.IsConflict)
		evs, _ := team.CommitmentEvents(ctx, c.ID)
		got, _ := team.Commitment(ctx, c.ID)
		if len(evs) != 2 || evs[1].Actor != fmt.Sprintf("U%d", won) || got.Status != evs[1].To || got.Status != to[won%2] || got.Version != 2 {
			t.Fatalf("round %d: status %s (version %d), events %+v, winner %d", round, got.Status, got.Version, evs, won)
		}
	}
}

func TestOneWinnerAmongSettingsEdits(t *testing.T) {
	ctx := context.Background()
	stores := storagetest.Replicas(t, 3)
	team := stores[0].Team("T1")
	before, _ := team.Settings(ctx)
	errs := race(stores, func(i int, team *storage.Team) error {
		p := storage.SettingsPatch{Language: new("en")}
		if i%2 == 1 {
			p = storage.SettingsPatch{Timezone: new("Europe/Vienna")}
		}
		return team.WithAudit(entry(fmt.Sprintf("U%d", i), "settings.edit")).SetSettings(ctx, before, p, fmt.Sprintf("U%d", i), t0)
	})
	won := winner(t, errs, storage.IsConflict)
	got, _ := team.Settings(ctx)
	if got.UpdatedBy != fmt.Sprintf("U%d", won) || got.Version != 1 || (got.Language == "en") == (got.Timezone == "Europe/Vienna") {
		t.Fatalf("settings after the race: %+v (winner %d)", got, won)
	}
	// One after the other, changes of different fields both stay.
	if err := team.SetSettings(ctx, got, storage.SettingsPatch{Dimensions: &[]string{"a", "b", "c", "d"}}, "U9", t0); err != nil {
		t.Fatal(err)
	}
	again, _ := team.Settings(ctx)
	if again.Language != got.Language || again.Timezone != got.Timezone || len(again.Dimensions) != 4 {
		t.Fatalf("a second change undid the first: %+v", again)
	}
}
