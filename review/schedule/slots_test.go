package schedule

import (
	"fmt"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

func mustSpec(t *testing.T, spec string) cron.Schedule {
	t.Helper()
	sched, err := ParseSpec(spec)
	if err != nil {
		t.Fatal(err)
	}
	return sched
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := LoadZone(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// utc parses an RFC 3339 literal.
func utc(t *testing.T, s string) time.Time {
	t.Helper()
	ts, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return ts.UTC()
}

// slotsIn returns every slot due in (last, now].
func slotsIn(sched cron.Schedule, loc *time.Location, last, now time.Time) []Slot {
	var got []Slot
	it := newSlots(sched, loc, last)
	for s, ok := it.next(); ok && !s.At.After(now); s, ok = it.next() {
		got = append(got, s)
	}
	return got
}

// slot is a Slot written as literals: the UTC instant and the key.
type slot struct{ at, key string }

func checkSlots(t *testing.T, got []Slot, want []slot) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d slots %v; want %d %v", len(got), got, len(want), want)
	}
	for i, w := range want {
		if !got[i].At.Equal(utc(t, w.at)) || got[i].At.Location() != time.UTC || got[i].Key != w.key {
			t.Errorf("slot %d = %v %s; want %s %s", i, got[i].At, got[i].Key, w.at, w.key)
		}
	}
}

func TestSlotsAcrossDST(t *testing.T) {
	tests := []struct {
		name      string
		zone      string
		spec      string
		last, now string
		want      []slot
	}{{
		name: "Berlin spring forward: 02:30 does not exist, runs at 03:00 CEST",
		zone: "Europe/Berlin", spec: "30 2 * * *",
		last: "2027-03-26T12:00:00Z", now: "2027-03-29T12:00:00Z",
		want: []slot{
			{"2027-03-27T01:30:00Z", "2027-03-27T02:30"},
			{"2027-03-28T01:00:00Z", "2027-03-28T02:30"},
			{"2027-03-29T00:30:00Z", "2027-03-29T02:30"},
		},
	}, {
		name: "Berlin fall back: 02:30 occurs twice, runs once at the first",
		zone: "Europe/Berlin", spec: "30 2 * * *",
		last: "2027-10-29T12:00:00Z", now: "2027-11-01T12:00:00Z",
		want: []slot{
			{"2027-10-30T00:30:00Z", "2027-10-30T02:30"},
			{"2027-10-31T00:30:00Z", "2027-10-31T02:30"},
			{"2027-11-01T01:30:00Z", "2027-11-01T02:30"},
		},
	}, {
		name: "Berlin fall back: last inside the repeated hour, 02:30 already fired",
		zone: "Europe/Berlin", spec: "30 2 * * *",
		last: "2027-10-31T01:15:00Z", now: "2027-11-01T12:00:00Z",
		want: []slot{
			{"2027-11-01T01:30:00Z", "2027-11-01T02:30"},
		},
	}, {
		name: "New York spring forward: 02:30 does not exist, runs at 03:00 EDT",
		zone: "America/New_York", spec: "30 2 * * *",
		last: "2027-03-13T12:00:00Z", now: "2027-03-15T12:00:00Z",
		want: []slot{
			{"2027-03-14T07:00:00Z", "2027-03-14T02:30"},
			{"2027-03-15T06:30:00Z", "2027-03-15T02:30"},
		},
	}, {
		name: "New York fall back: 01:30 occurs twice, runs once at the first",
		zone: "America/New_York", spec: "30 1 * * *",
		last: "2027-11-06T12:00:00Z", now: "2027-11-08T12:00:00Z",
		want: []slot{
			{"2027-11-07T05:30:00Z", "2027-11-07T01:30"},
			{"2027-11-08T06:30:00Z", "2027-11-08T01:30"},
		},
	}, {
		name: "Lord Howe half-hour spring forward: 02:15 runs at 02:30",
		zone: "Australia/Lord_Howe", spec: "15 2 * * *",
		last: "2027-10-01T12:00:00Z", now: "2027-10-03T12:00:00Z",
		want: []slot{
			{"2027-10-01T15:45:00Z", "2027-10-02T02:15"},
			{"2027-10-02T15:30:00Z", "2027-10-03T02:15"},
		},
	}, {
		name: "Lord Howe half-hour fall back: 01:45 runs once at the first",
		zone: "Australia/Lord_Howe", spec: "45 1 * * *",
		last: "2027-04-02T12:00:00Z", now: "2027-04-04T12:00:00Z",
		want: []slot{
			{"2027-04-02T14:45:00Z", "2027-04-03T01:45"},
			{"2027-04-03T14:45:00Z", "2027-04-04T01:45"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sched, loc := mustSpec(t, tt.spec), mustZone(t, tt.zone)
			checkSlots(t, slotsIn(sched, loc, utc(t, tt.last), utc(t, tt.now)), tt.want)
		})
	}
}

func TestSlotsHourlyOnDSTDays(t *testing.T) {
	tests := []struct {
		name      string
		last, now string // the local day 2027-03-28 or 2027-10-31 in Europe/Berlin
		count     int
		first     slot // the slot for 02:00 or the one that replaces it
	}{
		{"spring forward", "2027-03-27T22:59:00Z", "2027-03-28T21:59:00Z", 23, slot{"2027-03-28T01:00:00Z", "2027-03-28T03:00"}},
		{"fall back", "2027-10-30T21:59:00Z", "2027-10-31T22:59:00Z", 24, slot{"2027-10-31T00:00:00Z", "2027-10-31T02:00"}},
	}
	loc := mustZone(t, "Europe/Berlin")
	for _, spec := range []string{"@hourly", "0 * * * *"} {
		for _, tt := range tests {
			t.Run(spec+" "+tt.name, func(t *testing.T) {
				got := slotsIn(mustSpec(t, spec), loc, utc(t, tt.last), utc(t, tt.now))
				if len(got) != tt.count {
					t.Fatalf("got %d slots %v; want %d", len(got), got, tt.count)
				}
				checkSlots(t, got[2:3], []slot{tt.first})
				for i := 1; i < len(got); i++ {
					if !got[i].At.After(got[i-1].At) || got[i].Key <= got[i-1].Key {
						t.Errorf("slots %d and %d out of order: %v, %v", i-1, i, got[i-1], got[i])
					}
				}
			})
		}
	}
}

func TestSlotsMonthlyForAYear(t *testing.T) {
	loc := mustZone(t, "Europe/Berlin")
	last, now := utc(t, "2026-12-31T12:00:00Z"), utc(t, "2027-12-31T12:00:00Z")
	for _, tt := range []struct {
		spec string
		hour int
	}{{"@monthly", 0}, {"0 9 1 * *", 9}} {
		t.Run(tt.spec, func(t *testing.T) {
			var want []slot
			for m := time.January; m <= time.December; m++ {
				offset := 1 // CET; CEST from the last Sunday in March to the last in October
				if m >= time.April && m <= time.October {
					offset = 2
				}
				at := time.Date(2027, m, 1, tt.hour-offset, 0, 0, 0, time.UTC)
				want = append(want, slot{at.Format(time.RFC3339), fmt.Sprintf("2027-%02d-01T%02d:00", int(m), tt.hour)})
			}
			checkSlots(t, slotsIn(mustSpec(t, tt.spec), loc, last, now), want)
		})
	}
}

func TestPlan(t *testing.T) {
	// Daily at 09:00 in Berlin, 08:00 UTC in January.
	tests := []struct {
		name       string
		last, now  string
		deadline   time.Duration
		wantRun    string // key, or "" for none
		wantMissed []string
	}{
		{"nothing due", "2027-01-10T08:00:00Z", "2027-01-11T07:59:00Z", time.Hour, "", nil},
		{"one slot on time", "2027-01-10T08:00:00Z", "2027-01-11T08:00:00Z", 0, "2027-01-11T09:00", nil},
		{"down across three slots, newest within deadline", "2027-01-10T08:00:00Z", "2027-01-13T08:30:00Z", time.Hour,
			"2027-01-13T09:00", []string{"2027-01-11T09:00", "2027-01-12T09:00"}},
		{"newest exactly at the deadline", "2027-01-10T08:00:00Z", "2027-01-13T09:00:00Z", time.Hour,
			"2027-01-13T09:00", []string{"2027-01-11T09:00", "2027-01-12T09:00"}},
		{"newest older than the deadline", "2027-01-10T08:00:00Z", "2027-01-13T10:00:00Z", time.Hour,
			"", []string{"2027-01-11T09:00", "2027-01-12T09:00", "2027-01-13T09:00"}},
		{"deadline covers all, only the newest runs", "2027-01-10T08:00:00Z", "2027-01-13T10:00:00Z", 7 * 24 * time.Hour,
			"2027-01-13T09:00", []string{"2027-01-11T09:00", "2027-01-12T09:00"}},
		{"last after now", "2027-01-13T08:00:00Z", "2027-01-10T08:00:00Z", time.Hour, "", nil},
	}
	sched, loc := mustSpec(t, "0 9 * * *"), mustZone(t, "Europe/Berlin")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Plan(sched, loc, utc(t, tt.last), utc(t, tt.now), tt.deadline)
			checkCatchup(t, c, tt.wantRun, tt.wantMissed, false)
		})
	}
}

func checkCatchup(t *testing.T, c Catchup, run string, missed []string, truncated bool) {
	t.Helper()
	switch {
	case run == "" && c.Run != nil:
		t.Errorf("Run = %v; want none", *c.Run)
	case run != "" && (c.Run == nil || c.Run.Key != run):
		t.Errorf("Run = %v; want %s", c.Run, run)
	}
	var got []string
	for _, s := range c.Missed {
		got = append(got, s.Key)
	}
	if fmt.Sprint(got) != fmt.Sprint(missed) {
		t.Errorf("Missed = %v; want %v", got, missed)
	}
	if c.Truncated != truncated {
		t.Errorf("Truncated = %v; want %v", c.Truncated, truncated)
	}
}

// countingSchedule counts calls to Next.
type countingSchedule struct {
	cron.Schedule
	calls int
}

func (s *countingSchedule) Next(t time.Time) time.Time {
	s.calls++
	return s.Schedule.Next(t)
}

func TestPlanTruncates(t *testing.T) {
	hourlyKeys := func(n int) []string {
		var keys []string
		for i := 1; i <= n; i++ {
			keys = append(keys, time.Date(2027, 1, 1, i, 0, 0, 0, time.UTC).Format(KeyLayout))
		}
		return keys
	}
	minutelyKeys := func(n int) []string {
		var keys []string
		for i := 1; i <= n; i++ {
			keys = append(keys, time.Date(2020, 1, 1, 0, i, 0, 0, time.UTC).Format(KeyLayout))
		}
		return keys
	}
	tests := []struct {
		name      string
		spec      string
		last, now string
		deadline  time.Duration
		run       string
		missed    []string
		truncated bool
		maxCalls  int
	}{
		{"exactly MaxMissed missed", "@hourly", "2027-01-01T00:00:00Z", "2027-01-05T05:00:00Z", time.Hour,
			"2027-01-05T05:00", hourlyKeys(100), false, 1000},
		{"one more than MaxMissed", "@hourly", "2027-01-01T00:00:00Z", "2027-01-05T06:00:00Z", time.Hour,
			"2027-01-05T06:00", hourlyKeys(100), true, 1000},
		{"per minute, down seven years", "* * * * *", "2020-01-01T00:00:00Z", "2027-01-01T00:00:00Z", time.Minute,
			"2027-01-01T00:00", minutelyKeys(100), true, 1000},
		{"per minute, down seven years, all too old", "* * * * *", "2020-01-01T00:00:00Z", "2027-01-01T00:00:30Z", 0,
			"", minutelyKeys(100), true, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sched := &countingSchedule{Schedule: mustSpec(t, tt.spec)}
			c := Plan(sched, time.UTC, utc(t, tt.last), utc(t, tt.now), tt.deadline)
			checkCatchup(t, c, tt.run, tt.missed, tt.truncated)
			if sched.calls > tt.maxCalls {
				t.Errorf("Plan called Next %d times; want at most %d", sched.calls, tt.maxCalls)
			}
		})
	}
}

func TestNextRuns(t *testing.T) {
	loc := mustZone(t, "Europe/Berlin")
	tests := []struct {
		spec string
		from string
		n    int
		want []string // local times in RFC 3339
	}{
		{"30 2 * * *", "2027-03-26T12:00:00Z", 3, []string{
			"2027-03-27T02:30:00+01:00", "2027-03-28T03:00:00+02:00", "2027-03-29T02:30:00+02:00",
		}},
		{"@hourly", "2027-10-30T22:30:00Z", 4, []string{
			"2027-10-31T01:00:00+02:00", "2027-10-31T02:00:00+02:00", "2027-10-31T03:00:00+01:00", "2027-10-31T04:00:00+01:00",
		}},
		{"@monthly", "2027-01-01T00:00:00+01:00", 5, []string{
			"2027-02-01T00:00:00+01:00", "2027-03-01T00:00:00+01:00", "2027-04-01T00:00:00+02:00",
			"2027-05-01T00:00:00+02:00", "2027-06-01T00:00:00+02:00",
		}},
		{"@daily", "2027-01-01T00:00:00Z", 0, nil},
		// 2100 is no leap year and robfig/cron looks only five years ahead.
		{"0 12 29 2 *", "2096-03-01T00:00:00Z", 2, nil},
	}
	for _, tt := range tests {
		got := NextRuns(mustSpec(t, tt.spec), loc, utc(t, tt.from), tt.n)
		var gotS []string
		for _, r := range got {
			if r.Location() != loc {
				t.Errorf("NextRuns(%q) returned %v in %v; want %v", tt.spec, r, r.Location(), loc)
			}
			gotS = append(gotS, r.Format(time.RFC3339))
		}
		if fmt.Sprint(gotS) != fmt.Sprint(tt.want) {
			t.Errorf("NextRuns(%q, %s, %d) = %v; want %v", tt.spec, tt.from, tt.n, gotS, tt.want)
		}
	}
}
