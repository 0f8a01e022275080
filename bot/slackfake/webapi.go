package slackfake

import (
	"encoding/json"
	"io"
	"maps"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// methodFunc answers one Web API method. It is called with s.mu held, after
// the token was checked.
type methodFunc func(s *Server, c *Call) reply

// methods are the Web API methods the fake knows. Any other answers
// unknown_method.
var methods = map[string]methodFunc{
	"auth.test":                    (*Server).authTest,
	"chat.postMessage":             (*Server).chatPostMessage,
	"chat.postEphemeral":           (*Server).chatPostEphemeral,
	"chat.update":                  (*Server).chatUpdate,
	"conversations.open":           (*Server).conversationsOpen,
	"users.info":                   (*Server).usersInfo,
	"users.list":                   (*Server).usersList,
	"views.open":                   (*Server).viewsOpen,
	"views.push":                   (*Server).viewsPush,
	"views.update":                 (*Server).viewsUpdate,
	"views.publish":                (*Server).viewsPublish,
	"files.getUploadURLExternal":   (*Server).filesGetUploadURLExternal,
	"files.completeUploadExternal": (*Server).filesCompleteUploadExternal,
	"apps.connections.open":        (*Server).appsConnectionsOpen,

	"conversations.info":            (*Server).conversationsInfo,
	"conversations.canvases.create": (*Server).conversationsCanvasesCreate,
	"canvases.edit":                 (*Server).canvasesEdit,
}

// reply is the answer to a call.
type reply struct {
	status     int            // HTTP status
	retryAfter int            // Retry-After in seconds, sent with status 429
	body       map[string]any // sent as JSON; nil sends text instead
	text       string         // sent as text/plain when body is nil
}

// okReply answers ok:true with the given fields.
func okReply(fields map[string]any) reply {
	body := map[string]any{"ok": true}
	maps.Copy(body, fields)
	return reply{status: http.StatusOK, body: body}
}

// errorReply answers ok:false with the given error code, with status 200 as
// Slack does.
func errorReply(code string) reply {
	return reply{status: http.StatusOK, body: map[string]any{"ok": false, "error": code}}
}

// errorCode returns the error of an ok:false answer, or "".
func (r reply) errorCode() string {
	if r.body["ok"] != false {
		return ""
	}
	code, _ := r.body["error"].(string)
	return code
}

// write sends the reply. A body that cannot be encoded is answered with 500.
func (r reply) write(w http.ResponseWriter) {
	if r.status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", strconv.Itoa(r.retryAfter))
	}
	if r.body == nil {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(r.status)
		_, _ = io.WriteString(w, r.text)
		return
	}
	data, err := json.Marshal(r.body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(r.status)
	_, _ = w.Write(data)
}

// serveAPI answers a Web API method and records the call with its answer
// before sending it, so a client that got the answer finds the call recorded.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	call, parseErr := readCall(r)
	s.mu.Lock()
	var rep reply
	if parseErr != "" {
		rep = errorReply(parseErr)
	} else {
		rep = s.answerLocked(&call)
	}
	s.recordLocked(call, rep)
	s.mu.Unlock()
	rep.write(w)
}

// answerLocked checks the method and the token, then answers with an injected
// failure if one is due, else with the method's answer.
func (s *Server) answerLocked(c *Call) reply {
	handle, known := methods[c.Method]
	if !known {
		return errorReply("unknown_method")
	}
	if code := s.authErrorLocked(c); code != "" {
		return errorReply(code)
	}
	if rep, ok := s.injectedLocked(c.Method); ok {
		return rep
	}
	return handle(s, c)
}

// recordLocked appends the call with the outcome of its answer.
func (s *Server) recordLocked(c Call, rep reply) {
	c.Status, c.Error = rep.status, rep.errorCode()
	s.calls = append(s.calls, c)
}

// readCall parses a Web API request. A JSON body is kept whole; a form body
// or a query is parsed. The token comes from the Authorization header, else
// from the token field. It returns invalid_json or invalid_form_data for a
// body it cannot parse.
func readCall(r *http.Request) (Call, string) {
	c := Call{Method: r.PathValue("method"), Time: time.Now(), Token: bearerToken(r)}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType == "application/json" {
		body, err := io.ReadAll(r.Body)
		if err != nil || (len(body) > 0 && !json.Valid(body)) {
			return c, "invalid_json"
		}
		if len(body) > 0 {
			c.JSON = body
		}
		return c, ""
	}
	if err := r.ParseForm(); err != nil {
		return c, "invalid_form_data"
	}
	c.Form = r.Form
	if c.Token == "" {
		c.Token = c.Form.Get("token")
	}
	c.Form.Del("token")
	return c, ""
}

// bearerToken returns the token of an "Authorization: Bearer" header, or "".
func bearerToken(r *http.Request) string {
	if token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return token
	}
	return ""
}

// authErrorLocked returns not_authed without a token, invalid_auth for a
// token the fake does not know and not_allowed_token_type for an app-level
// token outside apps.connections.open or another token inside it; else "".
func (s *Server) authErrorLocked(c *Call) string {
	switch {
	case c.Token == "":
		return "not_authed"
	case !s.tokens[c.Token]:
		return "invalid_auth"
	case isAppToken(c.Token) != (c.Method == "apps.connections.open"):
		return "not_allowed_token_type"
	}
	return ""
}

// isAppToken reports whether token is an app-level token.
func isAppToken(token string) bool {
	return strings.HasPrefix(token, "xapp-")
}

// authTest answers auth.test with the Identity.
func (s *Server) authTest(*Call) reply {
	id := s.identity
	return okReply(map[string]any{
		"url":     "https://" + id.TeamName + ".slack.com/",
		"team":    id.TeamName,
		"user":    id.BotUserName,
		"team_id": id.TeamID,
		"user_id": id.BotUserID,
		"bot_id":  id.BotID,
	})
}
