package slackapp

import (
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
)

// ClientConfig says how the transport reaches Slack's Web API.
type ClientConfig struct {
	// BotToken is the bot token xoxb-…; required.
	BotToken string
	// AppToken is the app-level token xapp-…, for Socket Mode.
	AppToken string
	// APIURL is the Web API base URL; "" means Slack's.
	APIURL string
}

// replyRetry is how the Web API calls made for replies retry: a 429 after
// its Retry-After (at least a second), a 5xx answer or a broken connection
// with a backoff doubling from outbox.DefaultBackoff up to
// outbox.MaxBackoff, for at most outbox.DefaultMaxAttempts attempts: the
// outbox's pacing rules. The work timeout of the reply ends the retries
// sooner.
func replyRetry() slack.RetryConfig {
	cfg := slack.RetryConfig{
		MaxRetries:         outbox.DefaultMaxAttempts - 1,
		RetryAfterDuration: time.Second, // without a Retry-After, as the outbox
		BackoffInitial:     outbox.DefaultBackoff,
		BackoffMax:         outbox.MaxBackoff,
	}
	cfg.Handlers = []slack.RetryHandler{
		slack.NewRateLimitErrorRetryHandler(cfg),
		slack.NewServerErrorRetryHandler(cfg),
		slack.NewConnectionErrorRetryHandler(),
	}
	return cfg
}

// newClient returns a Web API client for cfg that counts every request to
// Slack in m. With retry it retries as replyRetry says; without, every
// failure comes back at once (the outbox's Poster paces and retries by
// itself, per workspace).
func newClient(cfg ClientConfig, m *metrics.Metrics, retry bool) *slack.Client {
	opts := []slack.Option{slack.OptionHTTPClient(&http.Client{Transport: counting{m: m, method: apiMethod}})}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(strings.TrimSuffix(cfg.APIURL, "/")+"/"))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	if retry {
		opts = append(opts, slack.OptionRetryConfig(replyRetry())) // after OptionHTTPClient: it wraps that client
	}
	return slack.New(cfg.BotToken, opts...)
}

// webhookClient is the HTTP client for posts to response_urls; it counts
// them as the method "response_url", never with the URL, which is a
// credential.
func webhookClient(m *metrics.Metrics) *http.Client {
	return &http.Client{Transport: counting{m: m, method: func(*http.Request) string { return "response_url" }}}
}

// counting is an http.RoundTripper that counts each request and each 429
// answer in the metrics by the method it names.
type counting struct {
	m      *metrics.Metrics
	method func(*http.Request) string
}

func (c counting) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	status := 0
	if err == nil {
		status = resp.StatusCode
	}
	c.m.SlackCall(c.method(req), status)
	return resp, err
}

// apiMethod names a Web API request by its method ("chat.postMessage"),
// the last element of a path under /api/; any other request of the client
// is a file upload.
func apiMethod(req *http.Request) string {
	dir, name := path.Split(req.URL.Path)
	if strings.HasSuffix(dir, "/api/") {
		return name
	}
	return "upload"
}
