package storage

import (
	"context"
	"sync/atomic"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
)

// ForgetCaches drops every workspace's cached documents, so the next read
// scans the stored documents: tests compare the two.
func ForgetCaches(s *Store, team string) {
	if s.caches.commitments != nil {
		s.caches.commitments.forget(team)
		s.caches.stakeholders.forget(team)
		s.caches.committees.forget(team)
		s.caches.members.forget(team)
		s.caches.meetings.forget(team)
		s.caches.audit.forget(team)
	}
}

// CachesLoaded reports whether every cache holds the workspace; always true
// against MongoDB, which has no caches.
func CachesLoaded(s *Store, team string) bool {
	return s.caches.commitments == nil || s.cachesLoaded(team)
}

// CrashedChange says where the process making a change died.
type CrashedChange int

// The points of death: after storing the journal entry, after the claim
// (the audit entry).
const (
	AfterJournal CrashedChange = iota
	AfterClaim
)

// CrashAddStakeholder stores what AddStakeholder, through t (a handle from
// WithAudit), stores for s under the short id id before the process dies at
// the point died.
func CrashAddStakeholder(ctx context.Context, t *Team, s Stakeholder, id string, died CrashedChange) error {
	s.NameKey, s.Version = NameKey(s.Name), 1
	ch, err := t.stakeholderInsert(&s, id)
	if err != nil {
		return err
	}
	return t.crash(ctx, created(ch, "stakeholder", id), died)
}

// CrashSetStakeholder stores what SetStakeholder, through t (a handle from
// WithAudit), stores before the process dies at the point died.
func CrashSetStakeholder(ctx context.Context, t *Team, before Stakeholder, p StakeholderPatch, now time.Time, died CrashedChange) error {
	ch, err := t.stakeholderUpdate(before, p, now)
	if err != nil {
		return err
	}
	return t.crash(ctx, ch, died)
}

func (t *Team) crash(ctx context.Context, ch change, died CrashedChange) error {
	j, err := t.begin(ctx, t.auditEntry(ch), ch)
	if err != nil || died == AfterJournal {
		return err
	}
	return t.claim(ctx, &j.Audit)
}

// JournalLength returns how many changes are in progress, in every
// workspace.
func JournalLength(ctx context.Context, s *Store) (int64, error) {
	return s.db.Collection(journal).CountDocuments(ctx, bson.D{})
}

// OpenCounting is Open with a counter of the documents the server sends
// in answer to find and getMore: what a list costs in transfer.
func OpenCounting(ctx context.Context, cfg Config) (*Store, *atomic.Int64, error) {
	var docs atomic.Int64
	cfg.monitor = &event.CommandMonitor{Succeeded: func(_ context.Context, e *event.CommandSucceededEvent) {
		if e.CommandName != "find" && e.CommandName != "getMore" {
			return
		}
		for _, batch := range []string{"firstBatch", "nextBatch"} {
			if arr, ok := e.Reply.Lookup("cursor", batch).ArrayOK(); ok {
				values, _ := arr.Values()
				docs.Add(int64(len(values)))
			}
		}
	}}
	s, err := Open(ctx, cfg)
	return s, &docs, err
}

// CrashAddReview stores what AddReview, through t (a handle from
// WithAudit), stores for r under the short id id before the process dies
// at the point died.
func CrashAddReview(ctx context.Context, t *Team, r Review, id string, died CrashedChange) error {
	r.Status = ReviewOpen
	ch, err := t.reviewInsert(&r, id)
	if err != nil {
		return err
	}
	return t.crash(ctx, created(ch, "review", id), died)
}

// CrashClaimReviewClose stores what ClaimReviewClose, through t (a handle
// from WithAudit), stores for c before the process dies at the point died.
func CrashClaimReviewClose(ctx context.Context, t *Team, c ReviewClaim, died CrashedChange) error {
	c.DocID = t.docID(c.ReviewID + "/close")
	ch, err := t.closeClaim(&c)
	if err != nil {
		return err
	}
	return t.crash(ctx, ch, died)
}

// CrashRequestRun stores what RequestRun, through t (a handle from
// WithAudit), stores for r before the process dies at the point died.
func CrashRequestRun(ctx context.Context, t *Team, r RunRequest, died CrashedChange) error {
	r.DocID = t.docID(r.ScheduleID + "@" + r.Slot)
	ch, err := t.runRequest(&r)
	if err != nil {
		return err
	}
	return t.crash(ctx, ch, died)
}
