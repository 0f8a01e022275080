package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// DefaultRetention is how long delivered and failed outbox messages, their
// delivery attempts and schedule runs are kept.
const DefaultRetention = 90 * 24 * time.Hour

// Pruned says how many documents Prune deleted, per kind.
type Pruned struct {
	Messages, Attempts, Runs, Takeovers int64
}

// Total is the sum of p's counts.
func (p Pruned) Total() int64 { return p.Messages + p.Attempts + p.Runs + p.Takeovers }

// Prune deletes, in every workspace, what is older than cutoff and done
// with: outbox messages sent or failed (by their creation), delivery
// attempt claims, runs that are not started (by their claim time) and run
// takeover claims. Pending messages and started runs are kept whatever
// their age: the sender and the firing loop still own them. It is
// maintenance across workspaces, so it filters on time and state alone,
// on indexed fields. Idempotent: what is gone stays gone, and a document
// that matches can no longer change (its state is final), so a delete
// that races the sender or the firing loop removes nothing they still
// need. It stops at the first failed delete and reports what it deleted.
func (s *Store) Prune(ctx context.Context, cutoff time.Time) (Pruned, error) {
	before := bson.D{{Key: "$lt", Value: cutoff.UTC()}}
	var p Pruned
	var err error
	steps := []struct {
		coll string
		f    bson.D
		n    *int64
	}{
		{outbox, bson.D{{Key: "state", Value: bson.D{{Key: "$in", Value: bson.A{OutboxSent, OutboxFailed}}}}, {Key: "created_at", Value: before}}, &p.Messages},
		{outboxAttempts, bson.D{{Key: "at", Value: before}}, &p.Attempts},
		{runs, bson.D{{Key: "state", Value: bson.D{{Key: "$ne", Value: RunStarted}}}, {Key: "at", Value: before}}, &p.Runs},
		{runTakeovers, bson.D{{Key: "at", Value: before}}, &p.Takeovers},
	}
	for _, st := range steps {
		if *st.n, err = s.deleteMany(ctx, st.coll, st.f); err != nil {
			return p, err
		}
	}
	return p, nil
}

// deleteMany deletes the documents of coll matching f and returns how many.
func (s *Store) deleteMany(ctx context.Context, coll string, f bson.D) (int64, error) {
	defer s.lockWrites()()
	res, err := s.db.Collection(coll).DeleteMany(ctx, f)
	if err != nil {
		return 0, classify("prune "+coll, err)
	}
	return res.DeletedCount, nil
}
