package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/metrics/metricstest"
)

// syncBuffer is a bytes.Buffer safe for the logger and the test at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var (
	listening = regexp.MustCompile(`"addr":"([0-9.:]+)"`)
	operator  = regexp.MustCompile(`"listen":"([A-Z_]+)","at":"([0-9.:]+)"`)
)

const testSecret = "run-test-signing-secret"

// runningBot is the program running in-process, as main runs it.
type runningBot struct {
	t      *testing.T
	addr   string            // HTTP_ADDR as bound
	ops    map[string]string // METRICS_ADDR, PPROF_ADDR as bound
	stderr *syncBuffer
	cancel context.CancelFunc
	code   chan int
}

// startBot runs the program with env and stdin until it logs that it
// listens on HTTP_ADDR (or, in the console, on METRICS_ADDR); it stops it
// when the test ends.
func startBot(t *testing.T, env map[string]string, stdin io.Reader) *runningBot {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	b := &runningBot{t: t, ops: map[string]string{}, stderr: &syncBuffer{}, cancel: cancel, code: make(chan int, 1)}
	go func() {
		b.code <- run(ctx, nil, func(k string) string { return env[k] }, stdin, &bytes.Buffer{}, b.stderr)
	}()
	t.Cleanup(func() { b.stop() })
	deadline := time.Now().Add(60 * time.Second)
	for {
		logs := b.stderr.String()
		for _, m := range operator.FindAllStringSubmatch(logs, -1) {
			b.ops[m[1]] = m[2]
		}
		if m := listening.FindStringSubmatch(logs); m != nil {
			b.addr = m[1]
		}
		if b.addr != "" || env["SLACK_BOT_TOKEN"] == "" && b.ops["METRICS_ADDR"] != "" {
			return b
		}
		select {
		case c := <-b.code:
			b.code <- c
			t.Fatalf("the bot exited with %d:\n%s", c, logs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the bot logged no listening address:\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stop cancels the program and returns its exit code; it fails the test
// when the program does not stop.
func (b *runningBot) stop() int {
	b.cancel()
	select {
	case c := <-b.code:
		b.code <- c
		return c
	case <-time.After(30 * time.Second):
		b.t.Fatal("run did not stop after cancel")
		return -1
	}
}

// get returns the status and body of a GET of url.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// slackEnv is the environment of a bot talking to fake in HTTP mode, or in
// Socket Mode with socket.
func slackEnv(t *testing.T, fake *slackfake.Server, socket bool) map[string]string {
	env := map[string]string{
		"DATA_DIR": t.TempDir(), "LOG_FORMAT": "json", "LOG_LEVEL": "debug", "BOT_ADMINS": "UADMIN",
		"SLACK_SIGNING_SECRET": testSecret, "SLACK_BOT_TOKEN": slackfake.BotToken, "SLACK_API_URL": fake.APIURL(),
		"HTTP_ADDR": "127.0.0.1:0",
	}
	if socket {
		env["SLACK_APP_TOKEN"] = slackfake.AppToken
	}
	return env
}

// slash posts a slash command by user signed with signWith and returns
// the status.
func slash(t *testing.T, addr, signWith, user, text, responseURL string) int {
	t.Helper()
	body := []byte(url.Values{
		"team_id": {slackfake.DefaultIdentity.TeamID}, "user_id": {user}, "channel_id": {"C1"}, "command": {"/netzwerk"},
		"text": {text}, "response_url": {responseURL},
	}.Encode())
	ts, sig := slackapp.Sign(signWith, time.Now(), body)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/commands", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sig)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// pushSlash sends a slash command by user over Socket Mode, once the bot
// is connected.
func pushSlash(t *testing.T, fake *slackfake.Server, user, text, responseURL string) {
	t.Helper()
	if err := fake.WaitConnected(1, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	cmd := slack.SlashCommand{TeamID: slackfake.DefaultIdentity.TeamID, UserID: user, ChannelID: "C1",
		Command: "/netzwerk", Text: text, ResponseURL: responseURL}
	if _, err := fake.Push(slackfake.Envelope{Type: "slash_commands", Payload: cmd, AcceptsResponsePayload: true}); err != nil {
		t.Fatal(err)
	}
}

// reply waits for the post to responseURL and returns its text.
func reply(t *testing.T, fake *slackfake.Server, responseURL string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, p := range fake.ResponsePosts() {
			if p.URL == responseURL {
				return p.Text
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no reply to %s", responseURL)
	return ""
}

func TestRunServesSignedSlashCommandsOverHTTP(t *testing.T) {
	fake := slackfake.New(t)
	b := startBot(t, slackEnv(t, fake, false), strings.NewReader(""))
	hook := fake.NewResponseURL()
	if status := slash(t, b.addr, "wrong secret", "UADMIN", `stakeholder add "Eva Muster"`, hook); status != http.StatusUnauthorized {
		t.Errorf("wrongly signed: %d, want 401", status)
	}
	if status := slash(t, b.addr, testSecret, "UADMIN", `stakeholder add "Eva Muster"`, hook); status != http.StatusOK {
		t.Errorf("signed: %d, want 200", status)
	}
	if text := reply(t, fake, hook); !strings.Contains(text, "Eva Muster") {
		t.Errorf("reply %q", text)
	}
	if status, _ := get(t, "http://"+b.addr+"/readyz"); status != http.StatusOK {
		t.Errorf("readyz: %d", status)
	}
	if c := b.stop(); c != 0 {
		t.Errorf("exit code %d:\n%s", c, b.stderr.String())
	}
	if logs := b.stderr.String(); strings.Contains(logs, testSecret) || strings.Contains(logs, slackfake.BotToken) {
		t.Errorf("a secret reached the log:\n%s", logs)
	}
}

// The console's user id is an admin in the console only: in both Slack
// modes a request as user "console" has no admin rights.
func TestConsoleUserIsNoAdminInSlack(t *testing.T) {
	const grant = "role grant <@UVICTIM01> admin"
	t.Run("http", func(t *testing.T) {
		fake := slackfake.New(t)
		b := startBot(t, slackEnv(t, fake, false), strings.NewReader(""))
		hook := fake.NewResponseURL()
		slash(t, b.addr, testSecret, "console", grant, hook)
		if text := reply(t, fake, hook); !strings.Contains(text, "erfordert die Rolle") {
			t.Errorf("user console granted admin over HTTP: %q", text)
		}
	})
	t.Run("socket", func(t *testing.T) {
		fake := slackfake.New(t)
		startBot(t, slackEnv(t, fake, true), strings.NewReader(""))
		hook := fake.NewResponseURL()
		pushSlash(t, fake, "console", grant, hook)
		if text := reply(t, fake, hook); !strings.Contains(text, "erfordert die Rolle") {
			t.Errorf("user console granted admin over Socket Mode: %q", text)
		}
	})
}

// families are the bot's own metric families that a scrape shows.
var families = []string{
	"netzwerkbot_commands_total", "netzwerkbot_ack_seconds_count", "netzwerkbot_work_queue_depth", "netzwerkbot_work_running",
	"netzwerkbot_outbox_due", "netzwerkbot_outbox_oldest_due_seconds", "netzwerkbot_slack_posts_total",
	"netzwerkbot_slack_rate_limited_total", "netzwerkbot_schedule_slots_total", "netzwerkbot_reviews_open",
	"netzwerkbot_database_errors_total", "go_goroutines", "process_resident_memory_bytes",
}

// A running bot serves /metrics on HTTP_ADDR in both Slack modes, and on
// METRICS_ADDR in the console, with every family documented.
func TestRunningBotServesMetrics(t *testing.T) {
	for _, socket := range []bool{false, true} {
		fake := slackfake.New(t)
		b := startBot(t, slackEnv(t, fake, socket), strings.NewReader(""))
		hook := fake.NewResponseURL()
		if socket {
			pushSlash(t, fake, "UADMIN", "help", hook)
		} else {
			slash(t, b.addr, testSecret, "UADMIN", "help", hook)
		}
		reply(t, fake, hook)
		fake.RateLimitNext("auth.test", 1, 1)
		if status, _ := get(t, "http://"+b.addr+"/readyz"); status != http.StatusOK {
			t.Errorf("readyz after a 429: %d (auth.test is retried)", status)
		}
		got := metricstest.Get(t, "http://"+b.addr+"/metrics")
		for _, f := range families {
			if !got.Has(f) {
				t.Errorf("socket mode %v: /metrics lacks %s", socket, f)
			}
		}
		if got[`netzwerkbot_slack_rate_limited_total{method="auth.test"}`] != 1 {
			t.Errorf("socket mode %v: the 429 of auth.test is not counted", socket)
		}
		if got[`netzwerkbot_commands_total{command="help",outcome="ok"}`] != 1 {
			t.Errorf("socket mode %v: the help command is not counted", socket)
		}
	}

	in, feed := io.Pipe()
	b := startBot(t, map[string]string{"DATA_DIR": t.TempDir(), "LOG_FORMAT": "json", "METRICS_ADDR": "127.0.0.1:0"}, in)
	if _, err := io.WriteString(feed, "stakeholder add Eva\n"); err != nil {
		t.Fatal(err)
	}
	var got metricstest.Samples
	deadline := time.Now().Add(30 * time.Second)
	for got[`netzwerkbot_commands_total{command="stakeholder add",outcome="ok"}`] != 1 && time.Now().Before(deadline) {
		got = metricstest.Get(t, "http://"+b.ops["METRICS_ADDR"]+"/metrics")
		time.Sleep(20 * time.Millisecond)
	}
	if !got.Has("netzwerkbot_outbox_due") || got[`netzwerkbot_commands_total{command="stakeholder add",outcome="ok"}`] != 1 {
		t.Errorf("console metrics: %v", got)
	}
	feed.Close()
	if c := b.stop(); c != 0 {
		t.Errorf("console exit code %d:\n%s", c, b.stderr.String())
	}
}

// /debug/pprof is served only when PPROF_ADDR asks for it, only there, and
// only on a loopback address.
func TestPprofOnlyWhenAskedAndOnLoopback(t *testing.T) {
	fake := slackfake.New(t)
	plain := startBot(t, slackEnv(t, fake, false), strings.NewReader(""))
	if status, _ := get(t, "http://"+plain.addr+"/debug/pprof/"); status != http.StatusNotFound {
		t.Errorf("/debug/pprof on HTTP_ADDR by default: %d, want 404", status)
	}
	if len(plain.ops) != 0 {
		t.Errorf("operator endpoints without being asked: %v", plain.ops)
	}
	plain.stop()

	env := slackEnv(t, fake, false)
	env["PPROF_ADDR"] = "127.0.0.1:0"
	b := startBot(t, env, strings.NewReader(""))
	if status, body := get(t, "http://"+b.ops["PPROF_ADDR"]+"/debug/pprof/"); status != http.StatusOK || !strings.Contains(body, "goroutine") {
		t.Errorf("/debug/pprof on PPROF_ADDR: %d", status)
	}
	if status, _ := get(t, "http://"+b.addr+"/debug/pprof/"); status != http.StatusNotFound {
		t.Errorf("/debug/pprof on HTTP_ADDR with PPROF_ADDR set: %d, want 404", status)
	}
	b.stop()

	for _, addr := range []string{"0.0.0.0:0", ":6060", "192.0.2.1:6060"} {
		env := slackEnv(t, fake, false)
		env["PPROF_ADDR"] = addr
		var stderr syncBuffer
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second) // a bot that starts anyway stops with 0
		code := run(ctx, nil, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, &stderr)
		cancel()
		if code == 0 || !strings.Contains(stderr.String(), "PPROF_ADDR") {
			t.Errorf("PPROF_ADDR=%s: exit %d, %s", addr, code, stderr.String())
		}
	}
}
