package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The states of a run. A slot is claimed as started (or recorded as missed)
// by insert; a started run is then marked done or failed by the process
// that holds it: the one that claimed it or, once its lease expired, the
// one that took it over (see TakeOverRun).
const (
	RunStarted = "started"
	RunDone    = "done"
	RunFailed  = "failed"
	RunMissed  = "missed"
)

const (
	runs        = "runs"
	runRequests = "run_requests"
)

// Run is one slot of a schedule: claimed and started, or recorded as missed.
// Its _id is "<team>/<schedule id>@<slot key>", where the slot key is the
// local wall time in the schedule's zone ("2006-01-02T15:04"), so each slot
// can be claimed exactly once.
type Run struct {
	Scope      `bson:",inline"`
	DocID      string    `bson:"_id" json:"-"`
	ScheduleID string    `bson:"schedule_id" json:"schedule_id"`
	Slot       string    `bson:"slot" json:"slot"`
	SlotAt     time.Time `bson:"slot_at" json:"slot_at"`
	State      string    `bson:"state" json:"state"`
	Manual     bool      `bson:"manual" json:"manual"`
	By         string    `bson:"by" json:"by"`
	At         time.Time `bson:"at" json:"at"`
	Error      string    `bson:"error,omitempty" json:"error,omitempty"`
	// LeaseUntil is when a started run is given up unless its holder
	// renews it; another process may then take it over (TakeOverRun).
	LeaseUntil time.Time `bson:"lease_until" json:"lease_until"`
	// Holder numbers the process working on a started run: 0 for the one
	// that claimed the slot, n after the n-th takeover.
	Holder int `bson:"holder" json:"holder"`
}

// ID returns the run's id within the workspace: "<schedule id>@<slot key>".
func (r Run) ID() string { return r.ScheduleID + "@" + r.Slot }

// ClaimRun inserts r under its deterministic id. It reports true when this
// call stored it, and false (with no error) when the slot was already
// claimed or recorded, by this or any other process: the insert is the
// claim, so each slot is won exactly once. Use it for missed slots too.
func (t *Team) ClaimRun(ctx context.Context, r Run) (bool, error) {
	r.DocID = t.docID(r.ID())
	r.SlotAt, r.At, r.LeaseUntil = r.SlotAt.UTC(), r.At.UTC(), r.LeaseUntil.UTC()
	err := t.insert(ctx, runs, &r)
	if IsConflict(err) {
		return false, nil
	}
	if err == nil && r.State == RunStarted {
		t.s.leases.set(r.DocID, r.LeaseUntil, r.SlotAt)
	}
	return err == nil, err
}

// FinishRun marks the run id ("<schedule id>@<slot key>") done or failed
// with an error text. Only the run's holder calls it; a holder that was
// taken over meanwhile writes the same end, so it is harmless.
// KindNotFound when there is no such run.
func (t *Team) FinishRun(ctx context.Context, id, state, errText string) error {
	err := t.set(ctx, runs, t.docID(id), bson.D{{Key: "state", Value: state}, {Key: "error", Value: errText}})
	if err == nil {
		t.s.leases.drop(t.docID(id))
	}
	return err
}

// Run returns the run id ("<schedule id>@<slot key>"); KindNotFound if none.
func (t *Team) Run(ctx context.Context, id string) (Run, error) {
	var r Run
	err := t.findOne(ctx, runs, bson.D{{Key: "_id", Value: t.docID(id)}}, &r)
	return r, err
}

// Runs returns the runs of a schedule with one of the states (all when none
// given), newest slot first, at most limit (0: no limit).
func (t *Team) Runs(ctx context.Context, scheduleID string, limit int, states ...string) ([]Run, error) {
	f := bson.D{{Key: "schedule_id", Value: scheduleID}}
	if len(states) > 0 {
		f = append(f, bson.E{Key: "state", Value: bson.D{{Key: "$in", Value: states}}})
	}
	opts := options.Find().SetSort(bson.D{{Key: "slot_at", Value: -1}, {Key: "slot", Value: -1}})
	if limit > 0 {
		opts.SetLimit(int64(limit))
	}
	var out []Run
	err := t.find(ctx, runs, f, &out, opts)
	return out, err
}

// CountRuns returns how many runs of a schedule have one of the states (all
// when none given).
func (t *Team) CountRuns(ctx context.Context, scheduleID string, states ...string) (int64, error) {
	f := bson.D{{Key: "schedule_id", Value: scheduleID}}
	if len(states) > 0 {
		f = append(f, bson.E{Key: "state", Value: bson.D{{Key: "$in", Value: states}}})
	}
	return t.count(ctx, runs, f)
}

// RunRequest asks the firing loop to run a schedule now, outside its spec
// ("schedule run"). It is only a hint: the loop claims the run in runs
// (manual, keyed by Slot) and then deletes the request.
type RunRequest struct {
	Scope      `bson:",inline"`
	DocID      string    `bson:"_id" json:"-"`
	ScheduleID string    `bson:"schedule_id" json:"schedule_id"`
	Slot       string    `bson:"slot" json:"slot"`
	SlotAt     time.Time `bson:"slot_at" json:"slot_at"`
	By         string    `bson:"by" json:"by"`
	At         time.Time `bson:"at" json:"at"`
}

// RequestRun stores a request to run a schedule at the slot r.Slot. It
// reports false when that slot is already requested or claimed: idempotent.
func (t *Team) RequestRun(ctx context.Context, r RunRequest) (bool, error) {
	id := r.ScheduleID + "@" + r.Slot
	if _, err := t.Run(ctx, id); err == nil {
		return false, nil
	} else if !IsNotFound(err) {
		return false, err
	}
	r.DocID = t.docID(id)
	r.SlotAt, r.At = r.SlotAt.UTC(), r.At.UTC()
	err := t.insert(ctx, runRequests, &r)
	if IsConflict(err) {
		return false, nil
	}
	return err == nil, err
}

// RunRequests returns the pending requests of a schedule, oldest first.
func (t *Team) RunRequests(ctx context.Context, scheduleID string) ([]RunRequest, error) {
	var out []RunRequest
	err := t.find(ctx, runRequests, bson.D{{Key: "schedule_id", Value: scheduleID}}, &out,
		options.Find().SetSort(bson.D{{Key: "slot_at", Value: 1}, {Key: "_id", Value: 1}}))
	return out, err
}

// DeleteRunRequest removes a handled request ("<schedule id>@<slot key>").
// Idempotent: deleting a request that is gone is no error.
func (t *Team) DeleteRunRequest(ctx context.Context, id string) error {
	full, err := t.filter(bson.D{{Key: "_id", Value: t.docID(id)}})
	if err != nil {
		return wrap(KindInvalid, "delete run request", err)
	}
	defer t.s.lockWrites()()
	_, err = t.coll(runRequests).DeleteOne(ctx, full)
	return classify("delete run request", err)
}
