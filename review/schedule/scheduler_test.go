package schedule

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"go.uber.org/goleak"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// fires records the runs a Firer was called with.
type fires struct {
	mu   sync.Mutex
	runs []storage.Run
}

func (f *fires) Fire(_ context.Context, team *storage.Team, sched storage.Schedule, run storage.Run) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if team.ID() != sched.TeamID {
		panic("wrong team handle")
	}
	f.runs = append(f.runs, run)
	return nil
}

func (f *fires) keys() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, r := range f.runs {
		out = append(out, r.Slot)
	}
	return out
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

func addSchedule(t *testing.T, store *storage.Store, team, spec, zone string, created time.Time) storage.Schedule {
	t.Helper()
	s, err := store.Team(team).AddSchedule(context.Background(), storage.Schedule{
		Spec: spec, Kind: storage.ScheduleNetworkReview, Timezone: zone, CreatedBy: "UADMIN", CreatedAt: created,
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func runsOf(t *testing.T, store *storage.Store, team, id string) []storage.Run {
	t.Helper()
	r, err := store.Team(team).Runs(context.Background(), id, 0)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Three schedulers sharing a store, with clocks 40 s apart, tick through
// 200 per-minute slots: every slot starts exactly once.
func TestThreeSchedulersStartEachSlotOnce(t *testing.T) {
	store := storagetest.Open(t)
	start := utc(t, "2027-01-15T08:00:00Z")
	sched := addSchedule(t, store, "T1", "* * * * *", "Europe/Berlin", start)
	other := addSchedule(t, store, "T2", "*/10 * * * *", "UTC", start)
	f := &fires{}
	var clocks [3]*clock
	var schedulers [3]*Scheduler
	for i := range schedulers {
		clocks[i] = &clock{}
		schedulers[i] = NewScheduler(SchedulerOptions{Store: store, Fire: f, Now: clocks[i].Now, ProcessID: string(rune('A' + i)), Log: zerolog.Nop()})
	}
	ctx := context.Background()
	for step := time.Duration(0); step <= 200*time.Minute-10*time.Second; step += 30 * time.Second {
		var wg sync.WaitGroup
		for i, s := range schedulers {
			clocks[i].Set(start.Add(step + time.Duration(i-1)*40*time.Second))
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := s.Tick(ctx); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
	}
	keys := f.keys()
	seen := map[string]int{}
	for _, k := range keys {
		seen[k]++
	}
	// The clocks reach 11:20 UTC at most: 200 slots of T1 (09:01 … 12:20
	// Berlin) and 20 of T2.
	if len(keys) != 220 {
		t.Fatalf("fired %d times, want 220", len(keys))
	}
	for k, n := range seen {
		if n != 1 && k[len(k)-1] != '0' { // T2's keys end in 0 and may equal no T1 key
			t.Errorf("slot %s fired %d times", k, n)
		}
	}
	runs := runsOf(t, store, "T1", sched.ID)
	if len(runs) != 200 {
		t.Fatalf("%d runs of T1, want 200", len(runs))
	}
	for _, r := range runs {
		if r.State != storage.RunDone || r.Manual {
			t.Fatalf("run %+v", r)
		}
	}
	if runs[0].Slot != "2027-01-15T12:20" || runs[199].Slot != "2027-01-15T09:01" {
		t.Errorf("first/last run %s … %s", runs[199].Slot, runs[0].Slot)
	}
	if n := len(runsOf(t, store, "T2", other.ID)); n != 20 {
		t.Errorf("%d runs of T2, want 20", n)
	}
}

// A scheduler stopped across three slots starts the newest one within the
// deadline after the restart and records the others as missed.
func TestRestartRunsNewestAndRecordsMissed(t *testing.T) {
	store := storagetest.Open(t)
	start := utc(t, "2027-01-15T08:00:00Z")
	sched := addSchedule(t, store, "T1", "0 * * * *", "Europe/Berlin", start.Add(-time.Minute))
	f := &fires{}
	c := &clock{t: utc(t, "2027-01-15T08:00:05Z")}
	s := NewScheduler(SchedulerOptions{Store: store, Fire: f, Now: c.Now, Log: zerolog.Nop()})
	ctx := context.Background()
	tick := func(at string) {
		t.Helper()
		c.Set(utc(t, at))
		if err := s.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tick("2027-01-15T08:00:05Z") // 09:00 Berlin
	// Down from 08:00:10 to 11:10: slots 10:00, 11:00 and 12:00 Berlin pass.
	s = NewScheduler(SchedulerOptions{Store: store, Fire: f, Now: c.Now, Log: zerolog.Nop()})
	tick("2027-01-15T11:10:00Z")
	tick("2027-01-15T11:10:15Z")
	if got := f.keys(); len(got) != 2 || got[0] != "2027-01-15T09:00" || got[1] != "2027-01-15T12:00" {
		t.Fatalf("fired %v", got)
	}
	missed, err := store.Team("T1").Runs(ctx, sched.ID, 0, storage.RunMissed)
	if err != nil {
		t.Fatal(err)
	}
	if len(missed) != 2 || missed[0].Slot != "2027-01-15T11:00" || missed[1].Slot != "2027-01-15T10:00" {
		t.Fatalf("missed %+v", missed)
	}

	// Down for eight slots: only the newest (20:00) runs; 13:00 … 19:00
	// are recorded as missed.
	tick("2027-01-15T19:30:00Z")
	if got := f.keys(); len(got) != 3 || got[2] != "2027-01-15T20:00" {
		t.Fatalf("fired %v after a long outage", got)
	}
	if n, _ := store.Team("T1").CountRuns(ctx, sched.ID, storage.RunMissed); n != 2+7 {
		t.Fatalf("%d missed, want 9", n)
	}
}

// DST days in Europe/Berlin: a daily 02:30 runs once at 03:00 CEST on the
// spring-forward day and once (at its first occurrence) on the fall-back day.
func TestSchedulerAcrossDST(t *testing.T) {
	tests := []struct {
		name, created, from, to string
		wantKey, wantAt         string
	}{
		{"spring forward", "2027-03-27T12:00:00Z", "2027-03-27T23:00:00Z", "2027-03-28T03:00:00Z", "2027-03-28T02:30", "2027-03-28T01:00:00Z"},
		{"fall back", "2027-10-30T12:00:00Z", "2027-10-30T23:00:00Z", "2027-10-31T04:00:00Z", "2027-10-31T02:30", "2027-10-31T00:30:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			store := storagetest.Open(t)
			sched := addSchedule(t, store, "T1", "30 2 * * *", "Europe/Berlin", utc(t, tc.created))
			f := &fires{}
			c := &clock{}
			s := NewScheduler(SchedulerOptions{Store: store, Fire: f, Now: c.Now, Log: zerolog.Nop()})
			for at := utc(t, tc.from); !at.After(utc(t, tc.to)); at = at.Add(5 * time.Minute) {
				c.Set(at)
				if err := s.Tick(context.Background()); err != nil {
					t.Fatal(err)
				}
				if len(f.runs) == 1 && at.Before(utc(t, tc.wantAt)) {
					t.Fatalf("fired before %s, at %s", tc.wantAt, at)
				}
			}
			if len(f.runs) != 1 || f.runs[0].Slot != tc.wantKey || !f.runs[0].SlotAt.Equal(utc(t, tc.wantAt)) {
				t.Fatalf("fired %+v; want once, %s at %s", f.runs, tc.wantKey, tc.wantAt)
			}
			if n := len(runsOf(t, store, "T1", sched.ID)); n != 1 {
				t.Fatalf("%d runs", n)
			}
		})
	}
}

// A requested run fires once, also for a paused schedule, and a failing
// firer marks the run failed.
func TestRunRequestsAndFailures(t *testing.T) {
	store := storagetest.Open(t)
	ctx := context.Background()
	now := utc(t, "2027-01-15T08:00:00Z")
	sched := addSchedule(t, store, "T1", "0 9 1 1 *", "Europe/Berlin", now)
	team := store.Team("T1")
	if err := team.SetScheduleStatus(ctx, sched.ID, storage.SchedulePaused, now); err != nil {
		t.Fatal(err)
	}
	req := storage.RunRequest{ScheduleID: sched.ID, Slot: "2027-01-15T09:00", SlotAt: now, By: "UADMIN", At: now}
	if ok, err := team.RequestRun(ctx, req); !ok || err != nil {
		t.Fatalf("request: %v %v", ok, err)
	}
	if ok, _ := team.RequestRun(ctx, req); ok {
		t.Fatal("second request of the same minute accepted")
	}
	calls := 0
	fail := FireFunc(func(context.Context, *storage.Team, storage.Schedule, storage.Run) error {
		calls++
		panic("boom")
	})
	c := &clock{t: now}
	s := NewScheduler(SchedulerOptions{Store: store, Fire: fail, Now: c.Now, Log: zerolog.Nop()})
	for range 3 {
		if err := s.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	run, err := team.Run(ctx, sched.ID+"@2027-01-15T09:00")
	if err != nil || calls != 1 || !run.Manual || run.State != storage.RunFailed || run.Error == "" {
		t.Fatalf("calls %d, run %+v, %v", calls, run, err)
	}
	if reqs, _ := team.RunRequests(ctx, sched.ID); len(reqs) != 0 {
		t.Fatalf("requests left: %+v", reqs)
	}
	if ok, _ := team.RequestRun(ctx, req); ok {
		t.Fatal("request of a claimed minute accepted")
	}
}

// Run ticks at once, stops with its context and leaks no goroutine.
func TestSchedulerRunStops(t *testing.T) {
	ignore := goleak.IgnoreCurrent()
	store := storagetest.Open(t)
	addSchedule(t, store, "T1", "* * * * *", "UTC", utc(t, "2027-01-15T08:00:00Z"))
	f := &fires{}
	c := &clock{t: utc(t, "2027-01-15T08:01:00Z")}
	s := NewScheduler(SchedulerOptions{Store: store, Fire: f, Now: c.Now, Tick: 10 * time.Millisecond, Log: zerolog.Nop()})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for len(f.keys()) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	c.Set(utc(t, "2027-01-15T08:02:00Z"))
	for len(f.keys()) < 2 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := f.keys(); len(got) != 2 {
		t.Fatalf("fired %v", got)
	}
	if err := store.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	goleak.VerifyNone(t, ignore)
}

// Advance moves the clock on by d.
func (c *clock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// A pass cut short by shutdown logs no failure: a cancelled context is
// not an error of the schedule.
func TestShutdownLogsNoFailure(t *testing.T) {
	store := storagetest.Open(t)
	created := utc(t, "2027-01-15T08:00:00Z")
	addSchedule(t, store, "T1", "* * * * *", "UTC", created)
	addSchedule(t, store, "T2", "* * * * *", "UTC", created)
	ctx, cancel := context.WithCancel(context.Background())
	stop := FireFunc(func(ctx context.Context, _ *storage.Team, _ storage.Schedule, _ storage.Run) error {
		cancel() // the process is told to stop while the run is being fired
		return ctx.Err()
	})
	var logged syncBuffer
	c := &clock{t: utc(t, "2027-01-15T08:01:00Z")}
	s := NewScheduler(SchedulerOptions{Store: store, Fire: stop, Now: c.Now, Tick: time.Hour, Log: zerolog.New(&logged)})
	if err := s.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if got := logged.String(); strings.Contains(got, `"level":"error"`) || strings.Contains(got, "pass failed") {
		t.Fatalf("shutdown logged:\n%s", got)
	}
}

// syncBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
