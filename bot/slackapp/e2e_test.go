package slackapp_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/slack-go/slack"
)

func TestSlashCommandAddsStakeholder(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.slash(t, e.command(admin, `stakeholder add "Eva Muster" org:"VHS Darmstadt" sector:school`))
		post := e.responses(1)[0]
		if post.ResponseType != "ephemeral" || !strings.Contains(texts(post.Blocks), "Akteur „Eva Muster“ wurde erfasst") ||
			!strings.Contains(post.Text, "Eva Muster") {
			t.Errorf("reply %+v\nblocks %s", post, post.Blocks)
		}
		list := e.stakeholders()
		if len(list) != 1 || list[0].Name != "Eva Muster" || list[0].Org != "VHS Darmstadt" || list[0].Status != "confirmed" || list[0].CreatedBy != admin {
			t.Fatalf("stored %+v", list)
		}
		if got := e.rec.requests()[0]; got.TeamID != team || got.UserID != admin || got.ChannelID != "C0GENERAL" {
			t.Errorf("request to the core %+v", got)
		}
	})
}

func TestShareWordPostsInChannel(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.slash(t, e.command(admin, "help teilen"))
		post := e.responses(1)[0]
		if post.ResponseType != "in_channel" || !strings.Contains(texts(post.Blocks), "Geteilt von @Anna Admin") {
			t.Errorf("shared reply %+v\n%s", post, post.Blocks)
		}
		if line := e.rec.requests()[0].Text; line != "help" {
			t.Errorf("line handed to the core %q, want the share word stripped", line)
		}
	})
}

// buttonPayload is a block_actions interaction for a button with value.
func buttonPayload(e *env, user, value string) map[string]any {
	return map[string]any{
		"type": "block_actions", "team": map[string]any{"id": team}, "user": map[string]any{"id": user},
		"channel": map[string]any{"id": "C0GENERAL"}, "trigger_id": "trig-button", "response_url": e.fake.NewResponseURL(),
		"actions": []map[string]any{{"type": "button", "action_id": "run0", "block_id": "b", "value": value}},
	}
}

func TestButtonRunsItsCommandAsTheClickingUser(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.slash(t, e.command(admin, `stakeholder add Eva`))
		e.responses(1)
		id := e.stakeholders()[0].ID
		// The reply to "stakeholder show" would carry buttons; any button
		// carries its typed command in its value.
		if ack := e.tr.interact(t, buttonPayload(e, admin, "stakeholder edit "+id+" org:Stadtbibliothek")); len(ack) > 0 && string(ack) != "null" {
			t.Errorf("button ack %s, want empty", ack)
		}
		e.waitFor("the edit", func() bool { return e.stakeholders()[0].Org == "Stadtbibliothek" })
		click := buttonPayload(e, member, "stakeholder edit "+id+" org:Hack")
		e.tr.interact(t, click)
		post := e.replyTo(click["response_url"].(string))
		if !strings.Contains(texts(post.Blocks), "Berechtigung") || e.stakeholders()[0].Org != "Stadtbibliothek" {
			t.Errorf("a member's click was not refused: %s", post.Blocks)
		}
		reqs := e.rec.requests()
		if last := reqs[len(reqs)-1]; last.UserID != member || last.TeamID != team {
			t.Errorf("click ran as %+v", last)
		}
	})
}

func TestMenuButtonOpensStakeholderForm(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.slash(t, e.command(admin, ""))
		menu := e.responses(1)[0]
		for _, want := range []string{"Akteur erfassen", "Akteure anzeigen", "Hilfe", "Schule"} {
			if !strings.Contains(texts(menu.Blocks), want) {
				t.Errorf("menu lacks %q: %s", want, menu.Blocks)
			}
		}
		e.tr.interact(t, buttonPayload(e, admin, "stakeholder add"))
		e.waitFor("the form", func() bool { return len(e.fake.Views()) == 1 })
		v := e.fake.Views()[0]
		if v.Method != "views.open" || !strings.Contains(string(v.View), `"callback_id":"stakeholder_add"`) {
			t.Errorf("opened %+v", v)
		}
		if len(e.rec.requests()) != 0 {
			t.Errorf("menu and form reached the core: %+v", e.rec.requests())
		}
	})
}

// submission is a view_submission of the form with callback id and values.
func submission(user, callbackID, metadata string, values map[string]map[string]any) map[string]any {
	return map[string]any{
		"type": "view_submission", "team": map[string]any{"id": team}, "user": map[string]any{"id": user},
		"view": map[string]any{"callback_id": callbackID, "private_metadata": metadata, "state": map[string]any{"values": values}},
	}
}

func TestStakeholderFormSubmission(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		empty := submission(admin, "stakeholder_add", `{"c":"C0GENERAL"}`, map[string]map[string]any{
			"name": {"name": map[string]any{"type": "plain_text_input", "value": "  "}},
		})
		var ack struct {
			ResponseAction string            `json:"response_action"`
			Errors         map[string]string `json:"errors"`
		}
		if err := json.Unmarshal(e.tr.interact(t, empty), &ack); err != nil || ack.ResponseAction != "errors" || ack.Errors["name"] == "" {
			t.Fatalf("empty name: ack %+v, %v", ack, err)
		}
		full := submission(admin, "stakeholder_add", `{"c":"C0GENERAL"}`, map[string]map[string]any{
			"name":     {"name": map[string]any{"type": "plain_text_input", "value": `Eva "die Gute" Muster`}},
			"org":      {"org": map[string]any{"type": "plain_text_input", "value": "VHS Darmstadt"}},
			"sector":   {"sector": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "adult-education"}}},
			"decision": {"decision": map[string]any{"type": "checkboxes", "selected_options": []map[string]any{{"value": "yes"}}}},
		})
		if ack := e.tr.interact(t, full); len(ack) > 0 && string(ack) != "null" {
			t.Errorf("valid submission ack %s, want empty (closes the form)", ack)
		}
		e.waitFor("the stakeholder", func() bool { return len(e.stakeholders()) == 1 })
		s := e.stakeholders()[0]
		if s.Name != `Eva "die Gute" Muster` || s.Org != "VHS Darmstadt" || s.Sector != "adult-education" || !s.DecisionMaker || s.Multiplier {
			t.Errorf("stored %+v", s)
		}
		if got := e.rec.requests()[0].Text; got != `stakeholder add «Eva "die Gute" Muster» org:"VHS Darmstadt" sector:"adult-education" decision:yes` {
			t.Errorf("command line %q", got)
		}
		e.waitFor("the ephemeral reply", func() bool { return len(e.fake.Messages()) == 1 })
		if m := e.fake.Messages()[0]; !m.Ephemeral || m.Channel != "C0GENERAL" || m.User != admin {
			t.Errorf("reply %+v", m)
		}
	})
}

func TestMessageShortcutToCommitmentLine(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.interact(t, map[string]any{
			"type": "message_action", "callback_id": "record_commitment", "trigger_id": "trig-shortcut",
			"team": map[string]any{"id": team}, "user": map[string]any{"id": member}, "channel": map[string]any{"id": "C0GENERAL"},
			"response_url": e.fake.NewResponseURL(),
			"message":      map[string]any{"type": "message", "text": "Ich lade bis Freitag alle Schulen ein", "ts": "1.2"},
		})
		e.waitFor("the form", func() bool { return len(e.fake.Views()) == 1 })
		view := string(e.fake.Views()[0].View)
		for _, want := range []string{`"callback_id":"commit"`, `"initial_user":"` + member + `"`, `"initial_value":"Ich lade bis Freitag alle Schulen ein"`, `"datepicker"`} {
			if !strings.Contains(view, want) {
				t.Errorf("form lacks %s: %s", want, view)
			}
		}
		var opened struct {
			PrivateMetadata string `json:"private_metadata"`
		}
		_ = json.Unmarshal(e.fake.Views()[0].View, &opened)
		e.tr.interact(t, submission(member, "commit", opened.PrivateMetadata, map[string]map[string]any{
			"owner": {"owner": map[string]any{"type": "users_select", "selected_user": admin}},
			"text":  {"text": map[string]any{"type": "plain_text_input", "value": "Ich lade bis Freitag alle Schulen ein"}},
			"due":   {"due": map[string]any{"type": "datepicker", "selected_date": "2027-02-05"}},
		}))
		e.waitFor("the command line", func() bool { return len(e.rec.requests()) == 1 })
		got := e.rec.requests()[0]
		if got.Text != `commit <@UADMIN> "Ich lade bis Freitag alle Schulen ein" due:2027-02-05` || got.UserID != member || got.TeamID != team {
			t.Errorf("request %+v", got)
		}
		e.responses(1) // the reply goes to the message's response_url
	})
}

func TestCommitmentFormErrorsWithoutDate(t *testing.T) {
	e := newEnv(t, "http")
	raw := e.tr.interact(t, submission(member, "commit", "", map[string]map[string]any{
		"owner": {"owner": map[string]any{"type": "users_select", "selected_user": member}},
		"text":  {"text": map[string]any{"type": "plain_text_input", "value": "x"}},
	}))
	var ack slack.ViewSubmissionResponse
	if err := json.Unmarshal(raw, &ack); err != nil || ack.ResponseAction != slack.RAErrors || ack.Errors["due"] == "" || len(ack.Errors) != 1 {
		t.Errorf("ack %s", raw)
	}
	if len(e.rec.requests()) != 0 {
		t.Error("an invalid form reached the core")
	}
}

func TestAppHomePublished(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.slash(t, e.command(admin, `stakeholder add "Eva Muster" user:<@UADMIN> sector:school`))
		e.responses(1)
		e.tr.event(t, map[string]any{
			"type": "event_callback", "team_id": team, "event_id": "EvHOME1",
			"event": map[string]any{"type": "app_home_opened", "user": admin, "channel": "D0ADMIN", "tab": "home"},
		}, 0)
		e.waitFor("the home view", func() bool { return len(e.fake.Views()) == 1 })
		v := e.fake.Views()[0]
		home := texts(v.View)
		for _, want := range []string{"Guten Tag, Anna Admin", "Ihre Ortszeit", "Europe/Berlin", "Ihr Netzwerk", "Eva Muster", "Netzwerk im Überblick (1 Akteur)"} {
			if !strings.Contains(home, want) {
				t.Errorf("home lacks %q:\n%s", want, home)
			}
		}
		if v.Method != "views.publish" || v.UserID != admin || !strings.Contains(string(v.View), `"type":"home"`) {
			t.Errorf("published %+v", v)
		}
	})
}
