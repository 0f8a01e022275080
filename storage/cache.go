package storage

import (
	"context"
	"maps"
	"strings"
	"sync"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// docCache keeps, for the embedded server only, the documents of one
// collection (commitments, stakeholders) of every workspace in memory.
//
// Why: FerretDB serves only a filter that is exactly {_id} from its key and
// decodes every document of the collection for any other filter, so lists
// and the review analysis of a large network took seconds. The embedded
// server serves exactly one process (the data folder is locked) and every
// write goes through this package, so the process can keep a derived copy:
// a workspace's documents are loaded by one scan on first use (under the
// write lock, so no write slips between scan and store), and every write
// refreshes the written document from the database afterwards (touched);
// bulk writes drop the workspace, which is then loaded anew. A read that
// runs between a write and its refresh can see the state before that
// write; nothing is lost, and a restart starts afresh. Against MongoDB
// there is no cache: its indexes serve the queries.
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

// touched is called after every successful write to coll: on the embedded
// server it refreshes the cached document docID, or drops the workspace
// when docID is "" (bulk writes).
func (t *Team) touched(ctx context.Context, coll, docID string) {
	switch coll {
	case commitments:
		refresh(ctx, t, t.s.caches.commitments, docID)
	case stakeholders:
		refresh(ctx, t, t.s.caches.stakeholders, docID)
	}
}

// refresh re-reads docID into c; see touched.
func refresh[T any](ctx context.Context, t *Team, c *docCache[T], docID string) {
	if c == nil {
		return
	}
	if docID == "" {
		c.forget(t.id)
		return
	}
	var doc T
	err := t.findOne(ctx, c.coll, bson.D{{Key: "_id", Value: docID}}, &doc)
	switch {
	case err == nil:
		c.put(t.id, c.id(&doc), &doc)
	case IsNotFound(err):
		c.put(t.id, strings.TrimPrefix(docID, t.id+"/"), nil)
	default:
		c.forget(t.id) // unsure of its state: load anew on the next read
	}
}

// put stores doc under id, or removes id when doc is nil. It does nothing
// for a workspace that is not loaded.
func (c *docCache[T]) put(team, id string, doc *T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.teams[team]
	if !ok {
		return
	}
	if doc == nil {
		delete(m, id)
	} else {
		m[id] = *doc
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
