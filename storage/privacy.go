package storage

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

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
// in every collection, through rewrite (team_id excepted) and stores each
// document whose strings changed, by _id under the write lock. It reads
// with plain finds and works in Go, so it knows no field names: records
// added later by other features are covered too. An _id that changes
// (one derived from a Slack user id, say) moves the document to the new
// _id. It returns how many documents it changed. Rewriting with the same
// function again changes nothing once no string matches any more, and
// finishes a move cut short. A failure leaves the documents rewritten so
// far.
func (t *Team) Rewrite(ctx context.Context, rewrite func(string) string) (int, error) {
	return t.rewriteAll(ctx, "rewrite", func(doc bson.D) (bson.D, bool) {
		out, changed := rewriteDoc(doc, rewrite, true)
		return out.(bson.D), changed
	})
}

// RenameRefs gives every embedded document (at any depth below a
// document's top level) of this workspace that holds the string field "id"
// equal to id and a string field "name" that name: the references by id
// and name that snapshots keep, such as a review's analysis naming a
// stakeholder. Like Rewrite it knows no collection or field beyond these
// two, and returns how many documents it changed; running it again changes
// nothing (idempotent).
func (t *Team) RenameRefs(ctx context.Context, id, name string) (int, error) {
	return t.rewriteAll(ctx, "rename refs", func(doc bson.D) (bson.D, bool) {
		out, changed := renameRefs(doc, id, name, true)
		return out.(bson.D), changed
	})
}

// rewriteAll passes every document of this workspace, in every collection,
// through fn and stores those it changed: in place, or moved to the new
// _id when fn changed it.
func (t *Team) rewriteAll(ctx context.Context, op string, fn func(bson.D) (bson.D, bool)) (int, error) {
	if t.id == "" {
		return 0, wrap(KindInvalid, op, errNoTeam)
	}
	names, err := t.s.db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		return 0, classify(op, err)
	}
	sort.Strings(names)
	n := 0
	for _, coll := range names {
		var docs []bson.D
		if err := t.find(ctx, coll, nil, &docs); err != nil {
			return n, err
		}
		for _, doc := range docs {
			out, changed := fn(doc)
			if !changed {
				continue
			}
			if err := t.store(ctx, coll, docIDOf(doc), out); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// rewriteDoc rewrites the strings in v; top tells that v is the document
// itself, whose team_id stays, and whose _id stays in the workspace.
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
			if top && e.Key == "team_id" {
				continue
			}
			var c bool
			out[i].Value, c = rewriteDoc(e.Value, rewrite, false)
			if top && e.Key == "_id" && c && !sameTeam(e.Value, out[i].Value) {
				out[i].Value, c = e.Value, false
			}
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

// sameTeam tells whether the _id after keeps the workspace prefix of the
// _id before ("<team>/…").
func sameTeam(before, after any) bool {
	b, ok1 := before.(string)
	a, ok2 := after.(string)
	team, _, found := strings.Cut(b, "/")
	return ok1 && ok2 && found && strings.HasPrefix(a, team+"/")
}

// renameRefs sets name in the embedded documents of v that hold "id" equal
// to id and a string "name"; top tells that v is the document itself,
// which is left as it is.
func renameRefs(v any, id, name string, top bool) (any, bool) {
	switch x := v.(type) {
	case bson.D:
		out := make(bson.D, len(x))
		copy(out, x)
		changed := false
		if !top && isRef(x, id) {
			for i, e := range out {
				if e.Key == "name" && e.Value != name {
					out[i].Value, changed = name, true
				}
			}
		}
		for i, e := range out {
			var c bool
			out[i].Value, c = renameRefs(e.Value, id, name, false)
			changed = changed || c
		}
		return out, changed
	case bson.A:
		changed := false
		out := make(bson.A, len(x))
		for i, e := range x {
			var c bool
			out[i], c = renameRefs(e, id, name, false)
			changed = changed || c
		}
		return out, changed
	}
	return v, false
}

// isRef tells whether d holds the string "id" equal to id and a string
// "name".
func isRef(d bson.D, id string) bool {
	var hasID, hasName bool
	for _, e := range d {
		switch v, ok := e.Value.(string); {
		case e.Key == "id" && ok && v == id:
			hasID = true
		case e.Key == "name" && ok:
			hasName = true
		}
	}
	return hasID && hasName
}

// docIDOf returns the _id of doc.
func docIDOf(doc bson.D) any {
	for _, e := range doc {
		if e.Key == "_id" {
			return e.Value
		}
	}
	return nil
}

// store writes doc, read with _id old, back: replaced in place, or, when
// its _id changed, upserted under the new _id before the old document is
// deleted, so that a move cut short is finished by running it again.
func (t *Team) store(ctx context.Context, coll string, old any, doc bson.D) error {
	id := docIDOf(doc)
	if id == old {
		return t.replace(ctx, coll, doc, false)
	}
	if err := t.replace(ctx, coll, doc, true); err != nil {
		return err
	}
	return t.deleteDoc(ctx, coll, old.(string))
}

// replace overwrites the document with doc's _id in this workspace; with
// upsert it creates it when missing.
func (t *Team) replace(ctx context.Context, coll string, doc bson.D, upsert bool) error {
	full, err := t.filter(bson.D{{Key: "_id", Value: docIDOf(doc)}})
	if err != nil {
		return wrap(KindInvalid, "replace "+coll, err)
	}
	unlock := t.s.lockWrites()
	res, err := t.coll(coll).ReplaceOne(ctx, full, doc, options.Replace().SetUpsert(upsert))
	if c := t.cacheAfter(coll, err); c != nil && res.MatchedCount+res.UpsertedCount > 0 {
		c.stored(t.id, doc)
	}
	unlock()
	if err != nil {
		return classify("replace "+coll, err)
	}
	if res.MatchedCount+res.UpsertedCount == 0 {
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
