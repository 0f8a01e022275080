package storage

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// bulkBatch is how many documents one InsertMany call carries.
const bulkBatch = 1000

// insertMany stamps every doc with the team id and inserts them in batches
// of bulkBatch, unordered within a batch. The caller sets each _id (team/id).
// It is meant for loading a workspace that has none of these records yet
// (the seed): a duplicate _id fails the call with KindConflict, and the
// batches before it stay inserted. The inserted documents are recorded in
// the collection's cache; after a failure, when it is unknown which of the
// batch were inserted, the workspace is dropped from it. Not idempotent.
func insertMany[T any, P interface {
	*T
	record
}](ctx context.Context, t *Team, coll string, docs []T) error {
	op := "insert many " + coll
	if t.id == "" {
		return wrap(KindInvalid, op, errNoTeam)
	}
	for start := 0; start < len(docs); start += bulkBatch {
		end := min(start+bulkBatch, len(docs))
		batch := make([]any, 0, end-start)
		for i := start; i < end; i++ {
			P(&docs[i]).setTeam(t.id)
			batch = append(batch, &docs[i])
		}
		if err := t.insertBatch(ctx, coll, batch); err != nil {
			return classify(op, err)
		}
	}
	return nil
}

// insertBatch inserts one batch under the write lock and records it in
// coll's cache, or drops the workspace from the cache when it failed.
func (t *Team) insertBatch(ctx context.Context, coll string, batch []any) error {
	defer t.s.lockWrites()()
	_, err := t.coll(coll).InsertMany(ctx, batch, options.InsertMany().SetOrdered(false))
	c := t.s.cacheOf(coll)
	switch {
	case c == nil:
	case err != nil:
		c.forget(t.id)
	default:
		for _, doc := range batch {
			c.stored(t.id, doc)
		}
	}
	return err
}

// DocID returns the _id a record with the short id id has in this
// workspace; bulk loaders set it on the records they build.
func (t *Team) DocID(id string) string { return t.docID(id) }

// InsertStakeholders stores stakeholders as they are (ID, DocID and stamps
// set by the caller; NameKey is derived here). See insertMany.
func (t *Team) InsertStakeholders(ctx context.Context, list []Stakeholder) error {
	for i := range list {
		list[i].NameKey = NameKey(list[i].Name)
		list[i].DocID = t.docID(list[i].ID)
		if list[i].Topics == nil {
			list[i].Topics = []string{}
		}
	}
	return insertMany(ctx, t, stakeholders, list)
}

// InsertCommittees stores committees as they are (ID set by the caller),
// with the unique keys of their names: a name taken twice, or one another
// committee of the workspace has, fails with KindConflict. See insertMany.
func (t *Team) InsertCommittees(ctx context.Context, list []Committee) error {
	names := make([]uniqueKey, len(list))
	for i := range list {
		list[i].NameKey = NameKey(list[i].Name)
		list[i].DocID = t.docID(list[i].ID)
		names[i] = t.committeeName(list[i].NameKey, list[i].ID)
	}
	if err := insertMany(ctx, t, uniqueKeys, names); err != nil {
		return err
	}
	return insertMany(ctx, t, committees, list)
}

// InsertMemberships stores memberships; the _id is derived from committee
// and stakeholder as AddMember does. See insertMany.
func (t *Team) InsertMemberships(ctx context.Context, list []Membership) error {
	for i := range list {
		list[i].DocID = t.docID(list[i].CommitteeID + "/" + list[i].Stakeholder)
		list[i].AddedAt = list[i].AddedAt.UTC()
	}
	return insertMany(ctx, t, committeeMembers, list)
}

// InsertCommitments stores commitments as they are, status included (ID
// set by the caller); their events go in with InsertCommitmentEvents, and
// each commitment's Version must be the number of its events, so that the
// next change numbers its event after them. See insertMany.
func (t *Team) InsertCommitments(ctx context.Context, list []Commitment) error {
	for i := range list {
		list[i].DocID = t.docID(list[i].ID)
		list[i].CreatedAt, list[i].UpdatedAt = list[i].CreatedAt.UTC(), list[i].UpdatedAt.UTC()
	}
	return insertMany(ctx, t, commitments, list)
}

// InsertCommitmentEvents stores history events; Seq must be set and count
// 1, 2, 3… per commitment, as RecordCommitmentEvent numbers them. See
// insertMany.
func (t *Team) InsertCommitmentEvents(ctx context.Context, list []CommitmentEvent) error {
	for i := range list {
		list[i].DocID = t.eventDocID(list[i].Commitment, list[i].Seq)
		list[i].At = list[i].At.UTC()
	}
	return insertMany(ctx, t, commitmentEvents, list)
}

// InsertMeetings stores meetings as they are (ID set by the caller). See
// insertMany.
func (t *Team) InsertMeetings(ctx context.Context, list []Meeting) error {
	for i := range list {
		list[i].DocID = t.docID(list[i].ID)
		list[i].LoggedAt = list[i].LoggedAt.UTC()
		if list[i].Present == nil {
			list[i].Present = []string{}
		}
		if list[i].Members == nil {
			list[i].Members = []string{}
		}
	}
	return insertMany(ctx, t, meetings, list)
}

// InsertAuditEntries stores audit entries, each under a fresh random id.
// See insertMany.
func (t *Team) InsertAuditEntries(ctx context.Context, list []AuditEntry) error {
	for i := range list {
		list[i].At = list[i].At.UTC()
		list[i].DocID = t.docID(newShortID("a", 10))
		if list[i].Changes == nil {
			list[i].Changes = []Change{}
		}
	}
	return insertMany(ctx, t, audit, list)
}

// CountStakeholders returns how many stakeholders the workspace has, in
// any status.
func (t *Team) CountStakeholders(ctx context.Context) (int64, error) {
	return t.count(ctx, stakeholders, nil)
}

// IDAlphabet is the alphabet of short ids after the prefix letter; bulk
// loaders that make their own ids draw from it.
const IDAlphabet = idAlphabet
