package storage

import (
	"context"
)

// The bulk inserts store many records with one InsertMany each, for seeding
// a large network and for benchmarks. Each record must carry its short id
// (ID, or for a membership its committee and stakeholder); the team id and
// _id are set here. They skip what the single Add functions do besides the
// insert: no name-uniqueness check, no "created" commitment event, no
// defaults. A duplicate _id fails the call with KindConflict after the
// records before it were stored (the insert is ordered). Not idempotent.

// InsertStakeholders stores the stakeholders ss in one call.
func (t *Team) InsertStakeholders(ctx context.Context, ss []Stakeholder) error {
	docs := make([]record, len(ss))
	for i := range ss {
		s := &ss[i]
		s.DocID, s.NameKey = t.docID(s.ID), NameKey(s.Name)
		docs[i] = s
	}
	return t.insertMany(ctx, stakeholders, docs)
}

// InsertCommittees stores the committees cs in one call.
func (t *Team) InsertCommittees(ctx context.Context, cs []Committee) error {
	docs := make([]record, len(cs))
	for i := range cs {
		c := &cs[i]
		c.DocID, c.NameKey = t.docID(c.ID), NameKey(c.Name)
		docs[i] = c
	}
	return t.insertMany(ctx, committees, docs)
}

// InsertMemberships stores the memberships ms in one call.
func (t *Team) InsertMemberships(ctx context.Context, ms []Membership) error {
	docs := make([]record, len(ms))
	for i := range ms {
		m := &ms[i]
		m.DocID = t.docID(m.CommitteeID + "/" + m.Stakeholder)
		docs[i] = m
	}
	return t.insertMany(ctx, committeeMembers, docs)
}

// InsertCommitments stores the commitments cs in one call, without events.
func (t *Team) InsertCommitments(ctx context.Context, cs []Commitment) error {
	docs := make([]record, len(cs))
	for i := range cs {
		c := &cs[i]
		c.DocID = t.docID(c.ID)
		docs[i] = c
	}
	return t.insertMany(ctx, commitments, docs)
}

// InsertMeetings stores the meetings ms in one call.
func (t *Team) InsertMeetings(ctx context.Context, ms []Meeting) error {
	docs := make([]record, len(ms))
	for i := range ms {
		m := &ms[i]
		m.DocID = t.docID(m.ID)
		docs[i] = m
	}
	return t.insertMany(ctx, meetings, docs)
}

// InsertAuditEntries stores the entries es in one call, each under a fresh
// random id.
func (t *Team) InsertAuditEntries(ctx context.Context, es []AuditEntry) error {
	docs := make([]record, len(es))
	for i := range es {
		e := &es[i]
		e.At = e.At.UTC()
		e.DocID = t.docID(newShortID("a", 10))
		docs[i] = e
	}
	return t.insertMany(ctx, audit, docs)
}

// insertMany stamps every doc with the team id and inserts them in one
// ordered InsertMany. No docs is a no-op.
func (t *Team) insertMany(ctx context.Context, coll string, docs []record) error {
	if t.id == "" {
		return wrap(KindInvalid, "insert "+coll, errNoTeam)
	}
	if len(docs) == 0 {
		return nil
	}
	all := make([]any, len(docs))
	for i, d := range docs {
		d.setTeam(t.id)
		all[i] = d
	}
	defer t.s.lockWrites()()
	_, err := t.coll(coll).InsertMany(ctx, all)
	return classify("insert "+coll, err)
}
