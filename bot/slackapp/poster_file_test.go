package slackapp

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
)

// PostFile shares into a channel as it is and into a user's DM, which it
// opens first; Slack's refusals come back as errors.
func TestPosterPostFile(t *testing.T) {
	fake := slackfake.New(t)
	p := Poster{Client: slack.New(slackfake.BotToken, slack.OptionAPIURL(fake.APIURL()))}
	ctx := context.Background()
	fake.AddUser(slack.User{ID: "U0COORD", Name: "coord"})
	f := outbox.File{Name: "trend.png", Title: "Gesamtbewertung im Verlauf", Content: []byte("\x89PNG\r\n")}
	for _, to := range []string{"C0REVIEW", "U0COORD"} {
		if _, err := p.PostFile(ctx, to, "Verlauf", f); err != nil {
			t.Fatalf("to %s: %v", to, err)
		}
	}
	files := fake.Files()
	if len(files) != 2 {
		t.Fatalf("%d files shared, want 2", len(files))
	}
	if files[0].Channels[0] != "C0REVIEW" || !strings.HasPrefix(files[1].Channels[0], "D") {
		t.Errorf("shared into %v and %v, want C0REVIEW and a DM", files[0].Channels, files[1].Channels)
	}
	for _, got := range files {
		if got.Title != f.Title || got.InitialComment != "Verlauf" || !bytes.Equal(got.Content, f.Content) {
			t.Errorf("shared %+v", got)
		}
	}
	fake.FailNext("files.completeUploadExternal", "channel_not_found", 1)
	if _, err := p.PostFile(ctx, "C0GONE", "Verlauf", f); err == nil {
		t.Error("a refused upload returned no error")
	}
}
