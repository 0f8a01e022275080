package review

import (
	"context"
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Rating bounds of the survey.
const (
	MinRating = 1
	MaxRating = 5
)

// AnswerRequest is one member's survey answer for one committee.
type AnswerRequest struct {
	ReviewID    string
	CommitteeID string
	// User is the Slack user answering; the answer counts for the
	// stakeholder linked to that user who sits in the committee.
	User string
	// Ratings holds one rating 1–5 per dimension of the review, in order.
	Ratings []int
	// Consolidation holds one answer per consolidation question, in the
	// order of ConsolidationQuestions (AnswerYes, AnswerPartly, AnswerNo,
	// or "" for a question left open); nil answers none.
	Consolidation []string
	Text          string
}

// Answer stores a member's survey answer, replacing the member's earlier
// answer for the same committee (idempotent for the same input). Nothing is
// stored when it fails: KindNotFound (err.review_not_found) for an unknown
// review, KindConflict (err.review_closed) once the review is closed,
// KindInvalid when the committee is not under review
// (err.review_committee_not_reviewed), the number of ratings differs from
// the dimensions (err.review_rating_count) or a rating is outside 1–5
// (err.review_rating_range), or the consolidation answers are not one per
// question of yes, partly, no or "" (err.review_consolidation), KindForbidden (err.review_not_member) when no
// stakeholder linked to the user sits in the committee.
func (e *Engine) Answer(ctx context.Context, team *storage.Team, req AnswerRequest) (storage.SurveyAnswer, error) {
	r, err := e.openReview(ctx, team, req.ReviewID)
	if err != nil {
		return storage.SurveyAnswer{}, err
	}
	committee := strings.ToLower(req.CommitteeID)
	if !slices.Contains(r.Committees, committee) {
		return storage.SurveyAnswer{}, storage.Errorf(storage.KindInvalid, "err.review_committee_not_reviewed", req.CommitteeID, r.ID)
	}
	if len(req.Ratings) != len(r.Dimensions) {
		return storage.SurveyAnswer{}, storage.Errorf(storage.KindInvalid, "err.review_rating_count", len(r.Dimensions), len(req.Ratings))
	}
	for _, v := range req.Ratings {
		if v < MinRating || v > MaxRating {
			return storage.SurveyAnswer{}, storage.Errorf(storage.KindInvalid, "err.review_rating_range", v)
		}
	}
	consolidation, err := checkConsolidation(req.Consolidation)
	if err != nil {
		return storage.SurveyAnswer{}, err
	}
	member, err := memberFor(ctx, team, req.User, committee)
	if err != nil {
		return storage.SurveyAnswer{}, err
	}
	a := storage.SurveyAnswer{
		ReviewID: r.ID, CommitteeID: committee, Stakeholder: member, User: req.User,
		Ratings: req.Ratings, Consolidation: consolidation, Text: strings.TrimSpace(req.Text), At: e.now(),
	}
	return a, team.SaveSurveyAnswer(ctx, a)
}

// checkConsolidation returns the consolidation answers to store: nil when
// none is given, else one per question. KindInvalid
// (err.review_consolidation) for a wrong count or an unknown answer.
func checkConsolidation(answers []string) ([]string, error) {
	if !slices.ContainsFunc(answers, func(a string) bool { return a != "" }) {
		return nil, nil
	}
	if len(answers) != len(ConsolidationQuestions) {
		return nil, storage.Errorf(storage.KindInvalid, "err.review_consolidation")
	}
	for _, a := range answers {
		if a != "" && !slices.Contains(ConsolidationAnswers, a) {
			return nil, storage.Errorf(storage.KindInvalid, "err.review_consolidation")
		}
	}
	return answers, nil
}

// PreviousAnswer returns the answer user gave to review reviewID for
// committee, and whether there is one, so a form can start from it. It
// refuses like Answer: an unknown or closed review, a committee not under
// review, a user who is no member of the committee.
func (e *Engine) PreviousAnswer(ctx context.Context, team *storage.Team, reviewID, committeeID, user string) (storage.SurveyAnswer, bool, error) {
	r, err := e.openReview(ctx, team, reviewID)
	if err != nil {
		return storage.SurveyAnswer{}, false, err
	}
	committee := strings.ToLower(committeeID)
	if !slices.Contains(r.Committees, committee) {
		return storage.SurveyAnswer{}, false, storage.Errorf(storage.KindInvalid, "err.review_committee_not_reviewed", committeeID, r.ID)
	}
	member, err := memberFor(ctx, team, user, committee)
	if err != nil {
		return storage.SurveyAnswer{}, false, err
	}
	a, err := team.SurveyAnswer(ctx, r.ID, committee, member)
	if storage.IsNotFound(err) {
		return storage.SurveyAnswer{}, false, nil
	}
	return a, err == nil, err
}

// openReview returns review id if it exists and is not closed.
func (e *Engine) openReview(ctx context.Context, team *storage.Team, id string) (storage.Review, error) {
	r, err := team.Review(ctx, id)
	if storage.IsNotFound(err) {
		return r, storage.Errorf(storage.KindNotFound, "err.review_not_found", id)
	}
	if err != nil {
		return r, err
	}
	if r.Status != storage.ReviewOpen {
		return r, storage.Errorf(storage.KindConflict, "err.review_closed", r.ID)
	}
	if _, err := team.ReviewCloseClaim(ctx, r.ID); err == nil {
		return r, storage.Errorf(storage.KindConflict, "err.review_closed", r.ID)
	} else if !storage.IsNotFound(err) {
		return r, err
	}
	return r, nil
}

// memberFor returns the stakeholder linked to user who sits in committee.
func memberFor(ctx context.Context, team *storage.Team, user, committee string) (string, error) {
	linked, err := team.StakeholdersBySlackUser(ctx, user)
	if err != nil {
		return "", err
	}
	members, err := team.Members(ctx, committee)
	if err != nil {
		return "", err
	}
	for _, s := range linked {
		if s.Status == storage.StatusArchived {
			continue
		}
		for _, m := range members {
			if m.Stakeholder == s.ID {
				return s.ID, nil
			}
		}
	}
	return "", storage.Errorf(storage.KindForbidden, "err.review_not_member", committee)
}

// OpenReview returns the workspace's open review; KindNotFound
// (err.review_none_open) when there is none.
func (e *Engine) OpenReview(ctx context.Context, team *storage.Team) (storage.Review, error) {
	list, err := team.Reviews(ctx, 1, storage.ReviewOpen)
	if err != nil {
		return storage.Review{}, err
	}
	if len(list) == 0 {
		return storage.Review{}, storage.Errorf(storage.KindNotFound, "err.review_none_open")
	}
	return list[0], nil
}

// Respondents returns the stakeholders who have answered review id.
func (e *Engine) Respondents(ctx context.Context, team *storage.Team, id string) (map[string]bool, error) {
	return respondents(ctx, team, id)
}
