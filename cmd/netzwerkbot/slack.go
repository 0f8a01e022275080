package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// newSlackClient returns the Web API client for the configured tokens and
// API URL; it fails when the bot token is missing.
func newSlackClient(cfg config) (*slack.Client, error) {
	if cfg.SlackBotToken == "" {
		return nil, errors.New("SLACK_BOT_TOKEN is needed with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET")
	}
	var opts []slack.Option
	if cfg.SlackAPIURL != "" {
		opts = append(opts, slack.OptionAPIURL(strings.TrimSuffix(cfg.SlackAPIURL, "/")+"/"))
	}
	if cfg.SlackAppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.SlackAppToken))
	}
	return slack.New(cfg.SlackBotToken, opts...), nil
}

// shutdownGrace bounds the wait for in-flight requests at shutdown.
const shutdownGrace = 10 * time.Second

// runSlack runs the Slack transport until ctx ends: Socket Mode when
// SLACK_APP_TOKEN is set, else the HTTP endpoints; both serve /healthz and
// /readyz on HTTP_ADDR. At shutdown it stops taking requests, lets
// in-flight acks finish, then waits for the work after them. Tokens and the
// signing secret are never logged.
func runSlack(ctx context.Context, cfg config, log zerolog.Logger, store *storage.Store, core *bot.Core, api *slack.Client) error {
	socket := cfg.SlackAppToken != ""
	app := slackapp.New(slackapp.Options{Core: core, Store: store, API: api, SigningSecret: cfg.SlackSigningSecret, Log: log})
	handler, mode := app.Routes(), "http"
	if socket {
		handler, mode = app.HealthRoutes(), "socket"
	}
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("HTTP_ADDR %q: %w", cfg.HTTPAddr, err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	log.Info().Str("mode", mode).Str("addr", ln.Addr().String()).Msg("slack transport listening")

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 2)
	var wg sync.WaitGroup
	wg.Go(func() { errc <- srv.Serve(ln) })
	wg.Go(func() { app.RunCleanup(ctx, 10*time.Minute) })
	if socket {
		wg.Go(func() { errc <- app.RunSocketMode(ctx, socketmode.New(api)) })
	}
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	shutdownCtx, stop := context.WithTimeout(context.Background(), shutdownGrace)
	defer stop()
	_ = srv.Shutdown(shutdownCtx) // waits for in-flight acks
	cancel()
	wg.Wait()
	app.Wait() // the work after the acks
	if errors.Is(err, http.ErrServerClosed) || errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
