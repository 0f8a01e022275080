package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const audit = "audit"

// AuditEntry records one change: who did what to which record, with the
// values of the changed fields before and after. Entries are only ever
// inserted; the one exception is the entry of a review start that was
// refused after all (DeleteReview).
type AuditEntry struct {
	Scope      `bson:",inline"`
	DocID      string    `bson:"_id" json:"-"`
	At         time.Time `bson:"at" json:"at"`
	Actor      string    `bson:"actor" json:"actor"`
	Action     string    `bson:"action" json:"action"`
	TargetKind string    `bson:"target_kind" json:"target_kind"`
	TargetID   string    `bson:"target_id" json:"target_id"`
	Changes    []Change  `bson:"changes" json:"changes"`
	// Change is the journal entry of the change the entry describes (see
	// journal.go); empty for entries stored on their own.
	Change string `bson:"change_id,omitempty" json:"-"`
}

// Change is one field's value before and after, as displayed text.
type Change struct {
	Field  string `bson:"field" json:"field"`
	Before string `bson:"before" json:"before"`
	After  string `bson:"after" json:"after"`
}

// Audit stores e under a fresh id. Not idempotent: each call adds an entry.
func (t *Team) Audit(ctx context.Context, e AuditEntry) error {
	e.At = e.At.UTC()
	if e.Changes == nil {
		e.Changes = []Change{}
	}
	_, err := t.insertWithShortID(ctx, audit, "a", func(id string) record {
		e.DocID = t.docID(id)
		return &e
	})
	return err
}

// AuditFor returns the entries about one record, oldest first.
func (t *Team) AuditFor(ctx context.Context, kind, id string) ([]AuditEntry, error) {
	var out []AuditEntry
	f := bson.D{{Key: "target_kind", Value: kind}, {Key: "target_id", Value: id}}
	err := t.find(ctx, audit, f, &out, options.Find().SetSort(bson.D{{Key: "at", Value: 1}}))
	return out, err
}

// CountAudit returns how many entries are about any of the records ids
// (short ids, Slack user ids or "settings"). No ids count nothing.
func (t *Team) CountAudit(ctx context.Context, ids []string) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	if t.s.caches.audit != nil {
		return t.cachedCountAudit(ctx, ids)
	}
	n, err := t.count(ctx, audit, auditTargets(ids))
	return int(n), err
}

// AuditPage returns at most limit entries about any of the records ids,
// newest first, after skipping the first skip. Entries of the same instant
// are ordered by _id, so consecutive pages neither overlap nor leave gaps
// while no entry is added.
func (t *Team) AuditPage(ctx context.Context, ids []string, skip, limit int) ([]AuditEntry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	if t.s.caches.audit != nil {
		return t.cachedAuditPage(ctx, ids, skip, limit)
	}
	var out []AuditEntry
	opts := options.Find().
		SetSort(bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: -1}}).
		SetSkip(int64(skip)).SetLimit(int64(limit))
	err := t.find(ctx, audit, auditTargets(ids), &out, opts)
	return out, err
}

// auditTargets selects the entries about any of ids, whatever their kind.
func auditTargets(ids []string) bson.D {
	return bson.D{{Key: "target_id", Value: bson.D{{Key: "$in", Value: ids}}}}
}

// AuditBetween returns the entries made in [from, to), oldest first (same
// instant: by _id). It is one plain find for the whole workspace, for
// analyses computed in Go; an empty window gives no entries.
func (t *Team) AuditBetween(ctx context.Context, from, to time.Time) ([]AuditEntry, error) {
	if t.s.caches.audit != nil {
		return t.cachedAuditBetween(ctx, from, to)
	}
	var out []AuditEntry
	f := bson.D{{Key: "at", Value: bson.D{{Key: "$gte", Value: from.UTC()}, {Key: "$lt", Value: to.UTC()}}}}
	opts := options.Find().SetSort(bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}})
	err := t.find(ctx, audit, f, &out, opts)
	return out, err
}
