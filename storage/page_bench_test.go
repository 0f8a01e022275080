package storage_test

import (
	"context"
	"crypto/rand"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
)

// BenchmarkOverduePages pages through "zusagen überfällig" on the large
// seeded network (20,000 commitments, 5,557 of them overdue), as the list
// command does: the first page and the hundredth, 25 each. Besides the time it reports docs/op,
// the documents the server sends per page: against a server the sort,
// skip, limit and count run there, so one page travels; on the embedded
// server the page comes from the cache and no document is read.
func BenchmarkOverduePages(b *testing.B) {
	ctx := context.Background()
	cfg := storage.Config{URI: os.Getenv("TEST_MONGODB_URI"), DataDir: b.TempDir(), Database: "nwbench_" + rand.Text()[:8], Logger: zerolog.Nop()}
	s, docs, err := storage.OpenCounting(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = s.Drop(ctx); _ = s.Close(ctx) }()
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)
	team := s.Team("T1")
	if _, err := seed.Run(ctx, team, seed.Options{Size: seed.Large, Seed: 1, Now: now, Loc: berlin}); err != nil {
		b.Fatal(err)
	}
	overdue := storage.CommitmentFilter{OverdueOn: now.In(berlin).Format(time.DateOnly)}
	for _, page := range []int{1, 100} {
		b.Run("page "+strconv.Itoa(page), func(b *testing.B) {
			if _, _, err := team.CommitmentPage(ctx, overdue, 0, 25); err != nil { // loads the embedded cache
				b.Fatal(err)
			}
			docs.Store(0)
			total := 0
			for b.Loop() {
				list, n, err := team.CommitmentPage(ctx, overdue, (page-1)*25, 25)
				if err != nil || len(list) != 25 {
					b.Fatalf("page %d: %d commitments of %d, %v", page, len(list), n, err)
				}
				total = n
			}
			b.ReportMetric(float64(docs.Load())/float64(b.N), "docs/op")
			b.ReportMetric(float64(total), "overdue")
		})
	}
	// For comparison: the whole list, as the list command read it before
	// paging moved to the server (and as the review analysis reads it).
	b.Run("whole list", func(b *testing.B) {
		docs.Store(0)
		for b.Loop() {
			if _, err := team.Commitments(ctx, overdue); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(docs.Load())/float64(b.N), "docs/op")
	})
}
