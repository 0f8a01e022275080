package slackfake

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// ErrNotConnected is returned by Push and Disconnect when no Socket Mode
// connection is open.
var ErrNotConnected = errors.New("slackfake: no open Socket Mode connection")

// writeTimeout bounds every write to a Socket Mode connection.
const writeTimeout = 5 * time.Second

// debugHost is the Slack host named in hello and disconnect messages.
const debugHost = "applink-slackfake"

// upgrader accepts every Origin: slack-go sends "Origin: https://api.slack.com",
// which gorilla's default check refuses with 403 as cross-origin.
var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// wsConn is an open Socket Mode connection.
type wsConn struct {
	ws      *websocket.Conn
	writeMu sync.Mutex // gorilla allows one writer at a time
}

// writeJSON sends v as one text message. It fails if the connection is
// closed or the write takes longer than writeTimeout.
func (c *wsConn) writeJSON(v any) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	if err := c.ws.SetWriteDeadline(time.Now().Add(writeTimeout)); err != nil {
		return err
	}
	return c.ws.WriteJSON(v)
}

// ping sends a WebSocket ping every interval until stop is closed or a ping
// cannot be sent.
func (c *wsConn) ping(interval time.Duration, stop <-chan struct{}) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-stop:
			return
		case <-ticker.C:
			if err := c.ws.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(writeTimeout)); err != nil {
				return
			}
		}
	}
}

// SetPingInterval sets how often connections opened from now on are pinged;
// the default is 5s. slack-go reconnects when it gets no ping for its
// OptionPingInterval (30s by default). d <= 0 sends no pings, to test that.
func (s *Server) SetPingInterval(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pingInterval = d
}

// Connections returns how many Socket Mode connections got their hello since
// the fake started.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connected
}

// WaitConnected waits until n Socket Mode connections got their hello since
// the fake started. It fails if that does not happen within timeout.
func (s *Server) WaitConnected(n int, timeout time.Duration) error {
	if !s.waitFor(timeout, func() bool { return s.connected >= n }) {
		return fmt.Errorf("slackfake: no %d Socket Mode connections within %v", n, timeout)
	}
	return nil
}

// Disconnect sends every open connection
// {"type":"disconnect","reason":"refresh_requested"}, as Slack does before it
// drops a connection. slack-go then opens a new connection and closes the
// old one; wait for it with WaitConnected before Push. It returns
// ErrNotConnected if no connection is open, and the errors of failed writes.
func (s *Server) Disconnect() error {
	s.mu.Lock()
	conns := slices.Clone(s.conns)
	s.mu.Unlock()
	if len(conns) == 0 {
		return ErrNotConnected
	}
	msg := map[string]any{
		"type":       "disconnect",
		"reason":     "refresh_requested",
		"debug_info": map[string]any{"host": debugHost},
	}
	var errs []error
	for _, c := range conns {
		errs = append(errs, c.writeJSON(msg))
	}
	return errors.Join(errs...)
}

// appsConnectionsOpen answers apps.connections.open with the URL of the
// fake's Socket Mode endpoint, with a ticket good for one connection.
func (s *Server) appsConnectionsOpen(*Call) reply {
	ticket := s.nextIDLocked("ticket-")
	s.tickets[ticket] = true
	wsURL := "ws" + strings.TrimPrefix(s.http.URL, "http") + "/link/?ticket=" + ticket + "&app_id=" + s.identity.AppID
	return okReply(map[string]any{"url": wsURL})
}

// serveSocket runs one Socket Mode connection: it sends hello, pings, and
// records what the client sends as acks until the connection ends. It
// answers 401 for a ticket that apps.connections.open did not hand out or
// that was used, and 503 once the fake is closed.
func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	if status := s.admitSocket(r.URL.Query().Get("ticket")); status != http.StatusOK {
		http.Error(w, http.StatusText(status), status)
		return
	}
	defer s.wg.Done()
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	defer ws.Close()
	c := &wsConn{ws: ws}
	if err := c.writeJSON(s.hello()); err != nil {
		return
	}
	interval, ok := s.addConn(c)
	if !ok {
		return
	}
	defer s.removeConn(c)
	if interval > 0 {
		stop := make(chan struct{})
		defer close(stop)
		s.wg.Go(func() { c.ping(interval, stop) })
	}
	s.readAcks(ws)
}

// admitSocket uses up the ticket and counts the connection in s.wg. It
// returns the HTTP status to refuse the connection with, or 200.
func (s *Server) admitSocket(ticket string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closed:
		return http.StatusServiceUnavailable
	case !s.tickets[ticket]:
		return http.StatusUnauthorized
	}
	delete(s.tickets, ticket)
	s.wg.Add(1)
	return http.StatusOK
}

// hello returns the hello message for a new connection.
func (s *Server) hello() map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return map[string]any{
		"type":            "hello",
		"num_connections": len(s.conns) + 1,
		"debug_info": map[string]any{
			"host":                        debugHost,
			"build_number":                1,
			"approximate_connection_time": 18060,
		},
		"connection_info": map[string]any{"app_id": s.identity.AppID},
	}
}

// addConn makes c the connection Push uses and returns the ping interval. It
// reports false once the fake is closed.
func (s *Server) addConn(c *wsConn) (time.Duration, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return 0, false
	}
	s.conns = append(s.conns, c)
	s.connected++
	s.notifyLocked()
	return s.pingInterval, true
}

func (s *Server) removeConn(c *wsConn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conns = slices.DeleteFunc(s.conns, func(open *wsConn) bool { return open == c })
}

// readAcks records every message the client sends until the connection
// fails or closes.
func (s *Server) readAcks(ws *websocket.Conn) {
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			return
		}
		s.recordAck(data)
	}
}
