package slackapp

import (
	"context"
	"fmt"
	"net/http"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// These tests deliver the outbox through Poster to the fake Slack: the
// sender's pacing, rate limits, retries and claims, as Slack answers them.

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

// Advance moves the clock on by d.
func (c *clock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// utc parses an RFC 3339 literal.
func utc(t *testing.T, s string) time.Time {
	t.Helper()
	ts, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return ts.UTC()
}

// recorder wraps a Poster and notes when (by the fake clock) each post to
// each channel happened; after stopAfter successful posts it calls stop.
type recorder struct {
	outbox.Poster
	clock     *clock
	mu        sync.Mutex
	times     map[string][]time.Time
	ok        int
	stopAfter int
	stop      func()
}

func (r *recorder) PostMessage(ctx context.Context, channel, text, blocks string) (string, error) {
	at := r.clock.Now()
	ts, err := r.Poster.PostMessage(ctx, channel, text, blocks)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.times[channel] = append(r.times[channel], at)
	if err == nil {
		r.ok++
		if r.ok == r.stopAfter {
			r.stop()
		}
	}
	return ts, err
}

type senderFixture struct {
	t     *testing.T
	store *storage.Store
	fake  *slackfake.Server
	clock *clock
	rec   *recorder
}

func newSenderFixture(t *testing.T) *senderFixture {
	fake := slackfake.New(t)
	api := slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()))
	c := &clock{t: utc(t, "2027-01-15T08:00:00Z")}
	return &senderFixture{
		t: t, store: storagetest.Open(t), fake: fake, clock: c,
		rec: &recorder{Poster: Poster{Client: api}, clock: c, times: map[string][]time.Time{}},
	}
}

func (f *senderFixture) sender(opts outbox.SenderOptions) *outbox.Sender {
	opts.Store, opts.Poster, opts.Now, opts.Log = f.store, f.rec, f.clock.Now, zerolog.Nop()
	opts.Sleep = func(ctx context.Context, d time.Duration) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		f.clock.Advance(max(d, time.Millisecond))
		runtime.Gosched()
		return nil
	}
	return outbox.NewSender(opts)
}

// queue puts n messages for the channels, round robin, into the outbox.
func (f *senderFixture) queue(n int, channels ...string) {
	f.t.Helper()
	team := f.store.Team("T1")
	for i := range n {
		ok, err := team.QueueMessage(context.Background(), storage.OutboxMessage{
			Key: fmt.Sprintf("p1@2027-01-15T09:00/survey/%04d", i), RunID: "p1@2027-01-15T09:00",
			Channel: channels[i%len(channels)], Text: fmt.Sprintf("message %d", i), CreatedAt: f.clock.Now(),
			Blocks: `[{"type":"section","text":{"type":"mrkdwn","text":"hello"}}]`,
		})
		if !ok || err != nil {
			f.t.Fatalf("queue %d: %v %v", i, ok, err)
		}
	}
}

// run runs s until no message is pending, then stops it.
func (f *senderFixture) run(s *outbox.Sender) {
	f.t.Helper()
	f.runUntil(s, func() bool { return f.pending() == 0 })
}

// runUntil runs s until done reports true, then stops it.
func (f *senderFixture) runUntil(s *outbox.Sender, done func() bool) {
	f.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() { stopped <- s.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Minute)
	for !done() && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	if err := <-stopped; err != nil {
		f.t.Fatal(err)
	}
}

func (f *senderFixture) messages() []storage.OutboxMessage {
	f.t.Helper()
	msgs, err := f.store.Team("T1").OutboxMessages(context.Background(), "")
	if err != nil {
		f.t.Fatal(err)
	}
	return msgs
}

func (f *senderFixture) pending() int {
	n := 0
	for _, m := range f.messages() {
		if m.State == storage.OutboxPending {
			n++
		}
	}
	return n
}

// checkOnce fails unless every queued message is in the fake exactly once,
// sent with the ts the fake gave it.
func (f *senderFixture) checkOnce(n int) {
	f.t.Helper()
	posted := map[string]slackfake.Message{}
	for _, m := range f.fake.Messages() {
		if _, dup := posted[m.Text]; dup {
			f.t.Fatalf("%q posted twice", m.Text)
		}
		posted[m.Text] = m
	}
	if len(posted) != n {
		f.t.Fatalf("%d messages posted, want %d", len(posted), n)
	}
	for _, m := range f.messages() {
		p, ok := posted[m.Text]
		dm := m.Channel[0] == 'U'
		if m.State != storage.OutboxSent || !ok || p.TS != m.TS || p.Channel != m.Channel && !dm || m.SentAt.IsZero() {
			f.t.Fatalf("message %+v; posted %+v", m, p)
		}
	}
}

// A fan-out of 500 messages (fanOut), with every tenth call answered 429, delivers
// each exactly once, at most one per second per channel, and waits out
// Retry-After.
func TestSenderFanOutWithRateLimits(t *testing.T) {
	f := newSenderFixture(t)
	f.queue(fanOut, "C1", "C2", "C3", "C4", "C5")
	f.fake.RateLimitEvery("chat.postMessage", 10, 1)
	f.runUntil(f.sender(outbox.SenderOptions{}), func() bool { return len(f.fake.Messages()) >= fanOut })
	f.checkOnce(fanOut)
	limited := 0
	for _, c := range f.fake.CallsTo("chat.postMessage") {
		if c.Status == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited < fanOut/10 {
		t.Errorf("only %d calls were rate limited", limited)
	}
	for ch, times := range f.rec.times {
		for i := 1; i < len(times); i++ {
			if gap := times[i].Sub(times[i-1]); gap < time.Second {
				t.Fatalf("channel %s: posts %d and %d only %s apart", ch, i-1, i, gap)
			}
		}
	}
}

// A sender stopped in the middle of a fan-out, and a new one started on the
// same store, send each message once.
func TestSenderRestartMidFanOut(t *testing.T) {
	f := newSenderFixture(t)
	f.queue(120, "C1", "C2", "U1")
	f.fake.AddUser(slack.User{ID: "U1", Name: "anna"})
	ctx, cancel := context.WithCancel(context.Background())
	f.rec.stopAfter, f.rec.stop = 37, cancel
	if err := f.sender(outbox.SenderOptions{ProcessID: "first"}).Run(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(f.fake.Messages()); n != 37 {
		t.Fatalf("first sender posted %d, want 37", n)
	}
	f.runUntil(f.sender(outbox.SenderOptions{ProcessID: "second"}), func() bool { return len(f.fake.Messages()) >= 120 })
	f.checkOnce(120)
	for _, m := range f.fake.Messages() {
		if m.Channel == "U1" {
			t.Fatalf("direct message not in the DM channel: %+v", m)
		}
	}
}

// 5xx answers are retried with doubling backoff; other errors, and too many
// 5xx, fail the message for good.
func TestSenderRetriesServerErrors(t *testing.T) {
	f := newSenderFixture(t)
	f.queue(1, "C1")
	f.fake.ServerErrorNext("chat.postMessage", 3, http.StatusServiceUnavailable)
	start := f.clock.Now()
	f.run(f.sender(outbox.SenderOptions{}))
	f.checkOnce(1)
	times := f.rec.times["C1"]
	want := []time.Duration{0, 2 * time.Second, 6 * time.Second, 14 * time.Second}
	if len(times) != len(want) {
		t.Fatalf("%d attempts, want %d", len(times), len(want))
	}
	for i, w := range want {
		if got := times[i].Sub(start); got < w || got > w+time.Second {
			t.Errorf("attempt %d after %s, want %s", i, got, w)
		}
	}
	if m := f.messages()[0]; m.Attempts != 4 {
		t.Errorf("attempts %d", m.Attempts)
	}

	g := newSenderFixture(t)
	g.queue(2, "C1", "C2")
	g.fake.FailNext("chat.postMessage", "channel_not_found", 1)
	g.fake.ServerErrorNext("chat.postMessage", 10, http.StatusBadGateway)
	g.run(g.sender(outbox.SenderOptions{MaxAttempts: 3}))
	msgs := g.messages()
	if msgs[0].State != storage.OutboxFailed || msgs[0].Attempts != 1 || msgs[0].LastError != "channel_not_found" {
		t.Errorf("refused message: %+v", msgs[0])
	}
	if msgs[1].State != storage.OutboxFailed || msgs[1].Attempts != 3 || len(g.fake.Messages()) != 0 {
		t.Errorf("message after three 502s: %+v", msgs[1])
	}
}

// An attempt claimed by a sender that died is taken over after the lease;
// one still within it is left alone.
func TestSenderTakesOverStaleAttempt(t *testing.T) {
	f := newSenderFixture(t)
	f.queue(1, "C1")
	team := f.store.Team("T1")
	key := f.messages()[0].Key
	if ok, _, err := team.ClaimAttempt(context.Background(), key, 0, "dead", f.clock.Now()); !ok || err != nil {
		t.Fatal(ok, err)
	}
	s := f.sender(outbox.SenderOptions{Lease: time.Minute})
	s.Pass(context.Background())
	if n := len(f.fake.Messages()); n != 0 {
		t.Fatalf("posted %d within the lease", n)
	}
	f.run(s)
	f.checkOnce(1)
	if m := f.messages()[0]; m.Attempts != 2 {
		t.Errorf("attempts %d, want 2 (one skipped)", m.Attempts)
	}
}
