package slackapp_test

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCommandsWithoutArgumentsOpenTheirForm(t *testing.T) {
	e := newEnv(t, "http")
	for i, c := range []struct{ text, callback string }{
		{"akteur neu", "stakeholder_add"},
		{"Stakeholder Add", "stakeholder_add"},
		{"committee add", "committee_add"},
		{"commit", "commit"},
	} {
		e.tr.slash(t, e.command(member, c.text))
		e.waitFor(c.text, func() bool { return len(e.fake.Views()) == i+1 })
		if v := e.fake.Views()[i]; !strings.Contains(string(v.View), `"callback_id":"`+c.callback+`"`) {
			t.Errorf("%q opened %s", c.text, v.View)
		}
	}
	if len(e.rec.requests()) != 0 {
		t.Errorf("form commands reached the core: %+v", e.rec.requests())
	}
}

func TestCommitteeFormOffersKindsAndPurposes(t *testing.T) {
	e := newEnv(t, "http")
	e.tr.slash(t, e.command(admin, "gremium neu"))
	e.waitFor("the form", func() bool { return len(e.fake.Views()) == 1 })
	view := texts(e.fake.Views()[0].View)
	for _, want := range []string{"Gremium anlegen", "Lenkungsgruppe", "Bestandsgremium", "Vernetzung", "Kooperation"} {
		if !strings.Contains(view, want) {
			t.Errorf("form lacks %q:\n%s", want, view)
		}
	}
	raw := e.tr.interact(t, submission(admin, "committee_add", "", map[string]map[string]any{
		"name": {"name": map[string]any{"type": "plain_text_input", "value": "Steuerungsgruppe"}},
	}))
	var ack struct {
		ResponseAction string            `json:"response_action"`
		Errors         map[string]string `json:"errors"`
	}
	if err := json.Unmarshal(raw, &ack); err != nil || ack.ResponseAction != "errors" || ack.Errors["kind"] == "" || ack.Errors["purpose"] == "" {
		t.Errorf("ack without kind and purpose %s", raw)
	}
	if len(e.rec.requests()) != 0 {
		t.Error("an invalid form reached the core")
	}
}

func TestCommitteeFormSubmission(t *testing.T) {
	e := newEnv(t, "http")
	e.tr.interact(t, submission(admin, "committee_add", `{"c":"C0GENERAL"}`, map[string]map[string]any{
		"name":    {"name": map[string]any{"type": "plain_text_input", "value": "Ziele „abstimmen“"}},
		"kind":    {"kind": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "steering"}}},
		"purpose": {"purpose": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "networking"}}},
	}))
	e.waitFor("the line", func() bool { return len(e.rec.requests()) == 1 })
	if got := e.rec.requests()[0].Text; got != `committee add «Ziele „abstimmen“» kind:"steering" purpose:"networking"` {
		t.Errorf("line %q", got)
	}
}

func TestGlobalShortcutOpensCommitmentFormAndRepliesByDM(t *testing.T) {
	e := newEnv(t, "socket")
	e.tr.interact(t, map[string]any{
		"type": "shortcut", "callback_id": "new_commitment", "trigger_id": "trig-global",
		"team": map[string]any{"id": team}, "user": map[string]any{"id": member},
	})
	e.waitFor("the form", func() bool { return len(e.fake.Views()) == 1 })
	var opened struct {
		CallbackID      string `json:"callback_id"`
		PrivateMetadata string `json:"private_metadata"`
	}
	_ = json.Unmarshal(e.fake.Views()[0].View, &opened)
	if opened.CallbackID != "commit" {
		t.Fatalf("opened %s", e.fake.Views()[0].View)
	}
	e.tr.interact(t, submission(member, "commit", opened.PrivateMetadata, map[string]map[string]any{
		"owner":     {"owner": map[string]any{"type": "users_select", "selected_user": member}},
		"text":      {"text": map[string]any{"type": "plain_text_input", "value": "Raum buchen"}},
		"due":       {"due": map[string]any{"type": "datepicker", "selected_date": "2027-03-01"}},
		"committee": {"committee": map[string]any{"type": "plain_text_input", "value": "Steuerungsgruppe"}},
	}))
	e.waitFor("the reply", func() bool { return len(e.fake.Messages()) == 1 })
	if got := e.rec.requests()[0].Text; got != `commit <@UMEMBER> "Raum buchen" due:2027-03-01 committee:"Steuerungsgruppe"` {
		t.Errorf("line %q", got)
	}
	if m := e.fake.Messages()[0]; m.Ephemeral || !strings.HasPrefix(m.Channel, "D") {
		t.Errorf("reply %+v, want a DM", m)
	}
}
