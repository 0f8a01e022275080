package storage

import (
	"context"
	"errors"
	"strconv"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// A change is what one command stores: writes to records, the unique keys
// it takes (a committee's name) and, made through a handle from WithAudit,
// the audit entry that describes it. Team.commit stores all of it or, in
// the end, none of it, without transactions (see journal.go).
//
// Versioned records (stakeholders, committees, commitments, settings) carry
// the number of changes made to them. The audit entry of the change that
// makes version v has the _id "<kind>:<id>@<v>": inserting it claims the
// version, so of two changes made from the same state only the first is
// stored and the other is refused with the entry that won (ChangedMeanwhile).
// FerretDB checks neither an update's filter nor a read-modify-write
// atomically; a duplicate _id on insert it does check.
type change struct {
	// claim is the audit entry's id within the workspace; empty gives a
	// fresh one (changes that need no single winner).
	claim string
	// target is the audit entry's TargetID when the caller left it empty:
	// the short id of the record changed or created.
	target string
	keys   []uniqueKey
	writes []write
}

// The kinds of write.
const (
	doInsert = "insert"
	doSet    = "set"
	doDelete = "delete"
)

// write is one idempotent write of a change, stored in the journal.
type write struct {
	Coll  string `bson:"coll"`
	Do    string `bson:"do"`
	DocID string `bson:"doc_id"`
	// Doc is the document to insert, or the fields to set.
	Doc bson.Raw `bson:"doc,omitempty"`
	// Version, for a set, is the version the record gets: the set is
	// skipped when the stored version is already that or later, so that
	// finishing a change late never undoes a later one.
	Version int `bson:"version,omitempty"`
	// Upsert, for a set, creates a missing document.
	Upsert bool `bson:"upsert,omitempty"`
}

const uniqueKeys = "unique_keys"

// uniqueKey is a value that only one record of a workspace may have, such
// as a committee's name: its _id is "<kind>:<value>", so a second insert
// fails as a duplicate. Holder is the record that has it; Change the
// journal entry that took it.
type uniqueKey struct {
	Scope  `bson:",inline"`
	DocID  string `bson:"_id"`
	Holder string `bson:"holder"`
	Change string `bson:"change_id"`
}

// claimID returns the id of the audit entry that claims version v of the
// record kind/id.
func claimID(kind, id string, v int) string { return onceID(kind, id, strconv.Itoa(v)) }

// onceID returns the id of the audit entry that claims the once-only fact
// what about the record kind/id ("review:r1a2@close"): of two changes
// making that fact, the second is refused like a stale version.
func onceID(kind, id, what string) string { return kind + ":" + id + "@" + what }

// WithAudit returns a handle on the same workspace whose next change
// (AddStakeholder, SetStakeholder, AddCommittee, RecordCommitmentEvent,
// SetSettings, …) is stored together with the audit entry e: both, or
// neither. An empty e.TargetID is set to the changed record's id. Use the
// handle for one change. Without it changes are stored without audit entry
// and without the single-winner claim (seeds, tests, the bot's own work).
func (t *Team) WithAudit(e AuditEntry) *Team {
	c := *t
	c.entry = &e
	return &c
}

// staleError says that a change lost its claim: another change, described
// by won, was stored first.
type staleError struct{ won AuditEntry }

func (e *staleError) Error() string {
	return "changed meanwhile by " + e.won.Actor + " (" + e.won.Action + ")"
}

// ChangedMeanwhile reports whether err refused a change because another
// one changed the record first, and returns that other change's audit
// entry (who, when, what). Such errors are of kind KindConflict, and
// nothing of the refused change was stored.
func ChangedMeanwhile(err error) (AuditEntry, bool) {
	var se *staleError
	if errors.As(err, &se) {
		return se.won, true
	}
	return AuditEntry{}, false
}

// stale returns the KindConflict error of a change that found the record
// kind/id at another version than it was made from: the audit entry of the
// record's current version names who changed it, when there is one.
func (t *Team) stale(ctx context.Context, kind, id string, version int) error {
	err := &Error{Kind: KindConflict, Op: "change " + kind + " " + id}
	var won AuditEntry
	if version > 0 && t.findOne(ctx, audit, bson.D{{Key: "_id", Value: t.docID(claimID(kind, id, version))}}, &won) == nil {
		err.Err = &staleError{won}
	}
	return err
}

// insertWrite returns the write that inserts doc into coll, stamped with
// the workspace.
func (t *Team) insertWrite(coll string, doc record) (write, error) {
	doc.setTeam(t.id)
	if err := t.checkDocID(doc); err != nil {
		return write{}, wrap(KindInvalid, "insert "+coll, err)
	}
	raw, err := bson.Marshal(doc)
	if err != nil {
		return write{}, wrap(KindInternal, "insert "+coll, err)
	}
	docID, _ := bson.Raw(raw).Lookup("_id").StringValueOK()
	return write{Coll: coll, Do: doInsert, DocID: docID, Doc: raw}, nil
}

// setWrite returns the write that sets fields on the document docID of
// coll; version > 0 also sets the record's version (see write.Version).
func setWrite(coll, docID string, fields bson.D, version int) (write, error) {
	if version > 0 {
		fields = append(fields, bson.E{Key: "version", Value: version})
	}
	raw, err := bson.Marshal(fields)
	if err != nil {
		return write{}, wrap(KindInternal, "update "+coll, err)
	}
	return write{Coll: coll, Do: doSet, DocID: docID, Doc: raw, Version: version}, nil
}

// deleteWrite returns the write that deletes the document docID of coll.
func deleteWrite(coll, docID string) write { return write{Coll: coll, Do: doDelete, DocID: docID} }

// key returns the unique key kind:value held by the record holder.
func (t *Team) key(kind, value, holder string) uniqueKey {
	return uniqueKey{DocID: t.docID(kind + ":" + value), Holder: holder}
}

// commit stores ch: with an audit entry (WithAudit) through the journal,
// so that the change and its entry end up stored both or neither; without
// one directly. It fails with KindConflict when a unique key is held by
// another record, or (ChangedMeanwhile) when another change claimed the
// same version first; then nothing is stored.
func (t *Team) commit(ctx context.Context, ch change) error {
	if t.id == "" {
		return wrap(KindInvalid, "commit", errNoTeam)
	}
	if t.entry == nil {
		return t.applyDirectly(ctx, ch)
	}
	e := t.auditEntry(ch)
	if len(ch.writes) == 0 && len(ch.keys) == 0 {
		return t.claim(ctx, &e)
	}
	j, err := t.begin(ctx, e, ch)
	if err != nil {
		return err
	}
	return t.finish(ctx, j)
}

// auditEntry returns the handle's audit entry completed for ch: the
// workspace, the claimed _id (a fresh one when ch claims none) and the
// target of a record ch creates.
func (t *Team) auditEntry(ch change) AuditEntry {
	e := *t.entry
	e.TeamID, e.At = t.id, e.At.UTC()
	if e.Changes == nil {
		e.Changes = []Change{}
	}
	if e.TargetID == "" {
		e.TargetID = ch.target
	}
	e.DocID = t.docID(ch.claim)
	if ch.claim == "" {
		e.DocID = t.docID(newShortID("a", 10))
	}
	return e
}

// applyDirectly stores a change that has no audit entry: its keys, then its
// writes, each refusing a duplicate.
func (t *Team) applyDirectly(ctx context.Context, ch change) error {
	holder := t.docID(newShortID("k", 10))
	for i, k := range ch.keys {
		k.Change = holder
		if err := t.takeKey(ctx, k); err != nil {
			for _, taken := range ch.keys[:i] {
				_ = t.deleteDoc(context.WithoutCancel(ctx), uniqueKeys, taken.DocID)
			}
			return err
		}
	}
	for _, w := range ch.writes {
		if err := t.apply(ctx, w, true); err != nil {
			return err
		}
	}
	return nil
}

// takeKey inserts k. A key the same change or the same record holds
// already is fine (finishing a change twice); one held by another record
// fails with KindConflict.
func (t *Team) takeKey(ctx context.Context, k uniqueKey) error {
	err := t.insert(ctx, uniqueKeys, &k)
	if !IsConflict(err) {
		return err
	}
	var held uniqueKey
	if err := t.findOne(ctx, uniqueKeys, bson.D{{Key: "_id", Value: k.DocID}}, &held); err != nil {
		return err
	}
	if held.Change == k.Change || held.Holder == k.Holder {
		return nil
	}
	return &Error{Kind: KindConflict, Op: "take unique key " + k.DocID}
}

// claim inserts the audit entry e. When its _id is taken, e is ours if the
// stored entry belongs to the same journal entry (finishing a change
// twice); otherwise the change lost and the error carries the winner.
func (t *Team) claim(ctx context.Context, e *AuditEntry) error {
	err := t.insert(ctx, audit, e)
	if !IsConflict(err) {
		return err
	}
	var won AuditEntry
	if err := t.findOne(ctx, audit, bson.D{{Key: "_id", Value: e.DocID}}, &won); err != nil {
		return err
	}
	if e.Change != "" && won.Change == e.Change {
		return nil
	}
	return &Error{Kind: KindConflict, Op: "claim " + e.DocID, Err: &staleError{won}}
}

// apply does one write. Writes of a claimed change are idempotent: an
// insert whose _id exists and a set of a record already at that version or
// gone count as done, so a change can be finished again after a crash.
// direct writes (no journal) refuse a duplicate insert instead and always
// set.
func (t *Team) apply(ctx context.Context, w write, direct bool) error {
	switch w.Do {
	case doInsert:
		if !isWorkspaceID(t.id, w.DocID) {
			return wrap(KindInvalid, "insert "+w.Coll, errNoTeam)
		}
		err := t.insertChecked(ctx, w.Coll, w.Doc)
		if IsConflict(err) && !direct {
			return nil
		}
		return err
	case doSet:
		if !direct && w.Version > 0 {
			stored, err := t.storedVersion(ctx, w.Coll, w.DocID)
			switch {
			case IsNotFound(err) && !w.Upsert:
				return nil
			case err != nil && !IsNotFound(err):
				return err
			case err == nil && stored >= w.Version:
				return nil
			}
		}
		var fields bson.D
		if err := bson.Unmarshal(w.Doc, &fields); err != nil {
			return wrap(KindInternal, "update "+w.Coll, err)
		}
		err := t.setFields(ctx, w.Coll, w.DocID, fields, w.Upsert)
		if IsNotFound(err) && !direct {
			return nil
		}
		return err
	case doDelete:
		return t.deleteDoc(ctx, w.Coll, w.DocID)
	}
	return &Error{Kind: KindInternal, Op: "apply " + w.Do}
}

// storedVersion returns the version of the document docID (0 when it has
// none); KindNotFound when it does not exist.
func (t *Team) storedVersion(ctx context.Context, coll, docID string) (int, error) {
	var doc struct {
		Version int `bson:"version"`
	}
	err := t.findOne(ctx, coll, bson.D{{Key: "_id", Value: docID}}, &doc)
	return doc.Version, err
}

// isWorkspaceID reports whether docID is an _id of the workspace team.
func isWorkspaceID(team, docID string) bool {
	return team != "" && len(docID) > len(team) && docID[:len(team)+1] == team+"/"
}

// create stores a new record under a fresh short id (prefix followed by
// random characters): build returns the change that writes the record with
// that id. Audited, the change claims version 1 of kind/id; an id that is
// taken, by a stored record or by a concurrent creation, is drawn again.
// It returns the id used.
func (t *Team) create(ctx context.Context, coll, prefix, kind string, build func(id string) (change, error)) (string, error) {
	var err error
	for attempt := 0; attempt < 12; attempt++ {
		id := newShortID(prefix, 4+attempt/3)
		var doc bson.Raw
		if err = t.findOne(ctx, coll, bson.D{{Key: "_id", Value: t.docID(id)}}, &doc); err == nil {
			continue
		} else if !IsNotFound(err) {
			return "", err
		}
		var ch change
		if ch, err = build(id); err != nil {
			return "", err
		}
		err = t.commit(ctx, created(ch, kind, id))
		if _, lost := ChangedMeanwhile(err); !lost {
			return id, err
		}
	}
	return "", err
}

// created returns ch as the change that creates the record kind/id: it
// claims version 1 and is audited under that id.
func created(ch change, kind, id string) change {
	ch.claim, ch.target = claimID(kind, id, 1), id
	return ch
}
