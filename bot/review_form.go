package bot

import (
	"context"
	"strconv"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// SurveyForm is what a transport needs to show a review's survey for one
// committee as a form, in the workspace's language.
type SurveyForm struct {
	ReviewID    string
	CommitteeID string
	Title       string // "Fragebogen: <committee>"
	Intro       string
	// Rule states how answers are evaluated (the anonymity threshold).
	Rule string
	// Dimensions are the review's dimensions by their localised names, in
	// the order the answer command expects the ratings.
	Dimensions []string
	// Ratings are the choices 1–5 with their labels ("1 – trifft nicht zu").
	Ratings []Choice
	// Previous holds the member's earlier rating per dimension, or is nil
	// when the member has not answered yet; Text is the earlier free text.
	Previous []int
	// ConsolidationLabel heads the consolidation questions; Questions are
	// those questions in the order of review.ConsolidationQuestions, each
	// optional, with the member's earlier answer.
	ConsolidationLabel string
	Questions          []SurveyQuestion
	Text               string
	ChangeLabel        string
	Submit             string
}

// SurveyQuestion is one consolidation question of the survey form.
type SurveyQuestion struct {
	Key     string // the answer command's option, e.g. "mandate"
	Label   string
	Choices []Choice // yes, partly, no
	// Previous is the member's earlier answer ("" for none).
	Previous string
}

// SurveyForm returns the survey form for a "review survey <id> <committee>"
// line typed or clicked by req's user. It reads only. When the form cannot
// be shown (an unknown or closed review, a committee not under review, a
// user who is no member of it, a line that is not that command) ok is
// false and refusal holds the one localised sentence to send instead.
func (c *Core) SurveyForm(ctx context.Context, req Request) (form SurveyForm, refusal Reply, ok bool) {
	cl := &call{ctx: ctx, core: c, req: req, lang: c.lang, loc: c.timezone, now: c.now().UTC()}
	cl.log = c.log.With().Str("team_id", req.TeamID).Str("user", req.UserID).Str("command", "review survey").Logger()
	form, err := cl.surveyForm()
	if err != nil {
		return SurveyForm{}, cl.errorReply(err), false
	}
	return form, Reply{}, true
}

func (cl *call) surveyForm() (SurveyForm, error) {
	if err := cl.load(); err != nil {
		return SurveyForm{}, err
	}
	tokens, err := cmdline.Tokenize(stripPrefix(cl.req.Text))
	if err != nil {
		return SurveyForm{}, err
	}
	cmd, args, err := route(cl.core.commands, tokens)
	if err != nil {
		return SurveyForm{}, err
	}
	if strings.Join(cmd.path, " ") != "review survey" {
		return SurveyForm{}, fail(storage.KindInvalid, "err.review_survey_args")
	}
	if err := cl.require(cmd.role); err != nil {
		return SurveyForm{}, err
	}
	cl.args, cl.command = args, cmd.path[0]
	e, err := cl.engine()
	if err != nil {
		return SurveyForm{}, err
	}
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return SurveyForm{}, err
	}
	r, cm, err := cl.surveyTarget(bare)
	if err != nil {
		return SurveyForm{}, err
	}
	prev, found, err := e.PreviousAnswer(cl.ctx, cl.team, r.ID, cm.ID, cl.req.UserID)
	if err != nil {
		return SurveyForm{}, err
	}
	l := cl.lang
	f := SurveyForm{
		ReviewID: r.ID, CommitteeID: cm.ID,
		Title:              l.T("review.survey_form_title", cm.Name),
		Intro:              l.T("survey.intro", cm.Name, l.DateTime(r.ClosesAt.In(cl.loc))),
		Rule:               anonymityRule(l, r),
		Dimensions:         dimensionNames(l, r.Dimensions),
		ConsolidationLabel: l.T("survey.consolidation"),
		ChangeLabel:        l.T("survey.change"),
		Submit:             l.T("survey.submit"),
	}
	for i, q := range review.ConsolidationQuestions {
		sq := SurveyQuestion{Key: q, Label: l.T("survey.question." + q), Choices: choices(l, "survey.answer.", review.ConsolidationAnswers)}
		if found && i < len(prev.Consolidation) {
			sq.Previous = prev.Consolidation[i]
		}
		f.Questions = append(f.Questions, sq)
	}
	for v := review.MinRating; v <= review.MaxRating; v++ {
		n := strconv.Itoa(v)
		f.Ratings = append(f.Ratings, Choice{Value: n, Label: n + " – " + l.T("survey.rating."+n)})
	}
	if found && len(prev.Ratings) == len(r.Dimensions) {
		f.Previous, f.Text = prev.Ratings, prev.Text
	}
	return f, nil
}
