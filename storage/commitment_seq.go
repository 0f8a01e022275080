package storage

import (
	"context"
	"strconv"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// eventDocID returns the _id of the commitment's event number seq.
func (t *Team) eventDocID(commitment string, seq int) string {
	return t.docID(commitment + "/" + strconv.Itoa(seq))
}

// nextEventSeq returns the number the commitment's next event gets: one
// more than the number of its last event. A commitment's events are
// numbered 1, 2, 3… without gaps, so it finds the first free number by
// looking events up by _id, doubling the number until one is free and then
// halving the gap: about 2·log₂(n) look-ups for n events, each served by the
// _id index (counting the commitment's events would scan the collection on
// the embedded server, which pushes down no other filter). It fails with
// the look-up's error.
func (t *Team) nextEventSeq(ctx context.Context, commitment string) (int, error) {
	taken := func(seq int) (bool, error) {
		var ev CommitmentEvent
		err := t.findOne(ctx, commitmentEvents, bson.D{{Key: "_id", Value: t.eventDocID(commitment, seq)}}, &ev)
		if IsNotFound(err) {
			return false, nil
		}
		return err == nil, err
	}
	last, free := 0, 1 // last is taken (0 stands for "none"), free is not
	for {
		ok, err := taken(free)
		if err != nil {
			return 0, err
		}
		if !ok {
			break
		}
		last, free = free, 2*free
	}
	for free-last > 1 {
		mid := last + (free-last)/2
		ok, err := taken(mid)
		if err != nil {
			return 0, err
		}
		if ok {
			last = mid
		} else {
			free = mid
		}
	}
	return free, nil
}
