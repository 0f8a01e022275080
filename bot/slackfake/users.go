package slackfake

import (
	"cmp"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/slack-go/slack"
)

// AddUser adds the user, or replaces the one with the same ID, for
// users.info, users.list and conversations.open. It fills in an ID when u
// has none, and the team ID when u has none. It returns the user's ID.
func (s *Server) AddUser(u slack.User) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u.ID == "" {
		u.ID = s.nextIDLocked("U")
	}
	if u.TeamID == "" {
		u.TeamID = s.identity.TeamID
	}
	if i := s.userIndexLocked(u.ID); i >= 0 {
		s.users[i] = u
	} else {
		s.users = append(s.users, u)
	}
	return u.ID
}

// userIndexLocked returns the index of the user with the ID, or -1.
func (s *Server) userIndexLocked(id string) int {
	for i, u := range s.users {
		if u.ID == id {
			return i
		}
	}
	return -1
}

// usersInfo answers users.info with the user named by user, or with the
// users named by users, comma-separated. It fails with user_not_found if
// one of them was not added.
func (s *Server) usersInfo(c *Call) reply {
	if c.Param("users") == "" {
		i := s.userIndexLocked(c.Param("user"))
		if i < 0 {
			return errorReply("user_not_found")
		}
		return okReply(map[string]any{"user": s.users[i]})
	}
	var users []slack.User
	for id := range strings.SplitSeq(c.Param("users"), ",") {
		i := s.userIndexLocked(id)
		if i < 0 {
			return errorReply("user_not_found")
		}
		users = append(users, s.users[i])
	}
	return okReply(map[string]any{"users": users})
}

// usersList answers users.list with at most limit users, all when limit is
// missing or 0, in the order they were added, from where cursor points. The
// next_cursor is "" on the last page. It fails with invalid_cursor for a
// cursor it did not hand out and invalid_limit for a limit that is not a
// number.
func (s *Server) usersList(c *Call) reply {
	start, ok := parseCursor(c.Param("cursor"))
	if !ok || start > len(s.users) {
		return errorReply("invalid_cursor")
	}
	limit, err := strconv.Atoi(cmp.Or(c.Param("limit"), "0"))
	if err != nil || limit < 0 {
		return errorReply("invalid_limit")
	}
	end := len(s.users)
	if limit > 0 {
		end = min(start+limit, end)
	}
	next := ""
	if end < len(s.users) {
		next = makeCursor(end)
	}
	return okReply(map[string]any{
		"members":           slices.Clone(s.users[start:end]),
		"response_metadata": map[string]any{"next_cursor": next},
	})
}

// makeCursor encodes an offset into the user list as an opaque cursor.
func makeCursor(offset int) string {
	return base64.StdEncoding.EncodeToString(fmt.Appendf(nil, "offset:%d", offset))
}

// parseCursor decodes a cursor from makeCursor; "" is the start.
func parseCursor(cursor string) (int, bool) {
	if cursor == "" {
		return 0, true
	}
	raw, err := base64.StdEncoding.DecodeString(cursor)
	if err != nil {
		return 0, false
	}
	offsetText, found := strings.CutPrefix(string(raw), "offset:")
	offset, err := strconv.Atoi(offsetText)
	return offset, found && err == nil && offset >= 0
}
