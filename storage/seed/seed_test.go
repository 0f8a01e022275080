package seed_test

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

var (
	now       = time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)
	berlin, _ = time.LoadLocation("Europe/Berlin")
	ctx       = context.Background()
)

func opts(size string) seed.Options {
	return seed.Options{Size: size, Seed: 42, Now: now, Loc: berlin}
}

func TestSmallSeedStoresTheDocumentedNetwork(t *testing.T) {
	team := storagetest.Open(t).Team("T1")
	counts, err := seed.Run(ctx, team, opts(seed.Small))
	if err != nil {
		t.Fatal(err)
	}
	if counts.Stakeholders != 60 || counts.Committees != 6 || counts.Commitments != 150 {
		t.Fatalf("counts %v, want 60 stakeholders, 6 committees, 150 commitments", counts)
	}
	if counts.Memberships < 6*5 || counts.Meetings < 6*4 || counts.Events < counts.Commitments {
		t.Fatalf("too little activity: %v", counts)
	}

	ss, err := team.Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil || len(ss) != 60 {
		t.Fatalf("stored %d stakeholders (%v), want 60", len(ss), err)
	}
	sectors, statuses := map[string]bool{}, map[string]bool{}
	var deciders, multipliers, linked int
	for _, s := range ss {
		sectors[s.Sector], statuses[s.Status] = true, true
		if s.DecisionMaker {
			deciders++
		}
		if s.Multiplier {
			multipliers++
		}
		if s.SlackUser != "" {
			linked++
		}
		if len(s.Topics) == 0 || s.Influence == "" || s.Interest == "" {
			t.Errorf("%s lacks topics or grid position: %+v", s.ID, s)
		}
		if !storage.LooksLikeShortID(s.ID) {
			t.Errorf("id %q is not a short id", s.ID)
		}
	}
	for _, sec := range storage.DefaultSectors {
		if !sectors[sec] {
			t.Errorf("no stakeholder in sector %s", sec)
		}
	}
	for _, st := range []string{storage.StatusProposed, storage.StatusConfirmed, storage.StatusArchived} {
		if !statuses[st] {
			t.Errorf("no %s stakeholder", st)
		}
	}
	if deciders == 0 || multipliers == 0 || linked == 0 {
		t.Errorf("decision makers %d, multipliers %d, linked %d: want some of each", deciders, multipliers, linked)
	}
	if found, _ := team.StakeholdersBySlackUser(ctx, "U0SEED001"); len(found) != 1 {
		t.Errorf("U0SEED001 links %d stakeholders, want 1", len(found))
	}

	cs, err := team.Committees(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kinds, purposes := map[string]int{}, map[string]bool{}
	for _, c := range cs {
		kinds[c.Kind]++
		purposes[c.Purpose] = true
		if ms, _ := team.Members(ctx, c.ID); len(ms) < 5 {
			t.Errorf("committee %s has %d members", c.Name, len(ms))
		}
	}
	if kinds[storage.KindSteering] != 1 || kinds[storage.KindStrategy] != 1 || kinds[storage.KindWorking] == 0 || kinds[storage.KindExisting] == 0 {
		t.Errorf("committee kinds %v", kinds)
	}
	if !purposes[storage.PurposeNetworking] || !purposes[storage.PurposeCooperation] {
		t.Errorf("purposes %v, want both", purposes)
	}

	all, err := team.Commitments(ctx, storage.CommitmentFilter{})
	if err != nil || len(all) != 150 {
		t.Fatalf("stored %d commitments (%v)", len(all), err)
	}
	states := map[string]int{}
	for _, c := range all {
		states[c.Status]++
	}
	for _, st := range storage.CommitmentStatuses {
		if states[st] == 0 {
			t.Errorf("no %s commitment: %v", st, states)
		}
	}
	today := now.In(berlin).Format(time.DateOnly)
	overdue, err := team.OverdueCommitments(ctx, today)
	if err != nil || len(overdue) == 0 {
		t.Errorf("%d overdue commitments (%v), want some", len(overdue), err)
	}
	checkHistory(t, team, all[0])
	checkHistory(t, team, all[len(all)-1])
}

// checkHistory checks that a commitment's events lead to its status.
func checkHistory(t *testing.T, team *storage.Team, c storage.Commitment) {
	t.Helper()
	evs, err := team.CommitmentEvents(ctx, c.ID)
	if err != nil || len(evs) == 0 {
		t.Fatalf("history of %s: %d events, %v", c.ID, len(evs), err)
	}
	status := ""
	for i, ev := range evs {
		if ev.Seq != i+1 || ev.At.After(now) {
			t.Errorf("event %d of %s: seq %d at %v", i, c.ID, ev.Seq, ev.At)
		}
		if ev.Kind == storage.EventCreated || ev.Kind == storage.EventStatus {
			status = ev.To
		}
	}
	if status != c.Status {
		t.Errorf("history of %s ends in %q, the commitment is %q", c.ID, status, c.Status)
	}
}

func TestSeedIsDeterministic(t *testing.T) {
	a, err := seed.Generate(opts(seed.Small))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := seed.Generate(opts(seed.Small))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two networks from the same seed differ")
	}
	other := opts(seed.Small)
	other.Seed = 7
	c, _ := seed.Generate(other)
	if reflect.DeepEqual(a.Stakeholders, c.Stakeholders) {
		t.Fatal("another seed gives the same stakeholders")
	}

	store := storagetest.Open(t)
	for _, id := range []string{"T1", "T2"} {
		if _, err := seed.Run(ctx, store.Team(id), opts(seed.Small)); err != nil {
			t.Fatal(err)
		}
	}
	s1, _ := store.Team("T1").Stakeholders(ctx, storage.StakeholderFilter{})
	s2, _ := store.Team("T2").Stakeholders(ctx, storage.StakeholderFilter{})
	strip := func(list []storage.Stakeholder) []storage.Stakeholder {
		out := slices.Clone(list)
		for i := range out {
			out[i].TeamID, out[i].DocID = "", ""
		}
		return out
	}
	if !reflect.DeepEqual(strip(s1), strip(s2)) {
		t.Fatal("two stored networks from the same seed differ")
	}
}

func TestSeedRefusesAWorkspaceWithStakeholders(t *testing.T) {
	team := storagetest.Open(t).Team("T1")
	if _, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva Muster", Status: storage.StatusConfirmed}); err != nil {
		t.Fatal(err)
	}
	_, err := seed.Run(ctx, team, opts(seed.Small))
	if !storage.IsConflict(err) {
		t.Fatalf("seed into a workspace with a stakeholder: %v, want a conflict", err)
	}
	if n, _ := team.CountStakeholders(ctx); n != 1 {
		t.Fatalf("the refused seed left %d stakeholders, want 1", n)
	}
	if cs, _ := team.Committees(ctx); len(cs) != 0 {
		t.Fatalf("the refused seed stored %d committees", len(cs))
	}
}

func TestSeedRefusesAnUnknownSize(t *testing.T) {
	team := storagetest.Open(t).Team("T1")
	if _, err := seed.Run(ctx, team, opts("huge")); storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("size huge: %v, want KindInvalid", err)
	}
}

func TestLargeNetworkCounts(t *testing.T) {
	n, err := seed.Generate(opts(seed.Large))
	if err != nil {
		t.Fatal(err)
	}
	c := n.Counts()
	if c.Stakeholders != 2000 || c.Committees != 200 || c.Commitments != 20000 {
		t.Fatalf("large counts %v", c)
	}
	names := map[string]bool{}
	for _, cm := range n.Committees {
		if names[storage.NameKey(cm.Name)] {
			t.Fatalf("committee name %q twice", cm.Name)
		}
		names[storage.NameKey(cm.Name)] = true
	}
}

// BenchmarkSeedLarge stores the large network into a fresh store per
// iteration; run it with -benchtime=1x.
func BenchmarkSeedLarge(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		team := storagetest.Open(b).Team("T1")
		b.StartTimer()
		if _, err := seed.Run(ctx, team, opts(seed.Large)); err != nil {
			b.Fatal(err)
		}
	}
}
