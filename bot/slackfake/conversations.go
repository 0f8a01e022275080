package slackfake

import (
	"slices"
	"strings"
)

// conversationsOpen answers conversations.open for users, comma-separated,
// with the conversation of exactly those users: a DM (D…) for one user and a
// group DM (G…) for more. The same users always get the same ID, and
// already_open tells whether it was opened before. It fails with
// users_list_not_supplied without users and user_not_found for a user that
// was not added.
func (s *Server) conversationsOpen(c *Call) reply {
	if c.Param("users") == "" {
		return errorReply("users_list_not_supplied")
	}
	users := strings.Split(c.Param("users"), ",")
	for _, id := range users {
		if s.userIndexLocked(id) < 0 {
			return errorReply("user_not_found")
		}
	}
	_, alreadyOpen := s.dms[conversationKey(users)]
	id := s.conversationLocked(users)
	channel := map[string]any{"id": id}
	if c.Param("return_im") == "true" && len(users) == 1 {
		channel["is_im"] = true
		channel["user"] = users[0]
	}
	return okReply(map[string]any{"channel": channel, "already_open": alreadyOpen})
}

// conversationLocked returns the ID of the conversation of the users,
// creating it the first time.
func (s *Server) conversationLocked(users []string) string {
	key := conversationKey(users)
	if id, ok := s.dms[key]; ok {
		return id
	}
	prefix := "D"
	if len(users) > 1 {
		prefix = "G"
	}
	id := s.nextIDLocked(prefix)
	s.dms[key] = id
	return id
}

// conversationKey identifies the users of a conversation in any order.
func conversationKey(users []string) string {
	return strings.Join(slices.Sorted(slices.Values(users)), ",")
}
