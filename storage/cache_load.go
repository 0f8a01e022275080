package storage

import (
	"context"
	"errors"
	"sync"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// cacheLoader is a document cache seen by the loads, whatever its type.
type cacheLoader interface {
	// load reads the workspace's documents by one scan when it is not
	// loaded yet.
	load(ctx context.Context, t *Team) error
	// loadAll reads the documents of every workspace by one scan of the
	// collection and keeps those of the workspaces not loaded yet; from
	// then on the cache holds the whole collection. It does nothing when
	// it does already.
	loadAll(ctx context.Context, s *Store) error
}

// loaders are the store's document caches, nil against MongoDB.
func (s *Store) loaders() []cacheLoader {
	c := s.caches
	if c.commitments == nil {
		return nil
	}
	return []cacheLoader{c.commitments, c.audit, c.stakeholders, c.members, c.meetings, c.committees}
}

// LoadCaches loads the workspace's documents into every embedded cache
// that does not hold them yet, all collections at once (each a scan of its
// own, concurrently), so that an analysis after start-up or after a bulk
// write waits for the longest scan instead of the sum. It does nothing
// against MongoDB or when everything is loaded, so it may be called before
// any read. It fails with the first read error; the collections loaded so
// far stay loaded.
func (t *Team) LoadCaches(ctx context.Context) error {
	loaders := t.s.loaders()
	if len(loaders) == 0 || t.s.cachesLoaded(t.id) {
		return nil
	}
	return concurrently(loaders, func(_ int, l cacheLoader) error { return l.load(ctx, t) })
}

// WarmCaches loads the cached collections of every workspace, so the first
// commands after start-up do not wait for the scans. It reads one
// collection at a time, the small ones that most commands need first, each
// by one scan for all workspaces together (FerretDB decodes the whole
// collection for any filter but one on _id, so a scan per workspace would
// cost as much each), and skips those that the cache file restored (see
// restoreCaches). Scans do not hold the write lock (see docCache.load): a
// command waits only when it needs the collection being scanned. It does
// nothing against MongoDB. It is the one read across workspaces besides
// the team-scoped handles. It fails with the first read error; the
// collections loaded so far stay loaded.
func (s *Store) WarmCaches(ctx context.Context) error {
	c := s.caches
	if c.commitments == nil {
		return nil
	}
	for _, l := range []cacheLoader{c.stakeholders, c.committees, c.members, c.commitments, c.meetings, c.audit} {
		if err := l.loadAll(ctx, s); err != nil {
			return err
		}
	}
	return nil
}

// cachesLoaded reports whether every cache holds the workspace.
func (s *Store) cachesLoaded(team string) bool {
	c := s.caches
	return c.commitments.loaded(team) && c.audit.loaded(team) && c.stakeholders.loaded(team) &&
		c.members.loaded(team) && c.meetings.loaded(team) && c.committees.loaded(team)
}

// concurrently runs f for every item at once and joins their errors.
func concurrently[T any](items []T, f func(int, T) error) error {
	var wg sync.WaitGroup
	errs := make([]error, len(items))
	for i, item := range items {
		wg.Go(func() { errs[i] = f(i, item) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// loaded reports whether the workspace's documents are in the cache (see
// loadedLocked).
func (c *docCache[T]) loaded(team string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.loadedLocked(team)
}

// holdsAll reports whether the cache holds every document of the
// collection (see docCache.whole).
func (c *docCache[T]) holdsAll() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.whole && len(c.dropped) == 0
}

// generation returns how many writes the cache has recorded.
func (c *docCache[T]) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.writes
}

// load scans the workspace without the write lock and keeps the result
// when no write was recorded while the scan ran: a write recorded before
// the scan began had reached the database, and one recorded after the
// result was kept is applied to it. When a write came between, it scans
// again under the write lock. Loads of the collection run one at a time,
// so concurrent readers of a workspace wait for one scan.
func (c *docCache[T]) load(ctx context.Context, t *Team) error {
	c.loadMu.Lock()
	defer c.loadMu.Unlock()
	if c.loaded(t.id) {
		return nil
	}
	gen := c.generation()
	m, err := c.scan(ctx, t)
	if err != nil || c.keep(map[string]map[string]T{t.id: m}, gen, false) {
		return err
	}
	unlock := t.s.lockWrites()
	defer unlock()
	if m, err = c.scan(ctx, t); err == nil {
		c.keep(map[string]map[string]T{t.id: m}, c.generation(), false)
	}
	return err
}

// scan reads the workspace's documents by one find.
func (c *docCache[T]) scan(ctx context.Context, t *Team) (map[string]T, error) {
	var list []T
	if err := t.find(ctx, c.coll, nil, &list); err != nil {
		return nil, err
	}
	m := make(map[string]T, len(list))
	for i := range list {
		m[c.id(&list[i])] = list[i]
	}
	return m, nil
}

func (c *docCache[T]) loadAll(ctx context.Context, s *Store) error {
	c.loadMu.Lock()
	defer c.loadMu.Unlock()
	if c.holdsAll() {
		return nil
	}
	gen := c.generation()
	teams, err := c.scanAll(ctx, s)
	if err != nil || c.keep(teams, gen, true) {
		return err
	}
	unlock := s.lockWrites()
	defer unlock()
	if teams, err = c.scanAll(ctx, s); err == nil {
		c.keep(teams, c.generation(), true)
	}
	return err
}

// scanAll reads the documents of every workspace by one find, grouped by
// workspace.
func (c *docCache[T]) scanAll(ctx context.Context, s *Store) (map[string]map[string]T, error) {
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
	return teams, nil
}

// keep stores the scanned workspaces that are not loaded yet, unless a
// write was recorded since generation gen (then it keeps nothing and
// returns false); a loaded workspace keeps what it has. all says that
// teams is the scan of the whole collection: the cache then holds every
// document (see docCache.whole).
func (c *docCache[T]) keep(teams map[string]map[string]T, gen uint64, all bool) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.writes != gen {
		return false
	}
	for team, m := range teams {
		if _, ok := c.teams[team]; !ok {
			c.teams[team] = m
			delete(c.sorted, team)
		}
		delete(c.dropped, team)
	}
	if all {
		c.whole = true
		clear(c.dropped)
	}
	return true
}
