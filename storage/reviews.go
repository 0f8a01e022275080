package storage

import (
	"context"
	"hash/fnv"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The statuses of a review.
const (
	ReviewOpen   = "open"
	ReviewClosed = "closed"
)

const (
	reviews      = "reviews"
	reviewClaims = "review_claims"
)

// Review is one network review (Netzwerküberprüfung): opened by a schedule's
// run or by a coordinator, open for a window in which members answer the
// survey, then closed with a summary. Analysis and Summary are the review
// package's snapshots, encoded with MarshalSnapshot (storage knows nothing
// of their shape).
type Review struct {
	Scope      `bson:",inline"`
	DocID      string    `bson:"_id" json:"-"`
	ID         string    `bson:"id" json:"id"`
	ScheduleID string    `bson:"schedule_id" json:"schedule_id"`
	RunID      string    `bson:"run_id" json:"run_id"`
	StartedBy  string    `bson:"started_by" json:"started_by"`
	OpenedAt   time.Time `bson:"opened_at" json:"opened_at"`
	ClosesAt   time.Time `bson:"closes_at" json:"closes_at"`
	ClosedAt   time.Time `bson:"closed_at" json:"closed_at"`
	ClosedBy   string    `bson:"closed_by" json:"closed_by"`
	PeriodFrom time.Time `bson:"period_from" json:"period_from"`
	PeriodTo   time.Time `bson:"period_to" json:"period_to"`
	// Committees are the ids of the committees under review.
	Committees []string `bson:"committees" json:"committees"`
	// Dimensions is the workspace's dimension list when the review opened;
	// survey ratings are given in this order.
	Dimensions []string `bson:"dimensions" json:"dimensions"`
	// MinAnswers is the anonymity threshold k the survey promised when the
	// review opened: a committee's results are shown only with at least k
	// answers.
	MinAnswers int `bson:"min_answers" json:"min_answers"`
	// Invitees are the members asked to answer, fixed when it opened.
	Invitees   []Invitee `bson:"invitees" json:"invitees"`
	Channel    string    `bson:"channel" json:"channel"`
	Status     string    `bson:"status" json:"status"`
	Analysis   bson.Raw  `bson:"analysis,omitempty" json:"-"`
	Summary    bson.Raw  `bson:"summary,omitempty" json:"-"`
	PreviousID string    `bson:"previous_id" json:"previous_id"`
}

// MarshalSnapshot encodes v, a struct (its fields named by bson tags) or a
// map, as a document to store with a record, such as a review's analysis.
// It fails when v cannot be encoded.
func MarshalSnapshot(v any) (bson.Raw, error) {
	return bson.Marshal(v)
}

// UnmarshalSnapshot decodes a document made by MarshalSnapshot into v, a
// pointer. It fails when raw is not a document or does not fit v.
func UnmarshalSnapshot(raw bson.Raw, v any) error {
	return bson.Unmarshal(raw, v)
}

// Invitee is a member asked to answer a review's survey: a stakeholder
// linked to a Slack user, with the reviewed committees they sit in.
type Invitee struct {
	Stakeholder string   `bson:"stakeholder" json:"stakeholder"`
	User        string   `bson:"user" json:"user"`
	Committees  []string `bson:"committees" json:"committees"`
}

// ReviewIDForRun returns the review id a schedule's run opens: derived from
// the run id, so a run can never open two reviews.
func ReviewIDForRun(runID string) string {
	h := fnv.New64a()
	_, _ = h.Write([]byte(runID))
	n := h.Sum64()
	b := make([]byte, 8)
	for i := range b {
		b[i] = idAlphabet[n%uint64(len(idAlphabet))]
		n /= uint64(len(idAlphabet))
	}
	return "r" + string(b)
}

// AddReview stores r as open. With r.ID set (a scheduled review, see
// ReviewIDForRun) it fails with KindConflict when that review exists; with
// r.ID empty it gets a fresh short id (prefix "r"). Not idempotent without
// an id. Through a handle from WithAudit the review is stored together
// with its audit entry (both or neither), which claims "review:<id>@1".
func (t *Team) AddReview(ctx context.Context, r Review) (Review, error) {
	r.Status = ReviewOpen
	r.OpenedAt, r.ClosesAt = r.OpenedAt.UTC(), r.ClosesAt.UTC()
	r.PeriodFrom, r.PeriodTo = r.PeriodFrom.UTC(), r.PeriodTo.UTC()
	if r.Committees == nil {
		r.Committees = []string{}
	}
	if r.Invitees == nil {
		r.Invitees = []Invitee{}
	}
	if r.ID == "" {
		_, err := t.create(ctx, reviews, "r", "review", func(id string) (change, error) {
			return t.reviewInsert(&r, id)
		})
		return r, err
	}
	if _, err := t.Review(ctx, r.ID); err == nil {
		return r, &Error{Kind: KindConflict, Op: "insert " + reviews}
	} else if !IsNotFound(err) {
		return r, err
	}
	ch, err := t.reviewInsert(&r, r.ID)
	if err != nil {
		return r, err
	}
	err = t.commit(ctx, created(ch, "review", r.ID))
	if _, lost := ChangedMeanwhile(err); lost {
		err = &Error{Kind: KindConflict, Op: "insert " + reviews, Err: err}
	}
	return r, err
}

// reviewInsert gives r the short id id and returns the change that
// inserts it.
func (t *Team) reviewInsert(r *Review, id string) (change, error) {
	r.ID, r.DocID = id, t.docID(id)
	w, err := t.insertWrite(reviews, r)
	return change{writes: []write{w}}, err
}

// Review returns the review id; KindNotFound if there is none.
func (t *Team) Review(ctx context.Context, id string) (Review, error) {
	return docByID[Review](ctx, t, nil, reviews, strings.ToLower(id))
}

// Reviews returns the workspace's reviews with one of the statuses (all
// when none given), newest first, at most limit (0: no limit).
func (t *Team) Reviews(ctx context.Context, limit int, statuses ...string) ([]Review, error) {
	opts := options.Find().SetSort(bson.D{{Key: "opened_at", Value: -1}, {Key: "id", Value: 1}})
	if limit > 0 {
		opts.SetLimit(int64(limit))
	}
	var out []Review
	err := t.find(ctx, reviews, statusFilter(statuses), &out, opts)
	return out, err
}

// OpenReviewsOfAllTeams returns the open reviews of every workspace, each
// carrying its TeamID: the review loop's one read across workspaces.
func (s *Store) OpenReviewsOfAllTeams(ctx context.Context) ([]Review, error) {
	cur, err := s.db.Collection(reviews).Find(ctx, statusFilter([]string{ReviewOpen}),
		options.Find().SetSort(bson.D{{Key: "team_id", Value: 1}, {Key: "opened_at", Value: 1}}))
	if err != nil {
		return nil, classify("find reviews", err)
	}
	var out []Review
	return out, classify("find reviews", cur.All(ctx, &out))
}

// MarkReviewClosed records that review id is closed, by whom, when, with
// its summary. Call it only after winning ClaimReviewClose (or finding the
// claim): it overwrites, so repeating it with the claim's values is
// harmless. KindNotFound when the review does not exist.
func (t *Team) MarkReviewClosed(ctx context.Context, id, by string, at time.Time, summary bson.Raw) error {
	return t.set(ctx, reviews, t.docID(id), bson.D{
		{Key: "status", Value: ReviewClosed}, {Key: "closed_at", Value: at.UTC()},
		{Key: "closed_by", Value: by}, {Key: "summary", Value: summary},
	})
}

// ReviewClaim is a once-only fact about a review, stored under
// "<team>/<review>/<what>": "close" (the review's one closing, with its
// summary) or "open" (the workspace's one open review, see ClaimOpenSlot).
type ReviewClaim struct {
	Scope    `bson:",inline"`
	DocID    string    `bson:"_id" json:"-"`
	ReviewID string    `bson:"review_id" json:"review_id"`
	By       string    `bson:"by" json:"by"`
	At       time.Time `bson:"at" json:"at"`
	Summary  bson.Raw  `bson:"summary,omitempty" json:"-"`
}

// ClaimReviewClose inserts the close claim of c.ReviewID. It reports true
// when this call closed the review, false (no error) when it was already
// closed: whoever wins decides the summary, exactly once. Through a handle
// from WithAudit the claim is stored together with its audit entry, whose
// _id "review:<id>@close" is claimed first: of two audited closes only one
// entry is stored, and the loser finishes the winner's change, so that
// ReviewCloseClaim then returns the winner's claim. An audited close that
// races an unaudited one (the schedule's) may report true while the
// other's claim is stored: read the claim back, it is the one that counts.
func (t *Team) ClaimReviewClose(ctx context.Context, c ReviewClaim) (bool, error) {
	c.DocID = t.docID(c.ReviewID + "/close")
	c.At = c.At.UTC()
	ch, err := t.closeClaim(&c)
	if err != nil {
		return false, err
	}
	err = t.commit(ctx, ch)
	if won, lost := ChangedMeanwhile(err); lost {
		return false, t.rollForward(ctx, won.Change)
	}
	if IsConflict(err) {
		return false, nil
	}
	return err == nil, err
}

// closeClaim returns the change that inserts the close claim c.
func (t *Team) closeClaim(c *ReviewClaim) (change, error) {
	w, err := t.insertWrite(reviewClaims, c)
	return change{claim: onceID("review", c.ReviewID, "close"), target: c.ReviewID, writes: []write{w}}, err
}

// ReviewCloseClaim returns the close claim of review id; KindNotFound while
// the review is not closed.
func (t *Team) ReviewCloseClaim(ctx context.Context, id string) (ReviewClaim, error) {
	var c ReviewClaim
	err := t.findOne(ctx, reviewClaims, bson.D{{Key: "_id", Value: t.docID(id + "/close")}}, &c)
	return c, err
}

// openSlot is the _id suffix of the claim that a workspace has an open
// review.
const openSlot = "open-review"

// ClaimOpenSlot claims the workspace's one open review for review id. It
// returns "" when the claim is won, else the id of the review holding it.
func (t *Team) ClaimOpenSlot(ctx context.Context, id string, at time.Time) (string, error) {
	err := t.insert(ctx, reviewClaims, &ReviewClaim{DocID: t.docID(openSlot), ReviewID: id, At: at.UTC()})
	if !IsConflict(err) {
		return "", err
	}
	var c ReviewClaim
	if err := t.findOne(ctx, reviewClaims, bson.D{{Key: "_id", Value: t.docID(openSlot)}}, &c); err != nil {
		if IsNotFound(err) { // released meanwhile
			return t.ClaimOpenSlot(ctx, id, at)
		}
		return "", err
	}
	return c.ReviewID, nil
}

// ReleaseOpenSlot frees the open-review claim if review id holds it.
// Idempotent.
func (t *Team) ReleaseOpenSlot(ctx context.Context, id string) error {
	full, err := t.filter(bson.D{{Key: "_id", Value: t.docID(openSlot)}})
	if err != nil {
		return wrap(KindInvalid, "release open review", err)
	}
	full = append(full, bson.E{Key: "review_id", Value: id})
	defer t.s.lockWrites()()
	_, err = t.coll(reviewClaims).DeleteOne(ctx, full)
	return classify("release open review", err)
}

// DeleteReview removes review id and the audit entry that its creation
// claimed ("review:<id>@1", when it was added through WithAudit); only for
// a review that lost the open-review claim right after it was added, so a
// refused start leaves no trace. The review goes first: a crash in between
// leaves an audit entry without its review, never a review without its
// entry. Idempotent.
func (t *Team) DeleteReview(ctx context.Context, id string) error {
	full, err := t.byID(t.docID(id))
	if err != nil {
		return wrap(KindInvalid, "delete review", err)
	}
	unlock := t.s.lockWrites()
	_, err = t.coll(reviews).DeleteOne(ctx, full)
	unlock()
	if err != nil {
		return classify("delete review", err)
	}
	return t.deleteDoc(ctx, audit, t.docID(claimID("review", id, 1)))
}
