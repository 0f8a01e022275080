package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// config is everything main needs, read from the environment and then
// overridden by flags.
type config struct {
	SlackBotToken      string
	SlackAppToken      string
	SlackSigningSecret string
	SlackAPIURL        string
	HTTPAddr           string
	MongoURI           string
	MongoDatabase      string
	DataDir            string
	Admins             string
	Language           string
	Timezone           string
	LogLevel           string
	LogFormat          string
	MetricsAddr        string
	PprofAddr          string
	Workers            string
	Retention          string
	RunLease           string
	TestFirePause      string
	// As is the console user (a Slack user id); empty means the console admin.
	As string
}

// variable documents one environment variable and its flag.
type variable struct {
	env, flag, def, help string
	target               func(*config) *string
	secret               bool
}

var variables = []variable{
	{"SLACK_BOT_TOKEN", "", "", "bot token xoxb-…; unset: console mode", func(c *config) *string { return &c.SlackBotToken }, true},
	{"SLACK_APP_TOKEN", "", "", "app-level token xapp-…; enables Socket Mode", func(c *config) *string { return &c.SlackAppToken }, true},
	{"SLACK_SIGNING_SECRET", "", "", "enables the HTTP endpoints", func(c *config) *string { return &c.SlackSigningSecret }, true},
	{"SLACK_API_URL", "slack-api-url", "", "Web API base URL (default: Slack's)", func(c *config) *string { return &c.SlackAPIURL }, false},
	{"HTTP_ADDR", "http-addr", ":3000", "listen address for the Slack endpoints, health checks and /metrics", func(c *config) *string { return &c.HTTPAddr }, false},
	{"MONGODB_URI", "mongodb-uri", "", "MongoDB server; unset: embedded database in DATA_DIR", func(c *config) *string { return &c.MongoURI }, true},
	{"MONGODB_DATABASE", "mongodb-database", "netzwerkbot", "database name", func(c *config) *string { return &c.MongoDatabase }, false},
	{"DATA_DIR", "data-dir", "./data", "folder of the embedded database and, while the bot is stopped, of its cache file (caches.bson)", func(c *config) *string { return &c.DataDir }, false},
	{"BOT_ADMINS", "admins", "", "comma-separated Slack user ids that are admins from the start", func(c *config) *string { return &c.Admins }, false},
	{"DEFAULT_LANGUAGE", "language", "de", "de or en", func(c *config) *string { return &c.Language }, false},
	{"DEFAULT_TIMEZONE", "timezone", "Europe/Berlin", "IANA zone for schedules and dates", func(c *config) *string { return &c.Timezone }, false},
	{"LOG_LEVEL", "log-level", "info", "debug, info, warn or error", func(c *config) *string { return &c.LogLevel }, false},
	{"LOG_FORMAT", "log-format", "", "json or console (default: console on a terminal, else json)", func(c *config) *string { return &c.LogFormat }, false},
	{"WORKERS", "workers", "", "bound on the Slack requests worked on at once after their ack (default: 4 per CPU)", func(c *config) *string { return &c.Workers }, false},
	{"RETENTION", "retention", "90d", "how long sent and failed outbox messages, delivery attempts and schedule runs are kept: days (90d) or a Go duration (2160h)", func(c *config) *string { return &c.Retention }, false},
	{"RUN_LEASE", "run-lease", "1m", "how long a started schedule run is held without renewal before another replica takes it over; the same on every replica", func(c *config) *string { return &c.RunLease }, false},
	{"TEST_FIRE_PAUSE", "", "", "tests only: pause after each digest message queued, so a test can kill a process mid-fire", func(c *config) *string { return &c.TestFirePause }, false},
	{"METRICS_ADDR", "metrics-addr", "", "console: serve Prometheus /metrics at this address (Slack modes serve it on HTTP_ADDR)", func(c *config) *string { return &c.MetricsAddr }, false},
	{"PPROF_ADDR", "pprof-addr", "", "serve /debug/pprof at this loopback address, e.g. 127.0.0.1:6060 (default: off)", func(c *config) *string { return &c.PprofAddr }, false},
}

// parseConfig reads the environment, then the flags in args. It returns
// flag.ErrHelp after printing the help for -h/--help.
func parseConfig(args []string, getenv func(string) string, out io.Writer) (config, []string, error) {
	var c config
	fs := flag.NewFlagSet("netzwerkbot", flag.ContinueOnError)
	fs.SetOutput(out)
	for _, v := range variables {
		val := getenv(v.env)
		if val == "" {
			val = v.def
		}
		*v.target(&c) = val
		if v.flag != "" {
			// A secret's flag shows no default, so --help never prints it.
			shown := val
			if v.secret {
				shown = ""
			}
			fs.StringVar(v.target(&c), v.flag, shown, v.help)
			*v.target(&c) = val
		}
	}
	fs.StringVar(&c.As, "as", "", "console: run commands as this Slack user id instead of the console admin")
	fs.Usage = func() { printHelp(out, fs) }
	if err := fs.Parse(args); err != nil {
		return c, nil, err
	}
	return c, fs.Args(), nil
}

func printHelp(out io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(out, `netzwerkbot – stakeholder register and network reviews for municipal education networks, in Slack.

Usage:
  netzwerkbot [flags]            run the bot (Slack when tokens are set, else the console)
  netzwerkbot version            print the version
  netzwerkbot seed [--size small|large] [--team id] [--seed n]
                                 fill an empty workspace (default: the console's) with a
                                 fictional network for trying the bot out

Without Slack variables the bot runs in the console: type commands at the prompt, or pipe
them in one per line, e.g.  printf 'stakeholder list\n' | netzwerkbot

Environment variables (flags override them):
`)
	for _, v := range variables {
		name := v.env
		if v.flag != "" {
			name += " (--" + v.flag + ")"
		}
		def := ""
		if v.def != "" {
			def = " [default " + v.def + "]"
		}
		if v.secret {
			def += " (secret: never logged)"
		}
		fmt.Fprintf(out, "  %-38s %s%s\n", name, v.help, def)
	}
	fmt.Fprint(out, "\nFlags:\n")
	fs.PrintDefaults()
}

// adminList splits BOT_ADMINS.
func (c config) adminList() []string {
	var out []string
	for _, a := range strings.Split(c.Admins, ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// workers returns WORKERS as a number, 0 when unset (the transport then
// takes 4 per CPU). It fails for anything but a positive number.
func (c config) workers() (int, error) {
	if c.Workers == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(c.Workers)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("WORKERS %q: use a positive number", c.Workers)
	}
	return n, nil
}

// retention returns RETENTION: a number of days ("90d") or a Go duration
// of at least an hour. It fails for anything else.
func (c config) retention() (time.Duration, error) {
	bad := fmt.Errorf("RETENTION %q: use days such as 90d, or a duration of at least 1h such as 2160h", c.Retention)
	if days, ok := strings.CutSuffix(c.Retention, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 1 {
			return 0, bad
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(c.Retention)
	if err != nil || d < time.Hour {
		return 0, bad
	}
	return d, nil
}

// runLease returns RUN_LEASE, a Go duration of at least 3 seconds. It
// fails for anything else.
func (c config) runLease() (time.Duration, error) {
	d, err := time.ParseDuration(c.RunLease)
	if err != nil || d < 3*time.Second {
		return 0, fmt.Errorf("RUN_LEASE %q: use a duration of at least 3s such as 1m", c.RunLease)
	}
	return d, nil
}

// testFirePause returns TEST_FIRE_PAUSE, zero when unset.
func (c config) testFirePause() (time.Duration, error) {
	if c.TestFirePause == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(c.TestFirePause)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("TEST_FIRE_PAUSE %q: use a duration such as 2s", c.TestFirePause)
	}
	return d, nil
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
