package outbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// A message of two parts is queued under key and key#2; queueing the key
// again, through Queue or the store, changes nothing, and no other
// workspace sees it.
func TestQueueMessageIsIdempotent(t *testing.T) {
	ctx := context.Background()
	store := storagetest.Open(t)
	team := store.Team("T1")
	at := time.Date(2027, 1, 15, 8, 0, 0, 0, time.UTC)
	const run, key = "p1@2027-01-15T09:00", "p1@2027-01-15T09:00/survey/U1"
	parts := []outbox.Message{{Text: "part 1", Blocks: `[{"type":"divider"}]`}, {Text: "part 2"}}
	if n, err := outbox.Queue(ctx, team, run, key, "C1", parts, at); n != 2 || err != nil {
		t.Fatalf("first queue: %d %v", n, err)
	}
	if n, err := outbox.Queue(ctx, team, run, key, "C9", []outbox.Message{{Text: "other"}}, at); n != 0 || err != nil {
		t.Fatalf("second queue: %d %v", n, err)
	}
	ok, err := team.QueueMessage(ctx, storage.OutboxMessage{Key: key, Channel: "C9", Text: "other"})
	if ok || err != nil {
		t.Fatalf("second queue through the store: %v %v", ok, err)
	}
	msgs, err := team.OutboxMessages(ctx, run)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 || msgs[0].Key != key || msgs[1].Key != key+"#2" {
		t.Fatalf("queued %+v", msgs)
	}
	for i, m := range msgs {
		if m.Channel != "C1" || m.Text != parts[i].Text || m.Blocks != parts[i].Blocks || m.State != storage.OutboxPending {
			t.Errorf("part %d: %+v", i+1, m)
		}
	}
	if _, err := store.Team("T2").OutboxMessage(ctx, key); !storage.IsNotFound(err) {
		t.Fatalf("another workspace sees the message: %v", err)
	}
}
