package slackapp_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// These tests run the real core behind the transport (the recorder only
// passes lines through) and assert what is stored.

// do sends a slash command as user and returns its reply.
func (e *env) do(t *testing.T, user, text string) slackfake.ResponsePost {
	t.Helper()
	cmd := e.command(user, text)
	e.tr.slash(t, cmd)
	return e.replyTo(cmd.ResponseURL)
}

// replyTo waits for the first post to the response_url and returns it.
func (e *env) replyTo(url string) slackfake.ResponsePost {
	e.t.Helper()
	var post slackfake.ResponsePost
	e.waitFor("a reply to "+url, func() bool {
		i := slices.IndexFunc(e.fake.ResponsePosts(), func(p slackfake.ResponsePost) bool { return p.URL == url })
		if i >= 0 {
			post = e.fake.ResponsePosts()[i]
		}
		return i >= 0
	})
	return post
}

// commitments returns the workspace's commitments, sorted by due day.
func (e *env) commitments() []storage.Commitment {
	e.t.Helper()
	list, err := e.store.Team(team).Commitments(context.Background(), storage.CommitmentFilter{})
	if err != nil {
		e.t.Fatal(err)
	}
	return list
}

// linkMember records the stakeholder "Max Mitglied" linked to member and
// returns its id.
func (e *env) linkMember(t *testing.T) string {
	t.Helper()
	e.do(t, admin, `stakeholder add "Max Mitglied" user:<@`+member+`>`)
	i := slices.IndexFunc(e.stakeholders(), func(s storage.Stakeholder) bool { return s.SlackUser == member })
	if i < 0 {
		t.Fatalf("no stakeholder linked to %s: %+v", member, e.stakeholders())
	}
	return e.stakeholders()[i].ID
}

// buttonValues returns the values of the buttons in blocks JSON.
func buttonValues(raw json.RawMessage) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if x["type"] == "button" {
				if s, ok := x["value"].(string); ok {
					out = append(out, s)
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	var v any
	_ = json.Unmarshal(raw, &v)
	walk(v)
	return out
}

// openedForm returns the callback id and private metadata of the i-th view.
func (e *env) openedForm(i int) (callbackID, metadata string) {
	e.t.Helper()
	e.waitFor("the form", func() bool { return len(e.fake.Views()) > i })
	var v struct {
		CallbackID      string `json:"callback_id"`
		PrivateMetadata string `json:"private_metadata"`
	}
	_ = json.Unmarshal(e.fake.Views()[i].View, &v)
	return v.CallbackID, v.PrivateMetadata
}

func TestMessageShortcutStoresCommitment(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		owner := e.linkMember(t)
		const text = "Ich lade bis Freitag alle Schulen ein"
		url := e.fake.NewResponseURL()
		e.tr.interact(t, map[string]any{
			"type": "message_action", "callback_id": "record_commitment", "trigger_id": "trig-shortcut",
			"team": map[string]any{"id": team}, "user": map[string]any{"id": member}, "channel": map[string]any{"id": "C0GENERAL"},
			"response_url": url, "message": map[string]any{"type": "message", "text": text, "ts": "1.2"},
		})
		callback, meta := e.openedForm(0)
		if callback != "commit" {
			t.Fatalf("opened %s", e.fake.Views()[0].View)
		}
		e.tr.interact(t, submission(member, "commit", meta, map[string]map[string]any{
			"owner": {"owner": map[string]any{"type": "users_select", "selected_user": member}},
			"text":  {"text": map[string]any{"type": "plain_text_input", "value": text}},
			"due":   {"due": map[string]any{"type": "datepicker", "selected_date": "2031-02-05"}},
		}))
		e.waitFor("the commitment", func() bool { return len(e.commitments()) == 1 })
		c := e.commitments()[0]
		if c.Owner != owner || c.Text != text || c.Due != "2031-02-05" || c.Status != storage.CommitmentOpen || c.CreatedBy != member {
			t.Errorf("stored %+v", c)
		}
		if reply := e.replyTo(url); !strings.Contains(texts(reply.Blocks), "Zusage "+c.ID) {
			t.Errorf("reply to the shortcut %s", reply.Blocks)
		}
	})
}

func TestDoneButtonFinishesCommitment(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.linkMember(t)
		e.do(t, member, `commit ich "Raum buchen" due:2031-03-01`)
		e.waitFor("the commitment", func() bool { return len(e.commitments()) == 1 })
		id := e.commitments()[0].ID
		shown := e.do(t, member, "commitment show "+id)
		values := buttonValues(shown.Blocks)
		i := slices.IndexFunc(values, func(v string) bool { return strings.HasPrefix(v, "zusage erledigt ") })
		if i < 0 {
			t.Fatalf("no done button among %q:\n%s", values, shown.Blocks)
		}
		click := buttonPayload(e, member, values[i])
		e.tr.interact(t, click)
		e.waitFor("done", func() bool { return e.commitments()[0].Status == storage.CommitmentDone })
		if reply := e.replyTo(click["response_url"].(string)); !strings.Contains(texts(reply.Blocks), "erledigt") {
			t.Errorf("reply to the click %s", reply.Blocks)
		}
		events, err := e.store.Team(team).CommitmentEvents(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if last := events[len(events)-1]; len(events) != 2 || last.Kind != storage.EventStatus || last.From != storage.CommitmentOpen ||
			last.To != storage.CommitmentDone || last.Actor != member {
			t.Errorf("history %+v", events)
		}
	})
}

func TestGlobalShortcutStoresCommitmentWithCommittee(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		owner := e.linkMember(t)
		e.do(t, admin, "committee add Steuerungsgruppe kind:steering purpose:cooperation")
		committees, err := e.store.Team(team).Committees(context.Background())
		if err != nil || len(committees) != 1 {
			t.Fatalf("committees %+v, %v", committees, err)
		}
		e.tr.interact(t, map[string]any{
			"type": "shortcut", "callback_id": "new_commitment", "trigger_id": "trig-global",
			"team": map[string]any{"id": team}, "user": map[string]any{"id": member},
		})
		callback, meta := e.openedForm(0)
		if callback != "commit" {
			t.Fatalf("opened %s", e.fake.Views()[0].View)
		}
		e.tr.interact(t, submission(member, "commit", meta, map[string]map[string]any{
			"owner":     {"owner": map[string]any{"type": "users_select", "selected_user": member}},
			"text":      {"text": map[string]any{"type": "plain_text_input", "value": `Raum „groß“ buchen`}},
			"due":       {"due": map[string]any{"type": "datepicker", "selected_date": "2031-03-01"}},
			"committee": {"committee": map[string]any{"type": "plain_text_input", "value": "steuerungsgruppe"}},
		}))
		e.waitFor("the commitment", func() bool { return len(e.commitments()) == 1 })
		if c := e.commitments()[0]; c.Owner != owner || c.Text != `Raum „groß“ buchen` || c.Due != "2031-03-01" || c.Committee != committees[0].ID {
			t.Errorf("stored %+v", c)
		}
		e.waitFor("the DM", func() bool { return len(e.fake.Messages()) == 1 })
		if m := e.fake.Messages()[0]; m.Ephemeral || !strings.HasPrefix(m.Channel, "D") || !strings.Contains(m.Text, "erfasst") {
			t.Errorf("reply %+v, want a DM", m)
		}
	})
}

func TestCommitteeFormStoresCommittee(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.tr.interact(t, submission(admin, "committee_add", `{"c":"C0GENERAL"}`, map[string]map[string]any{
			"name":    {"name": map[string]any{"type": "plain_text_input", "value": "AG Übergänge"}},
			"kind":    {"kind": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "working"}}},
			"purpose": {"purpose": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "cooperation"}}},
		}))
		var list []storage.Committee
		e.waitFor("the committee", func() bool {
			list, _ = e.store.Team(team).Committees(context.Background())
			return len(list) == 1
		})
		if c := list[0]; c.Name != "AG Übergänge" || c.Kind != storage.KindWorking || c.Purpose != storage.PurposeCooperation || c.CreatedBy != admin {
			t.Errorf("stored %+v", c)
		}
	})
}

// homeView publishes the Home tab of user by opening it and returns the
// view published, the n-th publication overall.
func (e *env) homeView(t *testing.T, user string, n int) json.RawMessage {
	t.Helper()
	e.tr.event(t, map[string]any{
		"type": "event_callback", "team_id": team, "event_id": fmt.Sprintf("EvHome%d", n),
		"event": map[string]any{"type": "app_home_opened", "user": user, "channel": "D0" + user, "tab": "home"},
	}, 0)
	return e.publishedHome(n)
}

// publishedHome waits for the n-th views.publish and returns its view.
func (e *env) publishedHome(n int) json.RawMessage {
	e.t.Helper()
	var views []slackfake.View
	e.waitFor(fmt.Sprintf("home view %d", n), func() bool {
		views = slices.DeleteFunc(e.fake.Views(), func(v slackfake.View) bool { return v.Method != "views.publish" })
		return len(views) >= n
	})
	return views[n-1].View
}

// blockCount is the number of blocks of a view.
func blockCount(t *testing.T, view json.RawMessage) int {
	var v struct{ Blocks []json.RawMessage }
	if err := json.Unmarshal(view, &v); err != nil {
		t.Fatal(err)
	}
	return len(v.Blocks)
}

func TestHomeOffersCommitmentButtonsAndRefreshesAfterClick(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.linkMember(t)
		e.do(t, admin, "committee add Steuerungsgruppe kind:steering purpose:cooperation")
		e.do(t, admin, `committee members add Steuerungsgruppe "Max Mitglied"`)
		e.do(t, member, `commit ich "Schulen einladen" due:2031-03-01`)
		e.waitFor("the commitment", func() bool { return len(e.commitments()) == 1 })
		id := e.commitments()[0].ID

		view := e.homeView(t, member, 1)
		home := texts(view)
		for _, want := range []string{"Ihre offenen Zusagen (1)", id + " · Max Mitglied · Schulen einladen", "Ihre Gremien (1)", "Steuerungsgruppe"} {
			if !strings.Contains(home, want) {
				t.Errorf("home lacks %q:\n%s", want, home)
			}
		}
		values := buttonValues(view)
		for _, want := range []string{"zusage beginnen " + id, "zusage erledigt " + id} {
			if !slices.Contains(values, want) {
				t.Errorf("home lacks the button %q: %q", want, values)
			}
		}

		// A click on the Home tab carries no channel and no response_url.
		e.tr.interact(t, map[string]any{
			"type": "block_actions", "team": map[string]any{"id": team}, "user": map[string]any{"id": member},
			"trigger_id": "trig-home", "container": map[string]any{"type": "view", "view_id": "V1"},
			"view":    map[string]any{"type": "home", "id": "V1"},
			"actions": []map[string]any{{"type": "button", "action_id": "run1", "block_id": "b", "value": "commitment done " + id}},
		})
		e.waitFor("done", func() bool { return e.commitments()[0].Status == storage.CommitmentDone })
		if after := texts(e.publishedHome(2)); !strings.Contains(after, "Sie haben keine offenen Zusagen.") {
			t.Errorf("home after the click:\n%s", after)
		}
		e.waitFor("the DM", func() bool { return len(e.fake.Messages()) == 1 })
		if m := e.fake.Messages()[0]; !strings.HasPrefix(m.Channel, "D") || !strings.Contains(m.Text, "erledigt") {
			t.Errorf("reply to the Home click %+v", m)
		}
	})
}

func TestHomeCapsManyCommitments(t *testing.T) {
	e := newEnv(t, "http")
	owner := e.linkMember(t)
	tm := e.store.Team(team)
	for i := range 60 {
		if _, err := tm.AddCommitment(context.Background(), storage.Commitment{
			Owner: owner, Text: fmt.Sprintf("Aufgabe %02d", i), Due: fmt.Sprintf("2031-%02d-01", i%12+1), CreatedBy: admin,
		}); err != nil {
			t.Fatal(err)
		}
	}
	view := e.homeView(t, member, 1)
	home := texts(view)
	if n := blockCount(t, view); n > 100 {
		t.Errorf("home of %d blocks", n)
	}
	if !strings.Contains(home, "Ihre offenen Zusagen (60)") || !strings.Contains(home, "… und 52 weitere – geben Sie „zusagen meine“ ein.") {
		t.Errorf("capped home:\n%s", home)
	}
	values := buttonValues(view)
	done := slices.DeleteFunc(slices.Clone(values), func(v string) bool { return !strings.HasPrefix(v, "zusage erledigt ") })
	if !slices.Contains(values, "zusagen meine") || len(done) != 8 {
		t.Errorf("buttons %q", values)
	}
}

func TestCommitmentTextNeverPings(t *testing.T) {
	bothModes(t, func(t *testing.T, e *env) {
		e.linkMember(t)
		added := e.do(t, member, `commit ich "Bitte <!channel> und <@U123> informieren & einladen" due:2031-03-01`)
		e.waitFor("the commitment", func() bool { return len(e.commitments()) == 1 })
		c := e.commitments()[0]
		if c.Text != "Bitte <!channel> und <@U123> informieren & einladen" {
			t.Fatalf("stored text %q", c.Text)
		}
		shown := e.do(t, member, "commitment show "+c.ID)
		listed := e.do(t, member, "commitments mine")
		for name, post := range map[string]slackfake.ResponsePost{"added": added, "show": shown, "list": listed} {
			for what, s := range map[string]string{"blocks": texts(post.Blocks), "fallback text": post.Text} {
				if strings.Contains(s, "<!channel>") || strings.Contains(s, "<@U123>") {
					t.Errorf("%s: %s carry a live mention: %s", name, what, s)
				}
				if !strings.Contains(s, "&lt;!channel&gt;") || !strings.Contains(s, "&lt;@U123&gt;") {
					t.Errorf("%s: %s lack the escaped text: %s", name, what, s)
				}
			}
		}
		// JSON hides "<" as \u003c: compare the decoded texts.
		view := texts(e.homeView(t, member, 1))
		if strings.Contains(view, "<!channel>") || !strings.Contains(view, "&lt;!channel&gt; und &lt;@U123&gt;") {
			t.Errorf("home view carries a live mention: %s", view)
		}
	})
}
