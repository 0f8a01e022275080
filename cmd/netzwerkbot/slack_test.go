package main

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
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

var listening = regexp.MustCompile(`"addr":"([0-9.:]+)"`)

func TestRunServesSignedSlashCommandsOverHTTP(t *testing.T) {
	fake := slackfake.New(t)
	const secret = "run-test-signing-secret"
	env := map[string]string{
		"DATA_DIR": t.TempDir(), "LOG_FORMAT": "json", "LOG_LEVEL": "debug", "BOT_ADMINS": "UADMIN",
		"SLACK_SIGNING_SECRET": secret, "SLACK_BOT_TOKEN": slackfake.BotToken, "SLACK_API_URL": fake.APIURL(),
		"HTTP_ADDR": "127.0.0.1:0",
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, nil, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	var addr string
	deadline := time.Now().Add(60 * time.Second)
	for addr == "" {
		if m := listening.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
		} else if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no listening address logged:\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}

	body := []byte(url.Values{
		"team_id": {slackfake.DefaultIdentity.TeamID}, "user_id": {"UADMIN"}, "channel_id": {"C1"}, "command": {"/netzwerk"},
		"text": {`stakeholder add "Eva Muster"`}, "response_url": {fake.NewResponseURL()},
	}.Encode())
	send := func(signWith string) int {
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
	if status := send("wrong secret"); status != http.StatusUnauthorized {
		t.Errorf("wrongly signed: %d, want 401", status)
	}
	if status := send(secret); status != http.StatusOK {
		t.Errorf("signed: %d, want 200", status)
	}
	for len(fake.ResponsePosts()) == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if posts := fake.ResponsePosts(); len(posts) != 1 || !strings.Contains(posts[0].Text, "Eva Muster") {
		t.Errorf("replies %+v", posts)
	}
	if resp, err := http.Get("http://" + addr + "/readyz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("readyz: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}

	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit code %d:\n%s", c, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("run did not stop after cancel")
	}
	if logs := stderr.String(); strings.Contains(logs, secret) || strings.Contains(logs, slackfake.BotToken) {
		t.Errorf("a secret reached the log:\n%s", logs)
	}
}
