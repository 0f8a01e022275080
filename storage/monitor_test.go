package storage

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// A database command that fails is reported to Config.OnError with its
// kind; a duplicate key, which once-only work expects, is not.
func TestFailedCommandsAreReported(t *testing.T) {
	ctx := context.Background()
	var mu sync.Mutex
	var kinds []Kind
	s, err := Open(ctx, Config{URI: os.Getenv("TEST_MONGODB_URI"), DataDir: t.TempDir(), Database: "nwmonitor", Logger: zerolog.Nop(),
		OnError: func(k Kind) { mu.Lock(); defer mu.Unlock(); kinds = append(kinds, k) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Drop(ctx); _ = s.Close(ctx) })
	team := s.Team("T1")
	at := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	if first, err := team.ClaimEvent(ctx, "Ev1", at); !first || err != nil {
		t.Fatal(first, err)
	}
	if first, err := team.ClaimEvent(ctx, "Ev1", at); first || err != nil {
		t.Fatal(first, err)
	}
	if err := s.db.RunCommand(ctx, bson.D{{Key: "noSuchCommand", Value: 1}}).Err(); err == nil {
		t.Fatal("an unknown command succeeded")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(kinds) != 1 || kinds[0] != KindInternal {
		t.Errorf("reported %v, want one internal error", kinds)
	}
}
