package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot/console"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
)

// runSeed is "netzwerkbot seed [--size small|large] [--team id] [--seed n]":
// it opens the store as the bot does and fills an empty workspace with the
// fictional network. It refuses a workspace that has stakeholders. It
// returns the exit code: 0 done, 1 refused or failed, 2 bad flags.
func runSeed(ctx context.Context, cfg config, args []string, log zerolog.Logger, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("netzwerkbot seed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	size := fs.String("size", seed.Small, "small (60 stakeholders) or large (2,000 stakeholders, 20,000 commitments)")
	team := fs.String("team", console.Team, "workspace (Slack team id) to fill")
	value := fs.Uint64("seed", 1, "random seed; the same seed gives the same network")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || strings.TrimSpace(*team) == "" {
		fmt.Fprintln(stderr, "netzwerkbot seed: usage: netzwerkbot seed [--size small|large] [--team id] [--seed n]")
		return 2
	}
	loc, err := time.LoadLocation(cfg.Timezone)
	if err != nil {
		fmt.Fprintf(stderr, "netzwerkbot seed: DEFAULT_TIMEZONE %q: %v\n", cfg.Timezone, err)
		return 2
	}
	store, err := storage.Open(ctx, storage.Config{URI: cfg.MongoURI, Database: cfg.MongoDatabase, DataDir: cfg.DataDir, Logger: log})
	if err != nil {
		fmt.Fprintln(stderr, "netzwerkbot seed:", err)
		return 1
	}
	defer func() {
		closeCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = store.Close(closeCtx)
	}()
	start := time.Now()
	// With the caches warm the inserts are recorded in them, and the
	// store's close leaves them in the cache file for the bot's start.
	if err := store.WarmCaches(ctx); err != nil {
		fmt.Fprintln(stderr, "netzwerkbot seed:", err)
		return 1
	}
	counts, err := seed.Run(ctx, store.Team(*team), seed.Options{Size: *size, Seed: *value, Now: start, Loc: loc})
	if err != nil {
		fmt.Fprintln(stderr, "netzwerkbot seed:", err)
		return 1
	}
	fmt.Fprintf(stdout, "seeded workspace %s in %s: %s\n", *team, time.Since(start).Round(time.Millisecond), counts)
	return 0
}
