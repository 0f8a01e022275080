package storage

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// timeIndex keeps, for the embedded server only, a time per document of
// the few documents of a collection that background work polls for: when
// each pending outbox message is due, when the lease of each started run
// expires.
//
// Why: the embedded FerretDB pushes down only a filter that is exactly
// {_id} (see idindex.go) and decodes every document of the collection for
// any other filter: the sender's query of due messages read the whole
// outbox, files included, every pass, and the firing loop's query of
// expired leases every run ever kept. The embedded server serves one
// process and every write of these fields goes through this package, so
// the process keeps the times (loaded by one scan on first use) and reads
// the documents they select by _id. Against MongoDB there is no index in
// memory: the indexes on state and time serve the queries.
//
// Every update is applied after its write succeeded and sets or removes an
// entry to the value written, so it may run in any order with the load. A
// nil *timeIndex (MongoDB) ignores every update.
type timeIndex struct {
	coll   string
	filter bson.D // the documents indexed, by state
	field  string // the time
	tie    string // the time that orders entries of the same time

	mu      sync.Mutex
	loaded  bool
	entries map[string]timeEntry // _id → times
}

type timeEntry struct{ at, tie time.Time }

func newTimeIndex(coll string, filter bson.D, field, tie string) *timeIndex {
	return &timeIndex{coll: coll, filter: filter, field: field, tie: tie, entries: map[string]timeEntry{}}
}

// set records the document docID with its times.
func (x *timeIndex) set(docID string, at, tie time.Time) {
	if x == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.entries[docID] = timeEntry{at: at.UTC(), tie: tie.UTC()}
}

// move changes the time of docID, if it is indexed.
func (x *timeIndex) move(docID string, at time.Time) {
	if x == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if e, ok := x.entries[docID]; ok {
		e.at = at.UTC()
		x.entries[docID] = e
	}
}

// drop removes docID: it left the indexed state.
func (x *timeIndex) drop(docID string) {
	if x == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.entries, docID)
}

// load fills the index by one scan of the indexed documents, once.
func (x *timeIndex) load(ctx context.Context, s *Store) error {
	x.mu.Lock()
	loaded := x.loaded
	x.mu.Unlock()
	if loaded {
		return nil
	}
	defer s.lockWrites()()
	cur, err := s.db.Collection(x.coll).Find(ctx, x.filter,
		options.Find().SetProjection(bson.D{{Key: "_id", Value: 1}, {Key: x.field, Value: 1}, {Key: x.tie, Value: 1}}))
	if err != nil {
		return classify("find "+x.coll, err)
	}
	var list []bson.Raw
	if err := cur.All(ctx, &list); err != nil {
		return classify("find "+x.coll, err)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, raw := range list {
		id, _ := raw.Lookup("_id").StringValueOK()
		at, _ := raw.Lookup(x.field).TimeOK()
		tie, _ := raw.Lookup(x.tie).TimeOK()
		x.entries[id] = timeEntry{at: at.UTC(), tie: tie.UTC()}
	}
	x.loaded = true
	return nil
}

// upTo returns the _ids of up to limit documents whose time is at or
// before t, by time, then tie, then _id.
func (x *timeIndex) upTo(t time.Time, limit int) []string {
	x.mu.Lock()
	defer x.mu.Unlock()
	type item struct {
		id string
		timeEntry
	}
	var list []item
	for id, e := range x.entries {
		if !e.at.After(t) {
			list = append(list, item{id, e})
		}
	}
	slices.SortFunc(list, func(a, b item) int {
		return cmp.Or(a.at.Compare(b.at), a.tie.Compare(b.tie), cmp.Compare(a.id, b.id))
	})
	list = list[:min(limit, len(list))]
	ids := make([]string, len(list))
	for i, it := range list {
		ids[i] = it.id
	}
	return ids
}

// readUpTo decodes the documents of upTo(t, limit) that, as read now, are
// still in the indexed state with a time not after t; current gives a
// document's time and whether it is in the state. Another store on the same
// database (a replica in the tests) may have moved or finished a document
// since this index learnt of it: one that left the state is dropped from
// the index, one whose time moved later is moved.
func readUpTo[T any](ctx context.Context, s *Store, x *timeIndex, t time.Time, limit int, current func(*T) (time.Time, bool)) ([]T, error) {
	if err := x.load(ctx, s); err != nil {
		return nil, err
	}
	var out []T
	for _, id := range x.upTo(t, limit) {
		var doc T
		err := s.db.Collection(x.coll).FindOne(ctx, bson.D{{Key: "_id", Value: id}}).Decode(&doc)
		if err != nil && !errors.Is(err, mongo.ErrNoDocuments) {
			return nil, classify("find "+x.coll, err)
		}
		at, indexed := current(&doc)
		if err != nil || !indexed {
			x.drop(id)
			continue
		}
		if at.After(t) {
			x.move(id, at)
			continue
		}
		out = append(out, doc)
	}
	return out, nil
}
