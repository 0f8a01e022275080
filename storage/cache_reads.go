package storage

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"
)

// newCaches makes the embedded server's document caches (see docCache),
// each with the order its reads return.
func newCaches() caches {
	return caches{
		commitments: newDocCache(commitments, func(c *Commitment) string { return c.ID }, func(a, b *Commitment) int {
			return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(a.ID, b.ID))
		}),
		stakeholders: newDocCache(stakeholders, func(s *Stakeholder) string { return s.ID }, func(a, b *Stakeholder) int {
			return cmp.Or(cmp.Compare(a.NameKey, b.NameKey), cmp.Compare(a.ID, b.ID))
		}),
		committees: newDocCache(committees, func(c *Committee) string { return c.ID }, func(a, b *Committee) int {
			return cmp.Or(cmp.Compare(a.NameKey, b.NameKey), cmp.Compare(a.ID, b.ID))
		}),
		members: newDocCache(committeeMembers, func(m *Membership) string { return m.CommitteeID + "/" + m.Stakeholder }, func(a, b *Membership) int {
			return cmp.Or(a.AddedAt.Compare(b.AddedAt), cmp.Compare(a.Stakeholder, b.Stakeholder), cmp.Compare(a.CommitteeID, b.CommitteeID))
		}),
		meetings: newDocCache(meetings, func(m *Meeting) string { return m.ID }, func(a, b *Meeting) int {
			return cmp.Or(cmp.Compare(b.Date, a.Date), b.LoggedAt.Compare(a.LoggedAt), cmp.Compare(a.ID, b.ID))
		}),
		audit: newDocCache(audit, auditShortID, func(a, b *AuditEntry) int {
			return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.DocID, b.DocID))
		}),
	}
}

// auditShortID is an audit entry's _id without its "<team>/" prefix.
func auditShortID(e *AuditEntry) string {
	_, id, _ := strings.Cut(e.DocID, "/")
	return id
}

// AllCommitments returns every commitment of the workspace, sorted by due
// day and then by id. On the embedded server the slice is the cache's
// shared snapshot (see docCache): read-only by contract, callers must not
// change it or its elements. Against MongoDB it is one find.
func (t *Team) AllCommitments(ctx context.Context) ([]Commitment, error) {
	if c := t.s.caches.commitments; c != nil {
		return c.snapshot(ctx, t)
	}
	return t.Commitments(ctx, CommitmentFilter{})
}

// cachedAuditBetween is AuditBetween from the cache: the entries of
// [from, to) found by binary search in the snapshot (sorted by instant and
// _id), copied.
func (t *Team) cachedAuditBetween(ctx context.Context, from, to time.Time) ([]AuditEntry, error) {
	all, err := t.s.caches.audit.snapshot(ctx, t)
	if err != nil {
		return nil, err
	}
	at := func(e AuditEntry, x time.Time) int {
		if e.At.Before(x) {
			return -1
		}
		return 1 // the first entry at or after x
	}
	i, _ := slices.BinarySearchFunc(all, from.UTC(), at)
	j, _ := slices.BinarySearchFunc(all, to.UTC(), at)
	if j <= i {
		return []AuditEntry{}, nil
	}
	return slices.Clone(all[i:j]), nil
}

// cachedAuditPage is AuditPage from the cache: newest first, same instant
// by _id descending.
func (t *Team) cachedAuditPage(ctx context.Context, ids []string, skip, limit int) ([]AuditEntry, error) {
	all, err := t.s.caches.audit.snapshot(ctx, t)
	if err != nil {
		return nil, err
	}
	var out []AuditEntry
	for i := len(all) - 1; i >= 0 && len(out) < limit; i-- {
		if !slices.Contains(ids, all[i].TargetID) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, all[i])
	}
	return out, nil
}

// cachedCountAudit is CountAudit from the cache.
func (t *Team) cachedCountAudit(ctx context.Context, ids []string) (int, error) {
	all, err := t.s.caches.audit.snapshot(ctx, t)
	if err != nil {
		return 0, err
	}
	n := 0
	for i := range all {
		if slices.Contains(ids, all[i].TargetID) {
			n++
		}
	}
	return n, nil
}

// Uncached returns a handle on the same database that reads every
// collection with plain finds, bypassing the embedded caches, so tests can
// compare what the caches serve with the stored documents. Use it only to
// read: writes through it would leave the caches behind. Closing it is not
// needed and does nothing to s.
func (s *Store) Uncached() *Store {
	return &Store{client: s.client, db: s.db, writeMu: s.writeMu}
}
