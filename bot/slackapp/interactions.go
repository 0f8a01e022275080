package slackapp

import (
	"cmp"
	"context"
	"encoding/json"
	"strings"

	"github.com/slack-go/slack"
)

// The shortcuts' callback ids, as in manifest.yaml.
const (
	shortcutNewCommitment    = "new_commitment"
	shortcutRecordCommitment = "record_commitment"
)

// interaction handles a button, select, shortcut or form submission and
// returns the ack payload: nil, or the errors of a form submission that
// keep the form open. The work itself runs after the ack, as the user who
// clicked, in the workspace the payload names. Of the actions in a payload
// only the first runs: Slack sends one per interaction. A button on the
// Home tab answers by direct message and then publishes the Home tab
// again, so it shows the change.
func (a *App) interaction(ctx context.Context, cb slack.InteractionCallback) any {
	src := source{
		TeamID: cb.Team.ID, UserID: cb.User.ID, ChannelID: cmp.Or(cb.Channel.ID, cb.Container.ChannelID),
		ResponseURL: cb.ResponseURL, TriggerID: cb.TriggerID,
	}
	if cb.Channel.IsIM || strings.HasPrefix(src.ChannelID, "D") {
		src.DM = true
	}
	switch cb.Type {
	case slack.InteractionTypeBlockActions:
		if len(cb.ActionCallback.BlockActions) == 0 {
			return nil
		}
		line, ok := actionLine(cb.ActionCallback.BlockActions[0])
		if !ok {
			return nil
		}
		home := cb.View.Type == slack.VTHomeTab
		a.later(src, line, func(ctx context.Context) {
			a.run(ctx, src, line)
			if home {
				a.publishHome(ctx, src.TeamID, src.UserID)
			}
		})
	case slack.InteractionTypeShortcut:
		if cb.CallbackID == shortcutNewCommitment {
			a.later(src, "commit", func(ctx context.Context) { a.openForm(ctx, src, formCommit, formPrefill{}) })
		}
	case slack.InteractionTypeMessageAction:
		if cb.CallbackID == shortcutRecordCommitment {
			text := cb.Message.Text
			a.later(src, "commit", func(ctx context.Context) { a.openForm(ctx, src, formCommit, formPrefill{Text: text}) })
		}
	case slack.InteractionTypeViewSubmission:
		return a.submit(ctx, cb)
	}
	return nil
}

// actionLine returns the command line a button or select carries.
func actionLine(act *slack.BlockAction) (string, bool) {
	switch {
	case act.ActionID == selectAction:
		return act.SelectedOption.Value, act.SelectedOption.Value != ""
	case strings.HasPrefix(act.ActionID, runAction):
		return act.Value, act.Value != ""
	}
	return "", false
}

// submit checks a form and either returns its errors for the ack or runs
// its command line after the ack. The reply goes where the form was opened
// from, recorded in the view's private metadata; the user and workspace
// come from the payload, never from the metadata.
func (a *App) submit(ctx context.Context, cb slack.InteractionCallback) any {
	var src source
	_ = json.Unmarshal([]byte(cb.View.PrivateMetadata), &src)
	src.TeamID, src.UserID, src.TriggerID = cb.Team.ID, cb.User.ID, ""
	lang := a.workspace(ctx, src.TeamID).Lang
	var values map[string]map[string]slack.BlockAction
	if cb.View.State != nil {
		values = cb.View.State.Values
	}
	var line string
	var errs map[string]string
	if cb.View.CallbackID == formSurvey {
		var meta surveyMeta
		_ = json.Unmarshal([]byte(cb.View.PrivateMetadata), &meta)
		line, errs = surveyLine(meta, values, lang)
	} else {
		line, errs = formLine(cb.View.CallbackID, values, lang)
	}
	if len(errs) > 0 {
		return slack.NewErrorsViewSubmissionResponse(errs)
	}
	if line == "" || a.enqueue(src, line, func(ctx context.Context) { a.run(ctx, src, line) }) {
		return nil
	}
	if ack := busyErrors(cb.View, lang.T("slack.busy")); ack != nil {
		a.countBusy(line)
		return ack
	}
	a.notifyBusy(src, line)
	return nil
}
