package slackapp

import (
	"context"
	"encoding/json"
	"slices"
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

// questionBlock is the block id of a consolidation question's select.
func questionBlock(key string) string { return "consolidation-" + key }

// surveyBlocks are the intro with the anonymity rule, one select 1–5 per
// dimension, an optional select yes/partly/no per consolidation question
// and the optional free text, prefilled with the earlier answer.
func surveyBlocks(f bot.SurveyForm) []slack.Block {
	blocks := []slack.Block{
		slack.NewSectionBlock(plain(f.Intro, maxSectionText), nil, nil),
		slack.NewContextBlock("", plain(f.Rule, maxSectionText)),
	}
	for i, dim := range f.Dimensions {
		initial := ""
		if i < len(f.Previous) {
			initial = strconv.Itoa(f.Previous[i])
		}
		blocks = append(blocks, choiceInput(ratingBlock(i), dim, f.Ratings, initial, false))
	}
	if len(f.Questions) > 0 {
		blocks = append(blocks, slack.NewHeaderBlock(plain(f.ConsolidationLabel, maxHeaderText)))
	}
	for _, q := range f.Questions {
		blocks = append(blocks, choiceInput(questionBlock(q.Key), q.Label, q.Choices, q.Previous, true))
	}
	return append(blocks, textInput("change", f.ChangeLabel, truncate(f.Text, maxInput), true, true))
}

// choiceInput is a select of choices under label, starting at the choice
// whose value is initial; its element has the block's id as action id.
func choiceInput(id, label string, choices []bot.Choice, initial string, optional bool) *slack.InputBlock {
	opts := make([]*slack.OptionBlockObject, len(choices))
	sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, nil, id)
	for j, c := range choices {
		opts[j] = slack.NewOptionBlockObject(c.Value, plain(c.Label, 75), nil)
		if c.Value == initial {
			sel.InitialOption = opts[j]
		}
	}
	sel.Options = opts
	b := slack.NewInputBlock(id, plain(label, 2000), nil, sel)
	b.Optional = optional
	return b
}

// maxRatings is the most ratings a survey form can ask: a modal holds
// maxViewBlocks blocks; besides the ratings, the intro, the rule, the
// consolidation header and questions and the free text.
var maxRatings = maxViewBlocks - 4 - len(review.ConsolidationQuestions)

// surveyLine builds the answer command of a submitted survey form, or
// returns the errors to show next to its selects (block id → sentence).
// It returns "" without errors for metadata it cannot read, a number of
// ratings no form can hold among them: the count comes from the payload.
func surveyLine(meta surveyMeta, values map[string]map[string]slack.BlockAction, l i18n.Lang) (string, map[string]string) {
	if meta.Review == "" || meta.Committee == "" || meta.Ratings <= 0 || meta.Ratings > maxRatings {
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
	for _, q := range review.ConsolidationQuestions {
		id := questionBlock(q)
		if v := values[id][id].SelectedOption.Value; slices.Contains(review.ConsolidationAnswers, v) {
			parts = append(parts, q+":"+v)
		}
	}
	if text := strings.TrimSpace(values["change"]["change"].Value); text != "" {
		parts = append(parts, "change:"+quote(text))
	}
	return strings.Join(parts, " "), nil
}
