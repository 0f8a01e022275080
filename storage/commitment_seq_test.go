package storage_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestCommitmentEventsAreNumberedWithoutGaps(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	team := s.Team("T1")
	c, err := team.AddCommitment(ctx, storage.Commitment{Owner: "s1", Text: "A", Due: "2027-02-01", CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	other, err := team.AddCommitment(ctx, storage.Commitment{Owner: "s1", Text: "B", Due: "2027-02-01", CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	// The created event is number 1; the notes follow, across the powers
	// of two the look-up doubles through.
	for want := 2; want <= 18; want++ {
		ev, err := team.RecordCommitmentEvent(ctx, storage.CommitmentEvent{Commitment: c.ID, Kind: storage.EventNote, Note: "n", At: t0})
		if err != nil {
			t.Fatal(err)
		}
		if ev.Seq != want {
			t.Fatalf("event %d got the number %d", want, ev.Seq)
		}
	}
	events, err := team.CommitmentEvents(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i, ev := range events {
		if ev.Seq != i+1 {
			t.Fatalf("history %d has the number %d", i+1, ev.Seq)
		}
	}
	if len(events) != 18 {
		t.Fatalf("history of %d events, want 18", len(events))
	}
	// The look-ups by _id give what a plain find on commitment_id gives.
	scanned, err := s.Uncached().Team("T1").CommitmentEvents(ctx, c.ID)
	if err != nil || !reflect.DeepEqual(events, scanned) {
		t.Fatalf("looked up %+v, found %+v (%v)", events, scanned, err)
	}
	if ev, err := team.RecordCommitmentEvent(ctx, storage.CommitmentEvent{Commitment: other.ID, Kind: storage.EventNote, Note: "n", At: t0}); err != nil || ev.Seq != 2 {
		t.Fatalf("the other commitment's second event: %+v, %v", ev, err)
	}
}
