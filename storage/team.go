package storage

import (
	"context"
	"errors"

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

// Team returns the handle for the workspace teamID. An empty id gives a
// handle whose every operation fails with KindInvalid.
func (s *Store) Team(teamID string) *Team { return &Team{s: s, id: teamID} }

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

// filter prefixes f with this workspace's team_id.
func (t *Team) filter(f bson.D) (bson.D, error) {
	if t.id == "" {
		return nil, errNoTeam
	}
	return append(bson.D{{Key: "team_id", Value: t.id}}, f...), nil
}

func (t *Team) coll(name string) *mongo.Collection { return t.s.db.Collection(name) }

// insert stamps doc with the team id and inserts it. A duplicate _id or
// unique key gives KindConflict.
func (t *Team) insert(ctx context.Context, coll string, doc record) error {
	if t.id == "" {
		return wrap(KindInvalid, "insert "+coll, errNoTeam)
	}
	doc.setTeam(t.id)
	defer t.s.lockWrites()()
	_, err := t.coll(coll).InsertOne(ctx, doc)
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
	err = t.coll(coll).FindOne(ctx, full).Decode(out)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return errNotFound("find " + coll)
	}
	return classify("find "+coll, err)
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
	full, err := t.filter(bson.D{{Key: "_id", Value: docID}})
	if err != nil {
		return wrap(KindInvalid, "update "+coll, err)
	}
	defer t.s.lockWrites()()
	res, err := t.coll(coll).UpdateOne(ctx, full, bson.D{{Key: "$set", Value: fields}})
	if err != nil {
		return classify("update "+coll, err)
	}
	if res.MatchedCount == 0 {
		return errNotFound("update " + coll)
	}
	return nil
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
