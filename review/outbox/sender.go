package outbox

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Sender defaults.
const (
	DefaultPoll            = 2 * time.Second
	DefaultChannelInterval = time.Second
	DefaultMaxAttempts     = 8
	DefaultBackoff         = 2 * time.Second
	MaxBackoff             = 5 * time.Minute
	DefaultLease           = 2 * time.Minute
	DefaultBatch           = 500
	// postTimeout bounds one post, which is finished even after a stop.
	postTimeout = 30 * time.Second
)

// SenderOptions configure a Sender. Zero values mean the defaults.
type SenderOptions struct {
	Store  *storage.Store
	Poster Poster
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Sleep waits for d or until ctx ends (then it returns ctx's error);
	// nil means a timer. Tests pass one that advances a fake clock.
	Sleep func(ctx context.Context, d time.Duration) error
	// Poll is the longest wait between looks at the outbox.
	Poll time.Duration
	// ChannelInterval is the least time between two messages to one channel.
	ChannelInterval time.Duration
	// MaxAttempts is how many attempts (rate-limited ones included) a
	// message gets before a temporary failure makes it fail for good; a
	// rate limit alone never fails a message.
	MaxAttempts int
	// Backoff is the wait after the first temporary failure; it doubles
	// with each attempt up to MaxBackoff.
	Backoff time.Duration
	// Lease is how long a claimed attempt may stay unfinished before
	// another sender assumes its sender died and moves to the next attempt.
	Lease time.Duration
	// Batch is how many due messages one look reads.
	Batch int
	// Failed, when set, is told of each message that failed for good,
	// with the poster's error, after the failure is recorded.
	Failed func(ctx context.Context, m storage.OutboxMessage, err error)
	// ProcessID names this process in the attempts it claims; empty means
	// host name and process id.
	ProcessID string
	Log       zerolog.Logger
	// Metrics receives the backlog found on each look; nil counts nothing.
	Metrics *metrics.Metrics
}

// Sender delivers the outbox: pending messages of every workspace, at most
// one per ChannelInterval per channel, waiting out a workspace's 429 for
// its Retry-After, retrying temporary failures with exponential backoff,
// and recording the ts the Poster returns, or the failure, on each message.
//
// Exactly once: before each post the sender re-reads the message and skips
// it unless it is still pending, and claims the attempt by inserting
// "<message>#<attempt>" (so of several senders only one posts it). A stop
// lets the post in flight finish and be recorded. What remains is the
// window between the service accepting a post and the sent state being
// written: if the process dies there (or the database write fails), the
// claim ages past Lease, the next attempt is claimed and the message is
// posted a second time. Nothing is ever lost; a duplicate needs a crash
// inside that window.
//
// A Sender is used by one goroutine (Run); run one per process.
type Sender struct {
	o       SenderOptions
	ready   map[string]time.Time // team/channel -> earliest next post
	paused  map[string]time.Time // team -> rate limited until
	wake    time.Time            // earliest retry scheduled since the last pass
	backoff func(attempt int) time.Duration
}

// NewSender returns a sender for opts. Call Run to start it.
func NewSender(opts SenderOptions) *Sender {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Sleep == nil {
		opts.Sleep = sleep
	}
	opts.Poll = cmpDur(opts.Poll, DefaultPoll)
	opts.ChannelInterval = cmpDur(opts.ChannelInterval, DefaultChannelInterval)
	opts.Backoff = cmpDur(opts.Backoff, DefaultBackoff)
	opts.Lease = cmpDur(opts.Lease, DefaultLease)
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = DefaultMaxAttempts
	}
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	if opts.ProcessID == "" {
		opts.ProcessID = processID()
	}
	opts.Log = opts.Log.With().Str("component", "outbox").Logger()
	s := &Sender{o: opts, ready: map[string]time.Time{}, paused: map[string]time.Time{}}
	s.backoff = func(attempt int) time.Duration {
		d := opts.Backoff << min(attempt, 20)
		return min(d, MaxBackoff)
	}
	return s
}

// processID names this process: host name and process id.
func processID() string {
	host, err := os.Hostname()
	if err != nil {
		host = "unknown"
	}
	return fmt.Sprintf("%s/%d", host, os.Getpid())
}

func cmpDur(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Run delivers until ctx is cancelled; it then returns nil after the post in
// flight, if any, has been recorded. Errors are logged and retried.
func (s *Sender) Run(ctx context.Context) error {
	for ctx.Err() == nil {
		wait := s.Pass(ctx)
		if err := s.o.Sleep(ctx, wait); err != nil {
			break
		}
	}
	return nil
}

// Pass reads the messages due now and delivers them as fast as pacing
// allows, waiting (with Sleep) for channels to become free, for up to
// passLength; it returns how long to wait before the next pass.
func (s *Sender) Pass(ctx context.Context) time.Duration {
	start := s.o.Now()
	s.prune(start)
	msgs, err := s.o.Store.DueMessages(ctx, start, s.o.Batch)
	if err != nil {
		if ctx.Err() == nil {
			s.o.Log.Error().Err(err).Msg("reading the outbox failed")
		}
		return s.o.Poll
	}
	s.recordBacklog(msgs, start)
	full := len(msgs) == s.o.Batch
	for len(msgs) > 0 && ctx.Err() == nil {
		var wait time.Duration
		msgs, wait = s.deliverReady(ctx, msgs)
		if len(msgs) == 0 || s.o.Now().Add(wait).Sub(start) > passLength {
			break
		}
		if err := s.o.Sleep(ctx, wait); err != nil {
			return 0
		}
	}
	if full || len(msgs) > 0 {
		return 0
	}
	return s.untilWake()
}

// recordBacklog tells the metrics how many messages are due and how long
// the oldest (msgs come longest waiting first) has waited at now.
func (s *Sender) recordBacklog(msgs []storage.OutboxMessage, now time.Time) {
	var oldest time.Duration
	if len(msgs) > 0 {
		oldest = now.Sub(msgs[0].NextAttemptAt)
	}
	s.o.Metrics.OutboxBacklog(len(msgs), oldest)
}

// passLength is how long Pass works through one read of the outbox before
// it looks again (for newer messages and retries).
const passLength = 30 * time.Second

// deliverReady delivers those of msgs whose channel is free and returns the
// others, with the wait until the first of them may go.
func (s *Sender) deliverReady(ctx context.Context, msgs []storage.OutboxMessage) ([]storage.OutboxMessage, time.Duration) {
	var rest []storage.OutboxMessage
	var wait time.Duration
	for _, m := range msgs {
		if ctx.Err() != nil {
			return nil, 0
		}
		now := s.o.Now()
		if until := s.blockedUntil(m); until.After(now) {
			if len(rest) == 0 || until.Sub(now) < wait {
				wait = until.Sub(now)
			}
			rest = append(rest, m)
			continue
		}
		s.deliver(ctx, m)
	}
	return rest, wait
}

// untilWake is the wait until the earliest retry this sender scheduled, at
// most Poll.
func (s *Sender) untilWake() time.Duration {
	wait := s.o.Poll
	if !s.wake.IsZero() {
		wait = min(wait, max(s.wake.Sub(s.o.Now()), 0))
		s.wake = time.Time{}
	}
	return wait
}

// blockedUntil is when m may be posted at the earliest.
func (s *Sender) blockedUntil(m storage.OutboxMessage) time.Time {
	ready := s.ready[m.TeamID+"/"+m.Channel]
	if p := s.paused[m.TeamID]; p.After(ready) {
		return p
	}
	return ready
}

// prune forgets channels and workspaces that are no longer held back.
func (s *Sender) prune(now time.Time) {
	for k, t := range s.ready {
		if !t.After(now) {
			delete(s.ready, k)
		}
	}
	for k, t := range s.paused {
		if !t.After(now) {
			delete(s.paused, k)
		}
	}
}

// deliver posts one message if it is still pending and this sender wins
// the claim of its attempt, and records the outcome.
func (s *Sender) deliver(ctx context.Context, m storage.OutboxMessage) {
	team := s.o.Store.Team(m.TeamID)
	log := s.o.Log.With().Str("team_id", m.TeamID).Str("message", m.Key).Logger()
	cur, err := team.OutboxMessage(ctx, m.Key)
	if err != nil || cur.State != storage.OutboxPending {
		if err != nil && ctx.Err() == nil {
			log.Error().Err(err).Msg("reading the message failed")
		}
		return
	}
	n := cur.Attempts
	won, claim, err := team.ClaimAttempt(ctx, cur.Key, n, s.o.ProcessID, s.o.Now())
	if err != nil {
		if ctx.Err() == nil {
			log.Error().Err(err).Msg("claiming the attempt failed")
		}
		return
	}
	if !won {
		if s.o.Now().Sub(claim.At) > s.o.Lease {
			log.Warn().Int("attempt", n).Str("claimed_by", claim.By).Msg("attempt left unfinished; moving on")
			if err := team.SkipAttempt(ctx, cur.Key, n); err != nil {
				log.Error().Err(err).Msg("moving on failed")
			}
		}
		return
	}
	// From the claim on, finish and record even if ctx is cancelled.
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), postTimeout)
	defer cancel()
	ts, postErr := s.post(pctx, cur)
	now := s.o.Now()
	s.ready[m.TeamID+"/"+cur.Channel] = now.Add(s.o.ChannelInterval)
	if err := s.record(pctx, team, cur, n, ts, postErr, now); err != nil {
		log.Error().Err(err).Msg("recording the delivery failed")
	}
	if postErr != nil {
		log.Warn().Err(postErr).Int("attempt", n).Msg("delivery failed")
	}
}

// post hands m to the poster: as a file when it has one, as canvas
// content when it is one.
func (s *Sender) post(ctx context.Context, m storage.OutboxMessage) (string, error) {
	if m.File != nil {
		return s.o.Poster.PostFile(ctx, m.Channel, m.Text, File{Name: m.File.Name, Title: m.File.Title, Content: m.File.Content})
	}
	if m.Canvas {
		return s.o.Poster.AppendCanvas(ctx, m.Channel, m.Text)
	}
	return s.o.Poster.PostMessage(ctx, m.Channel, m.Text, m.Blocks)
}

// record stores the outcome of attempt n.
func (s *Sender) record(ctx context.Context, team *storage.Team, m storage.OutboxMessage, n int, ts string, postErr error, now time.Time) error {
	var rl *RateLimitError
	var tmp *TemporaryError
	switch {
	case postErr == nil:
		return team.MarkSent(ctx, m.Key, n, ts, now)
	case errors.As(postErr, &rl):
		until := now.Add(max(rl.RetryAfter, time.Second))
		s.paused[m.TeamID] = until
		s.retryAt(until)
		return team.MarkRetry(ctx, m.Key, n, until, postErr.Error())
	case errors.As(postErr, &tmp) && n+1 < s.o.MaxAttempts:
		next := now.Add(s.backoff(n))
		s.retryAt(next)
		return team.MarkRetry(ctx, m.Key, n, next, postErr.Error())
	default:
		if err := team.MarkFailed(ctx, m.Key, n, postErr.Error()); err != nil {
			return err
		}
		if s.o.Failed != nil {
			s.o.Failed(ctx, m, postErr)
		}
		return nil
	}
}

// retryAt makes the sender look again at t at the latest.
func (s *Sender) retryAt(t time.Time) {
	if s.wake.IsZero() || t.Before(s.wake) {
		s.wake = t
	}
}
