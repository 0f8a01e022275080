package slackfake_test

import (
	"errors"
	"net/http"
	"testing"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func TestResponseURLAcceptsFiveUses(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	responseURL := fake.NewResponseURL()
	post := func(options ...slack.MsgOption) error {
		_, _, err := api.PostMessage("", append(options, slack.MsgOptionText("working", false))...)
		return err
	}

	if err := post(slack.MsgOptionResponseURL(responseURL, slack.ResponseTypeEphemeral)); err != nil {
		t.Fatal(err)
	}
	for range slackfake.ResponseURLUses - 1 {
		if err := post(slack.MsgOptionReplaceOriginal(responseURL)); err != nil {
			t.Fatal(err)
		}
	}
	err := post(slack.MsgOptionReplaceOriginal(responseURL))

	if codeErr, ok := errors.AsType[slack.StatusCodeError](err); !ok || codeErr.Code != http.StatusNotFound {
		t.Errorf("sixth use: error = %v, want status 404", err)
	}
	posts := fake.ResponsePosts()
	if len(posts) != 6 {
		t.Fatalf("recorded %d posts, want 6", len(posts))
	}
	first := posts[0]
	if first.URL != responseURL || first.Text != "working" || first.ResponseType != "ephemeral" || first.ReplaceOriginal || first.Status != http.StatusOK {
		t.Errorf("first post %+v", first)
	}
	if !posts[1].ReplaceOriginal {
		t.Errorf("second post %+v, want replace_original", posts[1])
	}
	if last := posts[5]; last.Status != http.StatusNotFound || last.Error != "used_url" {
		t.Errorf("sixth post %+v, want 404 used_url", last)
	}
}

func TestResponseURLsCountSeparately(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	used, fresh := fake.NewResponseURL(), fake.NewResponseURL()
	for range slackfake.ResponseURLUses {
		if _, _, err := api.PostMessage("", slack.MsgOptionResponseURL(used, slack.ResponseTypeInChannel), slack.MsgOptionText("x", false)); err != nil {
			t.Fatal(err)
		}
	}

	_, _, err := api.PostMessage("", slack.MsgOptionDeleteOriginal(fresh))

	if err != nil {
		t.Errorf("fresh URL: %v", err)
	}
	if last := fake.ResponsePosts()[5]; !last.DeleteOriginal || last.URL != fresh {
		t.Errorf("recorded %+v", last)
	}
}

func TestResponseURLUnknown(t *testing.T) {
	fake := slackfake.New(t)

	_, _, err := newClient(fake).PostMessage("", slack.MsgOptionResponseURL(fake.URL()+"/commands/T1/nope", ""), slack.MsgOptionText("x", false))

	if codeErr, ok := errors.AsType[slack.StatusCodeError](err); !ok || codeErr.Code != http.StatusNotFound {
		t.Errorf("error = %v, want status 404", err)
	}
	if got := fake.ResponsePosts()[0].Error; got != "invalid_url" {
		t.Errorf("recorded error %q, want invalid_url", got)
	}
}
