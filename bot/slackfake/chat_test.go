package slackfake_test

import (
	"encoding/json"
	"testing"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func TestPostMessageRecordsMessage(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	section := slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, "*hi*", false, false), nil, nil)

	channel, ts, err := api.PostMessage("C1", slack.MsgOptionText("hello", false), slack.MsgOptionBlocks(section), slack.MsgOptionTS("1.000001"))
	if err != nil {
		t.Fatal(err)
	}

	if channel != "C1" || ts == "" {
		t.Errorf("PostMessage = %q, %q", channel, ts)
	}
	msgs := fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("recorded %d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if m.Channel != "C1" || m.TS != ts || m.Text != "hello" || m.ThreadTS != "1.000001" || m.Ephemeral {
		t.Errorf("recorded %+v", m)
	}
	var blocks []map[string]any
	if err := json.Unmarshal(m.Blocks, &blocks); err != nil || len(blocks) != 1 || blocks[0]["type"] != "section" {
		t.Errorf("blocks = %s, want one section", m.Blocks)
	}
}

func TestPostMessageTimestampsIncrease(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	var last string
	for range 20 {
		_, ts, err := api.PostMessage("C1", slack.MsgOptionText("x", false))
		if err != nil {
			t.Fatal(err)
		}
		if ts <= last {
			t.Fatalf("ts %q after %q, want increasing", ts, last)
		}
		last = ts
	}
}

func TestPostMessageValidation(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	tests := []struct {
		name    string
		channel string
		options []slack.MsgOption
		want    string
	}{
		{"no channel", "", []slack.MsgOption{slack.MsgOptionText("x", false)}, "channel_not_found"},
		{"no text", "C1", nil, "no_text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := api.PostMessage(tt.channel, tt.options...)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v, want %s", err, tt.want)
			}
		})
	}
	if len(fake.Messages()) != 0 {
		t.Error("a refused message was recorded")
	}
}

func TestPostEphemeral(t *testing.T) {
	fake := slackfake.New(t)

	ts, err := newClient(fake).PostEphemeral("C1", "U1", slack.MsgOptionText("only you", false))
	if err != nil {
		t.Fatal(err)
	}

	m := fake.Messages()[0]
	if !m.Ephemeral || m.User != "U1" || m.Channel != "C1" || m.TS != ts || m.Text != "only you" {
		t.Errorf("recorded %+v", m)
	}
}

func TestUpdateMessage(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	_, ts, err := api.PostMessage("C1", slack.MsgOptionText("before", false))
	if err != nil {
		t.Fatal(err)
	}

	if _, _, _, err := api.UpdateMessage("C1", ts, slack.MsgOptionText("after", false)); err != nil {
		t.Fatal(err)
	}
	_, _, _, err = api.UpdateMessage("C1", "1.000000", slack.MsgOptionText("lost", false))

	if err == nil || err.Error() != "message_not_found" {
		t.Errorf("update of an unknown ts: error = %v, want message_not_found", err)
	}
	m := fake.Messages()[0]
	if m.Text != "after" || m.Updates != 1 {
		t.Errorf("after update: %+v", m)
	}
}

func TestPostEphemeralCannotBeUpdated(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	ts, err := api.PostEphemeral("C1", "U1", slack.MsgOptionText("x", false))
	if err != nil {
		t.Fatal(err)
	}

	_, _, _, err = api.UpdateMessage("C1", ts, slack.MsgOptionText("y", false))

	if err == nil || err.Error() != "message_not_found" {
		t.Errorf("error = %v, want message_not_found", err)
	}
}

func TestConversationsOpenIsStablePerUser(t *testing.T) {
	fake := slackfake.New(t)
	anna := fake.AddUser(slack.User{Name: "anna"})
	ben := fake.AddUser(slack.User{Name: "ben"})
	api := newClient(fake)
	open := func(users ...string) (*slack.Channel, bool) {
		t.Helper()
		ch, _, already, err := api.OpenConversation(&slack.OpenConversationParameters{Users: users, ReturnIM: true})
		if err != nil {
			t.Fatal(err)
		}
		return ch, already
	}

	first, alreadyFirst := open(anna)
	again, alreadyAgain := open(anna)
	other, _ := open(ben)
	group, _ := open(ben, anna)

	if first.ID == "" || first.ID != again.ID || first.ID[0] != 'D' {
		t.Errorf("DM IDs %q then %q, want the same D… ID", first.ID, again.ID)
	}
	if alreadyFirst || !alreadyAgain {
		t.Errorf("already_open = %v then %v, want false then true", alreadyFirst, alreadyAgain)
	}
	if other.ID == first.ID || group.ID[0] != 'G' {
		t.Errorf("ben's DM %q, group %q", other.ID, group.ID)
	}
	if !first.IsIM || first.User != anna {
		t.Errorf("DM = %+v, want an IM with %s", first, anna)
	}
	if _, _, _, err := api.OpenConversation(&slack.OpenConversationParameters{Users: []string{"UNKNOWN"}}); err == nil || err.Error() != "user_not_found" {
		t.Errorf("unknown user: error = %v, want user_not_found", err)
	}
}

func TestPostMessageToUserGoesToDM(t *testing.T) {
	fake := slackfake.New(t)
	anna := fake.AddUser(slack.User{Name: "anna"})
	api := newClient(fake)
	dm, _, _, err := api.OpenConversation(&slack.OpenConversationParameters{Users: []string{anna}})
	if err != nil {
		t.Fatal(err)
	}

	channel, _, err := api.PostMessage(anna, slack.MsgOptionText("hi", false))
	if err != nil {
		t.Fatal(err)
	}

	if channel != dm.ID || fake.Messages()[0].Channel != dm.ID {
		t.Errorf("posted to %q, recorded in %q, want the DM %q", channel, fake.Messages()[0].Channel, dm.ID)
	}
}
