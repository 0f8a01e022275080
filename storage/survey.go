package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const surveyAnswers = "survey_answers"

// SurveyAnswer is one member's answer to a review's survey for one
// committee: a rating 1–5 per dimension, in the order of the review's
// Dimensions, the answers to the consolidation questions (Verstetigung)
// and an optional free text. Its _id is
// "<team>/<review>/<committee>/<stakeholder>", so a member has at most one
// answer per committee and review.
type SurveyAnswer struct {
	Scope       `bson:",inline"`
	DocID       string `bson:"_id" json:"-"`
	ReviewID    string `bson:"review_id" json:"review_id"`
	CommitteeID string `bson:"committee_id" json:"committee_id"`
	Stakeholder string `bson:"stakeholder_id" json:"stakeholder_id"`
	User        string `bson:"user" json:"user"`
	Ratings     []int  `bson:"ratings" json:"ratings"`
	// Consolidation holds one answer per consolidation question, in the
	// review package's order (mandate, resources, decision makers):
	// "yes", "partly", "no", or "" for a question left unanswered. Empty
	// when the member answered none.
	Consolidation []string  `bson:"consolidation,omitempty" json:"consolidation,omitempty"`
	Text          string    `bson:"text" json:"text"`
	At            time.Time `bson:"at" json:"at"`
}

// SaveSurveyAnswer stores a, replacing the member's earlier answer for the
// same review and committee. Idempotent. It does not check whether the
// review is still open: the review engine does.
func (t *Team) SaveSurveyAnswer(ctx context.Context, a SurveyAnswer) error {
	a.DocID = t.docID(a.ReviewID + "/" + a.CommitteeID + "/" + a.Stakeholder)
	a.TeamID, a.At = t.id, a.At.UTC()
	full, err := t.filter(bson.D{{Key: "_id", Value: a.DocID}})
	if err != nil {
		return wrap(KindInvalid, "save survey answer", err)
	}
	defer t.s.lockWrites()()
	_, err = t.coll(surveyAnswers).ReplaceOne(ctx, full, a, options.Replace().SetUpsert(true))
	return classify("save survey answer", err)
}

// SurveyAnswers returns the answers to a review, sorted by committee and
// stakeholder.
func (t *Team) SurveyAnswers(ctx context.Context, reviewID string) ([]SurveyAnswer, error) {
	var out []SurveyAnswer
	err := t.find(ctx, surveyAnswers, bson.D{{Key: "review_id", Value: reviewID}}, &out,
		options.Find().SetSort(bson.D{{Key: "_id", Value: 1}}))
	return out, err
}

// SurveyAnswer returns the stakeholder's answer to a review for one
// committee; KindNotFound when there is none.
func (t *Team) SurveyAnswer(ctx context.Context, reviewID, committeeID, stakeholder string) (SurveyAnswer, error) {
	var a SurveyAnswer
	err := t.findOne(ctx, surveyAnswers, bson.D{{Key: "_id", Value: t.docID(reviewID + "/" + committeeID + "/" + stakeholder)}}, &a)
	return a, err
}
