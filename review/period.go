package review

import (
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Period is the span a review looks at: the instants From (inclusive) to
// To (exclusive), in UTC. A review's period is whole days in the
// workspace's zone (see ReviewPeriod): From and To are local midnights.
type Period struct {
	From time.Time `bson:"from" json:"from"`
	To   time.Time `bson:"to" json:"to"`
}

// Contains reports whether t lies in [From, To).
func (p Period) Contains(t time.Time) bool { return !t.Before(p.From) && t.Before(p.To) }

// lookBack is the two periods that decide between fading and inactive: the
// period itself and one of the same length before it.
func (p Period) lookBack() Period { return Period{From: p.From.Add(-p.To.Sub(p.From)), To: p.To} }

// FirstPeriodDays is how many days the first review of a workspace looks
// back.
const FirstPeriodDays = 90

// ReviewPeriod returns the period of a review that opens at opened, in the
// workspace's zone loc, and the instant from which meetings logged late
// count (see Options.LateFrom; zero for a first review). The period is
// whole local days: from the start of the day the previous review opened
// to the start of the day this one opens, so consecutive periods tile and
// every instant and every meeting day falls in exactly one. The first
// review (prev nil) looks back FirstPeriodDays days. A review opened on
// the same day as the previous one looks at the previous one's period
// (there is no whole day between them) with its late bound. It never
// fails.
func ReviewPeriod(prev *storage.Review, prevLateFrom time.Time, opened time.Time, loc *time.Location) (Period, time.Time) {
	to := startOfDay(opened, loc)
	if prev == nil {
		return Period{From: startOfDay(opened.In(loc).AddDate(0, 0, -FirstPeriodDays), loc), To: to}, time.Time{}
	}
	from := startOfDay(prev.OpenedAt, loc)
	if !from.Before(to) {
		return Period{From: prev.PeriodFrom.UTC(), To: prev.PeriodTo.UTC()}, prevLateFrom
	}
	return Period{From: from, To: to}, prev.OpenedAt.UTC()
}

// startOfDay returns the instant, in UTC, at which t's day begins in loc.
func startOfDay(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc).UTC()
}
