package slackfake_test

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

const wait = 5 * time.Second

// runSocketMode runs a slack-go Socket Mode client against the fake until
// the test ends. It acks every request, a slash command with
// {"text":"got <command> <text>"}, and then passes the request on.
func runSocketMode(t *testing.T, fake *slackfake.Server, options ...socketmode.Option) <-chan socketmode.Request {
	t.Helper()
	api := newClient(fake, slack.OptionAppLevelToken(slackfake.AppToken))
	client := socketmode.New(api, options...)
	ctx, cancel := context.WithCancel(context.Background())
	requests := make(chan socketmode.Request, 10)
	var wg sync.WaitGroup
	wg.Go(func() { _ = client.RunContext(ctx) })
	wg.Go(func() { ackRequests(ctx, client, requests) })
	t.Cleanup(func() {
		cancel()
		wg.Wait()
	})
	return requests
}

func ackRequests(ctx context.Context, client *socketmode.Client, requests chan<- socketmode.Request) {
	for {
		select {
		case <-ctx.Done():
			return
		case evt := <-client.Events:
			if evt.Request == nil || evt.Request.EnvelopeID == "" {
				continue
			}
			var payload any
			if cmd, ok := evt.Data.(slack.SlashCommand); ok {
				payload = map[string]string{"text": "got " + cmd.Command + " " + cmd.Text}
			}
			_ = client.Ack(*evt.Request, payload)
			select {
			case requests <- *evt.Request:
			case <-ctx.Done():
				return
			}
		}
	}
}

func receive(t *testing.T, requests <-chan socketmode.Request) socketmode.Request {
	t.Helper()
	select {
	case req := <-requests:
		return req
	case <-time.After(wait):
		t.Fatal("the client received no request")
		return socketmode.Request{}
	}
}

func pushSlashCommand(t *testing.T, fake *slackfake.Server, text string) string {
	t.Helper()
	id, err := fake.Push(slackfake.Envelope{
		Type:                   "slash_commands",
		Payload:                slack.SlashCommand{Command: "/netzwerk", Text: text, UserID: "U1", ResponseURL: fake.NewResponseURL()},
		AcceptsResponsePayload: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestSocketModeAckAndReconnect(t *testing.T) {
	fake := slackfake.New(t)
	requests := runSocketMode(t, fake)
	if err := fake.WaitConnected(1, wait); err != nil {
		t.Fatal(err)
	}

	first := pushSlashCommand(t, fake, "status")
	ack, err := fake.WaitAck(first, wait)
	if err != nil {
		t.Fatal(err)
	}
	req := receive(t, requests)
	if req.EnvelopeID != first || req.Type != "slash_commands" || !req.AcceptsResponsePayload {
		t.Errorf("client received %+v", req)
	}
	var reply struct{ Text string }
	if err := json.Unmarshal(ack.Payload, &reply); err != nil || reply.Text != "got /netzwerk status" {
		t.Errorf("ack payload %s", ack.Payload)
	}
	if ack.Size != len(ack.Raw) || ack.Size == 0 || ack.Latency <= 0 {
		t.Errorf("ack %+v", ack)
	}

	if err := fake.Disconnect(); err != nil {
		t.Fatal(err)
	}
	if err := fake.WaitConnected(2, wait); err != nil {
		t.Fatal(err)
	}
	second := pushSlashCommand(t, fake, "again")
	if _, err := fake.WaitAck(second, wait); err != nil {
		t.Fatal(err)
	}

	if second == first {
		t.Error("two pushes got the same envelope ID")
	}
	opens := fake.CallsTo("apps.connections.open")
	if len(opens) != 2 || opens[0].Token != slackfake.AppToken {
		t.Errorf("apps.connections.open calls %+v, want 2 with the app token", opens)
	}
	if len(fake.Acks()) != 2 {
		t.Errorf("recorded %d acks, want 2", len(fake.Acks()))
	}
}

func TestSocketModeEventRetries(t *testing.T) {
	fake := slackfake.New(t)
	requests := runSocketMode(t, fake)
	if err := fake.WaitConnected(1, wait); err != nil {
		t.Fatal(err)
	}
	event := json.RawMessage(`{"type":"event_callback","team_id":"TFAKE0001","event_id":"Ev1",` +
		`"event":{"type":"app_mention","user":"U1","text":"hi","channel":"C1","ts":"1.000001"}}`)

	for attempt := range 3 {
		reason := ""
		if attempt > 0 {
			reason = "timeout"
		}
		if _, err := fake.Push(slackfake.Envelope{Type: "events_api", Payload: event, RetryAttempt: attempt, RetryReason: reason}); err != nil {
			t.Fatal(err)
		}
	}

	seen := map[string]bool{}
	for attempt := range 3 {
		req := receive(t, requests)
		if req.RetryAttempt != attempt || (attempt > 0 && req.RetryReason != "timeout") || req.AcceptsResponsePayload {
			t.Errorf("delivery %d: %+v", attempt, req)
		}
		var outer slackevents.EventsAPICallbackEvent
		if err := json.Unmarshal(req.Payload, &outer); err != nil || outer.EventID != "Ev1" {
			t.Errorf("delivery %d: payload %s", attempt, req.Payload)
		}
		seen[req.EnvelopeID] = true
	}
	if len(seen) != 3 {
		t.Errorf("%d envelope IDs for 3 deliveries, want 3", len(seen))
	}
}

func TestSocketModePingsKeepConnection(t *testing.T) {
	fake := slackfake.New(t)
	fake.SetPingInterval(20 * time.Millisecond)
	runSocketMode(t, fake, socketmode.OptionPingInterval(300*time.Millisecond))
	if err := fake.WaitConnected(1, wait); err != nil {
		t.Fatal(err)
	}

	time.Sleep(time.Second)

	if n := fake.Connections(); n != 1 {
		t.Errorf("%d connections, want the first one kept alive by pings", n)
	}
}

func TestSocketModeWithoutPingsReconnects(t *testing.T) {
	fake := slackfake.New(t)
	fake.SetPingInterval(0)
	runSocketMode(t, fake, socketmode.OptionPingInterval(100*time.Millisecond))

	if err := fake.WaitConnected(2, wait); err != nil {
		t.Errorf("the client did not reconnect without pings: %v", err)
	}
}

func TestPushWithoutConnection(t *testing.T) {
	fake := slackfake.New(t)

	_, err := fake.Push(slackfake.Envelope{Type: "events_api", Payload: json.RawMessage(`{}`)})

	if !errors.Is(err, slackfake.ErrNotConnected) {
		t.Errorf("Push: error = %v, want ErrNotConnected", err)
	}
	if err := fake.Disconnect(); !errors.Is(err, slackfake.ErrNotConnected) {
		t.Errorf("Disconnect: error = %v, want ErrNotConnected", err)
	}
}

func TestCloseEndsConnections(t *testing.T) {
	fake := slackfake.New(t)
	runSocketMode(t, fake)
	if err := fake.WaitConnected(1, wait); err != nil {
		t.Fatal(err)
	}

	fake.Close()
	fake.Close()

	if _, err := fake.Push(slackfake.Envelope{Type: "events_api"}); !errors.Is(err, slackfake.ErrNotConnected) {
		t.Errorf("Push after Close: error = %v, want ErrNotConnected", err)
	}
}
