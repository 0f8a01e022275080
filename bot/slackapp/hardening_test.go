package slackapp_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
)

// A client that sends its body a byte at a time is cut off after the body
// timeout with 408, signed or not, instead of holding the connection.
func TestSlowBodyIsCutOff(t *testing.T) {
	e := newEnvWith(t, "http", func(o *slackapp.Options) { o.BodyTimeout = 300 * time.Millisecond })
	u, _ := url.Parse(e.tr.(*httpTransport).url)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /slack/commands HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n", u.Host)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if _, err := conn.Write([]byte("a")); err != nil {
					return
				}
			}
		}
	}()
	start := time.Now()
	_ = conn.SetReadDeadline(start.Add(5 * time.Second))
	status, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		t.Fatalf("no answer within 5 s to a body trickling in (%v): the body read is not bounded in time", err)
	}
	if !strings.Contains(status, "408") || time.Since(start) > 2*time.Second {
		t.Errorf("answer %q after %v, want 408 after about 300 ms", strings.TrimSpace(status), time.Since(start))
	}
	if len(e.rec.requests()) != 0 {
		t.Error("the cut-off request ran")
	}
}

// A signed request sent again inside the 5-minute window is refused and
// has no second effect.
func TestReplayedRequestIsRefused(t *testing.T) {
	e := newEnv(t, "http")
	body := slashBody(e.command(admin, "stakeholder add Eva"))
	ts, sig := slackapp.Sign(secret, time.Now(), body)
	base := e.tr.(*httpTransport).url
	var statuses []int
	for range 3 {
		status, _ := post(t, base+"/slack/commands", "application/x-www-form-urlencoded", body, ts, sig, nil)
		statuses = append(statuses, status)
	}
	if statuses[0] != http.StatusOK || statuses[1] != http.StatusUnauthorized || statuses[2] != http.StatusUnauthorized {
		t.Errorf("statuses %v, want 200 then 401 twice", statuses)
	}
	e.responses(1)
	e.app.Wait()
	if n := len(e.stakeholders()); n != 1 {
		t.Errorf("%d stakeholders after sending one command three times, want 1", n)
	}
}

// A survey submission whose metadata claims more ratings than a form can
// hold is dropped without an answer, and a payload with many actions runs
// only the first, as Slack sends one per interaction.
func TestCountsFromPayloadsAreBounded(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		for _, n := range []int{150, 2_000_000} {
			meta := fmt.Sprintf(`{"t":%q,"u":%q,"rv":"r1","cm":"c1","n":%d}`, team, member, n)
			start := time.Now()
			ack := e.tr.interact(t, submission(member, "review_survey", meta, nil))
			if len(ack) > 0 && string(ack) != "null" || time.Since(start) > time.Second {
				t.Errorf("n=%d: ack of %d bytes after %v, want an empty ack at once", n, len(ack), time.Since(start))
			}
		}
		click := buttonPayload(e, admin, "stakeholder add Eva")
		actions := make([]map[string]any, 200)
		for i := range actions {
			actions[i] = map[string]any{"type": "button", "action_id": fmt.Sprintf("run%d", i), "block_id": "b", "value": fmt.Sprintf("stakeholder add Eva%d", i)}
		}
		click["actions"] = actions
		e.tr.interact(t, click)
		e.waitFor("the first action's reply", func() bool { return len(e.fake.ResponsePosts()) >= 1 })
		e.app.Wait()
		if reqs := e.rec.requests(); len(reqs) != 1 || reqs[0].Text != "stakeholder add Eva0" {
			t.Errorf("200 actions ran %d command lines, want only the first", len(reqs))
		}
	})
}

// The response_url of a reply that cannot be posted is not in the log.
func TestFailedReplyDoesNotLogTheResponseURL(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		cmd := e.command(admin, "help")
		cmd.ResponseURL = "http://127.0.0.1:1/commands/TFAKE0001/1234567890/SeCrEtHoOkToKeN"
		e.tr.slash(t, cmd)
		e.waitFor("the failure in the log", func() bool { return strings.Contains(e.logs.String(), "posting a reply") })
		logs := e.logs.String()
		for _, secret := range []string{"SeCrEtHoOkToKeN", "/commands/TFAKE0001/1234567890"} {
			if strings.Contains(logs, secret) {
				t.Errorf("the log holds the response_url (%s):\n%s", secret, logs)
			}
		}
		if !strings.Contains(logs, "[response_url]") {
			t.Errorf("the failure is not logged with the URL redacted:\n%s", logs)
		}
	})
}

// With every worker busy and the queue full, further commands are still
// acked at once and asked to retry; no more run at once than the workers.
func TestWorkAfterAckIsBounded(t *testing.T) {
	bothModesWith(t, func(o *slackapp.Options) { o.Workers, o.Queue = 2, 2 }, func(t *testing.T, e *env) {
		e.rec.gate = make(chan struct{})
		release := sync.OnceFunc(func() { close(e.rec.gate) })
		t.Cleanup(release) // before the app's clean-up waits for the work
		var busy int
		for i := range 7 {
			latency, ack := e.tr.slashAck(t, e.command(admin, fmt.Sprintf("stakeholder add Eva%d", i)))
			if latency >= 3*time.Second {
				t.Fatalf("ack %d took %v", i, latency)
			}
			var msg struct {
				Text         string `json:"text"`
				ResponseType string `json:"response_type"`
			}
			_ = json.Unmarshal(ack, &msg)
			if strings.Contains(msg.Text, "ausgelastet") && msg.ResponseType == "ephemeral" {
				busy++
			}
		}
		e.waitFor("two workers running", func() bool { return e.rec.concurrency() >= 2 })
		release()
		e.app.Wait()
		if busy != 3 || len(e.rec.requests()) != 4 || e.rec.concurrency() != 2 {
			t.Errorf("%d asked to retry, %d run, at most %d at once; want 3, 4 and 2", busy, len(e.rec.requests()), e.rec.concurrency())
		}
		if n := len(e.stakeholders()); n != 4 {
			t.Errorf("%d stakeholders, want the 4 admitted", n)
		}
	})
}

// A workspace id not in Slack's form is refused and reaches no handler.
func TestMalformedTeamIDIsRefused(t *testing.T) {
	long := "T" + strings.Repeat("A", 100_000)
	for _, bad := range []string{long, "t0lower", "TFAKE/0001", ""} {
		e := newEnv(t, "http")
		cmd := e.command(admin, "stakeholder add Eva")
		cmd.TeamID = bad
		status, _ := postSigned(t, e.tr.(*httpTransport).url+"/slack/commands", "application/x-www-form-urlencoded", slashBody(cmd), nil)
		if status != http.StatusBadRequest {
			t.Errorf("team id of %d characters: status %d, want 400", len(bad), status)
		}
		click := buttonPayload(e, admin, "stakeholder add Eva")
		click["team"] = map[string]any{"id": bad}
		raw, _ := json.Marshal(click)
		if status, _ := postSigned(t, e.tr.(*httpTransport).url+"/slack/interactions", "application/x-www-form-urlencoded",
			[]byte(url.Values{"payload": {string(raw)}}.Encode()), nil); status != http.StatusBadRequest {
			t.Errorf("interaction with team id of %d characters: status %d, want 400", len(bad), status)
		}
		e.app.Wait()
		if len(e.rec.requests()) != 0 {
			t.Errorf("team id of %d characters reached the core", len(bad))
		}
	}
	e := newEnv(t, "socket")
	cmd := e.command(admin, "stakeholder add Eva")
	cmd.TeamID = long
	e.tr.slash(t, cmd)
	e.tr.slash(t, e.command(admin, "help")) // acks come in order: the first was handled
	e.responses(1)
	e.app.Wait()
	if reqs := e.rec.requests(); len(reqs) != 1 || reqs[0].Text != "help" {
		t.Errorf("over Socket Mode the core saw %+v, want only help", reqs)
	}
}

// A reply answered 429 by the Web API is posted again after Retry-After.
func TestReplyRetriesAfterRateLimit(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.fake.RateLimitNext("chat.postEphemeral", 1, 1)
		e.tr.event(t, map[string]any{"type": "event_callback", "team_id": team, "event_id": "EvRL1",
			"event": map[string]any{"type": "app_mention", "user": admin, "text": "<@UBOT00001> help", "channel": "C1"}}, 0)
		e.waitFor("the reply after the 429", func() bool { return len(e.fake.Messages()) == 1 })
		if n := len(e.fake.CallsTo("chat.postEphemeral")); n != 2 {
			t.Errorf("chat.postEphemeral called %d times, want 2 (429, then the retry)", n)
		}
	})
}

// A request that waited longer than QueueWait for a worker is not run: its
// user is asked to retry, so an overloaded bot does not answer minutes
// late.
func TestLongWaitForAWorkerAsksToRetry(t *testing.T) {
	bothModesWith(t, func(o *slackapp.Options) { o.Workers, o.Queue, o.QueueWait = 1, 1, 200*time.Millisecond }, func(t *testing.T, e *env) {
		e.rec.gate = make(chan struct{})
		release := sync.OnceFunc(func() { close(e.rec.gate) })
		t.Cleanup(release)
		e.tr.slash(t, e.command(admin, "stakeholder add Eva"))
		e.waitFor("the first command running", func() bool { return e.rec.concurrency() == 1 })
		late := e.command(admin, "stakeholder add Paul")
		e.tr.slash(t, late)
		time.Sleep(300 * time.Millisecond) // longer than QueueWait: the point of the test
		release()
		if text := texts(e.replyTo(late.ResponseURL).Blocks); !strings.Contains(text, "ausgelastet") {
			t.Errorf("reply to the late command: %s", text)
		}
		e.app.Wait()
		if reqs := e.rec.requests(); len(reqs) != 1 {
			t.Errorf("%d commands ran, want only the first", len(reqs))
		}
	})
}
