package console

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
)

// Poster is the outbox's Poster for the console: it prints each message to
// Out, so that in the console the bot's scheduled messages appear as they
// are sent, and writes shared files (charts) into Dir. It is safe for
// concurrent use.
type Poster struct {
	Out io.Writer
	// Dir is where files are written; empty means "exports" under the
	// current directory, as for the files of replies.
	Dir string

	mu sync.Mutex
	n  int
}

// PostMessage prints "→ <channel>: <text>" (continuation lines indented)
// and returns a ts counting up from 1. It fails only when writing fails.
func (p *Poster) PostMessage(_ context.Context, channel, text, _ string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	body := strings.ReplaceAll(unmention(text), "\n", "\n  ")
	if _, err := fmt.Fprintf(p.Out, "→ %s: %s\n", channel, body); err != nil {
		return "", errors.Join(errors.New("console poster"), err)
	}
	return fmt.Sprintf("%d.000000", p.n), nil
}

// PostFile writes f into the poster's folder under a name not taken yet
// and prints "→ <channel>: <text> (<path>)". It returns the path; it fails
// when the file or the line cannot be written.
func (p *Poster) PostFile(_ context.Context, channel, text string, f outbox.File) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	path, err := writeNew(cmp.Or(p.Dir, defaultDir), f.Name, f.Content)
	if err != nil {
		return "", errors.Join(errors.New("console poster"), err)
	}
	if _, err := fmt.Fprintf(p.Out, "→ %s: %s (%s)\n", channel, unmention(text), path); err != nil {
		return "", errors.Join(errors.New("console poster"), err)
	}
	return path, nil
}

// AppendCanvas prints "→ <channel> (canvas): <markdown>" (continuation
// lines indented) and returns "canvas-<channel>". It fails only when
// writing fails.
func (p *Poster) AppendCanvas(_ context.Context, channel, markdown string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	body := strings.ReplaceAll(unmention(markdown), "\n", "\n  ")
	if _, err := fmt.Fprintf(p.Out, "→ %s (canvas): %s\n", channel, body); err != nil {
		return "", errors.Join(errors.New("console poster"), err)
	}
	return "canvas-" + channel, nil
}
