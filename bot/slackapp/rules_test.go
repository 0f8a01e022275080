package slackapp_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
)

func commandBody(e *env, text string) []byte {
	return []byte(url.Values{
		"team_id": {team}, "user_id": {admin}, "channel_id": {"C0GENERAL"}, "command": {"/netzwerk"},
		"text": {text}, "response_url": {e.fake.NewResponseURL()},
	}.Encode())
}

func TestBadSignatureOrOldTimestampIs401AndStoresNothing(t *testing.T) {
	e := newEnv(t, "http")
	base := e.tr.(*httpTransport).url
	body := commandBody(e, "stakeholder add Eva")
	ts, sig := slackapp.Sign(secret, time.Now(), body)
	_, wrongSig := slackapp.Sign("another secret", time.Now(), body)
	oldTS, oldSig := slackapp.Sign(secret, time.Now().Add(-6*time.Minute), body)
	tampered := []byte(strings.Replace(string(body), "Eva", "Evil", 1))
	cases := map[string]struct {
		ts, sig string
		body    []byte
	}{
		"wrong secret":         {ts, wrongSig, body},
		"6 minutes old":        {oldTS, oldSig, body},
		"body changed":         {ts, sig, tampered},
		"no signature":         {ts, "", body},
		"timestamp not number": {"soon", sig, body},
	}
	for name, c := range cases {
		for _, path := range []string{"/slack/commands", "/slack/events", "/slack/interactions"} {
			if status, _ := post(t, base+path, "application/x-www-form-urlencoded", c.body, c.ts, c.sig, nil); status != http.StatusUnauthorized {
				t.Errorf("%s to %s: status %d, want 401", name, path, status)
			}
		}
	}
	time.Sleep(100 * time.Millisecond)
	if len(e.rec.requests()) != 0 || len(e.stakeholders()) != 0 || len(e.fake.ResponsePosts()) != 0 {
		t.Errorf("a rejected request had an effect: %d lines, %d stakeholders", len(e.rec.requests()), len(e.stakeholders()))
	}
	if status, _ := post(t, base+"/slack/commands", "application/x-www-form-urlencoded", body, ts, sig, nil); status != http.StatusOK {
		t.Fatalf("correctly signed: %d", status)
	}
	e.responses(1)
}

func TestURLVerification(t *testing.T) {
	e := newEnv(t, "http")
	status, body := postSigned(t, e.tr.(*httpTransport).url+"/slack/events", "application/json",
		[]byte(`{"type":"url_verification","token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}`), nil)
	if status != http.StatusOK || !strings.Contains(string(body), `"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"`) {
		t.Errorf("url_verification: %d %s", status, body)
	}
}

func TestAckComesBeforeSlowWork(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.rec.delay = 5 * time.Second
		latency := e.tr.slash(t, e.command(admin, "stakeholder add Eva"))
		if latency >= 3*time.Second {
			t.Fatalf("ack took %v; Slack gives up after 3 s", latency)
		}
		if len(e.fake.ResponsePosts()) != 0 {
			t.Fatal("reply before the slow work finished")
		}
		e.responses(1)
		if len(e.stakeholders()) != 1 {
			t.Error("the slow command had no effect")
		}
	})
}

// dmEvent is a message.im event with the given id.
func dmEvent(eventID, user, text string, extra map[string]any) map[string]any {
	ev := map[string]any{"type": "message", "channel_type": "im", "channel": "D0" + user, "user": user, "text": text, "ts": "1.1"}
	for k, v := range extra {
		ev[k] = v
	}
	return map[string]any{"type": "event_callback", "team_id": team, "event_id": eventID, "event": ev}
}

func TestEventDeliveredThreeTimesHasOneEffect(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		ev := dmEvent("Ev0DEDUPE1", admin, "stakeholder add Eva", nil)
		e.tr.event(t, ev, 0)
		e.tr.event(t, ev, 1)
		e.tr.event(t, ev, 2)
		e.waitFor("the reply", func() bool { return len(e.fake.Messages()) >= 1 })
		time.Sleep(300 * time.Millisecond)
		if n := len(e.stakeholders()); n != 1 {
			t.Errorf("%d stakeholders, want 1", n)
		}
		if msgs := e.fake.Messages(); len(msgs) != 1 || msgs[0].Ephemeral || msgs[0].Channel != "D0"+admin {
			t.Errorf("replies %+v, want one message in the DM", msgs)
		}
		if n := len(e.rec.requests()); n != 1 {
			t.Errorf("the core ran %d times", n)
		}
	})
}

func TestBotsAndOwnMessagesAreIgnored(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.event(t, dmEvent("Ev1", "UBOT00001", "stakeholder add Bot", map[string]any{"bot_id": "BBOT00001"}), 0)
		e.tr.event(t, dmEvent("Ev2", "UOTHERBOT", "stakeholder add Other", map[string]any{"bot_id": "B0OTHER", "subtype": "bot_message"}), 0)
		e.tr.event(t, dmEvent("Ev3", admin, "stakeholder add Edit", map[string]any{"subtype": "message_changed"}), 0)
		e.tr.event(t, map[string]any{"type": "event_callback", "team_id": team, "event_id": "Ev4",
			"event": map[string]any{"type": "app_mention", "user": "UBOT00001", "bot_id": "BBOT00001", "text": "<@UBOT00001> stakeholder add Me", "channel": "C1"}}, 0)
		e.tr.event(t, map[string]any{"type": "event_callback", "team_id": team, "event_id": "Ev5",
			"event": map[string]any{"type": "app_mention", "user": admin, "text": "<@UBOT00001> stakeholder add Mentioned", "channel": "C1"}}, 0)
		e.waitFor("the mention's reply", func() bool { return len(e.fake.Messages()) == 1 })
		time.Sleep(200 * time.Millisecond)
		reqs := e.rec.requests()
		if len(reqs) != 1 || reqs[0].Text != "stakeholder add Mentioned" {
			t.Errorf("the core saw %+v, want only the user's mention", reqs)
		}
		if m := e.fake.Messages()[0]; !m.Ephemeral || m.User != admin || m.Channel != "C1" {
			t.Errorf("mention reply %+v", m)
		}
	})
}

func TestLongRepliesAreSplitNeverRejected(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		items := make([]string, 300)
		for i := range items {
			items[i] = fmt.Sprintf("Eintrag %03d · %s", i, strings.Repeat("Volkshochschule ", 4))
		}
		paras := make([]bot.Block, 0, 70)
		for i := range 70 {
			paras = append(paras, bot.Paragraph{Text: "Absatz " + strconv.Itoa(i)})
		}
		long := bot.Reply{Blocks: append([]bot.Block{bot.Header{Text: strings.Repeat("Titel ", 40)}, bot.List{Items: items},
			bot.Paragraph{Text: strings.Repeat("<&> ", 1000)}}, paras...)}
		e.rec.reply = &long
		e.tr.slash(t, e.command(admin, "stakeholder list"))
		e.waitFor("all parts", func() bool {
			n := 0
			for _, p := range e.fake.ResponsePosts() {
				if strings.Contains(string(p.Blocks), "Absatz 69") {
					n++
				}
			}
			return n == 1
		})
		all := ""
		for _, p := range e.fake.ResponsePosts() {
			if p.Status != http.StatusOK {
				t.Errorf("the fake rejected a part: %d %s", p.Status, p.Error)
			}
			all += texts(p.Blocks)
		}
		if len(e.fake.ResponsePosts()) < 2 {
			t.Errorf("%d messages, want the reply split", len(e.fake.ResponsePosts()))
		}
		for _, want := range []string{"Eintrag 000", "Eintrag 299", "Absatz 0", "Absatz 69"} {
			if !strings.Contains(all, want) {
				t.Errorf("split reply lost %q", want)
			}
		}
	})
}

func TestUserTextIsEscaped(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.slash(t, e.command(admin, `stakeholder add "<!channel> & <@U0VICTIM> <https://evil.example|klick>" share`))
		post := e.responses(1)[0]
		raw := strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(string(post.Body))
		for _, bad := range []string{"<!channel>", "<@U0VICTIM>", "<https://"} {
			if strings.Contains(raw, bad) {
				t.Errorf("reply contains %s unescaped: %s", bad, raw)
			}
		}
		if !strings.Contains(texts(post.Blocks), "&lt;!channel&gt; &amp; &lt;@U0VICTIM&gt;") || !strings.Contains(post.Text, "&lt;!channel&gt;") {
			t.Errorf("escaped text missing: %s / %s", post.Blocks, post.Text)
		}
	})
}

func TestSocketModeReconnectsAfterDisconnect(t *testing.T) {
	e := newEnv(t, "socket")
	if err := e.fake.Disconnect(); err != nil {
		t.Fatal(err)
	}
	if err := e.fake.WaitConnected(2, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	e.tr.slash(t, e.command(admin, "stakeholder add Eva"))
	e.responses(1)
	if len(e.stakeholders()) != 1 {
		t.Error("no effect after the reconnect")
	}
}

func TestHealthAndReadiness(t *testing.T) {
	e := newEnv(t, "http")
	base := e.tr.(*httpTransport).url
	get := func(path string) int {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if get("/healthz") != http.StatusOK || get("/readyz") != http.StatusOK {
		t.Fatal("healthz or readyz not 200")
	}
	e.fake.FailAlways("auth.test", "invalid_auth")
	if s := get("/readyz"); s != http.StatusServiceUnavailable {
		t.Errorf("readyz with a rejected token: %d", s)
	}
	if get("/healthz") != http.StatusOK {
		t.Error("healthz depends on Slack")
	}
	e.fake.ClearFailures()
	_ = e.store.Close(context.Background())
	if s := get("/readyz"); s != http.StatusServiceUnavailable {
		t.Errorf("readyz with the database closed: %d", s)
	}
}

func TestUserInfoIsCached(t *testing.T) {
	e := newEnv(t, "http")
	for i := range 3 {
		e.tr.event(t, map[string]any{"type": "event_callback", "team_id": team, "event_id": "EvH" + strconv.Itoa(i),
			"event": map[string]any{"type": "app_home_opened", "user": member, "tab": "home"}}, 0)
		e.waitFor("the home view", func() bool { return len(e.fake.Views()) == i+1 })
	}
	if n := len(e.fake.CallsTo("users.info")); n != 1 {
		t.Errorf("users.info called %d times for three Home views, want 1 (cached)", n)
	}
	if home := texts(e.fake.Views()[2].View); !strings.Contains(home, "Max Mitglied") || !strings.Contains(home, "America/New_York") {
		t.Errorf("home %s", home)
	}
}

func TestOldEventRecordsAreCleanedUpAfterTheRetryWindow(t *testing.T) {
	e := newEnv(t, "http")
	start := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := start
	now := func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }
	app := slackapp.New(slackapp.Options{Core: e.core, Store: e.store, Slack: fakeClient(e.fake), Log: zerolog.Nop(), Now: now})
	ctx := context.Background()
	if first, err := e.store.Team(team).ClaimEvent(ctx, "EvOLD", start); !first || err != nil {
		t.Fatal(first, err)
	}
	cleanAt := func(d time.Duration) bool {
		mu.Lock()
		clock = start.Add(d)
		mu.Unlock()
		runCtx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { app.RunCleanup(runCtx, time.Hour); close(done) }()
		time.Sleep(200 * time.Millisecond) // the first clean-up runs at once
		cancel()
		<-done
		again, err := e.store.Team(team).ClaimEvent(ctx, "EvOLD", start)
		if err != nil {
			t.Fatal(err)
		}
		return again
	}
	if cleanAt(6 * time.Minute) {
		t.Fatal("the record was gone 6 minutes later, inside a retry's reach")
	}
	if !cleanAt(61 * time.Minute) {
		t.Fatal("the record was not cleaned up after an hour")
	}
}
