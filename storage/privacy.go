package storage

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// AuditAbout returns every entry about any of the records ids (short ids or
// Slack user ids), oldest first.
func (t *Team) AuditAbout(ctx context.Context, ids []string) ([]AuditEntry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var out []AuditEntry
	err := t.find(ctx, audit, auditTargets(ids), &out, options.Find().SetSort(bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}}))
	return out, err
}

// AuditByActor returns every entry whose actor is the Slack user actor,
// oldest first.
func (t *Team) AuditByActor(ctx context.Context, actor string) ([]AuditEntry, error) {
	var out []AuditEntry
	err := t.find(ctx, audit, bson.D{{Key: "actor", Value: actor}}, &out, options.Find().SetSort(bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}}))
	return out, err
}

// BlankAuditFields empties the before and after values of the given fields
// in every audit entry about the record kind/id, keeping the entries and
// which fields changed. It returns how many entries it changed; running it
// again changes nothing (idempotent).
func (t *Team) BlankAuditFields(ctx context.Context, kind, id string, fields []string) (int, error) {
	entries, err := t.AuditFor(ctx, kind, id)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		changed := false
		for i, c := range e.Changes {
			if slices.Contains(fields, c.Field) && (c.Before != "" || c.After != "") {
				e.Changes[i].Before, e.Changes[i].After = "", ""
				changed = true
			}
		}
		if !changed {
			continue
		}
		if err := t.set(ctx, audit, e.DocID, bson.D{{Key: "changes", Value: e.Changes}}); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Rewrite passes every string value of every document of this workspace,
// in every collection, through rewrite (the _id and team_id excepted) and
// stores each document whose strings changed, by _id under the write lock.
// It reads with plain finds and works in Go, so it knows no field names:
// records added later by other features are covered too. It returns how
// many documents it changed. Rewriting with the same function again
// changes nothing once no string matches any more. A failure leaves the
// documents rewritten so far.
func (t *Team) Rewrite(ctx context.Context, rewrite func(string) string) (int, error) {
	if t.id == "" {
		return 0, wrap(KindInvalid, "rewrite", errNoTeam)
	}
	names, err := t.s.db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		return 0, classify("rewrite", err)
	}
	sort.Strings(names)
	n := 0
	for _, coll := range names {
		var docs []bson.D
		if err := t.find(ctx, coll, nil, &docs); err != nil {
			return n, err
		}
		for _, doc := range docs {
			out, changed := rewriteDoc(doc, rewrite, true)
			if !changed {
				continue
			}
			if err := t.replace(ctx, coll, out.(bson.D)); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// rewriteDoc rewrites the strings in v; top tells that v is the document
// itself, whose _id and team_id stay.
func rewriteDoc(v any, rewrite func(string) string, top bool) (any, bool) {
	switch x := v.(type) {
	case string:
		r := rewrite(x)
		return r, r != x
	case bson.D:
		changed := false
		out := make(bson.D, len(x))
		for i, e := range x {
			out[i] = e
			if top && (e.Key == "_id" || e.Key == "team_id") {
				continue
			}
			var c bool
			out[i].Value, c = rewriteDoc(e.Value, rewrite, false)
			changed = changed || c
		}
		return out, changed
	case bson.A:
		changed := false
		out := make(bson.A, len(x))
		for i, e := range x {
			var c bool
			out[i], c = rewriteDoc(e, rewrite, false)
			changed = changed || c
		}
		return out, changed
	}
	return v, false
}

// replace overwrites the document with doc's _id in this workspace.
func (t *Team) replace(ctx context.Context, coll string, doc bson.D) error {
	var id any
	for _, e := range doc {
		if e.Key == "_id" {
			id = e.Value
		}
	}
	full, err := t.filter(bson.D{{Key: "_id", Value: id}})
	if err != nil {
		return wrap(KindInvalid, "replace "+coll, err)
	}
	unlock := t.s.lockWrites()
	res, err := t.coll(coll).ReplaceOne(ctx, full, doc)
	if c := t.cacheAfter(coll, err); c != nil && res.MatchedCount > 0 {
		c.stored(t.id, doc)
	}
	unlock()
	if err != nil {
		return classify("replace "+coll, err)
	}
	if res.MatchedCount == 0 {
		return errNotFound("replace " + coll)
	}
	return nil
}

// Dump writes every document of every collection, of all workspaces, to w
// as canonical extended JSON, one document per line after a line naming
// its collection. It is a full backup for an operator, not a query on
// behalf of a workspace.
func (s *Store) Dump(ctx context.Context, w io.Writer) error {
	names, err := s.db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		return classify("dump", err)
	}
	sort.Strings(names)
	for _, coll := range names {
		if _, err := fmt.Fprintf(w, "# %s\n", coll); err != nil {
			return wrap(KindUnavailable, "dump", err)
		}
		cur, err := s.db.Collection(coll).Find(ctx, bson.D{}, options.Find().SetSort(bson.D{{Key: "_id", Value: 1}}))
		if err != nil {
			return classify("dump "+coll, err)
		}
		for cur.Next(ctx) {
			line, err := bson.MarshalExtJSON(cur.Current, true, false)
			if err != nil {
				_ = cur.Close(ctx)
				return wrap(KindInternal, "dump "+coll, err)
			}
			if _, err := fmt.Fprintf(w, "%s\n", line); err != nil {
				_ = cur.Close(ctx)
				return wrap(KindUnavailable, "dump", err)
			}
		}
		if err := cur.Err(); err != nil {
			return classify("dump "+coll, err)
		}
		_ = cur.Close(ctx)
	}
	return nil
}
