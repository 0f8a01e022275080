package storage_test

import (
	"context"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestBulkInsertsStayInTheirWorkspace(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	if err := team.InsertStakeholders(ctx, []storage.Stakeholder{{ID: "s0001", Name: "Anna Schulz", Status: storage.StatusConfirmed}}); err != nil {
		t.Fatal(err)
	}
	if err := team.InsertCommitments(ctx, []storage.Commitment{{ID: "c0001", Owner: "s0001", Due: "2026-01-01", Status: storage.CommitmentOpen}}); err != nil {
		t.Fatal(err)
	}
	got, err := team.StakeholdersByName(ctx, "anna schulz")
	if err != nil || len(got) != 1 || got[0].ID != "s0001" {
		t.Fatalf("by name = %+v, %v", got, err)
	}
	if c, err := team.Commitment(ctx, "C0001"); err != nil || c.Owner != "s0001" {
		t.Fatalf("commitment = %+v, %v", c, err)
	}
	if _, err := s.Team("T2").Stakeholder(ctx, "s0001"); !storage.IsNotFound(err) {
		t.Errorf("other workspace: %v", err)
	}
	err = team.InsertStakeholders(ctx, []storage.Stakeholder{{ID: "s0001", Name: "Again"}})
	if !storage.IsConflict(err) {
		t.Errorf("duplicate id: %v", err)
	}
	if err := s.Team("").InsertMeetings(ctx, []storage.Meeting{{ID: "m1"}}); storage.KindOf(err) != storage.KindInvalid {
		t.Errorf("no team: %v", err)
	}
}
