package schedule

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/metrics/metricstest"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// The scheduler counts the slots it fires and the ones it records as
// missed; a second pass at the same time counts nothing more.
func TestSchedulerCountsSlots(t *testing.T) {
	store := storagetest.Open(t)
	addSchedule(t, store, "T1", "0 * * * *", "Europe/Berlin", utc(t, "2027-01-15T07:59:00Z"))
	c := &clock{}
	m := metrics.New()
	s := NewScheduler(SchedulerOptions{Store: store, Fire: &fires{}, Now: c.Now, Log: zerolog.Nop(), Metrics: m})
	for _, at := range []string{"2027-01-15T08:00:05Z", "2027-01-15T11:10:00Z", "2027-01-15T11:10:00Z"} {
		c.Set(utc(t, at))
		if err := s.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	got := metricstest.Handler(t, m.Handler())
	for outcome, want := range map[string]float64{"fired": 2, "missed": 2, "resumed": 0} {
		if v := got[`netzwerkbot_schedule_slots_total{outcome="`+outcome+`"}`]; v != want {
			t.Errorf("%s: %v, want %v", outcome, v, want)
		}
	}
}
