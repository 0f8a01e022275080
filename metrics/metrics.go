// Package metrics holds the bot's Prometheus metrics and serves them at
// /metrics. It imports nothing of the project, so the transports, the core,
// the review cycle, the scheduler and the outbox can all count through it;
// storage reports its errors through a callback that main connects here.
//
// Every method is safe for concurrent use and does nothing on a nil
// *Metrics, so a part built without metrics (a test) needs no checks.
// Labels carry only bounded, impersonal values: command names, outcomes,
// Slack API methods, error kinds. Never a name, a user id, a team id or
// any text a user typed.
package metrics

import (
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

const namespace = "netzwerkbot"

// The outcomes of a schedule slot.
const (
	SlotFired   = "fired"
	SlotMissed  = "missed"
	SlotResumed = "resumed"
)

// The kinds of request whose ack is timed.
const (
	AckCommand     = "command"
	AckInteraction = "interaction"
	AckEvent       = "event"
)

// OutcomeBusy is the outcome of a command refused because the work after
// the ack was full.
const OutcomeBusy = "busy"

// Metrics is the set of the bot's metrics with its own registry (so that
// the embedded database's own metrics, if any, stay out of the scrape).
type Metrics struct {
	reg          *prometheus.Registry
	commands     *prometheus.CounterVec
	ack          *prometheus.HistogramVec
	workWaiting  prometheus.Gauge
	workRunning  prometheus.Gauge
	outboxDue    prometheus.Gauge
	outboxOldest prometheus.Gauge
	slackCalls   *prometheus.CounterVec
	slackLimited *prometheus.CounterVec
	slots        *prometheus.CounterVec
	reviewsOpen  prometheus.Gauge
	dbErrors     *prometheus.CounterVec
}

// New returns the metrics, registered with the Go runtime's and the
// process's collectors.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		commands: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "commands_total",
			Help: "Commands handled, by command (its canonical English words) and outcome (ok, an error kind, or busy)."},
			[]string{"command", "outcome"}),
		ack: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Name: "ack_seconds",
			Help:    "Time from receiving a Slack request to its acknowledgement, by kind (command, interaction, event).",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2, 3, 5}},
			[]string{"kind"}),
		workWaiting: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "work_queue_depth",
			Help: "Acknowledged requests waiting for a worker."}),
		workRunning: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "work_running",
			Help: "Acknowledged requests being worked on (at most WORKERS)."}),
		outboxDue: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "outbox_due",
			Help: "Outbox messages due and not yet sent, as of the sender's last look (counted up to its batch of 500)."}),
		outboxOldest: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "outbox_oldest_due_seconds",
			Help: "How long the oldest due outbox message has been waiting, as of the sender's last look; 0 when none is due."}),
		slackCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "slack_posts_total",
			Help: "HTTP requests to Slack (each a POST), retries included, by Web API method, response_url or upload."},
			[]string{"method"}),
		slackLimited: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "slack_rate_limited_total",
			Help: "Slack answers 429 Too Many Requests, by Web API method, response_url or upload."},
			[]string{"method"}),
		slots: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "schedule_slots_total",
			Help: "Schedule slots this process handled, by outcome (fired, missed, resumed)."},
			[]string{"outcome"}),
		reviewsOpen: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "reviews_open",
			Help: "Network reviews open in all workspaces, as of the review engine's last pass."}),
		dbErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: "database_errors_total",
			Help: "Failed database commands and server checks, by kind (unavailable, internal)."},
			[]string{"kind"}),
	}
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.commands, m.ack, m.workWaiting, m.workRunning, m.outboxDue, m.outboxOldest,
		m.slackCalls, m.slackLimited, m.slots, m.reviewsOpen, m.dbErrors)
	// Series an alert may look for exist from the start, at zero.
	for _, k := range []string{AckCommand, AckInteraction, AckEvent} {
		m.ack.WithLabelValues(k)
	}
	for _, o := range []string{SlotFired, SlotMissed, SlotResumed} {
		m.slots.WithLabelValues(o)
	}
	for _, k := range []string{"unavailable", "internal"} {
		m.dbErrors.WithLabelValues(k)
	}
	return m
}

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Command counts a handled command. command is its canonical path
// ("stakeholder add"), or "" for a line that named none.
func (m *Metrics) Command(command, outcome string) {
	if m == nil {
		return
	}
	if command == "" {
		command = "unknown"
	}
	m.commands.WithLabelValues(command, outcome).Inc()
}

// Ack records how long the acknowledgement of a request of kind took.
func (m *Metrics) Ack(kind string, d time.Duration) {
	if m != nil {
		m.ack.WithLabelValues(kind).Observe(d.Seconds())
	}
}

// WorkQueued counts a request admitted to wait for a worker.
func (m *Metrics) WorkQueued() {
	if m != nil {
		m.workWaiting.Inc()
	}
}

// WorkStarted moves a waiting request to the running ones.
func (m *Metrics) WorkStarted() {
	if m != nil {
		m.workWaiting.Dec()
		m.workRunning.Inc()
	}
}

// WorkDone counts a running request as finished.
func (m *Metrics) WorkDone() {
	if m != nil {
		m.workRunning.Dec()
	}
}

// OutboxBacklog records what the outbox sender found due: how many
// messages and how long the oldest has waited.
func (m *Metrics) OutboxBacklog(due int, oldest time.Duration) {
	if m != nil {
		m.outboxDue.Set(float64(due))
		m.outboxOldest.Set(max(oldest, 0).Seconds())
	}
}

// SlackCall counts a request to Slack for method and whether Slack
// answered with HTTP status 429. A method name that does not look like
// one of Slack's is counted as "other".
func (m *Metrics) SlackCall(method string, status int) {
	if m == nil {
		return
	}
	method = boundedMethod(method)
	m.slackCalls.WithLabelValues(method).Inc()
	if status == http.StatusTooManyRequests {
		m.slackLimited.WithLabelValues(method).Inc()
	}
}

// boundedMethod returns method if it is a plausible Slack method name
// (letters, dots and underscores, at most 64 characters), else "other".
func boundedMethod(method string) string {
	if method == "" || len(method) > 64 || strings.Trim(method, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ._") != "" {
		return "other"
	}
	return method
}

// Slot counts a schedule slot with its outcome (SlotFired, SlotMissed,
// SlotResumed).
func (m *Metrics) Slot(outcome string) {
	if m != nil {
		m.slots.WithLabelValues(outcome).Inc()
	}
}

// ReviewsOpen records how many network reviews are open.
func (m *Metrics) ReviewsOpen(n int) {
	if m != nil {
		m.reviewsOpen.Set(float64(n))
	}
}

// DatabaseError counts a failed database command or server check of kind
// (storage.Kind's name).
func (m *Metrics) DatabaseError(kind string) {
	if m != nil {
		m.dbErrors.WithLabelValues(kind).Inc()
	}
}
