// Command netzwerkbot runs the netzwerkbot Slack assistant, or its console
// when no Slack credentials are set.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"
	_ "time/tzdata" // zone data for containers without /usr/share/zoneinfo

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/console"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/bot/slackapp"
	"github.com/netzwerkbot/netzwerkbot/metrics"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: it returns the exit code.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, rest, err := parseConfig(args, getenv, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if len(rest) > 0 && rest[0] == "version" {
		fmt.Fprintln(stdout, "netzwerkbot", versionString())
		return 0
	}
	if len(rest) > 0 && rest[0] != "seed" {
		fmt.Fprintf(stderr, "netzwerkbot: unknown command %q; see --help\n", rest[0])
		return 2
	}
	log, err := newLogger(cfg, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "netzwerkbot:", err)
		return 2
	}
	if len(rest) > 0 {
		return runSeed(ctx, cfg, rest[1:], log, stdout, stderr)
	}
	if err := serve(ctx, cfg, log, stdin, stdout); err != nil && !errors.Is(err, context.Canceled) {
		log.Error().Err(err).Msg("netzwerkbot stopped")
		fmt.Fprintln(stderr, "netzwerkbot:", err)
		return 1
	}
	return 0
}

// serve opens the store, builds the core and runs the transport until it
// ends or ctx is cancelled, then closes the store. The transport is Slack's
// Socket Mode with SLACK_APP_TOKEN, else Slack over HTTP with
// SLACK_SIGNING_SECRET, else the console. PPROF_ADDR, when set, serves
// /debug/pprof there in every mode.
func serve(ctx context.Context, cfg config, log zerolog.Logger, stdin io.Reader, stdout io.Writer) error {
	lang, ok := i18n.ParseLang(cfg.Language)
	if !ok {
		return fmt.Errorf("DEFAULT_LANGUAGE %q: use de or en", cfg.Language)
	}
	loc, err := time.LoadLocation(cfg.Timezone)
	if err != nil {
		return fmt.Errorf("DEFAULT_TIMEZONE %q: %w", cfg.Timezone, err)
	}
	workers, err := cfg.workers()
	if err != nil {
		return err
	}
	tm, err := timingOf(cfg)
	if err != nil {
		return err
	}
	ops, err := startOps(cfg.PprofAddr, log)
	if err != nil {
		return err
	}
	defer ops.stop()
	m := metrics.New()
	onError := func(k storage.Kind) { m.DatabaseError(k.String()) }
	store, err := storage.Open(ctx, storage.Config{URI: cfg.MongoURI, Database: cfg.MongoDatabase, DataDir: cfg.DataDir, Logger: log, OnError: onError})
	if err != nil {
		return err
	}
	defer func() {
		closeCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = store.Close(closeCtx)
	}()
	log.Info().Bool("embedded", store.Embedded()).Msg("database ready")
	opts := bot.Options{Store: store, Log: log, Admins: cfg.adminList(), Language: lang, Timezone: loc, Metrics: m}
	if cfg.SlackAppToken != "" || cfg.SlackSigningSecret != "" {
		if cfg.SlackBotToken == "" {
			return errors.New("SLACK_BOT_TOKEN is needed with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET")
		}
		opts.Render = slackapp.RenderMessages
		core := bot.New(opts)
		app := slackapp.New(slackapp.Options{
			Core: core, Store: store, SigningSecret: cfg.SlackSigningSecret, Log: log, Metrics: m, Workers: workers,
			Slack: slackapp.ClientConfig{BotToken: cfg.SlackBotToken, AppToken: cfg.SlackAppToken, APIURL: cfg.SlackAPIURL},
		})
		bg := startBackground(ctx, store, core, app.Poster(), loc, tm, log, m)
		defer bg.stop()
		return runSlack(ctx, cfg, log, app)
	}
	// The console's user is an admin; in Slack no user id is one unless
	// BOT_ADMINS or a role says so.
	opts.Admins = append(opts.Admins, console.DefaultUser)
	opts.ChannelNames = true
	core := bot.New(opts)
	if err := ops.serveMetrics(cfg.MetricsAddr, m); err != nil {
		return err
	}
	bg := startBackground(ctx, store, core, &console.Poster{Out: stdout}, loc, tm, log, m)
	err = runConsole(ctx, cfg, core, stdin, stdout)
	bg.stop()
	bg.flush(context.WithoutCancel(ctx))
	return err
}

// runConsole runs the terminal transport; it shows a prompt only when both
// ends are a terminal.
func runConsole(ctx context.Context, cfg config, core *bot.Core, stdin io.Reader, stdout io.Writer) error {
	c := &console.Console{Core: core, In: stdin, Out: stdout, User: console.DefaultUser}
	if cfg.As != "" {
		c.User = cfg.As
	}
	if in, ok := stdin.(*os.File); ok && isTerminal(in) {
		if out, ok := stdout.(*os.File); ok && isTerminal(out) {
			c.Prompt = "netzwerk> "
		}
	}
	return c.Run(ctx)
}

// newLogger builds the zerolog logger: JSON, or human-readable on a
// terminal or with LOG_FORMAT=console.
func newLogger(cfg config, stderr io.Writer) (zerolog.Logger, error) {
	level, err := zerolog.ParseLevel(cfg.LogLevel)
	if err != nil {
		return zerolog.Logger{}, fmt.Errorf("LOG_LEVEL %q: use debug, info, warn or error", cfg.LogLevel)
	}
	var w io.Writer = stderr
	format := cfg.LogFormat
	if format == "" {
		format = "json"
		if f, ok := stderr.(*os.File); ok && isTerminal(f) {
			format = "console"
		}
	}
	switch format {
	case "console":
		w = zerolog.ConsoleWriter{Out: stderr, TimeFormat: time.TimeOnly}
	case "json":
	default:
		return zerolog.Logger{}, fmt.Errorf("LOG_FORMAT %q: use json or console", cfg.LogFormat)
	}
	return zerolog.New(w).Level(level).With().Timestamp().Logger(), nil
}

// versionString returns the build version with the VCS revision if known.
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return version
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return version + " (" + s.Value[:12] + ")"
		}
	}
	return version
}
