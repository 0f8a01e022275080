package storage_test

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestCommitmentTeamIsolation(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	teamA, teamB := s.Team("TA"), s.Team("TB")
	c, err := teamA.AddCommitment(ctx, storage.Commitment{Owner: "s1111", Text: "Bericht", Due: "2027-02-01", CreatedBy: "U1", CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.ID) != 5 || c.ID[0] != 'c' || c.Status != storage.CommitmentOpen {
		t.Fatalf("added %+v", c)
	}
	if got, err := teamA.Commitment(ctx, c.ID); err != nil || got.Text != "Bericht" || got.TeamID != "TA" {
		t.Fatalf("team A reads %+v, %v", got, err)
	}
	if _, err := teamB.Commitment(ctx, c.ID); !storage.IsNotFound(err) {
		t.Fatalf("team B reads team A's commitment: %v", err)
	}
	if list, _ := teamB.Commitments(ctx, storage.CommitmentFilter{}); len(list) != 0 {
		t.Fatalf("team B lists %d of team A's commitments", len(list))
	}
	if list, _ := teamB.OverdueCommitments(ctx, "2099-01-01"); len(list) != 0 {
		t.Fatal("team B sees team A's overdue commitments")
	}
	if evs, _ := teamB.CommitmentEvents(ctx, c.ID); len(evs) != 0 {
		t.Fatal("team B sees team A's history")
	}
	_, err = teamB.RecordCommitmentEvent(ctx, storage.CommitmentEvent{Commitment: c.ID, Kind: storage.EventStatus, From: storage.CommitmentOpen, To: storage.CommitmentDone, At: t0})
	if !storage.IsNotFound(err) {
		t.Fatalf("team B changes team A's commitment: %v", err)
	}
	if got, _ := teamA.Commitment(ctx, c.ID); got.Status != storage.CommitmentOpen {
		t.Fatalf("team B's change reached team A: %s", got.Status)
	}
	if evs, _ := teamA.CommitmentEvents(ctx, c.ID); len(evs) != 1 {
		t.Fatalf("team B's refused change left %d events", len(evs))
	}
}

func TestCommitmentEventsInOrder(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	c, _ := team.AddCommitment(ctx, storage.Commitment{Owner: "s1111", Text: "Bericht", Due: "2027-02-01", CreatedBy: "U1", CreatedAt: t0})
	steps := []storage.CommitmentEvent{
		{Kind: storage.EventStatus, From: storage.CommitmentOpen, To: storage.CommitmentInProgress},
		{Kind: storage.EventNote, Note: "Entwurf liegt vor"},
		{Kind: storage.EventDue, From: "2027-02-01", To: "2027-03-01"},
		{Kind: storage.EventStatus, From: storage.CommitmentInProgress, To: storage.CommitmentDone, Note: "versandt"},
	}
	for _, ev := range steps {
		// The same instant for every event: order must come from seq.
		ev.Commitment, ev.At, ev.Actor = c.ID, t0, "U2"
		if _, err := team.RecordCommitmentEvent(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := team.CommitmentEvents(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for i, ev := range evs {
		if ev.Seq != i+1 {
			t.Fatalf("event %d has seq %d", i, ev.Seq)
		}
		kinds = append(kinds, ev.Kind+":"+ev.To+ev.Note)
	}
	want := []string{"created:open", "status:in-progress", "note:Entwurf liegt vor", "due:2027-03-01", "status:doneversandt"}
	if !slices.Equal(kinds, want) {
		t.Fatalf("history %v, want %v", kinds, want)
	}
	got, _ := team.Commitment(ctx, c.ID)
	if got.Status != storage.CommitmentDone || got.Due != "2027-03-01" || !got.UpdatedAt.Equal(t0) {
		t.Fatalf("current state %+v", got)
	}
}

func TestCommitmentStaleChangeIsConflict(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	c, _ := team.AddCommitment(ctx, storage.Commitment{Owner: "s1111", Text: "X", Due: "2027-02-01", CreatedAt: t0})
	done := storage.CommitmentEvent{Commitment: c.ID, Kind: storage.EventStatus, From: storage.CommitmentOpen, To: storage.CommitmentDone, At: t0}
	if _, err := team.RecordCommitmentEvent(ctx, done); err != nil {
		t.Fatal(err)
	}
	dropped := done
	dropped.To = storage.CommitmentDropped
	if _, err := team.RecordCommitmentEvent(ctx, dropped); !storage.IsConflict(err) {
		t.Fatalf("stale change: %v, want conflict", err)
	}
	if got, _ := team.Commitment(ctx, c.ID); got.Status != storage.CommitmentDone {
		t.Fatalf("stale change applied: %s", got.Status)
	}
	if evs, _ := team.CommitmentEvents(ctx, c.ID); len(evs) != 2 {
		t.Fatalf("stale change recorded: %d events", len(evs))
	}
	bad := storage.CommitmentEvent{Commitment: c.ID, Kind: "explode", At: t0}
	if _, err := team.RecordCommitmentEvent(ctx, bad); storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("unknown kind: %v", err)
	}
}

func TestCommitmentQueries(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	add := func(owner, committee, due, status string) storage.Commitment {
		t.Helper()
		c, err := team.AddCommitment(ctx, storage.Commitment{Owner: owner, Committee: committee, Text: "t", Due: due, CreatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		if status != storage.CommitmentOpen {
			ev := storage.CommitmentEvent{Commitment: c.ID, Kind: storage.EventStatus, From: storage.CommitmentOpen, To: status, At: t0}
			if _, err := team.RecordCommitmentEvent(ctx, ev); err != nil {
				t.Fatal(err)
			}
			c.Status = status
		}
		return c
	}
	all := []storage.Commitment{
		add("sa", "g1", "2027-01-14", storage.CommitmentOpen),
		add("sa", "", "2027-01-15", storage.CommitmentInProgress),
		add("sb", "g1", "2027-01-10", storage.CommitmentDone),
		add("sb", "g2", "2027-01-01", storage.CommitmentInProgress),
		add("sc", "", "2027-01-20", storage.CommitmentOpen),
		add("sc", "g2", "2026-12-31", storage.CommitmentDropped),
	}
	ids := func(list []storage.Commitment) []string {
		var out []string
		for _, c := range list {
			out = append(out, c.ID)
		}
		return out
	}
	pick := func(keep func(c storage.Commitment) bool) []string {
		var out []storage.Commitment
		for _, c := range all {
			if keep(c) {
				out = append(out, c)
			}
		}
		slices.SortFunc(out, func(a, b storage.Commitment) int {
			if a.Due != b.Due {
				return cmp.Compare(a.Due, b.Due)
			}
			return cmp.Compare(a.ID, b.ID)
		})
		return ids(out)
	}
	for _, today := range []string{"2026-12-31", "2027-01-02", "2027-01-15", "2027-01-16", "2027-02-01"} {
		got, err := team.OverdueCommitments(ctx, today)
		if err != nil {
			t.Fatal(err)
		}
		want := pick(func(c storage.Commitment) bool { return c.Overdue(today) })
		if !slices.Equal(ids(got), want) {
			t.Errorf("overdue on %s: %v, want %v (the Go rule)", today, ids(got), want)
		}
	}
	cases := []struct {
		name string
		f    storage.CommitmentFilter
		keep func(c storage.Commitment) bool
	}{
		{"all", storage.CommitmentFilter{}, func(storage.Commitment) bool { return true }},
		{"owners", storage.CommitmentFilter{Owners: []string{"sa", "sc"}}, func(c storage.Commitment) bool { return c.Owner != "sb" }},
		{"committee", storage.CommitmentFilter{Committee: "g1"}, func(c storage.Commitment) bool { return c.Committee == "g1" }},
		{"statuses", storage.CommitmentFilter{Statuses: []string{storage.CommitmentDone, storage.CommitmentDropped}}, storage.Commitment.Closed},
		{"due before", storage.CommitmentFilter{DueBefore: "2027-01-14"}, func(c storage.Commitment) bool { return c.Due < "2027-01-14" }},
		{"overdue and due before", storage.CommitmentFilter{OverdueOn: "2027-01-16", DueBefore: "2027-01-10"},
			func(c storage.Commitment) bool { return c.Overdue("2027-01-16") && c.Due < "2027-01-10" }},
		{"overdue and done", storage.CommitmentFilter{OverdueOn: "2027-01-16", Statuses: []string{storage.CommitmentDone}},
			func(storage.Commitment) bool { return false }},
	}
	for _, c := range cases {
		got, err := team.Commitments(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		if want := pick(c.keep); !slices.Equal(ids(got), want) {
			t.Errorf("%s: %v, want %v", c.name, ids(got), want)
		}
	}
}

func TestCommitmentOverdueRule(t *testing.T) {
	cases := []struct {
		status, due, today string
		want               bool
	}{
		{storage.CommitmentOpen, "2027-01-15", "2027-01-15", false},
		{storage.CommitmentOpen, "2027-01-15", "2027-01-16", true},
		{storage.CommitmentInProgress, "2027-01-15", "2027-01-16", true},
		{storage.CommitmentDone, "2027-01-15", "2027-01-16", false},
		{storage.CommitmentDropped, "2027-01-15", "2027-01-16", false},
		{storage.CommitmentOpen, "2026-12-31", "2027-01-01", true},
	}
	for _, c := range cases {
		got := storage.Commitment{Status: c.status, Due: c.due}.Overdue(c.today)
		if got != c.want {
			t.Errorf("%s due %s on %s: overdue %v, want %v", c.status, c.due, c.today, got, c.want)
		}
	}
}
