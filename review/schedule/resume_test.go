package schedule

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/metrics/metricstest"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// queueing is a Firer that queues messages "<run>/msg/<i>" for i < 7, as a
// digest queues one per recipient. With stopAfter > 0 it stops after that
// many, reports on stopped and waits for its context to end: a process that
// dies mid-fire.
type queueing struct {
	stopAfter int
	stopped   chan struct{}
	calls     atomic.Int32
	mu        sync.Mutex
	fired     []string // run ids
}

const queueingMessages = 7

func (q *queueing) Fire(ctx context.Context, team *storage.Team, _ storage.Schedule, run storage.Run) error {
	q.calls.Add(1)
	q.mu.Lock()
	q.fired = append(q.fired, run.ID())
	q.mu.Unlock()
	for i := range queueingMessages {
		if q.stopAfter > 0 && i == q.stopAfter {
			close(q.stopped)
			<-ctx.Done()
			return ctx.Err()
		}
		msg := []outbox.Message{{Text: fmt.Sprintf("message %d", i)}}
		if _, err := outbox.Queue(ctx, team, run.ID(), fmt.Sprintf("%s/msg/%d", run.ID(), i), fmt.Sprintf("U%d", i), msg, run.At); err != nil {
			return err
		}
	}
	return nil
}

// A fire interrupted after claiming its slot and queueing 3 of 7 messages
// is taken over, of three schedulers passing at once after the lease
// expired, by one, and finished: the run is done, each of the 7 messages is
// queued once, and the resumed slot is counted once.
func TestInterruptedFireIsResumedOnce(t *testing.T) {
	stores := storagetest.Replicas(t, 4)
	start := utc(t, "2027-01-15T07:59:00Z")
	sched := addSchedule(t, stores[0], "T1", "0 * * * *", "Europe/Berlin", start)
	const lease = time.Minute
	dying := &queueing{stopAfter: 3, stopped: make(chan struct{})}
	a := NewScheduler(SchedulerOptions{Store: stores[0], Fire: dying, Now: fixed(utc(t, "2027-01-15T08:00:05Z")), ProcessID: "A", Lease: lease, Log: zerolog.Nop()})
	ctx, kill := context.WithCancel(context.Background())
	passed := make(chan error, 1)
	go func() { passed <- a.Tick(ctx) }()
	<-dying.stopped
	kill()
	<-passed

	team := stores[1].Team("T1")
	runID := sched.ID + "@2027-01-15T09:00"
	if r, err := team.Run(context.Background(), runID); err != nil || r.State != storage.RunStarted {
		t.Fatalf("after the interruption: %+v, %v; want the run started", r, err)
	}
	m := metrics.New()
	finisher := &queueing{}
	var wg sync.WaitGroup
	for i, store := range stores[1:] {
		other := NewScheduler(SchedulerOptions{Store: store, Fire: finisher, Now: fixed(utc(t, "2027-01-15T08:00:05Z").Add(lease + time.Second)),
			ProcessID: string(rune('B' + i)), Lease: lease, Log: zerolog.Nop(), Metrics: m})
		wg.Go(func() {
			for range 2 {
				if err := other.Tick(context.Background()); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	r, err := team.Run(context.Background(), runID)
	if err != nil || r.State != storage.RunDone || r.Holder != 1 || r.By == "A" {
		t.Fatalf("after the takeover: %+v, %v; want done by B, C or D, holder 1", r, err)
	}
	if n := finisher.calls.Load(); n != 1 {
		t.Errorf("the resumed run was fired %d times, want 1", n)
	}
	msgs, err := team.OutboxMessages(context.Background(), runID)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, msg := range msgs {
		seen[msg.Key]++
	}
	if len(msgs) != queueingMessages || len(seen) != queueingMessages {
		t.Errorf("queued %d messages (%d keys), want %d once each: %v", len(msgs), len(seen), queueingMessages, seen)
	}
	got := metricstest.Handler(t, m.Handler())
	if v := got[`netzwerkbot_schedule_slots_total{outcome="resumed"}`]; v != 1 {
		t.Errorf("resumed slots: %v, want 1", v)
	}
	if v := got[`netzwerkbot_schedule_slots_total{outcome="fired"}`]; v != 0 {
		t.Errorf("fired slots of the resuming scheduler: %v, want 0 (the slot was fired once, by A)", v)
	}
}

// A run whose holder keeps renewing its lease is not taken over, however
// often other schedulers pass meanwhile.
func TestRenewedLeaseIsNotTakenOver(t *testing.T) {
	stores := storagetest.Replicas(t, 2)
	addSchedule(t, stores[0], "T1", "* * * * *", "UTC", time.Now().Add(-time.Minute))
	const lease = 600 * time.Millisecond
	release := make(chan struct{})
	holding := make(chan storage.Run, 1)
	slow := FireFunc(func(ctx context.Context, _ *storage.Team, _ storage.Schedule, run storage.Run) error {
		holding <- run
		<-release
		return nil
	})
	a := NewScheduler(SchedulerOptions{Store: stores[0], Fire: slow, ProcessID: "A", Lease: lease, Log: zerolog.Nop()})
	passed := make(chan error, 1)
	go func() { passed <- a.Tick(context.Background()) }()
	held := <-holding

	other := &queueing{}
	b := NewScheduler(SchedulerOptions{Store: stores[1], Fire: other, ProcessID: "B", Lease: lease, Log: zerolog.Nop()})
	for until := time.Now().Add(4 * lease); time.Now().Before(until); {
		if err := b.Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	close(release)
	if err := <-passed; err != nil {
		t.Fatal(err)
	}
	// A minute may end meanwhile: B then fires the next slot, not A's.
	if slices.Contains(other.fired, held.ID()) {
		t.Errorf("the other scheduler fired %s, whose lease was renewed", held.ID())
	}
	r, err := stores[0].Team("T1").Run(context.Background(), held.ID())
	if err != nil || r.State != storage.RunDone || r.Holder != 0 || r.By != "A" {
		t.Errorf("run: %+v, %v; want done by A", r, err)
	}
}

// fixed returns a clock that stands still at t.
func fixed(t time.Time) func() time.Time { return func() time.Time { return t } }
