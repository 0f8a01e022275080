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
// are loaded by one scan on first use, and every write records the values
// it wrote (see writeCache); bulk writes drop the workspace, which is then
// loaded anew. Loading and recording both run under the write lock, so the
// cache follows the writes in their order and no write slips between a scan
// and its store. A restart starts afresh. Against MongoDB there is no
// cache: its indexes serve the queries.
type docCache[T any] struct {
	coll  string
	id    func(*T) string // the document's short id
	mu    sync.Mutex
	teams map[string]map[string]T // team → short id → document
}

func newDocCache[T any](coll string, id func(*T) string) *docCache[T] {
	return &docCache[T]{coll: coll, id: id, teams: map[string]map[string]T{}}
}

// caches are the store's document caches; nil fields mean no cache.
type caches struct {
	commitments  *docCache[Commitment]
	stakeholders *docCache[Stakeholder]
}

func newCaches() caches {
	return caches{
		commitments:  newDocCache(commitments, func(c *Commitment) string { return c.ID }),
		stakeholders: newDocCache(stakeholders, func(s *Stakeholder) string { return s.ID }),
	}
}

// writeCache is how a write keeps a document cache in step, with the values
// it wrote instead of reading the document again. The writer holds the
// write lock and calls it right after the write succeeded.
type writeCache interface {
	// stored records doc, as an insert or a replace wrote it.
	stored(team string, doc any)
	// set records a $set of fields on the document docID.
	set(team, docID string, fields bson.D)
	// forget drops the workspace, which is then loaded anew.
	forget(team string)
}

// cacheOf returns coll's document cache, or nil when coll has none (always
// against MongoDB).
func (s *Store) cacheOf(coll string) writeCache {
	switch {
	case coll == commitments && s.caches.commitments != nil:
		return s.caches.commitments
	case coll == stakeholders && s.caches.stakeholders != nil:
		return s.caches.stakeholders
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

// cacheForget drops the workspace from coll's cache (after bulk writes).
func (t *Team) cacheForget(coll string) {
	if c := t.s.cacheOf(coll); c != nil {
		c.forget(t.id)
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
	m, ok := c.teams[team]
	if !ok {
		return
	}
	id := strings.TrimPrefix(docID, team+"/")
	doc, ok := m[id]
	if !ok {
		delete(c.teams, team)
		return
	}
	updated, err := withFields(&doc, fields)
	if err != nil {
		delete(c.teams, team)
		return
	}
	m[id] = updated
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
	if m, ok := c.teams[team]; ok {
		m[id] = doc
	}
}

// forget drops a workspace, so the next read loads it anew.
func (c *docCache[T]) forget(team string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.teams, team)
}

// copyOf returns a copy of the workspace's documents, or false when it is
// not loaded.
func (c *docCache[T]) copyOf(team string) (map[string]T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.teams[team]
	return maps.Clone(m), ok
}

// load returns a copy of the workspace's documents, reading them by one
// scan under the write lock when they are not loaded yet.
func (c *docCache[T]) load(ctx context.Context, t *Team) (map[string]T, error) {
	if m, ok := c.copyOf(t.id); ok {
		return m, nil
	}
	unlock := t.s.lockWrites()
	defer unlock()
	if m, ok := c.copyOf(t.id); ok {
		return m, nil
	}
	var list []T
	if err := t.find(ctx, c.coll, nil, &list); err != nil {
		return nil, err
	}
	m := make(map[string]T, len(list))
	for i := range list {
		m[c.id(&list[i])] = list[i]
	}
	c.mu.Lock()
	c.teams[t.id] = m
	c.mu.Unlock()
	return maps.Clone(m), nil
}

// docByID returns the document of coll with short id id: from the cache c
// when the workspace is loaded there, else (and always when c is nil, for
// collections without a cache) by one look-up by _id, which does not load
// the workspace. KindNotFound when there is none.
func docByID[T any](ctx context.Context, t *Team, c *docCache[T], coll, id string) (T, error) {
	var doc T
	if c != nil {
		c.mu.Lock()
		m, loaded := c.teams[t.id]
		cached, found := m[id]
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

// WarmCaches loads the cached collections of every workspace, so the first
// commands after start-up do not wait for the scans. It does nothing
// against MongoDB. Reading the workspace ids is one of the few reads
// across workspaces; everything after it goes through the Team handle.
func (s *Store) WarmCaches(ctx context.Context) error {
	if s.caches.commitments == nil {
		return nil
	}
	for _, coll := range []string{stakeholders, commitments} {
		res := s.db.Collection(coll).Distinct(ctx, "team_id", bson.D{})
		var teams []string
		if err := res.Decode(&teams); err != nil {
			return classify("warm caches", err)
		}
		for _, id := range teams {
			t := s.Team(id)
			var err error
			if coll == stakeholders {
				_, err = s.caches.stakeholders.load(ctx, t)
			} else {
				_, err = s.caches.commitments.load(ctx, t)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}
