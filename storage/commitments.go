package storage

import (
	"context"
	"slices"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The commitment statuses. Open and in-progress commitments are unfinished;
// done and dropped ones are closed.
const (
	CommitmentOpen       = "open"
	CommitmentInProgress = "in-progress"
	CommitmentDone       = "done"
	CommitmentDropped    = "dropped"
)

// CommitmentStatuses lists every status; CommitmentUnfinished those that
// can still become overdue.
var (
	CommitmentStatuses   = []string{CommitmentOpen, CommitmentInProgress, CommitmentDone, CommitmentDropped}
	CommitmentUnfinished = []string{CommitmentOpen, CommitmentInProgress}
)

const commitments = "commitments"

// Commitment is a concrete measure a stakeholder promised to carry out by a
// day (Zusage, Maßnahme). The document holds the current status and due
// day; how they got there is in the commitment's events.
type Commitment struct {
	Scope     `bson:",inline"`
	DocID     string `bson:"_id" json:"-"`
	ID        string `bson:"id" json:"id"`
	Owner     string `bson:"owner" json:"owner"` // the stakeholder's short id
	Text      string `bson:"text" json:"text"`
	Due       string `bson:"due" json:"due"`             // calendar day "2006-01-02", zone-free
	Committee string `bson:"committee" json:"committee"` // the committee's short id, or ""
	Status    string `bson:"status" json:"status"`
	CreatedBy string `bson:"created_by" json:"created_by"`
	// CreatedAt and UpdatedAt are instants in UTC.
	CreatedAt time.Time `bson:"created_at" json:"created_at"`
	UpdatedAt time.Time `bson:"updated_at" json:"updated_at"`
	// ClosedAt is when the commitment was last marked done or dropped;
	// zero while it is unfinished.
	ClosedAt time.Time `bson:"closed_at" json:"closed_at,omitzero"`
}

// Closed reports whether the commitment is done or dropped.
func (c Commitment) Closed() bool {
	return c.Status == CommitmentDone || c.Status == CommitmentDropped
}

// Overdue reports whether the commitment is overdue on the calendar day
// today ("2006-01-02" in the workspace's time zone): it is unfinished and
// its due day lies before today. On the due day itself it is not overdue.
// This is the one rule for "overdue"; CommitmentFilter.OverdueOn is the
// same rule as a query.
func (c Commitment) Overdue(today string) bool {
	return !c.Closed() && c.Due < today
}

// AddCommitment stores c as a new open commitment under a fresh short id
// ("c…") and records its "created" event. It returns c with ID, Status and
// the stamps set. Not idempotent: each call adds a commitment.
func (t *Team) AddCommitment(ctx context.Context, c Commitment) (Commitment, error) {
	c.Status = CommitmentOpen
	c.CreatedAt = c.CreatedAt.UTC()
	c.UpdatedAt = c.CreatedAt
	_, err := t.insertWithShortID(ctx, commitments, "c", func(id string) record {
		c.ID, c.DocID = id, t.docID(id)
		return &c
	})
	if err != nil {
		return c, err
	}
	_, err = t.addCommitmentEvent(ctx, CommitmentEvent{
		Commitment: c.ID, At: c.CreatedAt, Actor: c.CreatedBy, Kind: EventCreated, To: c.Status,
	})
	return c, err
}

// Commitment returns the commitment with the short id id (any case);
// KindNotFound when there is none in this workspace.
func (t *Team) Commitment(ctx context.Context, id string) (Commitment, error) {
	return docByID(ctx, t, t.s.caches.commitments, commitments, strings.ToLower(id))
}

// CommitmentFilter selects commitments; zero fields select everything, and
// set fields must all match.
type CommitmentFilter struct {
	// Owners selects commitments owned by any of these stakeholders.
	Owners []string
	// Committee selects the commitments of one committee.
	Committee string
	// Statuses selects commitments with any of these statuses.
	Statuses []string
	// DueBefore selects commitments due before this day ("2006-01-02").
	DueBefore string
	// OverdueOn selects the commitments that are overdue on this day: the
	// query form of Commitment.Overdue.
	OverdueOn string
}

func (f CommitmentFilter) bson() bson.D {
	var d bson.D
	if len(f.Owners) > 0 {
		d = append(d, bson.E{Key: "owner", Value: bson.D{{Key: "$in", Value: f.Owners}}})
	}
	if f.Committee != "" {
		d = append(d, bson.E{Key: "committee", Value: f.Committee})
	}
	statuses, before := f.Statuses, f.DueBefore
	if f.OverdueOn != "" {
		statuses = intersect(statuses, CommitmentUnfinished)
		if before == "" || f.OverdueOn < before {
			before = f.OverdueOn
		}
	}
	if statuses != nil {
		d = append(d, bson.E{Key: "status", Value: bson.D{{Key: "$in", Value: statuses}}})
	}
	if before != "" {
		// ISO days compare as strings in calendar order.
		d = append(d, bson.E{Key: "due", Value: bson.D{{Key: "$lt", Value: before}}})
	}
	return d
}

// intersect returns the elements of b that are in a, or b when a is nil
// (no restriction). The result is never nil.
func intersect(a, b []string) []string {
	out := []string{}
	for _, s := range b {
		if a == nil || slices.Contains(a, s) {
			out = append(out, s)
		}
	}
	return out
}

// Commitments returns the commitments matching f, sorted by due day and
// then by id. Against MongoDB filtering happens in the query (the indexes
// on status and due serve the overdue look-up); on the embedded server in
// Go, from the workspace's cache (see docCache). An
// empty result is not an error.
func (t *Team) Commitments(ctx context.Context, f CommitmentFilter) ([]Commitment, error) {
	if t.s.caches.commitments != nil {
		return t.cachedCommitments(ctx, f)
	}
	var out []Commitment
	opts := options.Find().SetSort(bson.D{{Key: "due", Value: 1}, {Key: "id", Value: 1}})
	err := t.find(ctx, commitments, f.bson(), &out, opts)
	return out, err
}

// OverdueCommitments returns the commitments overdue on the day today
// ("2006-01-02" in the workspace's zone), sorted by due day.
func (t *Team) OverdueCommitments(ctx context.Context, today string) ([]Commitment, error) {
	return t.Commitments(ctx, CommitmentFilter{OverdueOn: today})
}

// RecordCommitmentEvent applies ev to its commitment and stores it as the
// next entry of the commitment's history:
//   - EventStatus sets the status from ev.From to ev.To (and closed_at to
//     ev.At when it becomes done or dropped, zero when reopened),
//   - EventDue sets the due day from ev.From to ev.To,
//   - EventNote only stamps updated_at.
//
// A status or due change is applied only while the stored value still
// equals ev.From; otherwise (someone changed it meanwhile) it fails with
// KindConflict and changes nothing. KindNotFound when the commitment does
// not exist in this workspace; KindInvalid for another event kind. Not
// idempotent: each call adds an event. It returns ev as stored.
func (t *Team) RecordCommitmentEvent(ctx context.Context, ev CommitmentEvent) (CommitmentEvent, error) {
	ev.At = ev.At.UTC()
	stamp := bson.E{Key: "updated_at", Value: ev.At}
	var err error
	switch ev.Kind {
	case EventStatus:
		closed := time.Time{}
		if ev.To == CommitmentDone || ev.To == CommitmentDropped {
			closed = ev.At
		}
		err = t.setCommitmentIf(ctx, ev.Commitment, "status", ev.From,
			bson.D{{Key: "status", Value: ev.To}, {Key: "closed_at", Value: closed}, stamp})
	case EventDue:
		err = t.setCommitmentIf(ctx, ev.Commitment, "due", ev.From, bson.D{{Key: "due", Value: ev.To}, stamp})
	case EventNote:
		err = t.set(ctx, commitments, t.docID(ev.Commitment), bson.D{stamp})
	default:
		err = &Error{Kind: KindInvalid, Op: "record commitment event " + ev.Kind}
	}
	if err != nil {
		return ev, err
	}
	return t.addCommitmentEvent(ctx, ev)
}

// setCommitmentIf applies fields to commitment id only while its field
// still has the value want. KindConflict when it has another value,
// KindNotFound when the commitment does not exist.
//
// Against MongoDB the condition is part of the update's filter, which makes
// the check atomic across processes. The embedded server serves one
// process and writes are serialised by the store's write lock, so there the
// check is a read by _id under that lock: FerretDB would scan the whole
// collection for any filter other than {_id: …}.
func (t *Team) setCommitmentIf(ctx context.Context, id, field, want string, fields bson.D) error {
	op := "update " + commitments
	if t.s.Embedded() {
		return t.setCommitmentIfLocked(ctx, id, field, want, fields)
	}
	full, err := t.filter(bson.D{{Key: "_id", Value: t.docID(id)}, {Key: field, Value: want}})
	if err != nil {
		return wrap(KindInvalid, op, err)
	}
	res, err := t.coll(commitments).UpdateOne(ctx, full, bson.D{{Key: "$set", Value: fields}})
	if err != nil {
		return classify(op, err)
	}
	if res.MatchedCount == 1 {
		return nil
	}
	if _, err := t.Commitment(ctx, id); err != nil {
		return err
	}
	return &Error{Kind: KindConflict, Op: op + ": " + field + " changed meanwhile"}
}

// setCommitmentIfLocked is setCommitmentIf for the embedded server.
func (t *Team) setCommitmentIfLocked(ctx context.Context, id, field, want string, fields bson.D) error {
	op := "update " + commitments
	unlock := t.s.lockWrites()
	defer unlock()
	var current bson.M
	if err := t.findOne(ctx, commitments, bson.D{{Key: "_id", Value: t.docID(id)}}, &current); err != nil {
		return err
	}
	if current[field] != want {
		return &Error{Kind: KindConflict, Op: op + ": " + field + " changed meanwhile"}
	}
	full, err := t.byID(t.docID(id))
	if err != nil {
		return wrap(KindInvalid, op, err)
	}
	_, err = t.coll(commitments).UpdateOne(ctx, full, bson.D{{Key: "$set", Value: fields}})
	if c := t.cacheAfter(commitments, err); c != nil {
		c.set(t.id, t.docID(id), fields)
	}
	return classify(op, err)
}
