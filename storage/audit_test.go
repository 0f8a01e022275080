package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestAuditPageNewestFirstAcrossTargetsAndTeams(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	teamA, teamB := s.Team("TA"), s.Team("TB")
	add := func(team *storage.Team, target string, minute int) {
		t.Helper()
		err := team.Audit(ctx, storage.AuditEntry{At: t0.Add(time.Duration(minute) * time.Minute), Actor: "U1",
			Action: "stakeholder.edit", TargetKind: "stakeholder", TargetID: target})
		if err != nil {
			t.Fatal(err)
		}
	}
	for m := 0; m < 5; m++ {
		add(teamA, "sabcd", m)
	}
	add(teamA, "U0EVA", 10)
	add(teamA, "gxyzw", 20)
	add(teamB, "sabcd", 30)
	// Two entries of the same instant must still page without overlap.
	add(teamA, "sabcd", 2)

	n, err := teamA.CountAudit(ctx, []string{"sabcd", "U0EVA"})
	if err != nil || n != 7 {
		t.Fatalf("count = %d, %v; want 7", n, err)
	}
	if n, _ := teamA.CountAudit(ctx, nil); n != 0 {
		t.Fatalf("count of no ids = %d", n)
	}

	var seen []storage.AuditEntry
	for skip := 0; skip < 7; skip += 3 {
		page, err := teamA.AuditPage(ctx, []string{"sabcd", "U0EVA"}, skip, 3)
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, page...)
	}
	if len(seen) != 7 {
		t.Fatalf("pages held %d entries, want 7", len(seen))
	}
	ids := map[string]bool{}
	for i, e := range seen {
		if e.TeamID != "TA" || e.TargetID == "gxyzw" {
			t.Fatalf("entry %d from the wrong team or target: %+v", i, e)
		}
		if ids[e.DocID] {
			t.Fatalf("entry %s on two pages", e.DocID)
		}
		ids[e.DocID] = true
		if i > 0 && e.At.After(seen[i-1].At) {
			t.Fatalf("entry %d (%v) is newer than entry %d (%v)", i, e.At, i-1, seen[i-1].At)
		}
	}
	if seen[0].TargetID != "U0EVA" {
		t.Fatalf("newest entry is %+v", seen[0])
	}
}

func TestLooksLikeShortID(t *testing.T) {
	for s, want := range map[string]bool{
		"sabcd": true, "c2345": true, "gk7m9p": true, "s4k7m9pqr": true,
		"sab": false, "Sabcd": false, "sabcl": false, "s0abc": false, "sabcdefghj": false, "U0EVA": false, "": false,
	} {
		if got := storage.LooksLikeShortID(s); got != want {
			t.Errorf("LooksLikeShortID(%q) = %v, want %v", s, got, want)
		}
	}
}
