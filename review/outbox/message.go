package outbox

import (
	"context"
	"strconv"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Message is one chat message as the outbox keeps it: the plain text (the
// notification and fallback text, not escaped) and, for Slack, the Block
// Kit blocks as a JSON array ("" for text only). The chat layer makes them.
type Message struct {
	Text   string
	Blocks string
	// File, when set, makes the message a shared file (a chart) with
	// Text as its comment; Blocks are then not used.
	File *File
	// Canvas makes Text markdown to add at the end of the channel's
	// canvas instead of a message.
	Canvas bool
}

// File is a file a message shares: its name, its title and its bytes.
type File struct {
	Name    string
	Title   string
	Content []byte
}

// Queue writes msgs to the outbox of team for channel (a channel id, or a
// user id for a direct message) under the deterministic key, created at at
// and belonging to the run or review runID; a message of several parts gets
// the keys key, key#2, key#3…. Queueing the same key again stores nothing
// new: idempotent. It returns the number of parts newly queued; when a write
// fails it returns the storage error and the parts queued before stay
// queued.
func Queue(ctx context.Context, team *storage.Team, runID, key, channel string, msgs []Message, at time.Time) (int, error) {
	queued := 0
	for i, m := range msgs {
		k := key
		if i > 0 {
			k += "#" + strconv.Itoa(i+1)
		}
		om := storage.OutboxMessage{Key: k, RunID: runID, Channel: channel, Text: m.Text, Blocks: m.Blocks, Canvas: m.Canvas, CreatedAt: at}
		if m.File != nil {
			om.File = &storage.OutboxFile{Name: m.File.Name, Title: m.File.Title, Content: m.File.Content}
		}
		ok, err := team.QueueMessage(ctx, om)
		if err != nil {
			return queued, err
		}
		if ok {
			queued++
		}
	}
	return queued, nil
}
