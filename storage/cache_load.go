package storage

import (
	"context"
	"errors"
	"maps"
	"sync"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// cacheLoader is a document cache seen by the loads, whatever its type.
type cacheLoader interface {
	// load reads the workspace's documents by one scan when it is not
	// loaded yet. The caller holds the write lock.
	load(ctx context.Context, t *Team) error
	// loadAll reads the documents of every workspace by one scan of the
	// collection and keeps those of the workspaces not loaded yet. The
	// caller holds the write lock. It returns the workspaces it saw.
	loadAll(ctx context.Context, s *Store) (map[string]bool, error)
	// empty records a workspace that is not loaded as having no
	// documents (a full scan found none). The caller holds the write lock.
	empty(team string)
}

// loaders are the store's document caches, nil against MongoDB.
func (s *Store) loaders() []cacheLoader {
	c := s.caches
	if c.commitments == nil {
		return nil
	}
	// The largest first: it decides how long the concurrent scans take.
	return []cacheLoader{c.commitments, c.audit, c.stakeholders, c.members, c.meetings, c.committees}
}

// LoadCaches loads the workspace's documents into every embedded cache
// that does not hold them yet, all collections at once (each a scan of its
// own, concurrently) under one hold of the write lock, so that an analysis
// after start-up or after a bulk write waits for the longest scan instead
// of the sum. It does nothing against MongoDB or when everything is
// loaded, so it may be called before any read. It fails with the first
// read error; the collections loaded so far stay loaded.
func (t *Team) LoadCaches(ctx context.Context) error {
	loaders := t.s.loaders()
	if len(loaders) == 0 || t.s.cachesLoaded(t.id) {
		return nil
	}
	unlock := t.s.lockWrites()
	defer unlock()
	return concurrently(loaders, func(l cacheLoader) error { return l.load(ctx, t) })
}

// WarmCaches loads the cached collections of every workspace, so the first
// commands after start-up do not wait for the scans. It reads one
// collection at a time, the small ones that most commands need first, each
// by one scan for all workspaces together (FerretDB decodes the whole
// collection for any filter but one on _id, so a scan per workspace would
// cost as much each) under its own hold of the write lock: a command that
// needs a collection already loaded does not wait, a write waits for one
// scan at most. It does nothing against MongoDB. It is the one read across
// workspaces besides the team-scoped handles. It fails with the first read
// error; the collections loaded so far stay loaded.
func (s *Store) WarmCaches(ctx context.Context) error {
	c := s.caches
	if c.commitments == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, l := range []cacheLoader{c.stakeholders, c.committees, c.members, c.meetings, c.commitments, c.audit} {
		if err := s.warm(ctx, l, seen); err != nil {
			return err
		}
	}
	return nil
}

// warm loads one collection of every workspace and records the workspaces
// seen so far without documents in it as empty; it adds the workspaces it
// saw to seen. A workspace first seen in a later collection is loaded here
// on its first read instead.
func (s *Store) warm(ctx context.Context, l cacheLoader, seen map[string]bool) error {
	unlock := s.lockWrites()
	defer unlock()
	teams, err := l.loadAll(ctx, s)
	if err != nil {
		return err
	}
	for team := range seen {
		l.empty(team)
	}
	maps.Copy(seen, teams)
	return nil
}

// cachesLoaded reports whether every cache holds the workspace.
func (s *Store) cachesLoaded(team string) bool {
	c := s.caches
	return c.commitments.loaded(team) && c.audit.loaded(team) && c.stakeholders.loaded(team) &&
		c.members.loaded(team) && c.meetings.loaded(team) && c.committees.loaded(team)
}

// concurrently runs f for every loader at once and joins their errors.
func concurrently(loaders []cacheLoader, f func(cacheLoader) error) error {
	var wg sync.WaitGroup
	errs := make([]error, len(loaders))
	for i, l := range loaders {
		wg.Go(func() { errs[i] = f(l) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// loaded reports whether the workspace's documents are in the cache.
func (c *docCache[T]) loaded(team string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.teams[team]
	return ok
}

func (c *docCache[T]) load(ctx context.Context, t *Team) error {
	if c.loaded(t.id) {
		return nil
	}
	var list []T
	if err := t.find(ctx, c.coll, nil, &list); err != nil {
		return err
	}
	m := make(map[string]T, len(list))
	for i := range list {
		m[c.id(&list[i])] = list[i]
	}
	c.keep(t.id, m)
	return nil
}

func (c *docCache[T]) loadAll(ctx context.Context, s *Store) (map[string]bool, error) {
	cur, err := s.db.Collection(c.coll).Find(ctx, bson.D{})
	if err != nil {
		return nil, classify("load "+c.coll, err)
	}
	defer cur.Close(ctx)
	teams := map[string]map[string]T{}
	for cur.Next(ctx) {
		team, ok := cur.Current.Lookup("team_id").StringValueOK()
		if !ok {
			continue // not a workspace's document
		}
		var doc T
		if err := bson.Unmarshal(cur.Current, &doc); err != nil {
			return nil, classify("load "+c.coll, err)
		}
		if teams[team] == nil {
			teams[team] = map[string]T{}
		}
		teams[team][c.id(&doc)] = doc
	}
	if err := cur.Err(); err != nil {
		return nil, classify("load "+c.coll, err)
	}
	seen := make(map[string]bool, len(teams))
	for team, m := range teams {
		c.keep(team, m)
		seen[team] = true
	}
	return seen, nil
}

func (c *docCache[T]) empty(team string) { c.keep(team, map[string]T{}) }

// keep stores the documents of a workspace that is not loaded yet; a
// loaded one keeps what it has (the writes recorded since).
func (c *docCache[T]) keep(team string, m map[string]T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.teams[team]; !ok {
		c.teams[team] = m
		delete(c.sorted, team)
	}
}
