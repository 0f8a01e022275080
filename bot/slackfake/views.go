package slackfake

import (
	"cmp"
	"encoding/json"
	"slices"
)

// View is a view sent with views.open, views.push, views.update or
// views.publish.
type View struct {
	ID         string          // the view ID answered
	Method     string          // the method that sent it
	TriggerID  string          // trigger_id, for views.open and views.push
	UserID     string          // user_id, for views.publish
	ExternalID string          // the view's external_id, or the one views.update named
	View       json.RawMessage // the view as sent
}

// Views returns the views sent so far, in order.
func (s *Server) Views() []View {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]View(nil), s.views...)
}

// viewsOpen answers views.open with the view under a new ID. It fails with
// invalid_arguments without trigger_id or a view object.
func (s *Server) viewsOpen(c *Call) reply {
	if c.Param("trigger_id") == "" {
		return errorReply("invalid_arguments")
	}
	return s.storeViewLocked(c, s.nextIDLocked("V"))
}

// viewsPush answers views.push as viewsOpen answers views.open.
func (s *Server) viewsPush(c *Call) reply {
	return s.viewsOpen(c)
}

// viewsUpdate answers views.update with the view under the ID of the view
// that view_id or external_id names. It fails with not_found if they name no
// view sent before, and with invalid_arguments without a view object.
func (s *Server) viewsUpdate(c *Call) reply {
	id := s.findViewLocked(c.Param("view_id"), c.Param("external_id"))
	if id == "" {
		return errorReply("not_found")
	}
	return s.storeViewLocked(c, id)
}

// viewsPublish answers views.publish with the view under the ID of the
// user's home tab, the same for every publish to that user. It fails with
// invalid_arguments without user_id or a view object.
func (s *Server) viewsPublish(c *Call) reply {
	user := c.Param("user_id")
	if user == "" {
		return errorReply("invalid_arguments")
	}
	if s.homeViews[user] == "" {
		s.homeViews[user] = s.nextIDLocked("V")
	}
	return s.storeViewLocked(c, s.homeViews[user])
}

// storeViewLocked records the call's view under id and answers with it, as
// Slack does, completed by the fields Slack adds. It fails with
// invalid_arguments if the view is not a JSON object or breaks a Block Kit
// limit (see MaxViewBlocks).
func (s *Server) storeViewLocked(c *Call, id string) reply {
	sent := c.Param("view")
	var view map[string]any
	if err := json.Unmarshal([]byte(sent), &view); err != nil || view == nil || !viewWithinLimits(view) {
		return errorReply("invalid_arguments")
	}
	externalID, _ := view["external_id"].(string)
	s.views = append(s.views, View{
		ID:         id,
		Method:     c.Method,
		TriggerID:  c.Param("trigger_id"),
		UserID:     c.Param("user_id"),
		ExternalID: cmp.Or(externalID, c.Param("external_id")),
		View:       json.RawMessage(sent),
	})
	view["id"] = id
	view["team_id"] = s.identity.TeamID
	view["app_id"] = s.identity.AppID
	view["bot_id"] = s.identity.BotID
	view["root_view_id"] = id
	view["hash"] = s.nextTSLocked()
	view["state"] = map[string]any{"values": map[string]any{}}
	return okReply(map[string]any{"view": view})
}

// findViewLocked returns the ID of the latest view with the ID or external
// ID, or "". Empty arguments match nothing.
func (s *Server) findViewLocked(viewID, externalID string) string {
	for _, v := range slices.Backward(s.views) {
		if (viewID != "" && v.ID == viewID) || (externalID != "" && v.ExternalID == externalID) {
			return v.ID
		}
	}
	return ""
}
