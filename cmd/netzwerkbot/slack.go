package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
)

// shutdownGrace bounds the wait for in-flight requests at shutdown.
const shutdownGrace = 10 * time.Second

// runSlack runs the Slack transport until ctx ends: Socket Mode when
// SLACK_APP_TOKEN is set, else the HTTP endpoints; both serve /healthz,
// /readyz and /metrics on HTTP_ADDR. At shutdown it stops taking requests,
// lets in-flight acks finish, then waits for the work after them. Tokens
// and the signing secret are never logged.
func runSlack(ctx context.Context, cfg config, log zerolog.Logger, app *slackapp.App) error {
	socket := cfg.SlackAppToken != ""
	handler, mode := app.Routes(), "http"
	if socket {
		handler, mode = app.HealthRoutes(), "socket"
	}
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("HTTP_ADDR %q: %w", cfg.HTTPAddr, err)
	}
	// The handlers bound the time to read a body; these bound the headers
	// and the wait for a kept-alive connection's next request.
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	log.Info().Str("mode", mode).Str("addr", ln.Addr().String()).Msg("slack transport listening")

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 2)
	var wg sync.WaitGroup
	wg.Go(func() { errc <- srv.Serve(ln) })
	wg.Go(func() { app.RunCleanup(ctx, 10*time.Minute) })
	if socket {
		wg.Go(func() { errc <- app.RunSocketMode(ctx) })
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
