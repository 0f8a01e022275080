package storage

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"
	"sync"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// commitmentCache keeps, for the embedded server only, every workspace's
// commitments in memory.
//
// Why: FerretDB serves only a filter that is exactly {_id} from its key and
// decodes every document of the collection for any other filter, so
// "commitments overdue" on 20,000 commitments took seconds, and so did
// every review analysis. The embedded
// server serves exactly one process (the data folder is locked) and every
// write goes through this package, so the process can keep a derived copy:
// a workspace's entries are loaded by one scan on first use (under the
// write lock, so no write slips between scan and store) and every write to
// a commitment refreshes its entry from the stored document afterwards
// (touched). A list that runs between a write and its refresh can show the
// state before that write; nothing is lost, and a restart starts afresh.
// Against MongoDB there is no such index: its own indexes serve the query.
type commitmentCache struct {
	mu    sync.Mutex
	teams map[string]map[string]Commitment // team → commitment id → commitment
}

func newCommitmentCache() *commitmentCache {
	return &commitmentCache{teams: map[string]map[string]Commitment{}}
}

// entries returns the loaded entries of team, or false when not loaded.
func (ix *commitmentCache) entries(team string) (map[string]Commitment, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	m, ok := ix.teams[team]
	return m, ok
}

// put records c's current state, or drops it when it no longer exists. It
// does nothing for a workspace that is not loaded.
func (ix *commitmentCache) put(team string, c Commitment, exists bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	m, ok := ix.teams[team]
	if !ok {
		return
	}
	if exists {
		m[c.ID] = c
	} else {
		delete(m, c.ID)
	}
}

// forget drops a workspace, so the next read loads it anew.
func (ix *commitmentCache) forget(team string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	delete(ix.teams, team)
}

// touched is called after every successful write to coll. For commitments
// on the embedded server it refreshes the written commitment's entry
// (docID), or the whole workspace when docID is "" (bulk writes).
func (t *Team) touched(ctx context.Context, coll, docID string) {
	ix := t.s.commitmentCache
	if ix == nil || coll != commitments {
		return
	}
	if docID == "" {
		ix.forget(t.id)
		return
	}
	var c Commitment
	err := t.findOne(ctx, commitments, bson.D{{Key: "_id", Value: docID}}, &c)
	if err != nil && !IsNotFound(err) {
		ix.forget(t.id) // unsure of its state: reload on the next read
		return
	}
	if err != nil {
		c.ID = strings.TrimPrefix(docID, t.id+"/")
	}
	ix.put(t.id, c, err == nil)
}

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
// sorted in Go from the workspace's cache.
func (t *Team) cachedCommitments(ctx context.Context, f CommitmentFilter) ([]Commitment, error) {
	m, err := t.loadCommitments(ctx)
	if err != nil {
		return nil, err
	}
	out := []Commitment{}
	for _, c := range m {
		if f.matches(&c) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b Commitment) int { return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(a.ID, b.ID)) })
	return out, nil
}

// loadCommitments returns the workspace's cached commitments, loading them
// by one scan under the write lock when they are not loaded yet.
func (t *Team) loadCommitments(ctx context.Context) (map[string]Commitment, error) {
	ix := t.s.commitmentCache
	if m, ok := ix.entries(t.id); ok {
		return snapshot(ix, m), nil
	}
	unlock := t.s.lockWrites()
	defer unlock()
	if m, ok := ix.entries(t.id); ok {
		return snapshot(ix, m), nil
	}
	var list []Commitment
	if err := t.find(ctx, commitments, nil, &list); err != nil {
		return nil, err
	}
	m := make(map[string]Commitment, len(list))
	for _, c := range list {
		m[c.ID] = c
	}
	ix.mu.Lock()
	ix.teams[t.id] = m
	ix.mu.Unlock()
	return snapshot(ix, m), nil
}

// snapshot copies m under the cache's lock, so the caller can read it
// while writes go on.
func snapshot(ix *commitmentCache, m map[string]Commitment) map[string]Commitment {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return maps.Clone(m)
}
