package slackfake

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"
)

// ResponseURLUses is how many posts a response_url accepts, as on Slack.
const ResponseURLUses = 5

// ResponsePost is a post to a URL from NewResponseURL.
type ResponsePost struct {
	URL             string          `json:"-"`
	Text            string          `json:"text"`
	Blocks          json.RawMessage `json:"blocks"`        // nil when none were sent
	ResponseType    string          `json:"response_type"` // "in_channel", "ephemeral" or ""
	ReplaceOriginal bool            `json:"replace_original"`
	DeleteOriginal  bool            `json:"delete_original"`
	ThreadTS        string          `json:"thread_ts"`
	Body            json.RawMessage `json:"-"` // the whole body as sent
	Time            time.Time       `json:"-"` // when it arrived
	Status          int             `json:"-"` // HTTP status of the answer
	Error           string          `json:"-"` // the error answered, else ""
}

// NewResponseURL returns a fresh response_url on the fake, to put into a
// pushed slash command or interaction. It accepts ResponseURLUses posts of
// a JSON body. It answers 200 {"ok":true} to each, and past the limit 404
// {"ok":false,"error":"used_url"}, which slack-go returns as
// slack.StatusCodeError; Slack answers 404 used_url too. A body that is not
// JSON or whose blocks break a Block Kit limit gets 400 invalid_payload
// and is not counted; a URL the fake did not
// hand out gets 404 invalid_url. Every post is recorded.
func (s *Server) NewResponseURL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := s.identity.TeamID + "/" + s.nextIDLocked("R")
	s.responseURLs[key] = 0
	return s.http.URL + "/commands/" + key
}

// ResponsePosts returns the posts to every response_url, in order of
// arrival, rejected ones included.
func (s *Server) ResponsePosts() []ResponsePost {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ResponsePost(nil), s.responses...)
}

// serveResponseURL answers a post to a response_url as NewResponseURL
// documents.
func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	post := ResponsePost{URL: s.http.URL + r.URL.Path, Time: time.Now()}
	body, err := io.ReadAll(r.Body)
	if err == nil {
		err = json.Unmarshal(body, &post)
	}
	if string(post.Blocks) == "null" {
		post.Blocks = nil
	}
	post.Body = body
	s.mu.Lock()
	if err == nil && !blocksWithinLimits(post.Blocks, MaxMessageBlocks) {
		err = errInvalidBlocks
	}
	rep := s.useResponseURLLocked(r.PathValue("key"), err)
	post.Status, post.Error = rep.status, rep.errorCode()
	s.responses = append(s.responses, post)
	s.mu.Unlock()
	rep.write(w)
}

// useResponseURLLocked counts a use of the URL with the key and returns the
// answer.
func (s *Server) useResponseURLLocked(key string, bodyErr error) reply {
	uses, known := s.responseURLs[key]
	switch {
	case !known:
		return notFound("invalid_url")
	case uses >= ResponseURLUses:
		return notFound("used_url")
	case bodyErr != nil:
		rep := errorReply("invalid_payload")
		rep.status = http.StatusBadRequest
		return rep
	}
	s.responseURLs[key]++
	return okReply(nil)
}

var errInvalidBlocks = errors.New("blocks break a Block Kit limit")

func notFound(code string) reply {
	rep := errorReply(code)
	rep.status = http.StatusNotFound
	return rep
}
