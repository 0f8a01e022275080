package slackapp

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/slack-go/slack"
)

// maxBody is the largest request body accepted; Slack's are far smaller.
const maxBody = 1 << 20

// Routes returns the HTTP mode's handler: /slack/events, /slack/commands and
// /slack/interactions, each verified with the signing secret, and the health
// checks.
func (a *App) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", a.verified(a.serveEvents))
	mux.Handle("POST /slack/commands", a.verified(a.serveCommand))
	mux.Handle("POST /slack/interactions", a.verified(a.serveInteraction))
	a.health(mux)
	return mux
}

// HealthRoutes returns only /healthz and /readyz, for Socket Mode.
func (a *App) HealthRoutes() http.Handler {
	mux := http.NewServeMux()
	a.health(mux)
	return mux
}

func (a *App) health(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", a.serveReady)
}

// serveReady answers 200 when the database answers a ping and Slack accepts
// the bot token (auth.test), else 503 naming what failed.
func (a *App) serveReady(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if err := a.store.Ping(ctx); err != nil {
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	if _, err := a.api.AuthTestContext(ctx); err != nil {
		http.Error(w, "slack auth.test failed", http.StatusServiceUnavailable)
		return
	}
	_, _ = io.WriteString(w, "ready\n")
}

// verified reads the raw body and answers 401 unless the Slack signature
// checks out; only then does next see the body.
func (a *App) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		if err := verify(a.secret, r.Header, body, a.now()); err != nil {
			a.log.Warn().Str("path", r.URL.Path).Msg("rejected a request with a bad Slack signature")
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		next(w, r, body)
	})
}

// serveEvents answers url_verification with the challenge and acks every
// event_callback at once; the event is handled after the ack.
func (a *App) serveEvents(w http.ResponseWriter, _ *http.Request, body []byte) {
	var env eventEnvelope
	if err := json.Unmarshal(body, &env); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	switch env.Type {
	case "url_verification":
		writeJSON(w, map[string]string{"challenge": env.Challenge})
	case "event_callback":
		w.WriteHeader(http.StatusOK)
		a.spawn(func(ctx context.Context) { a.event(ctx, env) })
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// serveCommand acks a slash command with an empty body and runs it after.
func (a *App) serveCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	a.slashCommand(cmd)
	w.WriteHeader(http.StatusOK)
}

// serveInteraction acks an interaction, with the form errors for a
// submission that has some.
func (a *App) serveInteraction(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	var cb slack.InteractionCallback
	if err == nil {
		err = json.Unmarshal([]byte(form.Get("payload")), &cb)
	}
	if err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if ack := a.interaction(r.Context(), cb); ack != nil {
		writeJSON(w, ack)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
