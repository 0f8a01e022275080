package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestClaimEventOnceAndCleanUp(t *testing.T) {
	s := storagetest.Open(t)
	ctx := context.Background()
	at := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	first, err := s.Team("T1").ClaimEvent(ctx, "Ev1", at)
	if err != nil || !first {
		t.Fatalf("first claim: %v, %v", first, err)
	}
	again, err := s.Team("T1").ClaimEvent(ctx, "Ev1", at.Add(time.Minute))
	if err != nil || again {
		t.Fatalf("second claim: %v, %v; want false, nil", again, err)
	}
	other, err := s.Team("T2").ClaimEvent(ctx, "Ev1", at)
	if err != nil || !other {
		t.Fatalf("same event id in another workspace: %v, %v", other, err)
	}
	if _, err := s.Team("T1").ClaimEvent(ctx, "", at); storage.KindOf(err) != storage.KindInvalid {
		t.Fatalf("empty event id: %v", err)
	}
	n, err := s.DeleteEventsBefore(ctx, at.Add(30*time.Second))
	if err != nil || n != 2 {
		t.Fatalf("clean-up deleted %d, %v; want 2", n, err)
	}
	if fresh, _ := s.Team("T1").ClaimEvent(ctx, "Ev1", at.Add(2*time.Hour)); !fresh {
		t.Fatal("an event whose record was cleaned up cannot be claimed again")
	}
}
