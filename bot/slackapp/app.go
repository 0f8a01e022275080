// Package slackapp is the Slack transport: slash commands, mentions, direct
// messages, buttons, shortcuts, modals and the App Home, over Socket Mode or
// HTTP, all running command lines through the same bot core.
//
// Every request is acknowledged at once; the command runs after the ack and
// its reply follows through the response_url or the Web API. Scheduled
// messages (reviews, digests) reach Slack through Poster, the outbox's
// poster for chat.postMessage, in the Block Kit that RenderMessages makes.
package slackapp

import (
	"context"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Handler runs one command line. *bot.Core is one; tests put a slow or
// recording one in its place.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
}

// Options configure an App.
type Options struct {
	// Core builds Home pages and tells the workspace's language; required.
	Core *bot.Core
	// Handler runs command lines; nil means Core.
	Handler Handler
	// Store keeps the event dedupe records and is pinged by /readyz.
	Store *storage.Store
	// API is the Web API client with the bot token.
	API *slack.Client
	// SigningSecret verifies HTTP requests; HTTP mode only.
	SigningSecret string
	Log           zerolog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// UserTTL is how long users.info answers are cached; 0 means 1 hour.
	UserTTL time.Duration
	// WorkTimeout bounds the work after an ack; 0 means 2 minutes.
	WorkTimeout time.Duration
}

// App is the Slack transport. It is safe for concurrent use.
type App struct {
	core    *bot.Core
	handler Handler
	store   *storage.Store
	api     *slack.Client
	secret  []byte
	log     zerolog.Logger
	now     func() time.Time
	timeout time.Duration
	users   *userCache
	work    sync.WaitGroup // work started after acks
}

// New returns an App for opts.
func New(opts Options) *App {
	a := &App{
		core: opts.Core, handler: opts.Handler, store: opts.Store, api: opts.API,
		secret: []byte(opts.SigningSecret), log: opts.Log, now: opts.Now, timeout: opts.WorkTimeout,
	}
	if a.handler == nil {
		a.handler = opts.Core
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.timeout == 0 {
		a.timeout = 2 * time.Minute
	}
	ttl := opts.UserTTL
	if ttl == 0 {
		ttl = time.Hour
	}
	a.users = newUserCache(a.api, ttl, a.now)
	return a
}

// Wait blocks until the work started after acks has finished. Call it after
// the transport stopped taking requests, before closing the store.
func (a *App) Wait() { a.work.Wait() }

// spawn runs fn after the ack, detached from the request (whose context
// ends with the ack) but bounded by the work timeout.
func (a *App) spawn(fn func(ctx context.Context)) {
	a.work.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), a.timeout)
		defer cancel()
		fn(ctx)
	})
}

// workspace returns the workspace's language and sectors; on a database
// error it logs and returns the default language with no sectors.
func (a *App) workspace(ctx context.Context, teamID string) bot.Workspace {
	w, err := a.core.Workspace(ctx, teamID)
	if err != nil {
		a.log.Warn().Err(err).Str("team_id", teamID).Msg("reading workspace settings")
	}
	return w
}
