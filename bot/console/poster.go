package console

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Poster is the outbox's Poster for the console: it prints each message to
// Out, so that in the console the bot's scheduled messages appear as they
// are sent. It is safe for concurrent use.
type Poster struct {
	Out io.Writer

	mu sync.Mutex
	n  int
}

// PostMessage prints "→ <channel>: <text>" (continuation lines indented)
// and returns a ts counting up from 1. It fails only when writing fails.
func (p *Poster) PostMessage(_ context.Context, channel, text, _ string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	body := strings.ReplaceAll(text, "\n", "\n  ")
	if _, err := fmt.Fprintf(p.Out, "→ %s: %s\n", channel, body); err != nil {
		return "", errors.Join(errors.New("console poster"), err)
	}
	return fmt.Sprintf("%d.000000", p.n), nil
}
