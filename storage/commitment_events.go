package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The kinds of commitment events.
const (
	// EventCreated: the commitment was recorded; To is its first status.
	EventCreated = "created"
	// EventStatus: the status changed From → To.
	EventStatus = "status"
	// EventDue: the due day changed From → To.
	EventDue = "due"
	// EventNote: someone added Note.
	EventNote = "note"
)

const commitmentEvents = "commitment_events"

// maxEventAttempts bounds the retries when two writers pick the same
// sequence number for a commitment's next event.
const maxEventAttempts = 8

// CommitmentEvent is one entry of a commitment's history. Events are only
// ever inserted, one document each, numbered 1, 2, 3… per commitment.
type CommitmentEvent struct {
	Scope      `bson:",inline"`
	DocID      string    `bson:"_id" json:"-"`
	Commitment string    `bson:"commitment_id" json:"commitment_id"`
	Seq        int       `bson:"seq" json:"seq"`
	At         time.Time `bson:"at" json:"at"` // UTC
	Actor      string    `bson:"actor" json:"actor"`
	Kind       string    `bson:"kind" json:"kind"`
	From       string    `bson:"from" json:"from"`
	To         string    `bson:"to" json:"to"`
	Note       string    `bson:"note" json:"note"`
}

// addCommitmentEvent stores ev as the commitment's next event. The
// sequence number is part of the _id, so two writers that pick the same
// number cannot both succeed; the loser looks again and retries. It
// returns ev with Seq set.
func (t *Team) addCommitmentEvent(ctx context.Context, ev CommitmentEvent) (CommitmentEvent, error) {
	ev.At = ev.At.UTC()
	var err error
	for attempt := 0; attempt < maxEventAttempts; attempt++ {
		ev.Seq, err = t.nextEventSeq(ctx, ev.Commitment)
		if err != nil {
			return ev, err
		}
		ev.DocID = t.eventDocID(ev.Commitment, ev.Seq)
		err = t.insert(ctx, commitmentEvents, &ev)
		if !IsConflict(err) {
			return ev, err
		}
	}
	return ev, err
}

// CommitmentEvents returns the history of the commitment id, oldest first;
// empty (not an error) for an unknown id.
func (t *Team) CommitmentEvents(ctx context.Context, id string) ([]CommitmentEvent, error) {
	var out []CommitmentEvent
	opts := options.Find().SetSort(bson.D{{Key: "seq", Value: 1}})
	err := t.find(ctx, commitmentEvents, bson.D{{Key: "commitment_id", Value: id}}, &out, opts)
	return out, err
}
