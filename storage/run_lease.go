package storage

import (
	"context"
	"strconv"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// runTakeovers holds the claims to take over a started run whose lease
// expired: "<team>/<run id>#takeover<n>", the n-th holder after the one
// that claimed the slot.
const runTakeovers = "run_takeovers"

// RunTakeover is the claim of the n-th takeover of a run.
type RunTakeover struct {
	Scope `bson:",inline"`
	DocID string    `bson:"_id" json:"-"`
	RunID string    `bson:"run_id" json:"run_id"`
	N     int       `bson:"n" json:"n"`
	By    string    `bson:"by" json:"by"`
	At    time.Time `bson:"at" json:"at"`
}

func takeoverID(runID string, n int) string { return runID + "#takeover" + strconv.Itoa(n) }

// RenewRunLease sets the lease of the started run id to until. The holder
// calls it while it works; it writes only lease_until by _id, so it needs
// no conditional update. KindNotFound when there is no such run.
func (t *Team) RenewRunLease(ctx context.Context, id string, until time.Time) error {
	err := t.set(ctx, runs, t.docID(id), bson.D{{Key: "lease_until", Value: until.UTC()}})
	if err == nil {
		t.s.leases.move(t.docID(id), until)
	}
	return err
}

// TakenOver reports whether holder number n of run id has been replaced:
// whether the takeover claim n+1 exists. The holder asks before each
// renewal and stops working when it has.
func (t *Team) TakenOver(ctx context.Context, id string, n int) (bool, error) {
	var c RunTakeover
	err := t.findOne(ctx, runTakeovers, bson.D{{Key: "_id", Value: t.docID(takeoverID(id, n+1))}}, &c)
	if IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

// TakeOverRun claims the started run r (as read, its lease expired at now)
// for the process by, with a new lease until. The claim is an insert
// under "<run id>#takeover<n>", n one more than r's holder, so of any
// number of processes one wins. A claim whose winner died before it
// recorded itself in the run (no holder n after grace) is passed over for
// the next n. It returns the run as the winner holds it and true, or false
// (no error) when another process holds or is taking over the run.
// Idempotent in effect: a lost claim changes nothing.
func (t *Team) TakeOverRun(ctx context.Context, r Run, by string, now, until time.Time, grace time.Duration) (Run, bool, error) {
	for n := r.Holder + 1; ; n++ {
		c := RunTakeover{DocID: t.docID(takeoverID(r.ID(), n)), RunID: r.ID(), N: n, By: by, At: now.UTC()}
		err := t.insert(ctx, runTakeovers, &c)
		if err == nil {
			r.Holder, r.By, r.LeaseUntil = n, by, until.UTC()
			err = t.set(ctx, runs, t.docID(r.ID()), bson.D{
				{Key: "holder", Value: n}, {Key: "by", Value: by}, {Key: "lease_until", Value: r.LeaseUntil},
			})
			if err == nil {
				t.s.leases.move(t.docID(r.ID()), r.LeaseUntil)
			}
			return r, err == nil, err
		}
		if !IsConflict(err) {
			return r, false, err
		}
		var old RunTakeover
		if err := t.findOne(ctx, runTakeovers, bson.D{{Key: "_id", Value: c.DocID}}, &old); err != nil {
			return r, false, err
		}
		if now.Sub(old.At) < grace {
			return r, false, nil
		}
	}
}

// ExpiredRuns returns the started runs of every workspace whose lease
// expired before now, the longest expired first, at most limit: the firing
// loop's read across workspaces. It reads only those runs: by the index on
// state and lease, or on the embedded server by the leases it keeps in
// memory (see timeIndex).
func (s *Store) ExpiredRuns(ctx context.Context, now time.Time, limit int) ([]Run, error) {
	if s.leases != nil {
		return readUpTo(ctx, s, s.leases, now.UTC().Add(-time.Nanosecond), limit, func(r *Run) (time.Time, bool) {
			return r.LeaseUntil, r.State == RunStarted
		})
	}
	f := bson.D{
		{Key: "state", Value: RunStarted},
		{Key: "lease_until", Value: bson.D{{Key: "$lt", Value: now.UTC()}}},
	}
	cur, err := s.db.Collection(runs).Find(ctx, f, options.Find().
		SetSort(bson.D{{Key: "lease_until", Value: 1}, {Key: "slot_at", Value: 1}, {Key: "_id", Value: 1}}).SetLimit(int64(limit)))
	if err != nil {
		return nil, classify("find runs", err)
	}
	var out []Run
	return out, classify("find runs", cur.All(ctx, &out))
}
