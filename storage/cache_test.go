package storage_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// cachedIDs lists the ids CommitmentPage gives for f, and checks that they
// equal what a fresh store reading the documents gives (the cache must
// agree with the stored documents).
func cachedIDs(t *testing.T, s *storage.Store, team *storage.Team, f storage.CommitmentFilter) []string {
	t.Helper()
	ctx := context.Background()
	ids := func() ([]string, int) {
		page, total, err := team.CommitmentPage(ctx, f, 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range page {
			out = append(out, c.ID)
		}
		return out, total
	}
	got, total := ids()
	storage.ForgetCaches(s, team.ID())
	want, wantTotal := ids()
	if total != wantTotal || !slices.Equal(got, want) {
		t.Fatalf("filter %+v: the cache gives %v (total %d), the stored documents %v", f, got, total, want)
	}
	return got
}

func TestCommitmentCacheFollowsEveryWrite(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	open := storage.CommitmentFilter{Statuses: storage.CommitmentUnfinished}
	overdue := storage.CommitmentFilter{OverdueOn: "2027-02-10"}

	a, _ := team.AddCommitment(ctx, storage.Commitment{Owner: "s1", Text: "A", Due: "2027-02-01", CreatedAt: t0})
	if ids := cachedIDs(t, s, team, overdue); !slices.Equal(ids, []string{a.ID}) {
		t.Fatalf("overdue after the first add: %v", ids)
	}
	// Added after the index was loaded.
	b, _ := team.AddCommitment(ctx, storage.Commitment{Owner: "s2", Text: "B", Due: "2027-01-20", CreatedAt: t0})
	if ids := cachedIDs(t, s, team, overdue); !slices.Equal(ids, []string{b.ID, a.ID}) {
		t.Fatalf("overdue sorted by due day: %v", ids)
	}
	record := func(id, kind, from, to string) {
		t.Helper()
		if _, err := team.RecordCommitmentEvent(ctx, storage.CommitmentEvent{Commitment: id, Kind: kind, From: from, To: to, At: t0}); err != nil {
			t.Fatal(err)
		}
	}
	record(a.ID, storage.EventStatus, storage.CommitmentOpen, storage.CommitmentInProgress)
	if got, _, _ := team.CommitmentPage(ctx, storage.CommitmentFilter{Statuses: []string{storage.CommitmentInProgress}}, 0, 10); len(got) != 1 || got[0].ID != a.ID {
		t.Fatalf("in progress: %+v", got)
	}
	record(a.ID, storage.EventDue, "2027-02-01", "2027-03-01")
	if ids := cachedIDs(t, s, team, overdue); !slices.Equal(ids, []string{b.ID}) {
		t.Fatalf("after moving A's due day: %v", ids)
	}
	record(b.ID, storage.EventStatus, storage.CommitmentOpen, storage.CommitmentDone)
	if ids := cachedIDs(t, s, team, open); !slices.Equal(ids, []string{a.ID}) {
		t.Fatalf("after B was done: %v", ids)
	}
	record(b.ID, storage.EventStatus, storage.CommitmentDone, storage.CommitmentOpen)
	cachedIDs(t, s, team, open)

	bulk := []storage.Commitment{{ID: "cbulk1", Owner: "s3", Text: "C", Due: "2027-01-05", Status: storage.CommitmentOpen, CreatedAt: t0}}
	if err := team.InsertCommitments(ctx, bulk); err != nil {
		t.Fatal(err)
	}
	if ids := cachedIDs(t, s, team, overdue); !slices.Equal(ids, []string{"cbulk1", b.ID}) {
		t.Fatalf("after a bulk insert: %v", ids)
	}
	cachedIDs(t, s, team, storage.CommitmentFilter{Statuses: storage.CommitmentUnfinished, Owners: []string{"s2", "s3"}})

	if _, total, _ := s.Team("T2").CommitmentPage(ctx, open, 0, 10); total != 0 {
		t.Fatalf("another workspace sees %d of T1's commitments", total)
	}
	if ids := cachedIDs(t, s, team, storage.CommitmentFilter{Statuses: []string{storage.CommitmentDone}}); len(ids) != 0 {
		t.Fatalf("done after reopening B: %v", ids)
	}
	if ids := cachedIDs(t, s, team, storage.CommitmentFilter{}); len(ids) != 3 {
		t.Fatalf("all commitments: %v", ids)
	}
	page, total, _ := team.CommitmentPage(ctx, open, 1, 1)
	if total != 3 || len(page) != 1 || page[0].ID != b.ID {
		t.Fatalf("second page of one: %+v of %d", page, total)
	}
}

func TestStakeholderCacheFollowsEveryWrite(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	names := func(f storage.StakeholderFilter) []string {
		t.Helper()
		list := func() []string {
			found, err := team.Stakeholders(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, st := range found {
				out = append(out, st.Name)
			}
			return out
		}
		got := list()
		storage.ForgetCaches(s, team.ID())
		if want := list(); !slices.Equal(got, want) {
			t.Fatalf("filter %+v: the cache gives %v, the stored documents %v", f, got, want)
		}
		return got
	}
	eva, _ := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", Sector: "school", Status: storage.StatusConfirmed, CreatedAt: t0})
	names(storage.StakeholderFilter{})
	if _, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Anna", Sector: "school", Status: storage.StatusProposed, CreatedAt: t0}); err != nil {
		t.Fatal(err)
	}
	if got := names(storage.StakeholderFilter{Sector: "school"}); !slices.Equal(got, []string{"Anna", "Eva"}) {
		t.Fatalf("school: %v", got)
	}
	if err := team.SetStakeholder(ctx, eva, storage.StakeholderPatch{Name: new("Zoe"), Sector: new("politics")}, t0); err != nil {
		t.Fatal(err)
	}
	if got := names(storage.StakeholderFilter{Sector: "school"}); !slices.Equal(got, []string{"Anna"}) {
		t.Fatalf("school after the edit: %v", got)
	}
	if found, _ := team.StakeholdersByName(ctx, "zoe"); len(found) != 1 || found[0].ID != eva.ID {
		t.Fatalf("by new name: %+v", found)
	}
	if found, _ := team.StakeholdersByName(ctx, "Eva"); len(found) != 0 {
		t.Fatalf("the old name still finds %+v", found)
	}
	if err := team.InsertStakeholders(ctx, []storage.Stakeholder{{ID: "sbulk", Name: "Bulk", Status: storage.StatusConfirmed}}); err != nil {
		t.Fatal(err)
	}
	if got := names(storage.StakeholderFilter{Statuses: []string{storage.StatusConfirmed}}); !slices.Equal(got, []string{"Bulk", "Zoe"}) {
		t.Fatalf("confirmed after a bulk insert: %v", got)
	}
	if found, _ := s.Team("T2").Stakeholders(ctx, storage.StakeholderFilter{}); len(found) != 0 {
		t.Fatalf("another workspace sees %d stakeholders", len(found))
	}
}

func TestWarmCachesLoadsEveryWorkspace(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	for _, id := range []string{"T1", "T2"} {
		if _, err := s.Team(id).AddStakeholder(ctx, storage.Stakeholder{Name: "Eva " + id, CreatedAt: t0}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Team(id).AddCommitment(ctx, storage.Commitment{Owner: "s1", Text: "A", Due: "2027-02-01", CreatedAt: t0}); err != nil {
			t.Fatal(err)
		}
		storage.ForgetCaches(s, id)
	}
	if err := s.WarmCaches(ctx); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"T1", "T2"} {
		if !storage.CachesLoaded(s, id) {
			t.Errorf("workspace %s not loaded", id)
		}
		if list, _ := s.Team(id).Stakeholders(ctx, storage.StakeholderFilter{}); len(list) != 1 || list[0].Name != "Eva "+id {
			t.Errorf("workspace %s after warming: %+v", id, list)
		}
	}
}

// LoadCaches loads every collection of one workspace at once and leaves
// the other workspaces alone; the cached reads then equal the stored
// documents.
func TestLoadCachesLoadsTheWorkspace(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	for _, id := range []string{"T1", "T2"} {
		if _, err := s.Team(id).AddStakeholder(ctx, storage.Stakeholder{Name: "Eva " + id, CreatedAt: t0}); err != nil {
			t.Fatal(err)
		}
		storage.ForgetCaches(s, id)
	}
	if err := s.Team("T1").LoadCaches(ctx); err != nil {
		t.Fatal(err)
	}
	if !storage.CachesLoaded(s, "T1") {
		t.Error("T1 not loaded")
	}
	if !storagetest.SharedServer() && storage.CachesLoaded(s, "T2") {
		t.Error("T2 loaded too")
	}
	cached, err := s.Team("T1").Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.Uncached().Team("T1").Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil || !reflect.DeepEqual(cached, stored) {
		t.Errorf("cached %+v, stored %+v (%v)", cached, stored, err)
	}
}

// Writes while a workspace loads are neither lost nor kept twice: after
// adds racing with reloads, the cache equals the stored documents.
func TestCacheLoadsDuringWrites(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range 20 {
			if _, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: fmt.Sprintf("Person %d", i), CreatedAt: t0}); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Go(func() {
		for range 20 {
			storage.ForgetCaches(s, "T1")
			if err := team.LoadCaches(ctx); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	cached, err := team.Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := s.Uncached().Team("T1").Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil || len(stored) != 20 || !reflect.DeepEqual(cached, stored) {
		t.Errorf("cached %d, stored %d (%v)", len(cached), len(stored), err)
	}
}
