package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestCommitteeNamesAreUniquePerTeam(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	teamA, teamB := s.Team("TA"), s.Team("TB")
	c, err := teamA.AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe", Kind: storage.KindSteering, Purpose: storage.PurposeCooperation, Channel: "C1", ChannelName: "lenkung", CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.ID) != 5 || c.ID[0] != 'g' || c.Status != storage.CommitteeActive {
		t.Fatalf("added %+v", c)
	}
	if _, err := teamA.AddCommittee(ctx, storage.Committee{Name: "LENKUNGSGRUPPE "}); !storage.IsConflict(err) {
		t.Fatalf("duplicate name: %v, want a conflict", err)
	}
	if list, _ := teamA.Committees(ctx); len(list) != 1 {
		t.Fatalf("team A has %d committees after the refused duplicate", len(list))
	}
	if _, err := teamB.AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe"}); err != nil {
		t.Fatalf("team B may use the same name: %v", err)
	}
	got, err := teamA.CommitteeByName(ctx, "lenkungsgruppe")
	if err != nil || got.ID != c.ID || got.ChannelName != "lenkung" || got.TeamID != "TA" {
		t.Fatalf("by name: %+v, %v", got, err)
	}
}

func TestCommitteeTeamIsolation(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	teamA, teamB := s.Team("TA"), s.Team("TB")
	c, _ := teamA.AddCommittee(ctx, storage.Committee{Name: "AG Übergänge", Kind: storage.KindWorking, CreatedAt: t0})
	st, _ := teamA.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", CreatedAt: t0})
	if added, err := teamA.AddMember(ctx, c.ID, st.ID, "U1", t0); !added || err != nil {
		t.Fatalf("add member: %v %v", added, err)
	}

	if _, err := teamB.Committee(ctx, c.ID); !storage.IsNotFound(err) {
		t.Fatalf("team B sees team A's committee: %v", err)
	}
	if _, err := teamB.CommitteeByName(ctx, "AG Übergänge"); !storage.IsNotFound(err) {
		t.Fatalf("team B finds team A's committee by name: %v", err)
	}
	if list, _ := teamB.Committees(ctx); len(list) != 0 {
		t.Fatalf("team B lists %d committees of team A", len(list))
	}
	if m, _ := teamB.Members(ctx, c.ID); len(m) != 0 {
		t.Fatalf("team B sees team A's members: %+v", m)
	}
	if m, _ := teamB.MembershipsOf(ctx, st.ID); len(m) != 0 {
		t.Fatalf("team B sees team A's memberships: %+v", m)
	}
	if err := teamB.SetCommittee(ctx, c, storage.CommitteePatch{Name: new("x")}, t0); !storage.IsNotFound(err) {
		t.Fatalf("team B renames team A's committee: %v", err)
	}
	if err := teamB.SetMembers(ctx, c, nil, []string{st.ID}, "U1", t0); !storage.IsNotFound(err) {
		t.Fatalf("team B removes team A's member: %v", err)
	}
	if got, _ := teamA.Committee(ctx, c.ID); got.Name != "AG Übergänge" {
		t.Fatalf("team B's rename changed team A's committee: %q", got.Name)
	}
	if m, _ := teamA.Members(ctx, c.ID); len(m) != 1 {
		t.Fatalf("team A's committee has %d members", len(m))
	}
}

func TestMembershipIsIdempotent(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	c, _ := team.AddCommittee(ctx, storage.Committee{Name: "Strategiegruppe", CreatedAt: t0})
	if added, err := team.AddMember(ctx, c.ID, "s1", "U1", t0); !added || err != nil {
		t.Fatalf("first add: %v %v", added, err)
	}
	if added, err := team.AddMember(ctx, c.ID, "s1", "U1", t0); added || err != nil {
		t.Fatalf("second add: %v %v, want false and no error", added, err)
	}
	c, _ = team.Committee(ctx, c.ID)
	if err := team.SetMembers(ctx, c, nil, []string{"s1"}, "U1", t0); err != nil {
		t.Fatalf("remove: %v", err)
	}
	if err := team.SetMembers(ctx, c, nil, []string{"s1"}, "U1", t0); err != nil {
		t.Fatalf("second remove: %v, want no error", err)
	}
	if m, _ := team.Members(ctx, c.ID); len(m) != 0 {
		t.Fatalf("members after removing: %+v", m)
	}
}

func TestSetCommitteeRenamesAndArchives(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	c, _ := team.AddCommittee(ctx, storage.Committee{Name: "Alt", CreatedAt: t0})
	later := t0.Add(time.Hour)
	patch := storage.CommitteePatch{Name: new("Neu"), Status: new(storage.CommitteeArchived)}
	if err := team.SetCommittee(ctx, c, patch, later); err != nil {
		t.Fatal(err)
	}
	got, err := team.CommitteeByName(ctx, "neu")
	if err != nil || got.Status != storage.CommitteeArchived || !got.UpdatedAt.Equal(later) {
		t.Fatalf("after rename: %+v, %v", got, err)
	}
	if active, _ := team.Committees(ctx, storage.CommitteeActive); len(active) != 0 {
		t.Fatalf("archived committee listed as active: %+v", active)
	}
}
