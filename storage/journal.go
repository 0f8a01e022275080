package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// An audited change is stored in five steps, each one document write:
//
//  1. the whole change (audit entry, unique keys, writes) is inserted into
//     the journal under a fresh id;
//  2. its unique keys are inserted; a key another record holds refuses the
//     change;
//  3. its audit entry is inserted: the claim. A duplicate _id means another
//     change claimed the same version first, and refuses this one;
//  4. its writes are applied, each idempotent;
//  5. its journal entry is deleted.
//
// Refused in step 2 or 3, the keys it took and its journal entry are
// removed again. A process that dies in between leaves the journal entry
// behind; RepairChanges does steps 2 to 5 again for it: the change is
// finished (rolled forward) when its claim is, or can still be, stored,
// and dropped when another change claimed that version. So every change
// ends with its audit entry and all its writes stored, or none of them.
// Until it is finished a change's audit entry can exist without its writes
// being visible; never the other way round.

const journal = "journal"

// ChangeLease is how long a change may take before RepairChanges, in
// server mode, treats its journal entry as left behind by a dead process.
// Commands finish their changes within seconds, and a late finisher only
// repeats idempotent writes.
const ChangeLease = time.Minute

// journalEntry is a change in progress.
type journalEntry struct {
	Scope   `bson:",inline"`
	DocID   string      `bson:"_id"`
	Started time.Time   `bson:"started"` // wall clock, for the lease
	Audit   AuditEntry  `bson:"audit"`
	Keys    []uniqueKey `bson:"keys"`
	Writes  []write     `bson:"writes"`
}

// begin stores ch with its audit entry e in the journal (step 1) and
// returns the entry. Its id is long and random, because audit entries and
// keys name it as the change that made them, for ever.
func (t *Team) begin(ctx context.Context, e AuditEntry, ch change) (*journalEntry, error) {
	j := &journalEntry{DocID: t.docID(newShortID("j", 16)), Started: time.Now().UTC(), Audit: e, Writes: ch.writes}
	j.Audit.Change = j.DocID
	j.Keys = make([]uniqueKey, len(ch.keys))
	for i, k := range ch.keys {
		k.TeamID, k.Change = t.id, j.DocID
		j.Keys[i] = k
	}
	return j, t.insert(ctx, journal, j)
}

// finish does steps 2 to 5 for j. Refused (KindConflict), it removes what
// j took; after the claim it no longer heeds ctx's cancellation, so that a
// claimed change is not left half done by a command that gives up. Other
// failures leave j for RepairChanges.
func (t *Team) finish(ctx context.Context, j *journalEntry) error {
	for _, k := range j.Keys {
		if err := t.takeKey(ctx, k); err != nil {
			if IsConflict(err) {
				t.abort(ctx, j)
			}
			return err
		}
	}
	if err := t.claim(ctx, &j.Audit); err != nil {
		if IsConflict(err) {
			t.abort(ctx, j)
		}
		return err
	}
	ctx = context.WithoutCancel(ctx)
	for _, w := range j.Writes {
		if err := t.apply(ctx, w, false); err != nil {
			return err
		}
	}
	return t.deleteDoc(ctx, journal, j.DocID)
}

// rollForward finishes the change changeID, which won a claim this
// process lost, so that its writes are visible when the caller reads them.
// A change that is finished already (no journal entry left) is nothing to
// do; finishing one still in progress elsewhere only repeats idempotent
// writes.
func (t *Team) rollForward(ctx context.Context, changeID string) error {
	var j journalEntry
	err := t.findOne(ctx, journal, bson.D{{Key: "_id", Value: changeID}}, &j)
	if IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return t.finish(ctx, &j)
}

// abort removes the keys j holds and j itself, as far as the database
// lets it; what remains RepairChanges drops later.
func (t *Team) abort(ctx context.Context, j *journalEntry) {
	ctx = context.WithoutCancel(ctx)
	for _, k := range j.Keys {
		var held uniqueKey
		if t.findOne(ctx, uniqueKeys, bson.D{{Key: "_id", Value: k.DocID}}, &held) == nil && held.Change == j.DocID {
			_ = t.deleteDoc(ctx, uniqueKeys, k.DocID)
		}
	}
	_ = t.deleteDoc(ctx, journal, j.DocID)
}

// RepairChanges finishes or drops, in every workspace, the changes whose
// journal entries were started before startedBefore: those of processes
// that died mid-change (see the comment at the top of this file). It
// returns how many it handled. Idempotent, and safe while other processes
// work: a change still in progress elsewhere is at worst finished twice.
// It is maintenance, not a query on behalf of a workspace, so it reads the
// journal across workspaces; everything it then does goes through
// Store.Team. Open runs it; in server mode call it periodically with
// now - ChangeLease.
func (s *Store) RepairChanges(ctx context.Context, startedBefore time.Time) (int, error) {
	cur, err := s.db.Collection(journal).Find(ctx,
		bson.D{{Key: "started", Value: bson.D{{Key: "$lt", Value: startedBefore.UTC()}}}},
		options.Find().SetSort(bson.D{{Key: "started", Value: 1}, {Key: "_id", Value: 1}}))
	if err != nil {
		return 0, classify("repair changes", err)
	}
	var list []journalEntry
	if err := cur.All(ctx, &list); err != nil {
		return 0, classify("repair changes", err)
	}
	n := 0
	for i := range list {
		j := &list[i]
		if err := s.Team(j.TeamID).finish(ctx, j); err != nil && !IsConflict(err) {
			return n, err
		}
		n++
	}
	return n, nil
}
