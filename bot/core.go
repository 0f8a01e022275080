package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Options configure a Core.
type Options struct {
	Store *storage.Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	Log zerolog.Logger
	// Admins are Slack user ids that are admins in every workspace.
	Admins []string
	// Language is used where a workspace has not chosen one.
	Language i18n.Lang
	// Timezone is used where a workspace has not chosen one.
	Timezone *time.Location
	// Render turns a reply into the messages the outbox sends on the bot's
	// own initiative (reviews, reminders, digests). The Slack transport
	// provides one that adds Block Kit; nil gives plain text only, as the
	// console shows it.
	Render func(Reply) []outbox.Message
	// Metrics counts the commands by name and outcome; nil counts nothing.
	Metrics *metrics.Metrics
	// ChannelNames takes a typed #name as the channel itself, for a
	// transport without Slack channels (the console prints every message);
	// otherwise a channel must be a Slack channel id or mention.
	ChannelNames bool
}

// Core handles commands. It is safe for concurrent use.
type Core struct {
	store    *storage.Store
	now      func() time.Time
	log      zerolog.Logger
	admins   map[string]bool
	lang     i18n.Lang
	timezone *time.Location
	commands []command
	render   func(Reply) []outbox.Message
	reviews  *review.Engine
	metrics  *metrics.Metrics
	// channelNames: see Options.ChannelNames.
	channelNames bool
}

// New returns a Core for opts.
func New(opts Options) *Core {
	c := &Core{
		store:    opts.Store,
		now:      opts.Now,
		log:      opts.Log,
		admins:   map[string]bool{},
		lang:     opts.Language,
		timezone: opts.Timezone,
		render:   opts.Render,
		metrics:  opts.Metrics,

		channelNames: opts.ChannelNames,
	}
	if c.render == nil {
		c.render = func(r Reply) []outbox.Message { return []outbox.Message{{Text: PlainText(r)}} }
	}
	if c.now == nil {
		c.now = time.Now
	}
	if c.lang == "" {
		c.lang = i18n.German
	}
	if c.timezone == nil {
		c.timezone = time.UTC
	}
	for _, a := range opts.Admins {
		if a = strings.TrimSpace(a); a != "" {
			c.admins[a] = true
		}
	}
	c.commands = c.commandTable()
	return c
}

// SetReviews gives the core the review engine its review commands use.
// The engine is built with the core as its Composer, hence a setter: call it
// once, before the core handles commands. Without an engine the review
// commands answer that reviews are not available.
func (c *Core) SetReviews(e *review.Engine) { c.reviews = e }

// Request is one command line typed by a user in a workspace.
type Request struct {
	TeamID    string
	UserID    string
	ChannelID string
	Text      string
}

// call is the state of one command being handled.
type call struct {
	ctx      context.Context
	core     *Core
	req      Request
	team     *storage.Team
	settings storage.Settings
	lang     i18n.Lang
	loc      *time.Location
	role     storage.Role
	args     []cmdline.Token
	command  string // the command's first canonical word, for scoped aliases
	path     string // the command's canonical words, for the metrics
	now      time.Time
	log      zerolog.Logger
}

// Handle runs one command line and returns the reply. It never fails and
// never panics: errors become one localised sentence, and their details go
// to the log. It counts the command in the metrics with its outcome: "ok"
// or the error's kind.
func (c *Core) Handle(ctx context.Context, req Request) (reply Reply) {
	cl := &call{ctx: ctx, core: c, req: req, lang: c.lang, loc: c.timezone, now: c.now().UTC()}
	cl.log = c.log.With().Str("team_id", req.TeamID).Str("user", req.UserID).Logger()
	defer func() {
		if p := recover(); p != nil {
			cl.log.Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("command panicked")
			c.metrics.Command(cl.path, storage.KindInternal.String())
			reply = Say(cl.lang.T("err.internal"))
		}
	}()
	r, err := cl.handle(req.Text)
	if err != nil {
		c.metrics.Command(cl.path, outcomeOf(err))
		return cl.errorReply(err)
	}
	c.metrics.Command(cl.path, "ok")
	return r
}

// outcomeOf names err's kind for the metrics; a mistake in the command
// line is "invalid".
func outcomeOf(err error) string {
	if _, ok := errors.AsType[*cmdline.Error](err); ok {
		return storage.KindInvalid.String()
	}
	return storage.KindOf(err).String()
}

func (cl *call) handle(text string) (Reply, error) {
	if err := cl.load(); err != nil {
		return Reply{}, err
	}
	tokens, err := cmdline.Tokenize(stripPrefix(text))
	if err != nil {
		return Reply{}, err
	}
	if len(tokens) == 0 {
		cl.path = "help"
		return cl.core.help(cl)
	}
	cmd, args, err := route(cl.core.commands, tokens)
	if err != nil {
		return Reply{}, err
	}
	cl.path = strings.Join(cmd.path, " ")
	cl.log = cl.log.With().Str("command", cl.path).Logger()
	if err := cl.require(cmd.role); err != nil {
		return Reply{}, err
	}
	cl.args = args
	cl.command = cmd.path[0]
	return cmd.run(cl)
}

// load reads the workspace's settings and the user's role.
func (cl *call) load() error {
	cl.team = cl.core.store.Team(cl.req.TeamID)
	s, err := cl.team.Settings(cl.ctx)
	if err != nil {
		return err
	}
	cl.settings = s
	cl.lang, cl.loc = cl.core.locale(s)
	if cl.core.admins[cl.req.UserID] {
		cl.role = storage.RoleAdmin
		return nil
	}
	cl.role, err = cl.team.Role(cl.ctx, cl.req.UserID)
	return err
}

// stripPrefix removes a leading "/netzwerk" that console users may type.
func stripPrefix(text string) string {
	text = strings.TrimSpace(text)
	if rest, ok := strings.CutPrefix(text, "/netzwerk"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
		return rest
	}
	return text
}

// errorReply turns err into one sentence for the user and logs the detail:
// a mistake in the command line (*cmdline.Error) or a storage error with a
// catalog key becomes that sentence, any other error the sentence of its
// kind.
func (cl *call) errorReply(err error) Reply {
	if ce, ok := errors.AsType[*cmdline.Error](err); ok {
		cl.log.Debug().Err(err).Msg("command refused")
		return Say(cl.lang.T(ce.Key, localArgs(cl.lang, ce.Args)...))
	}
	var e *storage.Error
	if errors.As(err, &e) && e.Key != "" {
		cl.log.Debug().Err(err).Msg("command refused")
		return Say(cl.lang.T(e.Key, localArgs(cl.lang, e.Args)...))
	}
	kind := storage.KindOf(err)
	switch kind {
	case storage.KindNotFound, storage.KindConflict, storage.KindInvalid, storage.KindForbidden:
		cl.log.Info().Err(err).Msg("command refused")
	default:
		cl.log.Error().Err(err).Msg("command failed")
	}
	return Say(cl.lang.T("err." + kind.String()))
}

// timeText formats an instant in the workspace's zone and language
// (15.01.2027 10:30 in German, 2027-01-15 10:30 in English).
func (cl *call) timeText(t time.Time) string { return cl.lang.DateTime(t.In(cl.loc)) }

// fail returns a user error of the given kind with the catalog sentence key.
func fail(kind storage.Kind, key string, args ...any) error {
	return storage.Errorf(kind, key, args...)
}
