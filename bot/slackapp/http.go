package slackapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/metrics"
)

// maxBody is the largest request body accepted; Slack's are far smaller.
const maxBody = 1 << 20

// Routes returns the HTTP mode's handler: /slack/events, /slack/commands and
// /slack/interactions, each verified with the signing secret, the health
// checks and /metrics.
func (a *App) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", a.verified(metrics.AckEvent, a.serveEvents))
	mux.Handle("POST /slack/commands", a.verified(metrics.AckCommand, a.serveCommand))
	mux.Handle("POST /slack/interactions", a.verified(metrics.AckInteraction, a.serveInteraction))
	a.health(mux)
	return mux
}

// HealthRoutes returns only /healthz, /readyz and /metrics, for Socket Mode.
func (a *App) HealthRoutes() http.Handler {
	mux := http.NewServeMux()
	a.health(mux)
	return mux
}

// health adds /healthz, /readyz and, with metrics, /metrics.
func (a *App) health(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", a.serveReady)
	if a.metrics != nil {
		mux.Handle("GET /metrics", a.metrics.Handler())
	}
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

// verified reads the raw body, within maxBody bytes and BodyTimeout, and
// answers 401 unless the Slack signature checks out and the request was
// not accepted before (see replayGuard); only then does next see the body.
// It records the time to the ack as kind in the metrics.
func (a *App) verified(kind string, next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		body, status := a.readBody(w, r)
		if status != http.StatusOK {
			http.Error(w, http.StatusText(status), status)
			return
		}
		now := a.now()
		ts, err := verify(a.secret, r.Header, body, now)
		if err != nil {
			a.log.Warn().Str("path", r.URL.Path).Msg("rejected a request with a bad Slack signature")
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		if !a.replays.first(r.Header.Get("X-Slack-Signature"), ts.Add(maxClockSkew), now) {
			a.log.Warn().Str("path", r.URL.Path).Msg("rejected a replayed request")
			http.Error(w, "replayed request", http.StatusUnauthorized)
			return
		}
		next(w, r, body)
		a.metrics.Ack(kind, time.Since(start))
	})
}

// readBody reads the request body: at most maxBody bytes, within
// BodyTimeout, so a client that sends slowly is cut off. It returns the
// HTTP status to answer when that fails (413 or 408), else 200.
func (a *App) readBody(w http.ResponseWriter, r *http.Request) ([]byte, int) {
	// Not every connection supports deadlines (HTTP/2 does not here); the
	// size bound still holds there.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(a.bodyTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if _, tooLarge := errors.AsType[*http.MaxBytesError](err); tooLarge {
		return nil, http.StatusRequestEntityTooLarge
	}
	if err != nil {
		return nil, http.StatusRequestTimeout
	}
	return body, http.StatusOK
}

// serveEvents answers url_verification with the challenge and acks every
// event_callback at once; the event is handled after the ack. An event of
// a workspace id not in Slack's form is refused with 400.
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
		if !a.validTeam(env.TeamID) {
			http.Error(w, "bad payload", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusOK)
		a.eventCallback(env)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// serveCommand acks a slash command and runs it after; the ack is empty,
// or asks the user to retry when the work is full.
func (a *App) serveCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	cmd, err := slack.SlashCommandParse(r)
	if err != nil || !a.validTeam(cmd.TeamID) {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if ack := a.slashCommand(r.Context(), cmd); ack != nil {
		writeJSON(w, ack)
		return
	}
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
	if err != nil || !a.validTeam(cb.Team.ID) {
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
