package storage_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// TestCacheHoldsTheWrittenValues writes in every way the cached collections
// are written while their workspace is loaded, and compares each cached
// document, field by field, with the stored one read afresh.
func TestCacheHoldsTheWrittenValues(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	load := func() {
		t.Helper()
		if _, err := team.Commitments(ctx, storage.CommitmentFilter{}); err != nil {
			t.Fatal(err)
		}
		if _, err := team.Stakeholders(ctx, storage.StakeholderFilter{}); err != nil {
			t.Fatal(err)
		}
	}
	// same compares the cached documents with the stored ones and loads
	// the workspace again for the next write.
	same := func(step, commitment, stakeholder string) {
		t.Helper()
		cachedC, errC := team.Commitment(ctx, commitment)
		cachedS, errS := team.Stakeholder(ctx, stakeholder)
		storage.ForgetCaches(s, team.ID())
		storedC, err := team.Commitment(ctx, commitment)
		if err != nil || errC != nil || !reflect.DeepEqual(cachedC, storedC) {
			t.Errorf("%s: cached commitment %+v (%v), stored %+v (%v)", step, cachedC, errC, storedC, err)
		}
		storedS, err := team.Stakeholder(ctx, stakeholder)
		if err != nil || errS != nil || !reflect.DeepEqual(cachedS, storedS) {
			t.Errorf("%s: cached stakeholder %+v (%v), stored %+v (%v)", step, cachedS, errS, storedS, err)
		}
		load()
	}

	load()
	at := time.Date(2027, 1, 15, 9, 0, 0, 123456789, time.Local) // more precise than BSON, not UTC
	st, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva Muster", Sector: "school", Topics: []string{"Ganztag"}, CreatedAt: at})
	if err != nil {
		t.Fatal(err)
	}
	c, err := team.AddCommitment(ctx, storage.Commitment{Owner: st.ID, Text: "Bericht für Eva Muster", Due: "2027-02-01", CreatedBy: "U1", CreatedAt: at})
	if err != nil {
		t.Fatal(err)
	}
	same("insert", c.ID, st.ID)

	events := []storage.CommitmentEvent{
		{Kind: storage.EventStatus, From: storage.CommitmentOpen, To: storage.CommitmentDone},
		{Kind: storage.EventDue, From: "2027-02-01", To: "2027-03-01"},
		{Kind: storage.EventNote, Note: "angerufen"},
	}
	for _, ev := range events {
		at = at.Add(time.Minute)
		ev.Commitment, ev.At, ev.Actor = c.ID, at, "U1"
		if _, err := team.RecordCommitmentEvent(ctx, ev); err != nil {
			t.Fatal(err)
		}
		same("event "+ev.Kind, c.ID, st.ID)
	}

	if err := team.SetStakeholder(ctx, st.ID, storage.StakeholderPatch{Name: new("Eva Beispiel"), Topics: &[]string{"Übergänge"}}, at); err != nil {
		t.Fatal(err)
	}
	same("set stakeholder", c.ID, st.ID)

	if _, err := team.Rewrite(ctx, func(v string) string { return strings.ReplaceAll(v, "Eva", "E.") }); err != nil {
		t.Fatal(err)
	}
	same("rewrite", c.ID, st.ID)
	if got, _ := team.Commitment(ctx, c.ID); got.Text != "Bericht für E. Muster" {
		t.Errorf("rewritten text %q", got.Text)
	}
}
