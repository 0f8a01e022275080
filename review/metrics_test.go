package review_test

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/metrics/metricstest"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// Each pass of the engine tells the metrics how many reviews are open in
// all workspaces.
func TestEngineReportsOpenReviews(t *testing.T) {
	ctx := context.Background()
	store := storagetest.Open(t)
	now := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	for _, team := range []string{"T1", "T1", "T2"} {
		if _, err := store.Team(team).AddReview(ctx, storage.Review{OpenedAt: now, ClosesAt: now.Add(14 * 24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	m := metrics.New()
	e := review.NewEngine(review.EngineOptions{Store: store, Now: func() time.Time { return now }, Log: zerolog.Nop(), Metrics: m})
	if err := e.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if got := metricstest.Handler(t, m.Handler())["netzwerkbot_reviews_open"]; got != 3 {
		t.Errorf("reviews open %v, want 3", got)
	}
}
