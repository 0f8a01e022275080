package outbox

import (
	"context"
	"fmt"
	"time"
)

// Poster delivers one message: text is the plain text (notification and
// fallback; the poster escapes it as its medium needs), blocks the Block Kit
// JSON array or "". channel is a channel id, or a user id for a direct
// message. It returns the message's ts. PostFile shares a file into the
// channel with text as its comment and returns the file's id. AppendCanvas
// adds markdown at the end of the channel's canvas, making the canvas when
// the channel has none, and returns the canvas's id.
//
// A Poster reports a rate limit as a *RateLimitError and a failure worth
// retrying (a 5xx answer, a broken connection) as a *TemporaryError; the
// Sender gives up on any other error at once.
type Poster interface {
	PostMessage(ctx context.Context, channel, text, blocks string) (ts string, err error)
	PostFile(ctx context.Context, channel, text string, f File) (id string, err error)
	AppendCanvas(ctx context.Context, channel, markdown string) (id string, err error)
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

// NotPermittedError says the workspace has not granted the app the scope
// the message needs (such as canvases:write); trying again will not help
// until an admin grants it.
type NotPermittedError struct {
	Scope string
	Err   error
}

func (e *NotPermittedError) Error() string {
	return "not permitted without " + e.Scope + ": " + e.Err.Error()
}

func (e *NotPermittedError) Unwrap() error { return e.Err }

// TemporaryError is a failure that may pass when the message is tried again
// later.
type TemporaryError struct{ Err error }

func (e *TemporaryError) Error() string { return "temporary: " + e.Err.Error() }

func (e *TemporaryError) Unwrap() error { return e.Err }
