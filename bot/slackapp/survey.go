package slackapp

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
)

// formSurvey is the callback id of a review's survey form.
const formSurvey = "review_survey"

// surveyCommand is the command whose line opens the survey form.
const surveyCommand = "review survey"

// surveyMeta is a survey form's private metadata: where it was opened
// from, the review and committee it answers and how many ratings it asks.
type surveyMeta struct {
	source
	Review    string `json:"rv"`
	Committee string `json:"cm"`
	Ratings   int    `json:"n"`
}

// wantsSurvey reports whether line asks for a committee's survey form.
func (a *App) wantsSurvey(line string) bool {
	path, bare := a.core.CommandPath(line)
	return path == surveyCommand && !bare
}

// openSurvey opens the survey form line asks for, starting from the
// user's earlier answer. When the core refuses (closed review, not a
// member) the user gets its sentence instead. Failures are logged.
func (a *App) openSurvey(ctx context.Context, src source, line string) {
	f, refusal, ok := a.core.SurveyForm(ctx, bot.Request{TeamID: src.TeamID, UserID: src.UserID, ChannelID: src.ChannelID, Text: line})
	if !ok {
		a.deliver(ctx, src, refusal)
		return
	}
	meta, _ := json.Marshal(surveyMeta{source: src, Review: f.ReviewID, Committee: f.CommitteeID, Ratings: len(f.Dimensions)})
	view := slack.ModalViewRequest{
		Type:            slack.VTModal,
		CallbackID:      formSurvey,
		PrivateMetadata: string(meta),
		Title:           plain(f.Title, 24),
		Submit:          plain(f.Submit, 24),
		Close:           plain(a.workspace(ctx, src.TeamID).Lang.T("modal.cancel"), 24),
	}
	view.Blocks.BlockSet = surveyBlocks(f)
	if _, err := a.api.OpenViewContext(ctx, src.TriggerID, view); err != nil {
		a.log.Error().Err(err).Str("team_id", src.TeamID).Str("form", formSurvey).Msg("opening a form")
	}
}

// ratingBlock is the block id of the i-th dimension's select.
func ratingBlock(i int) string { return "rating" + strconv.Itoa(i+1) }

// surveyBlocks are the intro, one select 1–5 per dimension and the
// optional free text, prefilled with the earlier answer.
func surveyBlocks(f bot.SurveyForm) []slack.Block {
	blocks := []slack.Block{slack.NewSectionBlock(plain(f.Intro, 3000), nil, nil)}
	for i, dim := range f.Dimensions {
		id := ratingBlock(i)
		opts := make([]*slack.OptionBlockObject, len(f.Ratings))
		sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, nil, id)
		for j, c := range f.Ratings {
			opts[j] = slack.NewOptionBlockObject(c.Value, plain(c.Label, 75), nil)
			if i < len(f.Previous) && strconv.Itoa(f.Previous[i]) == c.Value {
				sel.InitialOption = opts[j]
			}
		}
		sel.Options = opts
		blocks = append(blocks, slack.NewInputBlock(id, plain(dim, 2000), nil, sel))
	}
	return append(blocks, textInput("change", f.ChangeLabel, truncate(f.Text, maxInput), true, true))
}

// surveyLine builds the answer command of a submitted survey form, or
// returns the errors to show next to its selects (block id → sentence).
// It returns "" without errors for metadata it cannot read.
func surveyLine(meta surveyMeta, values map[string]map[string]slack.BlockAction, l i18n.Lang) (string, map[string]string) {
	if meta.Review == "" || meta.Committee == "" || meta.Ratings <= 0 {
		return "", nil
	}
	parts := []string{"review answer", quote(meta.Review), quote(meta.Committee)}
	errs := map[string]string{}
	for i := range meta.Ratings {
		id := ratingBlock(i)
		v := values[id][id].SelectedOption.Value
		if n, err := strconv.Atoi(v); err != nil || n < review.MinRating || n > review.MaxRating {
			errs[id] = l.T("survey.err_rating")
			continue
		}
		parts = append(parts, v)
	}
	if len(errs) > 0 {
		return "", errs
	}
	if text := strings.TrimSpace(values["change"]["change"].Value); text != "" {
		parts = append(parts, "change:"+quote(text))
	}
	return strings.Join(parts, " "), nil
}
