package storage

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
)

const events = "events"

var errNoEventID = errors.New("no event id")

// eventRecord marks a Slack event as handled. Its _id is team/event id, so
// a second insert of the same event fails as a duplicate.
type eventRecord struct {
	Scope `bson:",inline"`
	DocID string    `bson:"_id"`
	At    time.Time `bson:"at"`
}

// ClaimEvent records that the Slack event eventID is being handled and
// reports whether this call was the first: false means the event (a retry or
// a duplicate delivery) was claimed before and must be ignored. Only one of
// several concurrent claims of the same event wins. It fails with
// KindInvalid for an empty event id and KindUnavailable when the database
// cannot be reached.
func (t *Team) ClaimEvent(ctx context.Context, eventID string, at time.Time) (bool, error) {
	if eventID == "" {
		return false, wrap(KindInvalid, "claim event", errNoEventID)
	}
	err := t.insert(ctx, events, &eventRecord{DocID: t.docID(eventID), At: at.UTC()})
	if KindOf(err) == KindConflict {
		return false, nil
	}
	return err == nil, err
}

// DeleteEventsBefore removes the dedupe records of events claimed before
// cutoff, in every workspace: they are kept only to outlast Slack's retry
// window. It is maintenance, not a query on behalf of a workspace, so it
// filters on the time alone. Idempotent.
func (s *Store) DeleteEventsBefore(ctx context.Context, cutoff time.Time) (int64, error) {
	defer s.lockWrites()()
	res, err := s.db.Collection(events).DeleteMany(ctx, bson.D{{Key: "at", Value: bson.D{{Key: "$lt", Value: cutoff.UTC()}}}})
	if err != nil {
		return 0, classify("delete old events", err)
	}
	return res.DeletedCount, nil
}
