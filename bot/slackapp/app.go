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
	"net/http"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/metrics"
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
	// Slack says how to reach the Web API.
	Slack ClientConfig
	// SigningSecret verifies HTTP requests; HTTP mode only.
	SigningSecret string
	Log           zerolog.Logger
	// Metrics counts requests, acks, the work after them and the calls to
	// Slack, and is served at /metrics; nil serves and counts nothing.
	Metrics *metrics.Metrics
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// UserTTL is how long users.info answers are cached; 0 means 1 hour.
	UserTTL time.Duration
	// WorkTimeout bounds the work after an ack; 0 means 2 minutes.
	WorkTimeout time.Duration
	// Workers bounds the requests worked on at once after their acks; 0
	// means DefaultWorkers().
	Workers int
	// Queue is how many more acknowledged requests may wait for a worker;
	// 0 means 16 per worker. Beyond that the user is asked to retry.
	Queue int
	// QueueWait is how long a request may wait for a worker before the
	// user is asked to retry instead; 0 means 20 s.
	QueueWait time.Duration
	// BodyTimeout bounds the time to read a request's body; 0 means 10 s.
	BodyTimeout time.Duration
}

// App is the Slack transport. It is safe for concurrent use.
type App struct {
	core        *bot.Core
	handler     Handler
	store       *storage.Store
	api         *slack.Client // retries, for replies
	outboxAPI   *slack.Client // no retries: the outbox paces itself
	hooks       *http.Client  // posts to response_urls
	secret      []byte
	log         zerolog.Logger
	metrics     *metrics.Metrics
	now         func() time.Time
	bodyTimeout time.Duration
	users       *userCache
	work        *pool // the work after acks
	notices     *pool // "busy, please retry" notices when work is full
	replays     *replayGuard
	langs       sync.Map // team id → i18n.Lang, as last read
}

// New returns an App for opts.
func New(opts Options) *App {
	a := &App{
		core: opts.Core, handler: opts.Handler, store: opts.Store,
		api:         newClient(opts.Slack, opts.Metrics, true),
		outboxAPI:   newClient(opts.Slack, opts.Metrics, false),
		hooks:       webhookClient(opts.Metrics),
		secret:      []byte(opts.SigningSecret),
		log:         opts.Log,
		metrics:     opts.Metrics,
		now:         opts.Now,
		bodyTimeout: opts.BodyTimeout,
		replays:     newReplayGuard(),
	}
	if a.handler == nil {
		a.handler = opts.Core
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.bodyTimeout == 0 {
		a.bodyTimeout = 10 * time.Second
	}
	timeout := opts.WorkTimeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = DefaultWorkers()
	}
	queue := opts.Queue
	if queue <= 0 {
		queue = queuePerWorker * workers
	}
	wait := opts.QueueWait
	if wait <= 0 {
		wait = defaultQueueWait
	}
	a.work = newPool(workers, queue, wait, timeout, a.log, a.metrics)
	a.notices = newPool(workers, 0, 0, 30*time.Second, a.log, nil)
	ttl := opts.UserTTL
	if ttl == 0 {
		ttl = time.Hour
	}
	a.users = newUserCache(a.api, ttl, a.now)
	return a
}

// Poster returns the outbox's Poster for this app's workspace: posts
// without retries of their own, since the outbox paces and retries them.
func (a *App) Poster() Poster { return Poster{Client: a.outboxAPI} }

// Wait blocks until the work started after acks has finished. Call it after
// the transport stopped taking requests, before closing the store.
func (a *App) Wait() {
	a.work.wait()
	a.notices.wait()
}

// workspace returns the workspace's language and sectors, and remembers
// the language for busyText; on a database error it logs and returns the
// default language with no sectors.
func (a *App) workspace(ctx context.Context, teamID string) bot.Workspace {
	w, err := a.core.Workspace(ctx, teamID)
	if err != nil {
		a.log.Warn().Err(err).Str("team_id", teamID).Msg("reading workspace settings")
		return w
	}
	a.langs.Store(teamID, w.Lang)
	return w
}
