package slackfake_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func TestFailNext(t *testing.T) {
	fake := slackfake.New(t)
	fake.FailNext("chat.postMessage", "channel_not_found", 2)
	api := newClient(fake)

	var errs []error
	for range 3 {
		_, _, err := api.PostMessage("C1", slack.MsgOptionText("x", false))
		errs = append(errs, err)
	}

	for i, err := range errs[:2] {
		if err == nil || err.Error() != "channel_not_found" {
			t.Errorf("call %d: error = %v, want channel_not_found", i, err)
		}
	}
	if errs[2] != nil {
		t.Errorf("call 2: error = %v, want success", errs[2])
	}
	if got := fake.CallsTo("chat.postMessage")[0].Error; got != "channel_not_found" {
		t.Errorf("recorded error %q", got)
	}
	if len(fake.Messages()) != 1 {
		t.Errorf("recorded %d messages, want only the one answered ok", len(fake.Messages()))
	}
}

func TestFailAlwaysUntilCleared(t *testing.T) {
	fake := slackfake.New(t)
	fake.FailAlways(slackfake.AnyMethod, "account_inactive")
	api := newClient(fake)

	for range 3 {
		if _, err := api.AuthTest(); err == nil || err.Error() != "account_inactive" {
			t.Fatalf("error = %v, want account_inactive", err)
		}
	}
	fake.ClearFailures()

	if _, err := api.AuthTest(); err != nil {
		t.Errorf("after ClearFailures: %v", err)
	}
}

func TestRateLimitNext(t *testing.T) {
	fake := slackfake.New(t)
	fake.RateLimitNext("chat.update", 1, 7)
	api := newClient(fake)

	_, _, _, err := api.UpdateMessage("C1", "1.000000", slack.MsgOptionText("x", false))

	rateErr, ok := errors.AsType[*slack.RateLimitedError](err)
	if !ok || rateErr.RetryAfter != 7*time.Second {
		t.Fatalf("error = %v, want *slack.RateLimitedError after 7s", err)
	}
	call := fake.CallsTo("chat.update")[0]
	if call.Status != http.StatusTooManyRequests || call.Error != "ratelimited" {
		t.Errorf("recorded %+v", call)
	}
	if _, _, _, err := api.UpdateMessage("C1", "1.000000", slack.MsgOptionText("x", false)); err == nil || err.Error() != "message_not_found" {
		t.Errorf("second call: error = %v, want the method's own answer", err)
	}
}

func TestRateLimitEvery(t *testing.T) {
	fake := slackfake.New(t)
	fake.RateLimitEvery("auth.test", 3, 1)
	api := newClient(fake)

	var limited []int
	for i := range 7 {
		if _, err := api.AuthTest(); err != nil {
			limited = append(limited, i)
		}
	}

	if len(limited) != 2 || limited[0] != 2 || limited[1] != 5 {
		t.Errorf("limited calls %v, want [2 5]", limited)
	}
}

func TestGetUsersWaitsOutRateLimit(t *testing.T) {
	fake := slackfake.New(t)
	fake.AddUser(slack.User{ID: "U1"})
	fake.RateLimitNext("users.list", 1, 0)

	users, err := newClient(fake).GetUsersContext(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	if len(users) != 1 || len(fake.CallsTo("users.list")) != 2 {
		t.Errorf("got %d users in %d calls, want 1 in 2", len(users), len(fake.CallsTo("users.list")))
	}
}

func TestServerErrorNext(t *testing.T) {
	fake := slackfake.New(t)
	fake.ServerErrorNext("auth.test", 2, http.StatusServiceUnavailable)
	api := newClient(fake)

	for range 2 {
		_, err := api.AuthTest()
		if codeErr, ok := errors.AsType[slack.StatusCodeError](err); !ok || codeErr.Code != http.StatusServiceUnavailable {
			t.Fatalf("error = %v, want status 503", err)
		}
	}

	if _, err := api.AuthTest(); err != nil {
		t.Errorf("third call: %v", err)
	}
}
