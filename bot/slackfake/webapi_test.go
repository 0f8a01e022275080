package slackfake_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func TestAuthTestReportsIdentity(t *testing.T) {
	fake := slackfake.New(t)
	fake.SetIdentity(slackfake.Identity{TeamID: "T42", TeamName: "acme", BotUserID: "U42", BotUserName: "bot", BotID: "B42", AppID: "A42"})
	before := time.Now()

	resp, err := newClient(fake).AuthTest()
	if err != nil {
		t.Fatal(err)
	}

	if resp.TeamID != "T42" || resp.UserID != "U42" || resp.BotID != "B42" || resp.Team != "acme" {
		t.Errorf("auth.test = %+v, want the identity set", resp)
	}
	calls := fake.CallsTo("auth.test")
	if len(calls) != 1 {
		t.Fatalf("recorded %d auth.test calls, want 1", len(calls))
	}
	c := calls[0]
	if c.Token != slackfake.BotToken || c.Status != http.StatusOK || c.Error != "" || c.Time.Before(before) {
		t.Errorf("recorded %+v", c)
	}
	if c.Form.Has("token") {
		t.Error("the token is left in the recorded form")
	}
}

func TestTokenChecks(t *testing.T) {
	fake := slackfake.New(t)
	fake.AddToken("xoxp-user")
	tests := []struct {
		name, token, method, wantErr string
	}{
		{"missing", "", "auth.test", "not_authed"},
		{"unknown", "xoxb-wrong", "auth.test", "invalid_auth"},
		{"added", "xoxp-user", "auth.test", ""},
		{"app token on a bot method", slackfake.AppToken, "auth.test", "not_allowed_token_type"},
		{"bot token on apps.connections.open", slackfake.BotToken, "apps.connections.open", "not_allowed_token_type"},
		{"unknown method", slackfake.BotToken, "chat.doesNotExist", "unknown_method"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := postForm(t, fake.APIURL()+tt.method, url.Values{"token": {tt.token}})
			if got != tt.wantErr {
				t.Errorf("error = %q, want %q", got, tt.wantErr)
			}
		})
	}
}

func TestBearerTokenAndQuery(t *testing.T) {
	fake := slackfake.New(t)
	req, err := http.NewRequest(http.MethodGet, fake.APIURL()+"users.list?limit=3", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+slackfake.BotToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	c := fake.CallsTo("users.list")[0]
	if c.Token != slackfake.BotToken || c.Param("limit") != "3" || c.Error != "" {
		t.Errorf("recorded %+v", c)
	}
}

func TestInvalidJSONBody(t *testing.T) {
	fake := slackfake.New(t)
	resp, err := http.Post(fake.APIURL()+"views.publish", "application/json", strings.NewReader("{"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	if got := fake.CallsTo("views.publish")[0].Error; got != "invalid_json" {
		t.Errorf("error = %q, want invalid_json", got)
	}
}

// postForm posts values to a Web API URL and returns the error answered.
func postForm(t *testing.T, apiURL string, values url.Values) string {
	t.Helper()
	resp, err := http.PostForm(apiURL, values)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var answer slack.SlackResponse
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		t.Fatal(err)
	}
	return answer.Error
}
