package slackapp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"
	"go.uber.org/goleak"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// TestMain fails the package if a goroutine outlives the tests: the work
// after acks, the Socket Mode client and the fake included.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

const (
	secret = "8f742231b10e8888abcd99yyyzzz85a5"
	team   = "TFAKE0001" // slackfake.DefaultIdentity.TeamID
	admin  = "UADMIN"
	member = "UMEMBER"
)

// recorder is a Handler that records the command lines it runs, and can be
// slowed down, held until a gate is closed, or answer with a fixed reply
// instead of the core's. It records how many lines ran at once at most.
type recorder struct {
	core  *bot.Core
	delay time.Duration
	gate  chan struct{}
	reply *bot.Reply

	mu        sync.Mutex
	lines     []bot.Request
	active    int
	maxActive int
}

func (r *recorder) Handle(ctx context.Context, req bot.Request) bot.Reply {
	r.mu.Lock()
	r.lines = append(r.lines, req)
	r.active++
	r.maxActive = max(r.maxActive, r.active)
	delay, gate, fixed := r.delay, r.gate, r.reply
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		r.active--
		r.mu.Unlock()
	}()
	time.Sleep(delay)
	if gate != nil {
		<-gate
	}
	if fixed != nil {
		return *fixed
	}
	return r.core.Handle(ctx, req)
}

// concurrency returns the most lines that ran at once.
func (r *recorder) concurrency() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.maxActive
}

func (r *recorder) requests() []bot.Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bot.Request(nil), r.lines...)
}

// transport delivers Slack's requests to the app, over HTTP or Socket Mode.
type transport interface {
	// slash sends a slash command and returns how long the ack took.
	slash(t *testing.T, cmd slack.SlashCommand) time.Duration
	// slashAck sends a slash command and returns how long the ack took
	// and its payload.
	slashAck(t *testing.T, cmd slack.SlashCommand) (time.Duration, json.RawMessage)
	// interact sends an interaction payload and returns the ack's payload.
	interact(t *testing.T, payload any) json.RawMessage
	// event sends an Events API payload, as a retry when retry > 0.
	event(t *testing.T, payload any, retry int)
}

// env is one app wired to a fresh store and a fake Slack.
type env struct {
	t     testing.TB
	fake  *slackfake.Server
	store *storage.Store
	core  *bot.Core
	rec   *recorder
	app   *slackapp.App
	api   *slack.Client
	tr    transport
	logs  *logBuffer // everything the app logged, at debug level
	m     *metrics.Metrics
}

// newEnv builds the app; mode is "http" or "socket".
func newEnv(t testing.TB, mode string) *env {
	t.Helper()
	return newEnvWith(t, mode, nil)
}

// newEnvWith builds the app with the options that configure changes.
func newEnvWith(t testing.TB, mode string, configure func(*slackapp.Options)) *env {
	t.Helper()
	fake := slackfake.New(t)
	fake.AddUser(slack.User{ID: admin, Name: "anna", RealName: "Anna Admin", TZ: "Europe/Berlin"})
	fake.AddUser(slack.User{ID: member, Name: "max", RealName: "Max Mitglied", TZ: "America/New_York"})
	store := storagetest.Open(t)
	m := metrics.New()
	core := bot.New(bot.Options{Store: store, Log: zerolog.Nop(), Admins: []string{admin}, Language: i18n.German, Metrics: m})
	rec := &recorder{core: core}
	api := slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()), slack.OptionAppLevelToken(slackfake.AppToken))
	logs := &logBuffer{}
	opts := slackapp.Options{Core: core, Handler: rec, Store: store, Slack: fakeClient(fake), SigningSecret: secret,
		Log: zerolog.New(logs).Level(zerolog.DebugLevel), Metrics: m}
	if configure != nil {
		configure(&opts)
	}
	app := slackapp.New(opts)
	e := &env{t: t, fake: fake, store: store, core: core, rec: rec, app: app, api: api, logs: logs, m: m}
	switch mode {
	case "http":
		srv := httptest.NewServer(app.Routes())
		t.Cleanup(func() { srv.Close(); app.Wait() })
		e.tr = &httpTransport{url: srv.URL}
	case "socket":
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- app.RunSocketMode(ctx) }()
		t.Cleanup(func() { cancel(); <-done; app.Wait() })
		if err := fake.WaitConnected(1, 5*time.Second); err != nil {
			t.Fatal(err)
		}
		e.tr = &socketTransport{fake: fake}
	}
	return e
}

// logBuffer collects log lines; safe for the app and the test at once.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// fakeClient is the client configuration for the fake.
func fakeClient(fake *slackfake.Server) slackapp.ClientConfig {
	return slackapp.ClientConfig{BotToken: slackfake.BotToken, AppToken: slackfake.AppToken, APIURL: fake.APIURL()}
}

// stakeholders returns the workspace's stakeholders.
func (e *env) stakeholders() []storage.Stakeholder {
	e.t.Helper()
	list, err := e.store.Team(team).Stakeholders(context.Background(), storage.StakeholderFilter{})
	if err != nil {
		e.t.Fatal(err)
	}
	return list
}

// waitFor polls cond for up to 10 s.
func (e *env) waitFor(what string, cond func() bool) {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// responses returns the posts to response URLs, waiting for at least n.
func (e *env) responses(n int) []slackfake.ResponsePost {
	e.t.Helper()
	e.waitFor(strconv.Itoa(n)+" response_url posts", func() bool { return len(e.fake.ResponsePosts()) >= n })
	return e.fake.ResponsePosts()
}

// command returns a slash command by user with text and a fresh response_url.
func (e *env) command(user, text string) slack.SlashCommand {
	return slack.SlashCommand{
		TeamID: team, UserID: user, ChannelID: "C0GENERAL", Command: "/netzwerk", Text: text,
		ResponseURL: e.fake.NewResponseURL(), TriggerID: "trig-" + strconv.FormatInt(time.Now().UnixNano(), 36),
	}
}

type httpTransport struct{ url string }

func (h *httpTransport) slash(t *testing.T, cmd slack.SlashCommand) time.Duration {
	d, _ := h.slashAck(t, cmd)
	return d
}

func (h *httpTransport) slashAck(t *testing.T, cmd slack.SlashCommand) (time.Duration, json.RawMessage) {
	start := time.Now()
	status, resp := postSigned(t, h.url+"/slack/commands", "application/x-www-form-urlencoded", slashBody(cmd), nil)
	if status != http.StatusOK {
		t.Fatalf("slash command answered %d", status)
	}
	return time.Since(start), json.RawMessage(bytes.TrimSpace(resp))
}

// slashBody is the form Slack posts for cmd.
func slashBody(cmd slack.SlashCommand) []byte {
	return []byte(url.Values{
		"team_id": {cmd.TeamID}, "user_id": {cmd.UserID}, "channel_id": {cmd.ChannelID}, "command": {cmd.Command},
		"text": {cmd.Text}, "response_url": {cmd.ResponseURL}, "trigger_id": {cmd.TriggerID},
	}.Encode())
}

func (h *httpTransport) interact(t *testing.T, payload any) json.RawMessage {
	raw, _ := json.Marshal(payload)
	body := url.Values{"payload": {string(raw)}}.Encode()
	status, resp := postSigned(t, h.url+"/slack/interactions", "application/x-www-form-urlencoded", []byte(body), nil)
	if status != http.StatusOK {
		t.Fatalf("interaction answered %d", status)
	}
	return json.RawMessage(bytes.TrimSpace(resp))
}

// event posts an event; a retry is a new request, signed anew at a later
// time, as Slack sends it.
func (h *httpTransport) event(t *testing.T, payload any, retry int) {
	raw, _ := json.Marshal(payload)
	hdr := http.Header{}
	if retry > 0 {
		hdr.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
		hdr.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	ts, sig := slackapp.Sign(secret, time.Now().Add(time.Duration(retry)*time.Second), raw)
	if status, _ := post(t, h.url+"/slack/events", "application/json", raw, ts, sig, hdr); status != http.StatusOK {
		t.Fatalf("event answered %d", status)
	}
}

// postSigned posts body signed with the test secret and returns the
// status and the answer.
func postSigned(t *testing.T, url, contentType string, body []byte, hdr http.Header) (int, []byte) {
	t.Helper()
	ts, sig := slackapp.Sign(secret, time.Now(), body)
	return post(t, url, contentType, body, ts, sig, hdr)
}

func post(t *testing.T, url, contentType string, body []byte, ts, sig string, hdr http.Header) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sig)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	return resp.StatusCode, b.Bytes()
}

type socketTransport struct{ fake *slackfake.Server }

func (s *socketTransport) push(t *testing.T, env slackfake.Envelope) slackfake.Ack {
	t.Helper()
	id, err := s.fake.Push(env)
	if err != nil {
		t.Fatal(err)
	}
	ack, err := s.fake.WaitAck(id, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if ack.Size >= 20<<10 {
		t.Errorf("ack of %d bytes; Slack ignores acks of 20 KB or more", ack.Size)
	}
	return ack
}

func (s *socketTransport) slash(t *testing.T, cmd slack.SlashCommand) time.Duration {
	d, _ := s.slashAck(t, cmd)
	return d
}

func (s *socketTransport) slashAck(t *testing.T, cmd slack.SlashCommand) (time.Duration, json.RawMessage) {
	ack := s.push(t, slackfake.Envelope{Type: "slash_commands", Payload: cmd, AcceptsResponsePayload: true})
	return ack.Latency, ack.Payload
}

func (s *socketTransport) interact(t *testing.T, payload any) json.RawMessage {
	return s.push(t, slackfake.Envelope{Type: "interactive", Payload: payload, AcceptsResponsePayload: true}).Payload
}

func (s *socketTransport) event(t *testing.T, payload any, retry int) {
	env := slackfake.Envelope{Type: "events_api", Payload: payload, RetryAttempt: retry}
	if retry > 0 {
		env.RetryReason = "timeout"
	}
	s.push(t, env)
}

// bothModes runs the test once over HTTP and once over Socket Mode.
func bothModes(t *testing.T, test func(t *testing.T, e *env)) {
	bothModesWith(t, nil, test)
}

// bothModesWith runs the test over both transports with the app's options
// changed by configure.
func bothModesWith(t *testing.T, configure func(*slackapp.Options), test func(t *testing.T, e *env)) {
	for _, mode := range []string{"http", "socket"} {
		t.Run(mode, func(t *testing.T) { test(t, newEnvWith(t, mode, configure)) })
	}
}

// texts returns the text fields of blocks JSON, concatenated.
func texts(raw json.RawMessage) string {
	var b strings.Builder
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				b.WriteString(s + "\n")
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	var v any
	_ = json.Unmarshal(raw, &v)
	walk(v)
	return b.String()
}
