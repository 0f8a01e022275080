// Package slackfake is an in-process fake of Slack for tests. It serves the
// Web API methods the bot uses, the external file upload, response_url
// endpoints and Socket Mode on 127.0.0.1, records what the client sent, and
// can be told to fail. Drive it with the real slack-go client:
//
//	fake := slackfake.New(t)
//	fake.AddUser(slack.User{ID: "U1", Name: "anna", TZ: "Europe/Berlin"})
//	api := slack.New(slackfake.BotToken,
//		slack.OptionAPIURL(fake.APIURL()),
//		slack.OptionAppLevelToken(slackfake.AppToken))
//	// run the bot with api and socketmode.New(api), then:
//	fake.WaitConnected(1, 5*time.Second)
//	id, _ := fake.Push(slackfake.Envelope{Type: "slash_commands", Payload: cmd, AcceptsResponsePayload: true})
//	ack, _ := fake.WaitAck(id, 5*time.Second)
//	msgs := fake.Messages()
//
// The Web API methods it answers are auth.test, chat.postMessage,
// chat.postEphemeral, chat.update, conversations.open, users.info,
// users.list, views.open, views.push, views.update, views.publish,
// files.getUploadURLExternal, files.completeUploadExternal,
// conversations.info, conversations.canvases.create, canvases.edit and
// apps.connections.open; any other answers unknown_method. It keeps no
// channel history and has no rate limits of its own: 429s and errors come
// only from the failures a test injects.
package slackfake

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// Tokens the fake accepts from the start. AddToken accepts more.
const (
	BotToken = "xoxb-slackfake-bot"
	AppToken = "xapp-1-slackfake-app"
)

// Identity is the workspace and bot that auth.test reports and Socket Mode
// hello messages carry.
type Identity struct {
	TeamID      string
	TeamName    string
	BotUserID   string
	BotUserName string
	BotID       string
	AppID       string
}

// DefaultIdentity is the Identity of a new Server.
var DefaultIdentity = Identity{
	TeamID:      "TFAKE0001",
	TeamName:    "netzwerk-test",
	BotUserID:   "UBOT00001",
	BotUserName: "netzwerkbot",
	BotID:       "BBOT00001",
	AppID:       "AFAKE0001",
}

// defaultPingInterval is how often a Socket Mode connection is pinged unless
// SetPingInterval says otherwise. slack-go reconnects after 30s without one.
const defaultPingInterval = 5 * time.Second

// Server is a fake Slack. All its methods are safe for concurrent use.
type Server struct {
	http *httptest.Server
	wg   sync.WaitGroup // WebSocket handlers and their pingers

	mu           sync.Mutex
	closed       bool
	change       chan struct{} // closed and replaced when a connection or an ack arrives
	identity     Identity
	tokens       map[string]bool
	seq          int   // last number used for an ID
	lastTS       int64 // last message ts, in microseconds
	calls        []Call
	failures     []*failure
	users        []slack.User
	dms          map[string]string // sorted, comma-joined user IDs -> conversation ID
	messages     []Message
	views        []View
	homeViews    map[string]string // user ID -> ID of the published home view
	files        []File
	canvases     []Canvas
	responseURLs map[string]int // path key -> uses so far
	responses    []ResponsePost
	pingInterval time.Duration
	tickets      map[string]bool
	conns        []*wsConn // open Socket Mode connections, oldest first
	connected    int       // Socket Mode connections that got their hello
	pushedAt     map[string]time.Time
	acks         []Ack
}

// New starts a fake Slack on 127.0.0.1 and registers Close with tb.Cleanup.
func New(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{
		change:       make(chan struct{}),
		identity:     DefaultIdentity,
		tokens:       map[string]bool{BotToken: true, AppToken: true},
		dms:          map[string]string{},
		homeViews:    map[string]string{},
		responseURLs: map[string]int{},
		pingInterval: defaultPingInterval,
		tickets:      map[string]bool{},
		pushedAt:     map[string]time.Time{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/{method}", s.serveAPI)
	mux.HandleFunc("POST /upload/v1/{file}", s.serveUpload)
	mux.HandleFunc("POST /commands/{key...}", s.serveResponseURL)
	mux.HandleFunc("GET /link/", s.serveSocket)
	s.http = httptest.NewServer(mux)
	tb.Cleanup(s.Close)
	return s
}

// Close stops the server, closes every Socket Mode connection and waits for
// the fake's goroutines to end. Calling it again does nothing.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	conns := s.conns
	s.conns = nil
	s.mu.Unlock()

	for _, c := range conns {
		_ = c.ws.Close()
	}
	s.http.Close()
	s.wg.Wait()
}

// URL returns the base URL of the fake, e.g. http://127.0.0.1:41234.
func (s *Server) URL() string {
	return s.http.URL
}

// APIURL returns the Web API base URL, ending in /api/, for slack.OptionAPIURL.
func (s *Server) APIURL() string {
	return s.http.URL + "/api/"
}

// SetIdentity changes what auth.test and Socket Mode hello messages report.
func (s *Server) SetIdentity(id Identity) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.identity = id
}

// AddToken makes the Web API accept token as well as BotToken and AppToken.
// Tokens starting with xapp- are app-level tokens: only
// apps.connections.open accepts them.
func (s *Server) AddToken(token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[token] = true
}

// nextIDLocked returns a fresh Slack-like ID with the given prefix, e.g.
// F00000007 for a file.
func (s *Server) nextIDLocked(prefix string) string {
	s.seq++
	return fmt.Sprintf("%s%08d", prefix, s.seq)
}

// notifyLocked wakes everyone blocked in waitFor.
func (s *Server) notifyLocked() {
	close(s.change)
	s.change = make(chan struct{})
}

// waitFor blocks until cond, called with s.mu held, reports true; it reports
// false if that does not happen within timeout.
func (s *Server) waitFor(timeout time.Duration, cond func() bool) bool {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		s.mu.Lock()
		done, change := cond(), s.change
		s.mu.Unlock()
		if done {
			return true
		}
		select {
		case <-change:
		case <-timer.C:
			return false
		}
	}
}
