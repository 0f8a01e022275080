package outbox_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// scripted is a Poster that answers each channel's posts with the errors
// scripted for it, in order, and then with success.
type scripted struct {
	mu     sync.Mutex
	errs   map[string][]error
	posted []string
}

func (p *scripted) PostMessage(_ context.Context, channel, text, _ string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if errs := p.errs[channel]; len(errs) > 0 {
		p.errs[channel] = errs[1:]
		return "", errs[0]
	}
	p.posted = append(p.posted, text)
	return "1.000000", nil
}

func (p *scripted) AppendCanvas(_ context.Context, channel, markdown string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if errs := p.errs[channel]; len(errs) > 0 {
		p.errs[channel] = errs[1:]
		return "", errs[0]
	}
	p.posted = append(p.posted, "canvas "+channel+": "+markdown)
	return "F9", nil
}

func (p *scripted) PostFile(_ context.Context, channel, text string, f outbox.File) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.posted = append(p.posted, "file "+f.Name+" "+string(f.Content)+": "+text)
	return "F1", nil
}

// The sender waits out a rate limit, retries temporary failures and fails
// a message for good at once on any other error.
func TestSenderSortsPosterErrors(t *testing.T) {
	ctx := context.Background()
	store := storagetest.Open(t)
	team := store.Team("T1")
	now := time.Date(2027, 1, 15, 8, 0, 0, 0, time.UTC)
	refused := errors.New("channel_not_found")
	poster := &scripted{errs: map[string][]error{
		"C1": {&outbox.RateLimitError{RetryAfter: 30 * time.Second, Err: errors.New("429")}},
		"C2": {&outbox.TemporaryError{Err: errors.New("503")}, &outbox.TemporaryError{Err: errors.New("502")}},
		"C3": {refused},
	}}
	for _, ch := range []string{"C1", "C2", "C3"} {
		if _, err := outbox.Queue(ctx, team, "r1", "r1/"+ch, ch, []outbox.Message{{Text: "to " + ch}}, now); err != nil {
			t.Fatal(err)
		}
	}
	s := outbox.NewSender(outbox.SenderOptions{Store: store, Poster: poster, Log: zerolog.Nop(),
		Now: func() time.Time { return now },
		Sleep: func(ctx context.Context, d time.Duration) error {
			now = now.Add(max(d, time.Millisecond))
			return ctx.Err()
		}})
	for i := 0; i < 100 && pending(t, team) > 0; i++ {
		now = now.Add(s.Pass(ctx))
	}
	want := map[string]struct {
		state    string
		attempts int
		lastErr  string
	}{
		"r1/C1": {storage.OutboxSent, 2, ""},
		"r1/C2": {storage.OutboxSent, 3, ""},
		"r1/C3": {storage.OutboxFailed, 1, "channel_not_found"},
	}
	msgs, err := team.OutboxMessages(ctx, "r1")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		w := want[m.Key]
		if m.State != w.state || m.Attempts != w.attempts || w.lastErr != "" && m.LastError != w.lastErr {
			t.Errorf("%s: state %s, attempts %d, error %q; want %+v", m.Key, m.State, m.Attempts, m.LastError, w)
		}
	}
	if len(poster.posted) != 2 {
		t.Errorf("posted %q, want the messages to C1 and C2 once each", poster.posted)
	}
}

// pending counts the workspace's messages still waiting.
func pending(t *testing.T, team *storage.Team) int {
	t.Helper()
	msgs, err := team.OutboxMessages(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range msgs {
		if m.State == storage.OutboxPending {
			n++
		}
	}
	return n
}

// A queued file is stored with its bytes and handed to the poster's
// PostFile, with the message text as its comment.
func TestSenderPostsFiles(t *testing.T) {
	ctx := context.Background()
	store := storagetest.Open(t)
	team := store.Team("T1")
	now := time.Date(2027, 1, 15, 8, 0, 0, 0, time.UTC)
	file := &outbox.File{Name: "trend.png", Title: "Verlauf", Content: []byte("\x89PNG")}
	if _, err := outbox.Queue(ctx, team, "r1", "r1/chart", "C1", []outbox.Message{{Text: "Verlauf", File: file}}, now); err != nil {
		t.Fatal(err)
	}
	poster := &scripted{}
	s := outbox.NewSender(outbox.SenderOptions{Store: store, Poster: poster, Log: zerolog.Nop(),
		Now: func() time.Time { return now }})
	for i := 0; i < 10 && pending(t, team) > 0; i++ {
		now = now.Add(s.Pass(ctx))
	}
	if want := []string{"file trend.png \x89PNG: Verlauf"}; !slices.Equal(poster.posted, want) {
		t.Errorf("posted %q, want %q", poster.posted, want)
	}
	m, err := team.OutboxMessage(ctx, "r1/chart")
	if err != nil || m.State != storage.OutboxSent || m.TS != "F1" {
		t.Errorf("message %+v, %v; want it sent as F1", m, err)
	}
}
