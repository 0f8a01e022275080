package storage

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// BenchmarkOverdueCommitments measures the overdue look-up on a workspace
// with 20,000 commitments (a fifth of them unfinished and past due) next to
// another workspace of the same size.
func BenchmarkOverdueCommitments(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, Config{URI: os.Getenv("TEST_MONGODB_URI"), DataDir: b.TempDir(), Database: "nwbench", Logger: zerolog.Nop()})
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = s.Drop(ctx); _ = s.Close(ctx) }()
	const today = "2026-07-01"
	want := 0
	for _, team := range []string{"T1", "T2"} {
		docs := make([]any, 20000)
		for i := range docs {
			status := CommitmentStatuses[i%4]
			due := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%730).Format("2006-01-02")
			id := fmt.Sprintf("c%05d", i)
			c := Commitment{Scope: Scope{TeamID: team}, DocID: team + "/" + id, ID: id, Owner: fmt.Sprintf("s%03d", i%300), Due: due, Status: status, Text: "t"}
			if team == "T1" && c.Overdue(today) {
				want++
			}
			docs[i] = c
		}
		if _, err := s.db.Collection(commitments).InsertMany(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	team := s.Team("T1")
	b.ResetTimer()
	for b.Loop() {
		list, err := team.OverdueCommitments(ctx, today)
		if err != nil {
			b.Fatal(err)
		}
		if len(list) != want {
			b.Fatalf("%d overdue", len(list))
		}
	}
}
