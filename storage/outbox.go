package storage

import (
	"context"
	"strconv"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The states of an outbox message.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
)

const (
	outbox         = "outbox"
	outboxAttempts = "outbox_attempts"
)

// OutboxMessage is a message the bot will send on its own (from a schedule,
// not as a reply): written first, delivered later by the sender at Slack's
// pace. Its _id is "<team>/<Key>", where Key is deterministic (such as
// "<run id>/<kind>/<recipient>"), so queueing the same message twice stores
// it once.
type OutboxMessage struct {
	Scope         `bson:",inline"`
	DocID         string      `bson:"_id" json:"-"`
	Key           string      `bson:"key" json:"key"`
	RunID         string      `bson:"run_id" json:"run_id"`
	Channel       string      `bson:"channel" json:"channel"`                   // a channel id, or a user id for a direct message
	Text          string      `bson:"text" json:"text"`                         // plain text; the notification and fallback text
	Blocks        string      `bson:"blocks" json:"blocks"`                     // Block Kit JSON array, or "" for text only
	File          *OutboxFile `bson:"file,omitempty" json:"file,omitempty"`     // a file to share instead of a message
	Canvas        bool        `bson:"canvas,omitempty" json:"canvas,omitempty"` // Text is markdown to add to the channel's canvas
	State         string      `bson:"state" json:"state"`
	Attempts      int         `bson:"attempts" json:"attempts"`
	NextAttemptAt time.Time   `bson:"next_attempt_at" json:"next_attempt_at"`
	TS            string      `bson:"ts" json:"ts"`
	SentAt        time.Time   `bson:"sent_at" json:"sent_at"`
	LastError     string      `bson:"last_error" json:"last_error"`
	CreatedAt     time.Time   `bson:"created_at" json:"created_at"`
}

// OutboxFile is a file an outbox message shares, such as a chart: Text is
// then its comment.
type OutboxFile struct {
	Name    string `bson:"name" json:"name"`
	Title   string `bson:"title" json:"title"`
	Content []byte `bson:"content" json:"-"`
}

// QueueMessage stores m as pending, due at m.CreatedAt unless
// m.NextAttemptAt is later. It reports false (and no error) when a message
// with the same Key is already queued, whatever its state: idempotent.
func (t *Team) QueueMessage(ctx context.Context, m OutboxMessage) (bool, error) {
	m.DocID = t.docID(m.Key)
	m.State, m.Attempts, m.TS, m.SentAt, m.LastError = OutboxPending, 0, "", time.Time{}, ""
	m.CreatedAt = m.CreatedAt.UTC()
	if m.NextAttemptAt.Before(m.CreatedAt) {
		m.NextAttemptAt = m.CreatedAt
	}
	m.NextAttemptAt = m.NextAttemptAt.UTC()
	err := t.insert(ctx, outbox, &m)
	if IsConflict(err) {
		return false, nil
	}
	if err == nil {
		t.s.due.set(m.DocID, m.NextAttemptAt, m.CreatedAt)
	}
	return err == nil, err
}

// OutboxMessage returns the message with the key; KindNotFound if none.
func (t *Team) OutboxMessage(ctx context.Context, key string) (OutboxMessage, error) {
	var m OutboxMessage
	err := t.findOne(ctx, outbox, bson.D{{Key: "_id", Value: t.docID(key)}}, &m)
	return m, err
}

// OutboxMessages returns the messages queued for a run (all of the
// workspace's when runID is empty), oldest first.
func (t *Team) OutboxMessages(ctx context.Context, runID string) ([]OutboxMessage, error) {
	var f bson.D
	if runID != "" {
		f = bson.D{{Key: "run_id", Value: runID}}
	}
	var out []OutboxMessage
	err := t.find(ctx, outbox, f, &out, options.Find().SetSort(bson.D{{Key: "created_at", Value: 1}, {Key: "_id", Value: 1}}))
	return out, err
}

// DueMessages returns up to limit pending messages of every workspace that
// are due at now, the longest waiting first. It is the sender's one read
// across workspaces; each message carries its TeamID, and everything the
// sender then does with it goes through Store.Team. It reads only the due
// messages: from the index on state and next_attempt_at, or on the
// embedded server from the due times it keeps in memory (see timeIndex).
func (s *Store) DueMessages(ctx context.Context, now time.Time, limit int) ([]OutboxMessage, error) {
	if s.due != nil {
		return readUpTo(ctx, s, s.due, now.UTC(), limit, func(m *OutboxMessage) (time.Time, bool) {
			return m.NextAttemptAt, m.State == OutboxPending
		})
	}
	f := bson.D{
		{Key: "state", Value: OutboxPending},
		{Key: "next_attempt_at", Value: bson.D{{Key: "$lte", Value: now.UTC()}}},
	}
	opts := options.Find().SetSort(bson.D{{Key: "next_attempt_at", Value: 1}, {Key: "created_at", Value: 1}, {Key: "_id", Value: 1}}).
		SetLimit(int64(limit))
	cur, err := s.db.Collection(outbox).Find(ctx, f, opts)
	if err != nil {
		return nil, classify("find outbox", err)
	}
	var out []OutboxMessage
	return out, classify("find outbox", cur.All(ctx, &out))
}

// OutboxAttempt is the claim of one delivery attempt of a message: the
// sender inserts it before posting, so that of several senders only one
// posts a given attempt.
type OutboxAttempt struct {
	Scope `bson:",inline"`
	DocID string    `bson:"_id" json:"-"`
	Key   string    `bson:"key" json:"key"`
	By    string    `bson:"by" json:"by"`
	At    time.Time `bson:"at" json:"at"`
}

// ClaimAttempt claims attempt number n of the message key for the process
// by. It reports false (and no error) when that attempt is already claimed;
// then it returns the existing claim.
func (t *Team) ClaimAttempt(ctx context.Context, key string, n int, by string, at time.Time) (bool, OutboxAttempt, error) {
	a := OutboxAttempt{DocID: t.docID(key + "#" + strconv.Itoa(n)), Key: key, By: by, At: at.UTC()}
	err := t.insert(ctx, outboxAttempts, &a)
	if !IsConflict(err) {
		return err == nil, a, err
	}
	var old OutboxAttempt
	err = t.findOne(ctx, outboxAttempts, bson.D{{Key: "_id", Value: a.DocID}}, &old)
	return false, old, err
}

// SkipAttempt moves a message whose attempt n was claimed but never
// finished (its sender died) on to attempt n+1, so that attempt can be
// claimed. Concurrent calls write the same value and are harmless.
func (t *Team) SkipAttempt(ctx context.Context, key string, n int) error {
	return t.updateOutbox(ctx, key, bson.D{{Key: "attempts", Value: n + 1}})
}

// MarkSent records that attempt n of the message was delivered with the
// Slack ts.
func (t *Team) MarkSent(ctx context.Context, key string, n int, ts string, at time.Time) error {
	return t.finishOutbox(ctx, key, bson.D{
		{Key: "state", Value: OutboxSent}, {Key: "attempts", Value: n + 1},
		{Key: "ts", Value: ts}, {Key: "sent_at", Value: at.UTC()}, {Key: "last_error", Value: ""},
	})
}

// MarkRetry records that attempt n failed with errText and that the next
// one is due at next.
func (t *Team) MarkRetry(ctx context.Context, key string, n int, next time.Time, errText string) error {
	err := t.updateOutbox(ctx, key, bson.D{
		{Key: "attempts", Value: n + 1}, {Key: "next_attempt_at", Value: next.UTC()}, {Key: "last_error", Value: errText},
	})
	if err == nil {
		t.s.due.move(t.docID(key), next)
	}
	return err
}

// MarkFailed records that attempt n failed with errText and that the
// message will not be tried again.
func (t *Team) MarkFailed(ctx context.Context, key string, n int, errText string) error {
	return t.finishOutbox(ctx, key, bson.D{
		{Key: "state", Value: OutboxFailed}, {Key: "attempts", Value: n + 1}, {Key: "last_error", Value: errText},
	})
}

// finishOutbox is updateOutbox for a write that ends the message's
// pending state: the embedded due index drops it.
func (t *Team) finishOutbox(ctx context.Context, key string, fields bson.D) error {
	err := t.updateOutbox(ctx, key, fields)
	if err == nil {
		t.s.due.drop(t.docID(key))
	}
	return err
}

// updateOutbox sets fields on the message key. The sender calls it only
// for an attempt it has claimed (by insert), so no other sender writes the
// message meanwhile; the filter is exactly {_id} (see byid.go).
func (t *Team) updateOutbox(ctx context.Context, key string, fields bson.D) error {
	return t.set(ctx, outbox, t.docID(key), fields)
}
