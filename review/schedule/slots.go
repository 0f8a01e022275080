package schedule

import (
	"time"

	"github.com/robfig/cron/v3"
)

// How slots are found.
//
// robfig/cron's SpecSchedule.Next, evaluated in a zone with daylight saving,
// skips a wall time that does not exist (Europe/Berlin, 2027-03-28: a daily
// 02:30 next fires on 03-29) and returns a wall time that occurs twice at
// both instants (2027-10-31: 02:30 CEST and 02:30 CET). So we never let it
// see a zone. It walks nominal wall times, held as UTC times with the same
// clock fields ("walls" below), where every minute exists exactly once. Each
// wall is then placed in the schedule's zone by fireAt: the slot fires at the
// first instant the zone's clock shows that wall time or later. A wall time
// in a spring-forward gap fires when the gap ends; a repeated one fires at its
// first occurrence. Walls that land on the same instant (02:00 and 03:00 on a
// spring-forward day) make one slot, keyed by the latest of them.
//
// All functions below take a schedule from ParseSpec and a zone from LoadZone.
// A schedule with a zone of its own would be shifted twice.

// KeyLayout is the time layout of Slot.Key.
const KeyLayout = "2006-01-02T15:04"

// MaxMissed is the most slots Plan lists in Catchup.Missed.
const MaxMissed = 100

// Slot is one firing of a schedule.
type Slot struct {
	At  time.Time // the instant the slot fires, in UTC
	Key string    // the nominal wall time in the schedule's zone, in KeyLayout
}

// Catchup says what to do with the slots that fell due since the last one
// handled.
type Catchup struct {
	Run       *Slot  // the slot to run now, or nil if there is none
	Missed    []Slot // slots that must not run, oldest first, at most MaxMissed
	Truncated bool   // more slots were missed than Missed lists
}

// Plan sorts the slots of sched in loc that are due in (last, now]: the
// newest of them runs if it is at most deadline older than now; every other
// one is missed. last is the instant of the last slot handled, or the
// schedule's creation time.
//
// Missed lists the oldest MaxMissed missed slots. If there are more, Plan
// sets Truncated and neither lists nor counts the rest: it jumps to
// now-deadline instead of walking them, so a per-minute schedule that was
// down for years costs no more than a few hundred steps plus the slots within
// deadline. Every slot up to now is accounted for either way, so the next
// call may pass now as last.
func Plan(sched cron.Schedule, loc *time.Location, last, now time.Time, deadline time.Duration) Catchup {
	var c Catchup
	cutoff := now.Add(-deadline)
	it := newSlots(sched, loc, last)
	for s, ok := it.next(); ok && !s.At.After(now); s, ok = it.next() {
		if s.At.Before(cutoff) {
			c.miss(s)
			if c.Truncated {
				it.skip(cutoff.Add(-time.Nanosecond))
			}
			continue
		}
		if c.Run != nil {
			c.miss(*c.Run)
		}
		run := s
		c.Run = &run
	}
	return c
}

// miss records s as missed, or sets Truncated if Missed is full.
func (c *Catchup) miss(s Slot) {
	if len(c.Missed) == MaxMissed {
		c.Truncated = true
		return
	}
	c.Missed = append(c.Missed, s)
}

// NextRuns returns when the next n slots of sched in loc after from fire,
// as times in loc. It returns fewer if robfig/cron finds no further firing
// within five years of the previous one.
func NextRuns(sched cron.Schedule, loc *time.Location, from time.Time, n int) []time.Time {
	var runs []time.Time
	it := newSlots(sched, loc, from)
	for s, ok := it.next(); ok && len(runs) < n; s, ok = it.next() {
		runs = append(runs, s.At.In(loc))
	}
	return runs
}

// slots walks the slots of a schedule in order.
type slots struct {
	sched cron.Schedule
	loc   *time.Location
	wall  time.Time // the wall of the last slot returned, or where to start
}

// newSlots walks the slots that fire after the instant after.
func newSlots(sched cron.Schedule, loc *time.Location, after time.Time) *slots {
	return &slots{sched: sched, loc: loc, wall: shownBy(after, loc)}
}

// next returns the next slot. It reports false if robfig/cron finds no
// firing within five years.
func (it *slots) next() (Slot, bool) {
	w := it.sched.Next(it.wall)
	if w.IsZero() {
		return Slot{}, false
	}
	at := fireAt(w, it.loc)
	for nw := it.sched.Next(w); !nw.IsZero() && fireAt(nw, it.loc).Equal(at); nw = it.sched.Next(nw) {
		w = nw
	}
	it.wall = w
	return Slot{At: at, Key: w.Format(KeyLayout)}, true
}

// skip moves on to the slots that fire after the instant t, if they are not
// already behind.
func (it *slots) skip(t time.Time) {
	if w := shownBy(t, it.loc); w.After(it.wall) {
		it.wall = w
	}
}

// fireAt returns the first instant at which the clock in loc shows the wall
// w or later, in UTC.
func fireAt(w time.Time, loc *time.Location) time.Time {
	t := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), loc)
	start, end := t.ZoneBounds()
	// time.Date does not say which offset it uses around a transition.
	switch shown := wallOf(t); {
	case shown.After(w): // w is in a gap and t got the offset from before it
		return start.UTC()
	case shown.Before(w): // w is in a gap and t got the offset from after it
		return end.UTC()
	}
	if start.IsZero() {
		return t.UTC()
	}
	// The clock may have shown w once already, before falling back at start.
	_, off := t.Zone()
	_, prevOff := start.Add(-time.Nanosecond).Zone()
	if twin := t.Add(-time.Duration(prevOff-off) * time.Second); twin.Before(t) && wallOf(twin).Equal(w) {
		return twin.UTC()
	}
	return t.UTC()
}

// shownBy returns the latest wall time the clock in loc has shown at or
// before the instant t. It is t's own wall time unless the clock fell back
// at the start of t's zone period from a later one.
func shownBy(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	w := wallOf(t)
	start, _ := t.ZoneBounds()
	if start.IsZero() {
		return w
	}
	if before := wallOf(start.Add(-time.Nanosecond)); before.After(w) {
		return before
	}
	return w
}

// wallOf returns the wall time t shows in its own location, as a UTC time.
func wallOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}
