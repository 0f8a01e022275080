package outbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/metrics/metricstest"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// Each look at the outbox tells the metrics how many messages are due and
// how long the oldest has waited.
func TestSenderReportsTheBacklog(t *testing.T) {
	ctx := context.Background()
	store := storagetest.Open(t)
	team := store.Team("T1")
	now := time.Date(2027, 1, 15, 8, 0, 0, 0, time.UTC)
	for i, ch := range []string{"C1", "C2", "C3"} {
		queued := now.Add(-time.Duration(10*(i+1)) * time.Minute)
		if _, err := outbox.Queue(ctx, team, "r1", "r1/"+ch, ch, []outbox.Message{{Text: "to " + ch}}, queued); err != nil {
			t.Fatal(err)
		}
	}
	m := metrics.New()
	s := outbox.NewSender(outbox.SenderOptions{Store: store, Poster: &scripted{}, Log: zerolog.Nop(), Metrics: m,
		Now: func() time.Time { return now }, Sleep: func(ctx context.Context, _ time.Duration) error { return ctx.Err() }})
	s.Pass(ctx)
	got := metricstest.Handler(t, m.Handler())
	if got["netzwerkbot_outbox_due"] != 3 || got["netzwerkbot_outbox_oldest_due_seconds"] != 1800 {
		t.Errorf("first look: due %v, oldest %v s; want 3 and 1800", got["netzwerkbot_outbox_due"], got["netzwerkbot_outbox_oldest_due_seconds"])
	}
	s.Pass(ctx)
	got = metricstest.Handler(t, m.Handler())
	if got["netzwerkbot_outbox_due"] != 0 || got["netzwerkbot_outbox_oldest_due_seconds"] != 0 {
		t.Errorf("after delivery: due %v, oldest %v s; want 0", got["netzwerkbot_outbox_due"], got["netzwerkbot_outbox_oldest_due_seconds"])
	}
}
