package review

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Poster delivers one message: text is the plain text (notification and
// fallback; the poster escapes it as its medium needs), blocks the Block Kit
// JSON array or "". channel is a channel id, or a user id for a direct
// message. It returns the message's ts.
//
// A Poster reports a rate limit as a *RateLimitError and a failure worth
// retrying (a 5xx answer, a broken connection) as a *TemporaryError; the
// Sender gives up on any other error at once.
type Poster interface {
	PostMessage(ctx context.Context, channel, text, blocks string) (ts string, err error)
}

// RateLimitError says the service refused the message for now; the next
// message of the workspace may go after RetryAfter.
type RateLimitError struct {
	RetryAfter time.Duration
	Err        error
}

func (e *RateLimitError) Error() string {
	return fmt.Sprintf("rate limited, retry after %s: %v", e.RetryAfter, e.Err)
}

func (e *RateLimitError) Unwrap() error { return e.Err }

// TemporaryError is a failure that may pass when the message is tried again
// later.
type TemporaryError struct{ Err error }

func (e *TemporaryError) Error() string { return "temporary: " + e.Err.Error() }

func (e *TemporaryError) Unwrap() error { return e.Err }

// ConsolePoster prints each message to Out, so that in the console the
// bot's scheduled messages appear as they are sent. It is safe for
// concurrent use.
type ConsolePoster struct {
	Out io.Writer

	mu sync.Mutex
	n  int
}

// PostMessage prints "→ <channel>: <text>" (continuation lines indented)
// and returns a ts counting up from 1. It fails only when writing fails.
func (p *ConsolePoster) PostMessage(_ context.Context, channel, text, _ string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	body := strings.ReplaceAll(text, "\n", "\n  ")
	if _, err := fmt.Fprintf(p.Out, "→ %s: %s\n", channel, body); err != nil {
		return "", errors.Join(errors.New("console poster"), err)
	}
	return fmt.Sprintf("%d.000000", p.n), nil
}
