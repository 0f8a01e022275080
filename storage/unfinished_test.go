package storage_test

import (
	"context"
	"slices"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// unfinishedIDs lists the ids UnfinishedCommitments gives for f, and checks
// that they equal what the plain query gives (the index must agree with the
// stored documents).
func unfinishedIDs(t *testing.T, team *storage.Team, f storage.CommitmentFilter) []string {
	t.Helper()
	ctx := context.Background()
	page, total, err := team.UnfinishedCommitments(ctx, f, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	want, err := team.Commitments(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	var got, exp []string
	for _, c := range page {
		got = append(got, c.ID)
	}
	for _, c := range want {
		exp = append(exp, c.ID)
	}
	if total != len(want) || !slices.Equal(got, exp) {
		t.Fatalf("filter %+v: index gives %v (total %d), the query %v", f, got, total, exp)
	}
	return got
}

func TestUnfinishedCommitmentsFollowEveryWrite(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	open := storage.CommitmentFilter{Statuses: storage.CommitmentUnfinished}
	overdue := storage.CommitmentFilter{OverdueOn: "2027-02-10"}

	a, _ := team.AddCommitment(ctx, storage.Commitment{Owner: "s1", Text: "A", Due: "2027-02-01", CreatedAt: t0})
	if ids := unfinishedIDs(t, team, overdue); !slices.Equal(ids, []string{a.ID}) {
		t.Fatalf("overdue after the first add: %v", ids)
	}
	// Added after the index was loaded.
	b, _ := team.AddCommitment(ctx, storage.Commitment{Owner: "s2", Text: "B", Due: "2027-01-20", CreatedAt: t0})
	if ids := unfinishedIDs(t, team, overdue); !slices.Equal(ids, []string{b.ID, a.ID}) {
		t.Fatalf("overdue sorted by due day: %v", ids)
	}
	record := func(id, kind, from, to string) {
		t.Helper()
		if _, err := team.RecordCommitmentEvent(ctx, storage.CommitmentEvent{Commitment: id, Kind: kind, From: from, To: to, At: t0}); err != nil {
			t.Fatal(err)
		}
	}
	record(a.ID, storage.EventStatus, storage.CommitmentOpen, storage.CommitmentInProgress)
	if got, _, _ := team.UnfinishedCommitments(ctx, storage.CommitmentFilter{Statuses: []string{storage.CommitmentInProgress}}, 0, 10); len(got) != 1 || got[0].ID != a.ID {
		t.Fatalf("in progress: %+v", got)
	}
	record(a.ID, storage.EventDue, "2027-02-01", "2027-03-01")
	if ids := unfinishedIDs(t, team, overdue); !slices.Equal(ids, []string{b.ID}) {
		t.Fatalf("after moving A's due day: %v", ids)
	}
	record(b.ID, storage.EventStatus, storage.CommitmentOpen, storage.CommitmentDone)
	if ids := unfinishedIDs(t, team, open); !slices.Equal(ids, []string{a.ID}) {
		t.Fatalf("after B was done: %v", ids)
	}
	record(b.ID, storage.EventStatus, storage.CommitmentDone, storage.CommitmentOpen)
	unfinishedIDs(t, team, open)

	bulk := []storage.Commitment{{ID: "cbulk1", Owner: "s3", Text: "C", Due: "2027-01-05", Status: storage.CommitmentOpen, CreatedAt: t0}}
	if err := team.InsertCommitments(ctx, bulk); err != nil {
		t.Fatal(err)
	}
	if ids := unfinishedIDs(t, team, overdue); !slices.Equal(ids, []string{"cbulk1", b.ID}) {
		t.Fatalf("after a bulk insert: %v", ids)
	}
	unfinishedIDs(t, team, storage.CommitmentFilter{Statuses: storage.CommitmentUnfinished, Owners: []string{"s2", "s3"}})

	if _, total, _ := s.Team("T2").UnfinishedCommitments(ctx, open, 0, 10); total != 0 {
		t.Fatalf("another workspace sees %d of T1's commitments", total)
	}
	if _, _, err := team.UnfinishedCommitments(ctx, storage.CommitmentFilter{}, 0, 10); storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("a filter that includes finished commitments: %v", err)
	}
	page, total, _ := team.UnfinishedCommitments(ctx, open, 1, 1)
	if total != 3 || len(page) != 1 || page[0].ID != b.ID {
		t.Fatalf("second page of one: %+v of %d", page, total)
	}
}
