package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
)

// ops serves the operators' endpoints that are not part of the Slack
// routes: /debug/pprof on PPROF_ADDR, and /metrics on METRICS_ADDR in the
// console (the Slack modes serve /metrics on HTTP_ADDR).
type ops struct {
	log     zerolog.Logger
	servers []*http.Server
	wg      sync.WaitGroup
}

// startOps starts /debug/pprof on addr, which must be a loopback address
// (the profiles show the program's internals and cost CPU); "" serves
// nothing. It fails for any other address or when addr cannot be bound.
func startOps(addr string, log zerolog.Logger) (*ops, error) {
	o := &ops{log: log}
	if addr == "" {
		return o, nil
	}
	if !loopback(addr) {
		return nil, fmt.Errorf("PPROF_ADDR %q: use a loopback address such as 127.0.0.1:6060 or localhost:6060", addr)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return o, o.listen("PPROF_ADDR", addr, mux)
}

// serveMetrics serves m at /metrics on addr; "" serves nothing.
func (o *ops) serveMetrics(addr string, m *metrics.Metrics) error {
	if addr == "" {
		return nil
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	return o.listen("METRICS_ADDR", addr, mux)
}

// listen serves h on addr, the value of the variable env, until stop.
func (o *ops) listen(env, addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("%s %q: %w", env, addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	o.log.Info().Str("listen", env).Str("at", ln.Addr().String()).Msg("serving operator endpoints")
	o.servers = append(o.servers, srv)
	o.wg.Go(func() { _ = srv.Serve(ln) })
	return nil
}

// stop closes the servers and waits for them.
func (o *ops) stop() {
	for _, srv := range o.servers {
		_ = srv.Close()
	}
	o.wg.Wait()
}

// loopback reports whether addr's host is localhost or a loopback IP.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
