package storage_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// BenchmarkDueMessages reads the 10 due messages of an outbox that holds
// 2,000 sent ones of 2 KB each: "indexed" is the sender's read, "scan" the
// plain query (on the embedded server a scan of the whole outbox).
func BenchmarkDueMessages(b *testing.B) {
	s := storagetest.Open(b)
	ctx := context.Background()
	at := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	tm := s.Team("T1")
	text := strings.Repeat("x", 2048)
	for i := range 2010 {
		key := fmt.Sprintf("m%04d", i)
		if _, err := tm.QueueMessage(ctx, storage.OutboxMessage{Key: key, Channel: "C1", Text: text, CreatedAt: at}); err != nil {
			b.Fatal(err)
		}
		if i >= 10 {
			if err := tm.MarkSent(ctx, key, 0, "1.1", at); err != nil {
				b.Fatal(err)
			}
		}
	}
	for name, store := range map[string]*storage.Store{"indexed": s, "scan": s.Uncached()} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				list, err := store.DueMessages(ctx, at.Add(time.Minute), 50)
				if err != nil || len(list) != 10 {
					b.Fatalf("%d due, %v", len(list), err)
				}
			}
		})
	}
}
