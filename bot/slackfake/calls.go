package slackfake

import (
	"encoding/json"
	"net/url"
	"time"
)

// UploadMethod is the Method of the Call recorded for a POST to an upload URL
// returned by files.getUploadURLExternal. Failures can be injected for it like
// for a Web API method.
const UploadMethod = "upload"

// Call is one request to the Web API or to an upload URL, as received.
type Call struct {
	Method string          // e.g. "chat.postMessage", or UploadMethod
	Token  string          // from the Authorization header or the token field
	Form   url.Values      // form or query values, without token; nil for JSON
	JSON   json.RawMessage // the body of a JSON request; nil otherwise
	Time   time.Time       // when the request arrived
	Status int             // HTTP status of the answer
	Error  string          // the error of an ok:false answer, else ""
}

// Param returns the named parameter: the form value, or the top-level field
// of a JSON body (a string as its value, anything else as JSON text). It
// returns "" if the call has no such parameter.
func (c Call) Param(name string) string {
	if c.JSON == nil {
		return c.Form.Get(name)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(c.JSON, &fields); err != nil {
		return ""
	}
	raw, ok := fields[name]
	if !ok {
		return ""
	}
	var str string
	if err := json.Unmarshal(raw, &str); err == nil {
		return str
	}
	return string(raw)
}

// Calls returns every call received so far, in order of arrival.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// CallsTo returns the calls of one method, in order of arrival.
func (s *Server) CallsTo(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var calls []Call
	for _, c := range s.calls {
		if c.Method == method {
			calls = append(calls, c)
		}
	}
	return calls
}

// Forget drops the calls, messages and response_url posts recorded so far,
// so that a long run (a benchmark) does not hold them all; users, views,
// files and the response_urls handed out stay.
func (s *Server) Forget() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls, s.messages, s.responses = nil, nil, nil
}
