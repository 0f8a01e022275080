package bot

import (
	"strconv"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(55,
		command{path: []string{"review", "start"}, role: storage.RoleCoordinator, usage: "usage.review_start", run: reviewStart},
		command{path: []string{"review", "status"}, role: storage.RoleMember, usage: "usage.review_status", run: reviewStatus},
		command{path: []string{"review", "history"}, role: storage.RoleMember, usage: "usage.review_history", run: reviewHistory},
		command{path: []string{"review", "show"}, role: storage.RoleCoordinator, usage: "usage.review_show", run: reviewShow},
		command{path: []string{"review", "close"}, role: storage.RoleCoordinator, usage: "usage.review_close", run: reviewClose},
		command{path: []string{"review", "survey"}, role: storage.RoleMember, usage: "usage.review_survey", run: reviewSurvey},
		command{path: []string{"review", "answer"}, role: storage.RoleMember, usage: "usage.review_answer", run: reviewAnswer},
	)
	vocabulary.AddWords(map[string]string{"überprüfung": "review", "netzwerküberprüfung": "review"})
	vocabulary.AddScopedWords("review", map[string]string{
		"abschließen": "close", "beenden": "close", "antworten": "answer", "umfrage": "survey",
		"zeigen": "show", "anzeigen": "show",
	})
	vocabulary.AddScopedKeys("review", map[string]string{
		"gremien": "committees", "zeitraum": "window", "kanal": "channel",
		"änderung": "change", "kommentar": "change", "comment": "change",
		"mandat": "mandate", "auftrag": "mandate", "ressourcen": "resources",
		"entscheider": "decision-makers", "entscheidungsträger": "decision-makers",
	})
}

// engine returns the review engine, or refuses when there is none.
func (cl *call) engine() (*review.Engine, error) {
	if cl.core.reviews == nil {
		return nil, fail(storage.KindUnavailable, "err.reviews_unavailable")
	}
	return cl.core.reviews, nil
}

// reviewStart: review start [committees:a,b] [window:14d] [channel:#…].
func reviewStart(cl *call) (Reply, error) {
	e, err := cl.engine()
	if err != nil {
		return Reply{}, err
	}
	bare, opts, err := cl.splitArgs([]string{"committees", "window", "channel"})
	if err != nil {
		return Reply{}, err
	}
	if len(bare) > 0 {
		return Reply{}, fail(storage.KindInvalid, "err.review_extra", cmdline.JoinText(bare))
	}
	entry := cl.auditEntry("review.start", "review", "", nil)
	req := review.OpenRequest{By: cl.req.UserID, Audit: &entry}
	if req.Window, err = cl.durationOption(opts, "window", review.DefaultReviewWindow, maxWindow); err != nil {
		return Reply{}, err
	}
	if v, ok := opts["channel"]; ok {
		if req.Channel, err = cl.channelID(v); err != nil {
			return Reply{}, err
		}
	}
	if v, ok := opts["committees"]; ok {
		if req.Committees, err = cl.committeeIDs(v); err != nil {
			return Reply{}, err
		}
	}
	r, err := e.Open(cl.ctx, cl.team, req)
	if err != nil {
		return Reply{}, err
	}
	return Reply{Blocks: []Block{
		Paragraph{cl.lang.T("review.started", r.ID, cl.lang.T("review.count_committees", len(r.Committees)), cl.lang.T("review.count_invited", len(r.Invitees)))},
		Fields{reviewFields(cl.reader(), r)},
	}}, nil
}

// reviewClose: review close <id> closes the review now (idempotent: a
// closed review shows its summary again).
func reviewClose(cl *call) (Reply, error) {
	e, err := cl.engine()
	if err != nil {
		return Reply{}, err
	}
	id, err := cl.reviewID()
	if err != nil {
		return Reply{}, err
	}
	s, err := e.CloseAudited(cl.ctx, cl.team, id, cl.auditEntry("review.close", "review", "", nil))
	if err != nil {
		return Reply{}, err
	}
	r, err := cl.team.Review(cl.ctx, s.ReviewID)
	if err != nil {
		return Reply{}, err
	}
	a, err := review.AnalysisOf(r)
	if err != nil {
		return Reply{}, err
	}
	blocks := []Block{Header{cl.lang.T("review.summary_title", s.ReviewID)}}
	return Reply{Blocks: append(blocks, summaryBlocks(cl.reader(), r, a, s)...), Private: true}, nil
}

// reviewID reads the one bare argument: a review id.
func (cl *call) reviewID() (string, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return "", err
	}
	if len(bare) != 1 {
		return "", fail(storage.KindInvalid, "err.review_id_missing")
	}
	return strings.ToLower(bare[0].Text), nil
}

// findReview returns the workspace's review id, refused with
// err.review_not_found when there is none.
func (cl *call) findReview(id string) (storage.Review, error) {
	r, err := cl.team.Review(cl.ctx, id)
	if storage.IsNotFound(err) {
		return r, fail(storage.KindNotFound, "err.review_not_found", id)
	}
	return r, err
}

// surveyTarget reads "<review id> <committee>" and returns the open review
// and the committee, refusing a closed review or a committee not under
// review.
func (cl *call) surveyTarget(bare []cmdline.Value) (storage.Review, storage.Committee, error) {
	if len(bare) < 2 {
		return storage.Review{}, storage.Committee{}, fail(storage.KindInvalid, "err.review_survey_args")
	}
	r, err := cl.findReview(bare[0].Text)
	if err != nil {
		return r, storage.Committee{}, err
	}
	if r.Status != storage.ReviewOpen {
		return r, storage.Committee{}, fail(storage.KindConflict, "err.review_closed", r.ID)
	}
	c, err := cl.resolveCommittee(bare[1:2])
	return r, c, err
}

// reviewSurvey: review survey <review id> <committee> shows the survey
// form: the dimensions and the command that answers.
func reviewSurvey(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	r, c, err := cl.surveyTarget(bare)
	if err != nil {
		return Reply{}, err
	}
	dims := make([]string, len(r.Dimensions))
	example := make([]string, len(r.Dimensions))
	for i, d := range r.Dimensions {
		dims[i] = strconv.Itoa(i+1) + ". " + dimensionName(cl.lang, d)
		example[i] = "4"
	}
	questions := make([]string, len(review.ConsolidationQuestions))
	for i, q := range review.ConsolidationQuestions {
		questions[i] = cl.lang.T("review.question_key."+q) + ":" + cl.lang.T("survey.answer."+review.AnswerYes) + " – " + cl.lang.T("survey.question."+q)
	}
	return Reply{Blocks: []Block{
		Header{cl.lang.T("review.survey_form_title", c.Name)},
		Paragraph{cl.lang.T("review.survey_form_intro", len(r.Dimensions))},
		List{dims},
		Paragraph{cl.lang.T("review.survey_form_consolidation")},
		List{questions},
		Note{cl.lang.T("review.survey_form_how", cl.lang.T("review.answer_command")+" "+r.ID+" "+c.ID+" "+strings.Join(example, " "))},
		Note{anonymityRule(cl.lang, r)},
	}}, nil
}

// reviewAnswer: review answer <review id> <committee> <rating…>
// [mandate:yes|partly|no] [resources:…] [decision-makers:…] [change:"…"]
// stores the caller's answer, replacing an earlier one.
func reviewAnswer(cl *call) (Reply, error) {
	e, err := cl.engine()
	if err != nil {
		return Reply{}, err
	}
	bare, opts, err := cl.splitArgs(append([]string{"change"}, review.ConsolidationQuestions...))
	if err != nil {
		return Reply{}, err
	}
	r, c, err := cl.surveyTarget(bare)
	if err != nil {
		return Reply{}, err
	}
	ratings, err := parseRatings(bare[2:])
	if err != nil {
		return Reply{}, err
	}
	consolidation, err := parseConsolidation(opts)
	if err != nil {
		return Reply{}, err
	}
	text := opts["change"].Text
	if err := checkText(cl.keyName("change"), text); err != nil {
		return Reply{}, err
	}
	if _, err := e.Answer(cl.ctx, cl.team, review.AnswerRequest{
		ReviewID: r.ID, CommitteeID: c.ID, User: cl.req.UserID, Ratings: ratings, Consolidation: consolidation, Text: text,
	}); err != nil {
		return Reply{}, err
	}
	return Say(cl.lang.T("review.answered", c.Name, cl.lang.DateTime(r.ClosesAt.In(cl.loc)))), nil
}

// parseRatings reads the typed ratings; each must be a whole number 1–5.
func parseRatings(vals []cmdline.Value) ([]int, error) {
	out := make([]int, len(vals))
	for i, v := range vals {
		n, err := strconv.Atoi(v.Text)
		if err != nil || n < review.MinRating || n > review.MaxRating {
			return nil, fail(storage.KindInvalid, "err.review_rating_range", v.Text)
		}
		out[i] = n
	}
	return out, nil
}

// consolidationWords are the typed answers to a consolidation question, in
// both languages.
var consolidationWords = map[string]string{
	"ja": review.AnswerYes, "yes": review.AnswerYes,
	"teilweise": review.AnswerPartly, "teils": review.AnswerPartly, "partly": review.AnswerPartly,
	"nein": review.AnswerNo, "no": review.AnswerNo,
}

// parseConsolidation reads the typed answers to the consolidation
// questions: nil when none is given, else one per question ("" for one
// left out). A word that is no answer is refused.
func parseConsolidation(opts map[string]cmdline.Value) ([]string, error) {
	out := make([]string, len(review.ConsolidationQuestions))
	given := false
	for i, q := range review.ConsolidationQuestions {
		v, ok := opts[q]
		if !ok {
			continue
		}
		answer, known := consolidationWords[strings.ToLower(strings.TrimSpace(v.Text))]
		if !known {
			return nil, fail(storage.KindInvalid, "err.review_consolidation_value", v.Text)
		}
		out[i], given = answer, true
	}
	if !given {
		return nil, nil
	}
	return out, nil
}
