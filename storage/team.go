package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// Team is a handle on one Slack workspace's records. Every query it runs
// filters on its team_id and every document it inserts carries it, so no
// operation through a Team can reach another workspace's data.
type Team struct {
	s  *Store
	id string
}

// Team returns the handle for the workspace teamID. An empty id, or one
// containing "/" (the separator inside _id values), gives a handle whose
// every operation fails with KindInvalid.
func (s *Store) Team(teamID string) *Team {
	if strings.Contains(teamID, "/") {
		teamID = ""
	}
	return &Team{s: s, id: teamID}
}

// ID returns the workspace id.
func (t *Team) ID() string { return t.id }

// Scope is embedded in every record: the workspace it belongs to. The Team
// handle sets it on insert.
type Scope struct {
	TeamID string `bson:"team_id" json:"-"`
}

func (sc *Scope) setTeam(id string) { sc.TeamID = id }

// record is a document that belongs to a workspace.
type record interface{ setTeam(teamID string) }

var errNoTeam = errors.New("no team id")

// docID returns the _id of a record with the short id id in this workspace.
func (t *Team) docID(id string) string { return t.id + "/" + id }

// byID returns the filter for the document with _id docID. It is the one
// filter without team_id: FerretDB hands only a filter that is exactly
// {_id: …} down to SQLite, where the _id index serves it (see idindex.go:
// FerretDB's own index on _id does not), and scans the whole collection
// for any other. It is still confined to this workspace, because every _id
// of the workspace starts with "<team id>/" (insert refuses others) and
// team ids contain no "/".
func (t *Team) byID(docID string) (bson.D, error) {
	if t.id == "" || !strings.HasPrefix(docID, t.id+"/") {
		return nil, errNoTeam
	}
	return bson.D{{Key: "_id", Value: docID}}, nil
}

// filter prefixes f with this workspace's team_id. A filter on _id alone
// is served by byID instead.
func (t *Team) filter(f bson.D) (bson.D, error) {
	if t.id == "" {
		return nil, errNoTeam
	}
	if len(f) == 1 && f[0].Key == "_id" {
		if docID, ok := f[0].Value.(string); ok {
			return t.byID(docID)
		}
	}
	return append(bson.D{{Key: "team_id", Value: t.id}}, f...), nil
}

func (t *Team) coll(name string) *mongo.Collection { return t.s.db.Collection(name) }

// insert stamps doc with the team id and inserts it. A duplicate _id or
// unique key gives KindConflict; an _id outside this workspace's prefix
// gives KindInvalid.
func (t *Team) insert(ctx context.Context, coll string, doc record) error {
	if t.id == "" {
		return wrap(KindInvalid, "insert "+coll, errNoTeam)
	}
	doc.setTeam(t.id)
	if err := t.checkDocID(doc); err != nil {
		return wrap(KindInvalid, "insert "+coll, err)
	}
	unlock := t.s.lockWrites()
	_, err := t.coll(coll).InsertOne(ctx, doc)
	if c := t.cacheAfter(coll, err); c != nil {
		c.stored(t.id, doc)
	}
	unlock()
	return classify("insert "+coll, err)
}

// find decodes every document matching f into out (a pointer to a slice).
func (t *Team) find(ctx context.Context, coll string, f bson.D, out any, opts ...options.Lister[options.FindOptions]) error {
	full, err := t.filter(f)
	if err != nil {
		return wrap(KindInvalid, "find "+coll, err)
	}
	cur, err := t.coll(coll).Find(ctx, full, opts...)
	if err != nil {
		return classify("find "+coll, err)
	}
	return classify("find "+coll, cur.All(ctx, out))
}

// findOne decodes the first document matching f into out; KindNotFound when
// there is none.
func (t *Team) findOne(ctx context.Context, coll string, f bson.D, out any) error {
	full, err := t.filter(f)
	if err != nil {
		return wrap(KindInvalid, "find "+coll, err)
	}
	raw, err := t.coll(coll).FindOne(ctx, full).Raw()
	if errors.Is(err, mongo.ErrNoDocuments) {
		return errNotFound("find " + coll)
	}
	if err != nil {
		return classify("find "+coll, err)
	}
	if team, _ := raw.Lookup("team_id").StringValueOK(); team != t.id {
		return errNotFound("find " + coll)
	}
	return classify("find "+coll, bson.Unmarshal(raw, out))
}

// checkDocID refuses a doc whose _id does not start with this workspace's
// prefix, which byID relies on.
func (t *Team) checkDocID(doc record) error {
	raw, err := bson.Marshal(doc)
	if err != nil {
		return err
	}
	id, ok := bson.Raw(raw).Lookup("_id").StringValueOK()
	if !ok || !strings.HasPrefix(id, t.id+"/") {
		return fmt.Errorf("_id %q is not in workspace %s", id, t.id)
	}
	return nil
}

// count returns how many documents match f.
func (t *Team) count(ctx context.Context, coll string, f bson.D) (int64, error) {
	full, err := t.filter(f)
	if err != nil {
		return 0, wrap(KindInvalid, "count "+coll, err)
	}
	n, err := t.coll(coll).CountDocuments(ctx, full)
	return n, classify("count "+coll, err)
}

// set applies $set to the document with _id docID; KindNotFound when it
// does not exist in this workspace.
func (t *Team) set(ctx context.Context, coll, docID string, fields bson.D) error {
	full, err := t.byID(docID)
	if err != nil {
		return wrap(KindInvalid, "update "+coll, err)
	}
	unlock := t.s.lockWrites()
	res, err := t.coll(coll).UpdateOne(ctx, full, bson.D{{Key: "$set", Value: fields}})
	if c := t.cacheAfter(coll, err); c != nil && res.MatchedCount > 0 {
		c.set(t.id, docID, fields)
	}
	unlock()
	if err != nil {
		return classify("update "+coll, err)
	}
	if res.MatchedCount == 0 {
		return errNotFound("update " + coll)
	}
	return nil
}

// appendSet appends the field key with the value v points to, when v is
// not nil: one field of a patch.
func appendSet[T any](fields bson.D, key string, v *T) bson.D {
	if v == nil {
		return fields
	}
	return append(fields, bson.E{Key: key, Value: *v})
}

// classify wraps a driver error with its kind: duplicates are conflicts,
// everything else means the database is unavailable.
func classify(op string, err error) error {
	switch {
	case err == nil:
		return nil
	case mongo.IsDuplicateKeyError(err):
		return wrap(KindConflict, op, err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded), mongo.IsTimeout(err), mongo.IsNetworkError(err):
		return wrap(KindUnavailable, op, err)
	default:
		return wrap(KindInternal, op, err)
	}
}
