package slackfake

import (
	"encoding/json"
	"fmt"
	"time"
)

// Message is a message posted with chat.postMessage or chat.postEphemeral, as
// changed since by chat.update.
type Message struct {
	Channel   string          // conversation ID; a known user's ID posted to becomes the DM's
	TS        string          // the ts answered; unique and increasing
	Text      string          // the text field
	Blocks    json.RawMessage // the blocks field; nil when none were sent
	ThreadTS  string          // thread_ts, for a reply in a thread
	User      string          // the user who sees an ephemeral message
	Ephemeral bool            // posted with chat.postEphemeral
	Updates   int             // how often chat.update changed it
}

// Messages returns the messages posted so far, in order of posting.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// chatPostMessage answers chat.postMessage with channel, ts and the message.
// It fails with channel_not_found without a channel, no_text without text or
// blocks and invalid_blocks for blocks that are not JSON or break a Block
// Kit limit (see MaxMessageBlocks).
func (s *Server) chatPostMessage(c *Call) reply {
	msg, code := s.newMessageLocked(c)
	if code != "" {
		return errorReply(code)
	}
	return okReply(map[string]any{
		"channel": msg.Channel,
		"ts":      msg.TS,
		"message": map[string]any{"type": "message", "text": msg.Text, "ts": msg.TS, "blocks": msg.Blocks},
	})
}

// chatPostEphemeral answers chat.postEphemeral with message_ts. It fails as
// chatPostMessage does, and with user_not_found without a user.
func (s *Server) chatPostEphemeral(c *Call) reply {
	if c.Param("user") == "" {
		return errorReply("user_not_found")
	}
	msg, code := s.newMessageLocked(c)
	if code != "" {
		return errorReply(code)
	}
	return okReply(map[string]any{"message_ts": msg.TS})
}

// chatUpdate replaces the text, and the blocks if sent, of a message that was
// not ephemeral. It fails with message_not_found if channel and ts name no
// such message, and with invalid_blocks for blocks that are not JSON.
func (s *Server) chatUpdate(c *Call) reply {
	channel, ts := s.resolveChannelLocked(c.Param("channel")), c.Param("ts")
	blocks, ok := blocksParam(c)
	if !ok {
		return errorReply("invalid_blocks")
	}
	for i := range s.messages {
		msg := &s.messages[i]
		if msg.Channel != channel || msg.TS != ts || msg.Ephemeral {
			continue
		}
		msg.Text = c.Param("text")
		if blocks != nil {
			msg.Blocks = blocks
		}
		msg.Updates++
		return okReply(map[string]any{"channel": channel, "ts": ts, "text": msg.Text})
	}
	return errorReply("message_not_found")
}

// newMessageLocked stores the message a call posts, or returns the error
// code chatPostMessage documents.
func (s *Server) newMessageLocked(c *Call) (Message, string) {
	if c.Param("channel") == "" {
		return Message{}, "channel_not_found"
	}
	blocks, ok := blocksParam(c)
	if !ok {
		return Message{}, "invalid_blocks"
	}
	if c.Param("text") == "" && blocks == nil && c.Param("attachments") == "" {
		return Message{}, "no_text"
	}
	msg := Message{
		Channel:   s.resolveChannelLocked(c.Param("channel")),
		TS:        s.nextTSLocked(),
		Text:      c.Param("text"),
		Blocks:    blocks,
		ThreadTS:  c.Param("thread_ts"),
		User:      c.Param("user"),
		Ephemeral: c.Method == "chat.postEphemeral",
	}
	s.messages = append(s.messages, msg)
	return msg, ""
}

// blocksParam returns the blocks parameter, nil if there is none, and false
// if it is not JSON or breaks a Block Kit limit of messages.
func blocksParam(c *Call) (json.RawMessage, bool) {
	blocks := c.Param("blocks")
	if blocks == "" {
		return nil, true
	}
	return json.RawMessage(blocks), json.Valid([]byte(blocks)) && blocksWithinLimits(json.RawMessage(blocks), MaxMessageBlocks)
}

// resolveChannelLocked returns the DM conversation for a user ID and any
// other channel unchanged, as Slack posts to a user ID in the DM.
func (s *Server) resolveChannelLocked(channel string) string {
	if s.userIndexLocked(channel) < 0 {
		return channel
	}
	return s.conversationLocked([]string{channel})
}

// nextTSLocked returns a message ts from the clock, later than every ts
// returned before.
func (s *Server) nextTSLocked() string {
	micros := max(time.Now().UnixMicro(), s.lastTS+1)
	s.lastTS = micros
	return fmt.Sprintf("%d.%06d", micros/1e6, micros%1e6)
}
