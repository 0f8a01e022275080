package storage

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// docCache keeps, for the embedded server only, the documents of one
// collection (commitments, stakeholders) of every workspace in memory.
//
// Why: FerretDB pushes down only a filter that is exactly {_id} (served by
// the _id index, see idindex.go) and decodes every document of the
// collection for any other filter, so lists and the review analysis of a
// large network took seconds. The embedded server serves exactly one
// process (the data folder is locked) and every write goes through this
// package, so the process can keep a derived copy: a workspace's documents
// are loaded by one scan on first use (or all workspaces by one scan, see
// WarmCaches), and every write records the values it wrote (see
// writeCache); a write whose outcome is unknown drops the workspace, which
// is then loaded anew. Recording runs under the write lock, so the cache
// follows the writes in their order; a scan runs without it and is kept
// only when no write was recorded while it ran (else it is repeated under
// the write lock), so no write slips between a scan and its store (see
// load). A clean stop leaves the caches in a file for the next start (see
// cache_file.go); after a crash the start loads them anew. Against MongoDB
// there is no cache: its indexes serve the queries.
//
// Reads get a snapshot: the workspace's documents in the collection's
// order, built once after a write and shared by every reader until the next
// write replaces it (it is never changed in place). A snapshot is read-only
// by contract: callers must not change its elements, nor the slices and
// maps inside them.
type docCache[T any] struct {
	coll   string
	id     func(*T) string   // the document's short id: its _id without "<team>/"
	order  func(a, b *T) int // the order of a snapshot
	mu     sync.Mutex
	teams  map[string]map[string]T // team → short id → document
	sorted map[string][]T          // team → snapshot; dropped by every write
	writes uint64                  // the writes recorded so far, any workspace
	// whole is set once a scan of the whole collection was kept (see
	// loadAll) or restored from the cache file: from then on every
	// document of the collection is in the cache, except those of the
	// workspaces in dropped, so a workspace that is neither loaded nor
	// dropped has no documents and needs no scan.
	whole   bool
	dropped map[string]bool
	// loadMu lets one load of the collection run at a time, so two readers
	// of a workspace that is not loaded scan it once (see load).
	loadMu sync.Mutex
}

func newDocCache[T any](coll string, id func(*T) string, order func(a, b *T) int) *docCache[T] {
	return &docCache[T]{coll: coll, id: id, order: order, teams: map[string]map[string]T{}, sorted: map[string][]T{}, dropped: map[string]bool{}}
}

// caches are the store's document caches; nil fields mean no cache.
type caches struct {
	commitments  *docCache[Commitment]
	stakeholders *docCache[Stakeholder]
	committees   *docCache[Committee]
	members      *docCache[Membership]
	meetings     *docCache[Meeting]
	audit        *docCache[AuditEntry]
}

// writeCache is how a write keeps a document cache in step, with the values
// it wrote instead of reading the document again. The writer holds the
// write lock and calls it right after the write succeeded.
type writeCache interface {
	// stored records doc, as an insert or a replace wrote it.
	stored(team string, doc any)
	// set records a $set of fields on the document docID.
	set(team, docID string, fields bson.D)
	// removed records the delete of the document docID.
	removed(team, docID string)
	// forget drops the workspace, which is then loaded anew.
	forget(team string)
}

// cacheOf returns coll's document cache, or nil when coll has none (always
// against MongoDB).
func (s *Store) cacheOf(coll string) writeCache {
	if s.caches.commitments == nil {
		return nil
	}
	switch coll {
	case commitments:
		return s.caches.commitments
	case stakeholders:
		return s.caches.stakeholders
	case committees:
		return s.caches.committees
	case committeeMembers:
		return s.caches.members
	case meetings:
		return s.caches.meetings
	case audit:
		return s.caches.audit
	}
	return nil
}

// cacheAfter returns the cache in which to record a write to coll that
// returned err, or nil when there is nothing to record: coll has no cache,
// or the write failed. After a failure other than a conflict (which wrote
// nothing) the write may or may not have happened, so the workspace is
// dropped and loaded anew on its next read. The caller holds the write lock.
func (t *Team) cacheAfter(coll string, err error) writeCache {
	c := t.s.cacheOf(coll)
	if c == nil || err == nil {
		return c
	}
	if !mongo.IsDuplicateKeyError(err) {
		c.forget(t.id)
	}
	return nil
}

// cacheRemoved records in coll's cache that a delete of docID returned
// err; after a failure the workspace is dropped. The caller holds the write
// lock.
func (t *Team) cacheRemoved(coll, docID string, err error) {
	if c := t.cacheAfter(coll, err); c != nil {
		c.removed(t.id, docID)
	}
}

// stored decodes doc as the database returns it (through BSON) and puts
// it in; a document it cannot decode drops the workspace.
func (c *docCache[T]) stored(team string, doc any) {
	var v T
	if err := decodeAs(doc, &v); err != nil {
		c.forget(team)
		return
	}
	c.put(team, c.id(&v), v)
}

// set applies fields to the cached document docID as $set does. When the
// workspace is loaded but lacks the document, or a field is a dotted path,
// it drops the workspace instead.
func (c *docCache[T]) set(team, docID string, fields bson.D) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.writes++
	if !c.loadedLocked(team) {
		return
	}
	m := c.teams[team]
	delete(c.sorted, team)
	id := strings.TrimPrefix(docID, team+"/")
	doc, ok := m[id]
	if !ok {
		c.drop(team)
		return
	}
	updated, err := withFields(&doc, fields)
	if err != nil {
		c.drop(team)
		return
	}
	m[id] = updated
}

// removed deletes the cached document docID.
func (c *docCache[T]) removed(team, docID string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.writes++
	if m, ok := c.teams[team]; ok {
		delete(c.sorted, team)
		delete(m, strings.TrimPrefix(docID, team+"/"))
	}
}

// withFields returns a copy of doc with the top-level fields set to the
// given values, as $set would store it. It fails for a dotted path.
func withFields[T any](doc *T, fields bson.D) (T, error) {
	var out T
	raw, err := bson.Marshal(doc)
	if err != nil {
		return out, err
	}
	elems, err := bson.Raw(raw).Elements()
	if err != nil {
		return out, err
	}
	d := make(bson.D, len(elems), len(elems)+len(fields))
	for i, e := range elems {
		d[i] = bson.E{Key: e.Key(), Value: e.Value()}
	}
	for _, f := range fields {
		if strings.Contains(f.Key, ".") {
			return out, fmt.Errorf("$set of the dotted path %q", f.Key)
		}
		if i := slices.IndexFunc(d, func(e bson.E) bool { return e.Key == f.Key }); i >= 0 {
			d[i].Value = f.Value
		} else {
			d = append(d, f)
		}
	}
	err = decodeAs(d, &out)
	return out, err
}

// decodeAs encodes doc to BSON and decodes it into out, as a write and a
// read of doc would.
func decodeAs(doc, out any) error {
	raw, err := bson.Marshal(doc)
	if err != nil {
		return err
	}
	return bson.Unmarshal(raw, out)
}

// put stores doc under id. It does nothing for a workspace that is not
// loaded.
func (c *docCache[T]) put(team, id string, doc T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.writes++
	if c.loadedLocked(team) {
		delete(c.sorted, team)
		c.teams[team][id] = doc
	}
}

// forget drops a workspace, so the next read loads it anew.
func (c *docCache[T]) forget(team string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.writes++
	c.drop(team)
}

// drop removes the workspace's documents; the caller holds c.mu.
func (c *docCache[T]) drop(team string) {
	delete(c.teams, team)
	delete(c.sorted, team)
	if c.whole {
		c.dropped[team] = true
	}
}

// loadedLocked reports whether the workspace's documents are in the
// cache; a workspace that the whole collection's scan did not see is
// loaded as empty on the way. The caller holds c.mu.
func (c *docCache[T]) loadedLocked(team string) bool {
	if _, ok := c.teams[team]; ok {
		return true
	}
	if c.whole && !c.dropped[team] {
		c.teams[team] = map[string]T{}
		return true
	}
	return false
}

// snapshotOf returns the workspace's snapshot, building it from the cached
// documents when a write dropped it, or false when the workspace is not
// loaded.
func (c *docCache[T]) snapshotOf(team string) ([]T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.sorted[team]; ok {
		return s, true
	}
	if !c.loadedLocked(team) {
		return nil, false
	}
	s := slices.SortedFunc(maps.Values(c.teams[team]), func(a, b T) int { return c.order(&a, &b) })
	c.sorted[team] = s
	return s, true
}

// snapshot returns the workspace's documents in the collection's order,
// shared and read-only (see docCache), reading them by one scan when they
// are not loaded yet (again when a bulk write dropped them meanwhile).
func (c *docCache[T]) snapshot(ctx context.Context, t *Team) ([]T, error) {
	for {
		if s, ok := c.snapshotOf(t.id); ok {
			return s, nil
		}
		if err := c.load(ctx, t); err != nil {
			return nil, err
		}
	}
}

// selectCached returns a fresh slice of the snapshot's documents that keep
// selects (all when keep is nil), in the snapshot's order; never nil.
func selectCached[T any](ctx context.Context, t *Team, c *docCache[T], keep func(*T) bool) ([]T, error) {
	all, err := c.snapshot(ctx, t)
	if err != nil {
		return nil, err
	}
	out := []T{}
	for i := range all {
		if keep == nil || keep(&all[i]) {
			out = append(out, all[i])
		}
	}
	return out, nil
}

// pageCached returns a fresh slice of the documents offset to
// offset+limit among those of the snapshot that keep selects, in the
// snapshot's order, and how many it selects in all: a page of a long list
// copies only the page. Never nil.
func pageCached[T any](ctx context.Context, t *Team, c *docCache[T], keep func(*T) bool, offset, limit int) ([]T, int, error) {
	all, err := c.snapshot(ctx, t)
	if err != nil {
		return nil, 0, err
	}
	out, n := []T{}, 0
	for i := range all {
		if !keep(&all[i]) {
			continue
		}
		if n >= offset && n < offset+limit {
			out = append(out, all[i])
		}
		n++
	}
	return out, n, nil
}

// docByID returns the document of coll with short id id: from the cache c
// when the workspace is loaded there, else (and always when c is nil, for
// collections without a cache) by one look-up by _id, which does not load
// the workspace. KindNotFound when there is none.
func docByID[T any](ctx context.Context, t *Team, c *docCache[T], coll, id string) (T, error) {
	var doc T
	if c != nil {
		c.mu.Lock()
		loaded := c.loadedLocked(t.id)
		cached, found := c.teams[t.id][id]
		c.mu.Unlock()
		switch {
		case found:
			return cached, nil
		case loaded:
			return doc, errNotFound("find " + coll)
		}
	}
	err := t.findOne(ctx, coll, bson.D{{Key: "_id", Value: t.docID(id)}}, &doc)
	return doc, err
}
