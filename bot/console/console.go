// Package console is the terminal transport: it reads one command per line,
// runs it through the bot core and prints the reply as plain text. Its
// Poster prints the outbox's scheduled messages as they are sent.
package console

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// Team is the workspace id under which console commands are stored.
const Team = "console"

// DefaultUser is the console user when no other is chosen; main makes it an
// admin.
const DefaultUser = "console"

// maxLine is the longest line read; longer lines are refused, not cut.
const maxLine = 64 * 1024

// Console runs commands typed on a terminal or piped in.
type Console struct {
	Core *bot.Core
	In   io.Reader
	Out  io.Writer
	// User is the Slack user id the commands run as.
	User string
	// Prompt is printed before each line; empty for piped input.
	Prompt string
	// ExportDir is where files of replies (exports) are written; empty
	// means "exports" under the current directory.
	ExportDir string
}

// commandTimeout bounds one command: at shutdown Run waits for the
// command in progress at most this long.
const commandTimeout = 2 * time.Minute

// Run handles lines until the input ends (it then returns nil), the user
// types "exit", or ctx is cancelled (it returns ctx's error). A command in
// progress when ctx is cancelled is finished first: it runs with a context
// of its own, so that a shutdown never cuts a change short. A line may
// start with "as <user id>" to run as another user. Lines starting with
// "#" are comments.
func (c *Console) Run(ctx context.Context) error {
	lines := make(chan string)
	readErr := make(chan error, 1)
	go c.read(ctx, lines, readErr)
	for {
		c.prompt()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-readErr:
			return err
		case line := <-lines:
			if ctx.Err() != nil {
				return ctx.Err()
			}
			cmdCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), commandTimeout)
			done := c.handle(cmdCtx, line)
			cancel()
			if done {
				return nil
			}
		}
	}
}

func (c *Console) read(ctx context.Context, lines chan<- string, readErr chan<- error) {
	sc := bufio.NewScanner(c.In)
	sc.Buffer(make([]byte, 4096), maxLine)
	for sc.Scan() {
		select {
		case lines <- sc.Text():
		case <-ctx.Done():
			return
		}
	}
	readErr <- sc.Err()
}

func (c *Console) prompt() {
	if c.Prompt != "" {
		fmt.Fprint(c.Out, c.Prompt)
	}
}

// handle runs one line and reports whether the user asked to leave. A
// trailing "share"/"teilen" is ignored: the console has no channel to share
// into. Help ends with how to leave the console.
func (c *Console) handle(ctx context.Context, line string) bool {
	line = strings.TrimSpace(line)
	switch strings.ToLower(line) {
	case "":
		return false
	case "exit", "quit", "beenden":
		return true
	}
	if strings.HasPrefix(line, "#") {
		return false
	}
	user, text := c.User, line
	if rest, ok := strings.CutPrefix(line, "as "); ok {
		user, text, _ = strings.Cut(strings.TrimSpace(rest), " ")
	}
	text, _ = bot.SplitShare(text)
	reply := c.Core.Handle(ctx, bot.Request{TeamID: Team, UserID: user, ChannelID: "console", Text: text})
	if path, _ := c.Core.CommandPath(text); path == "help" {
		reply.Blocks = append(reply.Blocks, bot.Note{Text: c.lang(ctx).T("help.console_exit")})
	}
	fmt.Fprintln(c.Out, unmention(bot.PlainText(reply)))
	if reply.File != nil {
		fmt.Fprintln(c.Out, c.saveFile(ctx, reply.File))
	}
	if c.Prompt == "" {
		fmt.Fprintln(c.Out)
	}
	return false
}

// saveFile writes f into the export folder under a name that is not taken
// yet ("akteure-2027-01-15.csv", then "akteure-2027-01-15-2.csv") and
// returns the sentence to print: the path, or why it failed.
func (c *Console) saveFile(ctx context.Context, f *bot.File) string {
	lang := c.lang(ctx)
	dir := cmp.Or(c.ExportDir, defaultDir)
	path, err := writeNew(dir, f.Name, f.Content)
	if err != nil {
		return lang.T("file.save_failed", dir)
	}
	return lang.T("file.saved", path)
}

// defaultDir is the folder files are written to, under the current
// directory.
const defaultDir = "exports"

// writeNew writes content into dir (made if missing) as the base name of
// name, or name-2, name-3, … before the extension when that is taken, and
// returns the path. Files are readable by the owner only: exports hold
// personal data.
func writeNew(dir, name string, content []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	base := filepath.Base(name)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	for n := 1; n < 1000; n++ {
		name := base
		if n > 1 {
			name = stem + "-" + strconv.Itoa(n) + ext
		}
		path := filepath.Join(dir, name)
		file, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if os.IsExist(err) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = file.Write(content)
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		return path, err
	}
	return "", fmt.Errorf("%s: no free name for %s", dir, base)
}

// lang returns the console workspace's language.
func (c *Console) lang(ctx context.Context) i18n.Lang {
	w, _ := c.Core.Workspace(ctx, Team)
	return w.Lang
}
