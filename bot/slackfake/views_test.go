package slackfake_test

import (
	"encoding/json"
	"testing"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
)

func modal(callbackID, externalID string) slack.ModalViewRequest {
	return slack.ModalViewRequest{
		Type:       slack.VTModal,
		Title:      slack.NewTextBlockObject(slack.PlainTextType, "Settings", false, false),
		Blocks:     slack.Blocks{BlockSet: []slack.Block{slack.NewDividerBlock()}},
		CallbackID: callbackID,
		ExternalID: externalID,
	}
}

func TestViewsOpenPushUpdate(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)

	opened, err := api.OpenView("trigger-1", modal("settings", "ext-1"))
	if err != nil {
		t.Fatal(err)
	}
	pushed, err := api.PushView("trigger-2", modal("details", ""))
	if err != nil {
		t.Fatal(err)
	}
	updated, err := api.UpdateView(modal("settings-2", ""), "ext-1", "", "")
	if err != nil {
		t.Fatal(err)
	}
	_, missingErr := api.UpdateView(modal("x", ""), "", "", "V-UNKNOWN")

	if opened.ID == "" || opened.CallbackID != "settings" || opened.Type != slack.VTModal || opened.TeamID != slackfake.DefaultIdentity.TeamID {
		t.Errorf("views.open answered %+v", opened.View)
	}
	if len(opened.Blocks.BlockSet) != 1 {
		t.Errorf("views.open answered %d blocks, want 1", len(opened.Blocks.BlockSet))
	}
	if pushed.ID == opened.ID || updated.ID != opened.ID || updated.CallbackID != "settings-2" {
		t.Errorf("IDs: opened %q, pushed %q, updated %q (callback %q)", opened.ID, pushed.ID, updated.ID, updated.CallbackID)
	}
	if missingErr == nil || missingErr.Error() != "not_found" {
		t.Errorf("update of an unknown view: error = %v, want not_found", missingErr)
	}
	views := fake.Views()
	if len(views) != 3 || views[0].TriggerID != "trigger-1" || views[0].ExternalID != "ext-1" || views[1].Method != "views.push" || views[2].Method != "views.update" {
		t.Errorf("recorded views %+v", views)
	}
	call := fake.CallsTo("views.open")[0]
	if call.JSON == nil || call.Param("trigger_id") != "trigger-1" || call.Token != slackfake.BotToken {
		t.Errorf("recorded call %+v", call)
	}
}

func TestViewsPublish(t *testing.T) {
	fake := slackfake.New(t)
	api := newClient(fake)
	home := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: []slack.Block{slack.NewDividerBlock()}}}

	first, err := api.PublishView("U1", home, "")
	if err != nil {
		t.Fatal(err)
	}
	second, err := api.PublishView("U1", home, "")
	if err != nil {
		t.Fatal(err)
	}

	if first.ID == "" || first.ID != second.ID || first.Type != slack.VTHomeTab {
		t.Errorf("published %q then %q (%s), want one home view", first.ID, second.ID, first.Type)
	}
	v := fake.Views()[0]
	var sent map[string]any
	if err := json.Unmarshal(v.View, &sent); err != nil || sent["type"] != "home" {
		t.Errorf("recorded view %s", v.View)
	}
	if v.UserID != "U1" || fake.CallsTo("views.publish")[0].Param("user_id") != "U1" {
		t.Errorf("recorded user %q", v.UserID)
	}
}
