package storage

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// FerretDB uses its primary key only for a filter that is exactly {_id};
// a filter that also names team_id scans the whole collection. The
// functions below serve the firing loop's and the sender's hot paths with
// such filters. They still cannot reach another workspace: every docID
// starts with this team's id (t.docID).

// findByID decodes the document with _id docID into out; KindNotFound if
// there is none.
func (t *Team) findByID(ctx context.Context, coll, docID string, out any) error {
	if t.id == "" {
		return wrap(KindInvalid, "find "+coll, errNoTeam)
	}
	err := t.coll(coll).FindOne(ctx, bson.D{{Key: "_id", Value: docID}}).Decode(out)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return errNotFound("find " + coll)
	}
	return classify("find "+coll, err)
}

// setByID applies $set to the document with _id docID; KindNotFound when
// there is none.
func (t *Team) setByID(ctx context.Context, coll, docID string, fields bson.D) error {
	if t.id == "" {
		return wrap(KindInvalid, "update "+coll, errNoTeam)
	}
	defer t.s.lockWrites()()
	res, err := t.coll(coll).UpdateOne(ctx, bson.D{{Key: "_id", Value: docID}}, bson.D{{Key: "$set", Value: fields}})
	if err != nil {
		return classify("update "+coll, err)
	}
	if res.MatchedCount == 0 {
		return errNotFound("update " + coll)
	}
	return nil
}
