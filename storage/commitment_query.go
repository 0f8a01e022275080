package storage

import (
	"context"
	"slices"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// matches is f's query in Go.
func (f CommitmentFilter) matches(c *Commitment) bool {
	if len(f.Owners) > 0 && !slices.Contains(f.Owners, c.Owner) {
		return false
	}
	if f.Committee != "" && c.Committee != f.Committee {
		return false
	}
	if len(f.Statuses) > 0 && !slices.Contains(f.Statuses, c.Status) {
		return false
	}
	if f.DueBefore != "" && c.Due >= f.DueBefore {
		return false
	}
	return f.OverdueOn == "" || c.Overdue(f.OverdueOn)
}

// CommitmentPage returns the page [offset, offset+limit) of the
// commitments f selects, sorted by due day and then id, and how many it
// selects in all. Against a server the sort, skip, limit and count run
// there (served by the indexes on MongoDB), so only the page travels; on
// the embedded server the page is cut from the cache. An empty page is not
// an error.
func (t *Team) CommitmentPage(ctx context.Context, f CommitmentFilter, offset, limit int) ([]Commitment, int, error) {
	offset, limit = max(offset, 0), max(limit, 0)
	if c := t.s.caches.commitments; c != nil {
		return pageCached(ctx, t, c, f.matches, offset, limit)
	}
	total, err := t.count(ctx, commitments, f.bson())
	if err != nil || limit == 0 || int64(offset) >= total {
		return []Commitment{}, int(total), err
	}
	page := []Commitment{}
	opts := options.Find().SetSort(byDueAndID()).SetSkip(int64(offset)).SetLimit(int64(limit))
	err = t.find(ctx, commitments, f.bson(), &page, opts)
	return page, int(total), err
}

// byDueAndID is the order of commitment lists.
func byDueAndID() bson.D { return bson.D{{Key: "due", Value: 1}, {Key: "id", Value: 1}} }

// cachedCommitments is Commitments on the embedded server: filtered and
// sorted in Go from the workspace's cache (see docCache).
func (t *Team) cachedCommitments(ctx context.Context, f CommitmentFilter) ([]Commitment, error) {
	return selectCached(ctx, t, t.s.caches.commitments, f.matches)
}
