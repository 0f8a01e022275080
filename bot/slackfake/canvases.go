package slackfake

import (
	"encoding/json"
	"slices"
)

// Canvas is a channel canvas made with conversations.canvases.create:
// its markdown, with every canvases.edit insert_at_end appended in order.
type Canvas struct {
	ID       string
	Channel  string
	Markdown []string // the creating content, then each inserted piece
}

// Canvases returns the channel canvases made so far, in order.
func (s *Server) Canvases() []Canvas {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Canvas, len(s.canvases))
	for i, c := range s.canvases {
		c.Markdown = slices.Clone(c.Markdown)
		out[i] = c
	}
	return out
}

// conversationsInfo answers conversations.info for any channel id with the
// channel and, when it has one, its canvas's file_id in properties.canvas.
// It fails with channel_not_found without a channel.
func (s *Server) conversationsInfo(c *Call) reply {
	ch := c.Param("channel")
	if ch == "" {
		return errorReply("channel_not_found")
	}
	channel := map[string]any{"id": ch}
	if cv := s.canvasOfLocked(ch); cv != nil {
		channel["properties"] = map[string]any{"canvas": map[string]any{"file_id": cv.ID, "is_empty": false}}
	}
	return okReply(map[string]any{"channel": channel})
}

// conversationsCanvasesCreate answers conversations.canvases.create: a new
// canvas F… for channel_id with the markdown of document_content. It fails
// with channel_canvas_already_exists for a channel that has one and with
// invalid_arguments without a channel or with content that is not markdown.
func (s *Server) conversationsCanvasesCreate(c *Call) reply {
	ch := c.Param("channel_id")
	md, ok := markdownOf(c.Param("document_content"))
	if ch == "" || !ok {
		return errorReply("invalid_arguments")
	}
	if s.canvasOfLocked(ch) != nil {
		return errorReply("channel_canvas_already_exists")
	}
	id := s.nextIDLocked("F")
	s.canvases = append(s.canvases, Canvas{ID: id, Channel: ch, Markdown: []string{md}})
	return okReply(map[string]any{"canvas_id": id})
}

// canvasesEdit answers canvases.edit: each change insert_at_end appends
// its markdown. It fails with canvas_not_found for an unknown canvas_id and
// with invalid_arguments for changes it cannot read or another operation.
func (s *Server) canvasesEdit(c *Call) reply {
	var cv *Canvas
	for i := range s.canvases {
		if s.canvases[i].ID == c.Param("canvas_id") {
			cv = &s.canvases[i]
		}
	}
	if cv == nil {
		return errorReply("canvas_not_found")
	}
	var changes []struct {
		Operation       string          `json:"operation"`
		DocumentContent json.RawMessage `json:"document_content"`
	}
	if err := json.Unmarshal([]byte(c.Param("changes")), &changes); err != nil || len(changes) == 0 {
		return errorReply("invalid_arguments")
	}
	var add []string
	for _, ch := range changes {
		md, ok := markdownOf(string(ch.DocumentContent))
		if ch.Operation != "insert_at_end" || !ok {
			return errorReply("invalid_arguments")
		}
		add = append(add, md)
	}
	cv.Markdown = append(cv.Markdown, add...)
	return okReply(nil)
}

// canvasOfLocked returns the canvas of channel ch, or nil.
func (s *Server) canvasOfLocked(ch string) *Canvas {
	for i := range s.canvases {
		if s.canvases[i].Channel == ch {
			return &s.canvases[i]
		}
	}
	return nil
}

// markdownOf reads a document_content {"type":"markdown","markdown":…}.
func markdownOf(raw string) (string, bool) {
	var dc struct {
		Type     string `json:"type"`
		Markdown string `json:"markdown"`
	}
	if err := json.Unmarshal([]byte(raw), &dc); err != nil || dc.Type != "markdown" {
		return "", false
	}
	return dc.Markdown, true
}
