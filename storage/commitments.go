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
	// Version counts the commitment's events: its last event has Seq
	// Version (see change).
	Version int `bson:"version" json:"-"`
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
// ("c…") with its "created" event. It returns c with ID, Status, Version
// and the stamps set. Not idempotent: each call adds a commitment. Through
// WithAudit the commitment, its event and the audit entry are stored
// together.
func (t *Team) AddCommitment(ctx context.Context, c Commitment) (Commitment, error) {
	c.Status, c.Version = CommitmentOpen, 1
	c.CreatedAt = c.CreatedAt.UTC()
	c.UpdatedAt = c.CreatedAt
	_, err := t.create(ctx, commitments, "c", "commitment", func(id string) (change, error) {
		c.ID, c.DocID = id, t.docID(id)
		doc, err := t.insertWrite(commitments, &c)
		if err != nil {
			return change{}, err
		}
		ev, err := t.eventWrite(CommitmentEvent{
			Commitment: id, Seq: 1, At: c.CreatedAt, Actor: c.CreatedBy, Kind: EventCreated, To: c.Status,
		})
		return change{writes: []write{doc, ev}}, err
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
	err := t.find(ctx, commitments, f.bson(), &out, options.Find().SetSort(byDueAndID()))
	return out, err
}

// OverdueCommitments returns the commitments overdue on the day today
// ("2006-01-02" in the workspace's zone), sorted by due day.
func (t *Team) OverdueCommitments(ctx context.Context, today string) ([]Commitment, error) {
	return t.Commitments(ctx, CommitmentFilter{OverdueOn: today})
}

// RecordCommitmentEvent applies ev to its commitment and stores it as the
// commitment's next event, making its next version (ev.Seq):
//   - EventStatus sets the status from ev.From to ev.To (and closed_at to
//     ev.At when it becomes done or dropped, zero when reopened),
//   - EventDue sets the due day from ev.From to ev.To,
//   - EventNote only stamps updated_at.
//
// A status or due change is applied only while the stored value still
// equals ev.From. Otherwise, or when (through WithAudit) another change
// claimed the same version first, it fails with KindConflict and changes
// nothing; ChangedMeanwhile then tells who changed it. The event's _id is
// "<commitment>@<version>". KindNotFound when the commitment does not
// exist in this workspace; KindInvalid for another event kind. Not
// idempotent: each call adds an event. It returns ev as stored.
func (t *Team) RecordCommitmentEvent(ctx context.Context, ev CommitmentEvent) (CommitmentEvent, error) {
	ev.At = ev.At.UTC()
	c, err := t.Commitment(ctx, ev.Commitment)
	if err != nil {
		return ev, err
	}
	ev.Commitment, ev.Seq = c.ID, c.Version+1
	fields := bson.D{{Key: "updated_at", Value: ev.At}}
	switch ev.Kind {
	case EventStatus:
		if c.Status != ev.From {
			return ev, t.stale(ctx, "commitment", c.ID, c.Version)
		}
		closed := time.Time{}
		if ev.To == CommitmentDone || ev.To == CommitmentDropped {
			closed = ev.At
		}
		fields = append(fields, bson.E{Key: "status", Value: ev.To}, bson.E{Key: "closed_at", Value: closed})
	case EventDue:
		if c.Due != ev.From {
			return ev, t.stale(ctx, "commitment", c.ID, c.Version)
		}
		fields = append(fields, bson.E{Key: "due", Value: ev.To})
	case EventNote:
	default:
		return ev, &Error{Kind: KindInvalid, Op: "record commitment event " + ev.Kind}
	}
	set, err := setWrite(commitments, c.DocID, fields, ev.Seq)
	if err != nil {
		return ev, err
	}
	event, err := t.eventWrite(ev)
	if err != nil {
		return ev, err
	}
	ev.DocID = event.DocID
	err = t.commit(ctx, change{claim: claimID("commitment", c.ID, ev.Seq), target: c.ID, writes: []write{set, event}})
	return ev, err
}
