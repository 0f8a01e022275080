package storage

import (
	"context"
	"strconv"
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

// CommitmentEvent is one entry of a commitment's history. Events are only
// ever inserted, one document each, numbered 1, 2, 3… per commitment: the
// event with Seq n made version n of its commitment and has the _id
// "<commitment>@<n>".
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

// eventDocID returns the _id of the commitment's event with sequence seq.
func (t *Team) eventDocID(commitment string, seq int) string {
	return t.docID(commitment + "@" + strconv.Itoa(seq))
}

// eventWrite returns the write that inserts ev (Seq set) under its _id.
func (t *Team) eventWrite(ev CommitmentEvent) (write, error) {
	ev.At = ev.At.UTC()
	ev.DocID = t.eventDocID(ev.Commitment, ev.Seq)
	return t.insertWrite(commitmentEvents, &ev)
}

// CommitmentEvents returns the history of the commitment id, oldest first;
// empty (not an error) for an unknown id. On the embedded server it looks
// the events up by _id, 1, 2, 3… until one is missing (events are numbered
// without gaps): a find on commitment_id would decode the whole collection
// there, seconds on a large network. Against MongoDB it is one find served
// by the index on commitment_id.
func (t *Team) CommitmentEvents(ctx context.Context, id string) ([]CommitmentEvent, error) {
	if t.s.caches.commitments != nil {
		return t.eventsByID(ctx, id)
	}
	var out []CommitmentEvent
	opts := options.Find().SetSort(bson.D{{Key: "seq", Value: 1}})
	err := t.find(ctx, commitmentEvents, bson.D{{Key: "commitment_id", Value: id}}, &out, opts)
	return out, err
}

// eventsByID returns the commitment's events by one look-up by _id each,
// up to the first number that has none; it fails with a look-up's error.
func (t *Team) eventsByID(ctx context.Context, id string) ([]CommitmentEvent, error) {
	out := []CommitmentEvent{}
	for seq := 1; ; seq++ {
		var ev CommitmentEvent
		err := t.findOne(ctx, commitmentEvents, bson.D{{Key: "_id", Value: t.eventDocID(id, seq)}}, &ev)
		if IsNotFound(err) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
}
