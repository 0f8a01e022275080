package review_test

import (
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// A review's period is whole days in the workspace's zone: from the start
// of the day the previous review opened to the start of the day this one
// opens; the first looks back 90 days.
func TestReviewPeriodIsWholeDaysInTheWorkspaceZone(t *testing.T) {
	prev := func(opened string) *storage.Review {
		return &storage.Review{OpenedAt: at(opened), PeriodFrom: at("2025-12-01 00:00"), PeriodTo: at("2026-03-01 00:00")}
	}
	earlier := at("2025-11-30 10:00")
	for _, c := range []struct {
		name         string
		prev         *storage.Review
		opened       string
		from, to     string
		late         time.Time
		lateFromPrev bool
	}{
		{name: "first review", opened: "2026-04-01 09:30", from: "2026-01-01 00:00", to: "2026-04-01 00:00"},
		{name: "after the previous", prev: prev("2026-01-01 15:00"), opened: "2026-04-01 09:30", from: "2026-01-01 00:00", to: "2026-04-01 00:00",
			late: at("2026-01-01 15:00")},
		{name: "late in the evening, Berlin", prev: prev("2026-03-01 10:00"), opened: "2026-03-31 23:30", from: "2026-03-01 00:00", to: "2026-03-31 00:00",
			late: at("2026-03-01 10:00")},
		{name: "on the day clocks go forward", prev: prev("2026-03-01 10:00"), opened: "2026-03-29 12:00", from: "2026-03-01 00:00", to: "2026-03-29 00:00",
			late: at("2026-03-01 10:00")},
		{name: "the same day as the previous", prev: prev("2026-03-01 08:00"), opened: "2026-03-01 17:00", from: "2025-12-01 00:00", to: "2026-03-01 00:00",
			late: earlier},
	} {
		p, late := review.ReviewPeriod(c.prev, earlier, at(c.opened), berlin)
		if !p.From.Equal(at(c.from)) || !p.To.Equal(at(c.to)) || !late.Equal(c.late) {
			t.Errorf("%s: period %v – %v, late from %v; want %s – %s, %v", c.name, p.From.In(berlin), p.To.In(berlin), late, c.from, c.to, c.late)
		}
	}
	// The day the clocks go forward starts at 23:00 UTC the day before.
	if p, _ := review.ReviewPeriod(prev("2026-03-01 10:00"), time.Time{}, at("2026-03-29 12:00"), berlin); !p.To.Equal(time.Date(2026, 3, 28, 23, 0, 0, 0, time.UTC)) {
		t.Errorf("period end %v", p.To)
	}
}
