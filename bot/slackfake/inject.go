package slackfake

import (
	"net/http"
	"slices"
)

// AnyMethod, passed as the method of a failure, matches every Web API method
// and UploadMethod.
const AnyMethod = "*"

// failure is an injected answer for the calls of one method.
type failure struct {
	method string
	answer reply
	left   int // calls still to answer; negative means no limit
	every  int // answer only every nth matching call; 0 means each one
	seen   int // matching calls so far
}

// due counts a matching call and reports whether this one gets the answer.
func (f *failure) due() bool {
	f.seen++
	if f.left == 0 {
		return false
	}
	return f.every == 0 || f.seen%f.every == 0
}

// FailNext answers the next n calls of method with ok:false and errCode,
// e.g. "channel_not_found". n < 1 injects nothing.
func (s *Server) FailNext(method, errCode string, n int) {
	s.inject(&failure{method: method, answer: errorReply(errCode), left: max(n, 0)})
}

// FailAlways answers every call of method with ok:false and errCode until
// ClearFailures.
func (s *Server) FailAlways(method, errCode string) {
	s.inject(&failure{method: method, answer: errorReply(errCode), left: -1})
}

// RateLimitNext answers the next n calls of method with HTTP 429, a
// Retry-After header of retryAfterSeconds and {"ok":false,"error":"ratelimited"}.
// slack-go returns that as *slack.RateLimitedError. n < 1 injects nothing.
func (s *Server) RateLimitNext(method string, n, retryAfterSeconds int) {
	s.inject(&failure{method: method, answer: rateLimited(retryAfterSeconds), left: max(n, 0)})
}

// RateLimitEvery answers every nth call of method, counted from now, with
// HTTP 429 as RateLimitNext does, until ClearFailures. nth < 1 counts as 1.
func (s *Server) RateLimitEvery(method string, nth, retryAfterSeconds int) {
	s.inject(&failure{method: method, answer: rateLimited(retryAfterSeconds), left: -1, every: max(nth, 1)})
}

// ServerErrorNext answers the next n calls of method with the HTTP status
// (meant for 5xx) and a text body, as Slack's load balancers do. slack-go
// returns that as slack.StatusCodeError. n < 1 injects nothing.
func (s *Server) ServerErrorNext(method string, n, status int) {
	answer := reply{status: status, text: http.StatusText(status)}
	s.inject(&failure{method: method, answer: answer, left: max(n, 0)})
}

// ClearFailures removes every injected failure.
func (s *Server) ClearFailures() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = nil
}

// rateLimited is the answer Slack gives a rate-limited call.
func rateLimited(retryAfterSeconds int) reply {
	rep := errorReply("ratelimited")
	rep.status, rep.retryAfter = http.StatusTooManyRequests, retryAfterSeconds
	return rep
}

// inject adds the failure unless it has no calls to answer.
func (s *Server) inject(f *failure) {
	if f.left == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, f)
}

// injectedLocked counts a call of method against every failure for it and
// returns the answer of the first, in order of injection, that is due.
func (s *Server) injectedLocked(method string) (reply, bool) {
	var due *failure
	for _, f := range s.failures {
		if (f.method == method || f.method == AnyMethod) && f.due() && due == nil {
			due = f
		}
	}
	if due == nil {
		return reply{}, false
	}
	if due.left > 0 {
		due.left--
	}
	s.failures = slices.DeleteFunc(s.failures, func(f *failure) bool { return f.left == 0 })
	return due.answer, true
}
