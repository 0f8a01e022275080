package slackfake

import (
	"encoding/json"
	"fmt"
	"time"
)

// Envelope is a Socket Mode request for Push.
type Envelope struct {
	Type                   string // "events_api", "slash_commands" or "interactive"
	Payload                any    // sent as JSON; a json.RawMessage is sent as is
	AcceptsResponsePayload bool   // Slack sets it for slash commands and some interactions
	RetryAttempt           int    // 0 for the first delivery of an event
	RetryReason            string // e.g. "timeout" for a retry
}

// Ack is a message the client sent over Socket Mode, normally the ack of an
// envelope.
type Ack struct {
	EnvelopeID string          // envelope_id of the message
	Payload    json.RawMessage // its payload field; nil without one
	Raw        []byte          // the whole message as received
	Size       int             // len(Raw); Slack ignores acks of 20 KB or more
	Latency    time.Duration   // from Push to the ack; 0 for an envelope not pushed
	Time       time.Time       // when it arrived
}

// Push sends the envelope with a fresh envelope_id on the newest open
// Socket Mode connection and returns the envelope_id. Every push gets a new
// envelope_id, as Slack's retries do; the retry shows in RetryAttempt and the
// payload's event_id. It returns ErrNotConnected without an open connection,
// and fails if the payload cannot be encoded or the write fails.
func (s *Server) Push(e Envelope) (string, error) {
	payload, err := json.Marshal(e.Payload)
	if err != nil {
		return "", fmt.Errorf("slackfake: encoding the payload: %w", err)
	}
	s.mu.Lock()
	if len(s.conns) == 0 {
		s.mu.Unlock()
		return "", ErrNotConnected
	}
	c := s.conns[len(s.conns)-1]
	s.seq++
	id := fmt.Sprintf("00000000-0000-4000-8000-%012d", s.seq)
	s.pushedAt[id] = time.Now()
	s.mu.Unlock()

	err = c.writeJSON(map[string]any{
		"envelope_id":              id,
		"type":                     e.Type,
		"payload":                  json.RawMessage(payload),
		"accepts_response_payload": e.AcceptsResponsePayload,
		"retry_attempt":            e.RetryAttempt,
		"retry_reason":             e.RetryReason,
	})
	if err != nil {
		return "", fmt.Errorf("slackfake: pushing envelope %s: %w", id, err)
	}
	return id, nil
}

// Acks returns every message the clients sent over Socket Mode, in order of
// arrival.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Ack(nil), s.acks...)
}

// WaitAck waits for the first ack of the envelope. It fails if none arrives
// within timeout.
func (s *Server) WaitAck(envelopeID string, timeout time.Duration) (Ack, error) {
	var ack Ack
	found := s.waitFor(timeout, func() bool {
		for _, a := range s.acks {
			if a.EnvelopeID == envelopeID {
				ack = a
				return true
			}
		}
		return false
	})
	if !found {
		return Ack{}, fmt.Errorf("slackfake: no ack for envelope %s within %v", envelopeID, timeout)
	}
	return ack, nil
}

// recordAck records a message from a client. A message that is not JSON is
// recorded with only Raw, Size and Time.
func (s *Server) recordAck(data []byte) {
	var msg struct {
		EnvelopeID string          `json:"envelope_id"`
		Payload    json.RawMessage `json:"payload"`
	}
	_ = json.Unmarshal(data, &msg)
	ack := Ack{EnvelopeID: msg.EnvelopeID, Payload: msg.Payload, Raw: data, Size: len(data), Time: time.Now()}
	s.mu.Lock()
	defer s.mu.Unlock()
	if pushed, ok := s.pushedAt[msg.EnvelopeID]; ok {
		ack.Latency = ack.Time.Sub(pushed)
	}
	s.acks = append(s.acks, ack)
	s.notifyLocked()
}
