package storage

import (
	"context"
	"slices"
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
// selects in all. An empty page is not an error.
func (t *Team) CommitmentPage(ctx context.Context, f CommitmentFilter, offset, limit int) ([]Commitment, int, error) {
	all, err := t.Commitments(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	offset = max(0, min(offset, len(all)))
	return all[offset:min(offset+max(limit, 0), len(all))], len(all), nil
}

// cachedCommitments is Commitments on the embedded server: filtered and
// sorted in Go from the workspace's cache (see docCache).
func (t *Team) cachedCommitments(ctx context.Context, f CommitmentFilter) ([]Commitment, error) {
	return selectCached(ctx, t, t.s.caches.commitments, f.matches)
}
