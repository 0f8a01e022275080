package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

var t0 = time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)

func TestStakeholderInsertFindAndTeamIsolation(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	teamA, teamB := s.Team("TA"), s.Team("TB")

	eva, err := teamA.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva Muster", Org: "VHS Darmstadt", Sector: "adult-education", Status: storage.StatusConfirmed, CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if len(eva.ID) != 5 || eva.ID[0] != 's' {
		t.Fatalf("short id %q: want s + 4 characters", eva.ID)
	}

	got, err := teamA.Stakeholder(ctx, eva.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Eva Muster" || got.Org != "VHS Darmstadt" || got.TeamID != "TA" {
		t.Fatalf("stored %+v", got)
	}
	byName, err := teamA.StakeholdersByName(ctx, "eva MUSTER")
	if err != nil || len(byName) != 1 {
		t.Fatalf("by name: %v %v", byName, err)
	}

	if _, err := teamB.Stakeholder(ctx, eva.ID); !storage.IsNotFound(err) {
		t.Fatalf("team B sees team A's stakeholder: %v", err)
	}
	if list, _ := teamB.Stakeholders(ctx, storage.StakeholderFilter{}); len(list) != 0 {
		t.Fatalf("team B lists %d stakeholders of team A", len(list))
	}
	if list, _ := teamB.StakeholdersByName(ctx, "Eva Muster"); len(list) != 0 {
		t.Fatal("team B finds team A's stakeholder by name")
	}
	if err := teamB.SetStakeholder(ctx, eva, storage.StakeholderPatch{Org: new("x")}, t0); !storage.IsNotFound(err) {
		t.Fatalf("team B edits team A's stakeholder: %v", err)
	}
	if got, _ := teamA.Stakeholder(ctx, eva.ID); got.Org != "VHS Darmstadt" {
		t.Fatalf("team B's edit changed team A's record: %q", got.Org)
	}
}

func TestEmptyTeamIsRefused(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	_, err := s.Team("").AddStakeholder(ctx, storage.Stakeholder{Name: "X"})
	if storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("insert without team: %v", err)
	}
	if _, err := s.Team("").Stakeholders(ctx, storage.StakeholderFilter{}); storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("find without team: %v", err)
	}
}

// A team id with the _id separator could otherwise reach into another
// workspace's _id space ("T1" + "/" + "x/…").
func TestTeamIDWithSeparatorIsRefused(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	st, err := s.Team("T1").AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Team("T1/x").AddStakeholder(ctx, storage.Stakeholder{Name: "Mallory"}); storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("insert with a slash in the team id: %v", err)
	}
	if _, err := s.Team("T1/"+st.ID).Stakeholder(ctx, ""); err == nil {
		t.Fatal("a slashed team id read another workspace's record")
	}
}

func TestShortIDsAreUniquePerTeam(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		st, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: "N", CreatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		if seen[st.ID] {
			t.Fatalf("id %s handed out twice", st.ID)
		}
		seen[st.ID] = true
	}
	all, err := team.Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil || len(all) != 200 {
		t.Fatalf("stored %d, %v", len(all), err)
	}
}

func TestEditStampsAndRenames(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	st, _ := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Alt", CreatedAt: t0})
	later := t0.Add(time.Hour)
	if err := team.SetStakeholder(ctx, st, storage.StakeholderPatch{Name: new("Neu Name")}, later); err != nil {
		t.Fatal(err)
	}
	got, _ := team.Stakeholder(ctx, st.ID)
	if got.Name != "Neu Name" || !got.UpdatedAt.Equal(later) {
		t.Fatalf("after edit: %+v", got)
	}
	if byName, _ := team.StakeholdersByName(ctx, "neu name"); len(byName) != 1 {
		t.Fatal("renamed stakeholder not found by its new name")
	}
}

func TestPatchWritesOnlyItsFields(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	st, _ := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", Org: "VHS", Topics: []string{"Ganztag"}, DecisionMaker: true, CreatedAt: t0})
	patch := storage.StakeholderPatch{Topics: new([]string{}), DecisionMaker: new(false), Status: new(storage.StatusArchived)}
	if err := team.SetStakeholder(ctx, st, patch, t0); err != nil {
		t.Fatal(err)
	}
	got, _ := team.Stakeholder(ctx, st.ID)
	if got.Name != "Eva" || got.Org != "VHS" || len(got.Topics) != 0 || got.DecisionMaker || got.Status != storage.StatusArchived {
		t.Fatalf("after the patch: %+v", got)
	}
}

func TestStakeholderFilterWordsAndTopic(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	for _, s := range []storage.Stakeholder{
		{Name: "Eva Muster", Org: "VHS Darmstadt", Topics: []string{"Sprache"}},
		{Name: "Bernd Beispiel", Org: "Schulamt", Role: "Leitung", Topics: []string{"Übergänge", "Ganztag"}},
		{Name: "Carla (a.*) Regex", Org: "Jugendamt"},
	} {
		if _, err := team.AddStakeholder(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		f    storage.StakeholderFilter
		want []string
	}{
		{storage.StakeholderFilter{Words: []string{"vhs"}}, []string{"Eva Muster"}},
		{storage.StakeholderFilter{Words: []string{"LEIT", "schul"}}, []string{"Bernd Beispiel"}},
		{storage.StakeholderFilter{Words: []string{"übergänge"}}, []string{"Bernd Beispiel"}},
		{storage.StakeholderFilter{Words: []string{"eva", "schulamt"}}, nil},
		{storage.StakeholderFilter{Words: []string{"(a.*)"}}, []string{"Carla (a.*) Regex"}},
		{storage.StakeholderFilter{Words: []string{".*"}}, []string{"Carla (a.*) Regex"}},
		{storage.StakeholderFilter{Topic: "ganztag"}, []string{"Bernd Beispiel"}},
		{storage.StakeholderFilter{Topic: "Gang"}, nil},
		{storage.StakeholderFilter{IDs: []string{}}, nil},
	}
	for _, c := range cases {
		list, err := team.Stakeholders(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, s := range list {
			names = append(names, s.Name)
		}
		if len(names) != len(c.want) || len(names) > 0 && names[0] != c.want[0] {
			t.Errorf("filter %+v: got %v, want %v", c.f, names, c.want)
		}
	}
}
