// Package storage keeps netzwerkbot's records in MongoDB: a real server when
// MONGODB_URI is set, otherwise an embedded FerretDB (SQLite) in the process.
// Every record belongs to one Slack workspace (team_id); the team-scoped
// handle returned by Store.Team adds that id to every query it runs. It is
// the only package that imports the MongoDB driver and the only one that
// knows the stored field names: callers change records through typed
// patches (StakeholderPatch, CommitteePatch) and store opaque snapshots
// through MarshalSnapshot.
package storage

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// Config says where the records live.
type Config struct {
	// URI of a MongoDB server; empty starts the embedded server.
	URI string
	// Database name; empty means "netzwerkbot".
	Database string
	// DataDir is the embedded server's folder; empty means "./data".
	DataDir string
	// Logger receives the store's and the embedded server's errors.
	Logger zerolog.Logger
	// OnError, if set, is told the kind of every failed database command
	// and failed server check (see monitor); main counts them as metrics.
	OnError func(Kind)
	// monitor, set by this package's tests, watches the driver's commands
	// in place of OnError's command monitor.
	monitor *event.CommandMonitor
}

// Store is an open connection to the database. It is safe for concurrent use.
type Store struct {
	client   *mongo.Client
	db       *mongo.Database
	embedded *embedded
	// writeMu serialises writes in embedded mode, where FerretDB loses
	// concurrent updates of one document.
	writeMu *sync.Mutex
	// caches hold hot collections in embedded mode (see docCache).
	caches caches
	// due and leases index the pending outbox messages and the started
	// runs in embedded mode (see timeIndex); nil against MongoDB.
	due, leases *timeIndex
	// epoch is the cache file's epoch recorded at start (see
	// restoreCaches); "" when there is none, and then the stop writes no
	// cache file.
	epoch     string
	log       zerolog.Logger
	closeOnce sync.Once
	closeErr  error
}

// Open connects to cfg.URI, or starts the embedded server under cfg.DataDir
// when cfg.URI is empty, and creates the indexes (embedded: also the
// collections and their _id index, see ensureIDIndexes). It fails with a
// KindUnavailable error when the server cannot be reached, and with a
// KindConflict error when another process holds the embedded data folder.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Database == "" {
		cfg.Database = "netzwerkbot"
	}
	if cfg.DataDir == "" {
		cfg.DataDir = "./data"
	}
	s := &Store{log: cfg.Logger}
	uri := cfg.URI
	if uri == "" {
		emb, err := startEmbedded(ctx, cfg.DataDir, cfg.Logger)
		if err != nil {
			return nil, err
		}
		s.embedded = emb
		s.writeMu = &sync.Mutex{}
		s.caches = newCaches()
		s.due = newTimeIndex(outbox, bson.D{{Key: "state", Value: OutboxPending}}, "next_attempt_at", "created_at")
		s.leases = newTimeIndex(runs, bson.D{{Key: "state", Value: RunStarted}}, "lease_until", "slot_at")
		uri = emb.uri
	}
	if err := s.connect(ctx, uri, cfg); err != nil {
		s.stopEmbedded()
		return nil, err
	}
	if err := s.ensureIndexes(ctx); err != nil {
		_ = s.Close(context.Background())
		return nil, err
	}
	if err := s.ensureIDIndexes(ctx); err != nil {
		_ = s.Close(context.Background())
		return nil, err
	}
	if s.embedded != nil {
		s.restoreCaches(ctx, cfg.Logger)
	}
	s.repairAtStart(ctx, cfg.Logger)
	return s, nil
}

// repairAtStart finishes the changes that processes left half done (see
// RepairChanges): in embedded mode all of them, because the data folder's
// lock shows that no other process works on them; against a server those
// older than ChangeLease. A failure is logged, not fatal: the periodic
// repair tries again.
func (s *Store) repairAtStart(ctx context.Context, log zerolog.Logger) {
	cutoff := time.Now().Add(-ChangeLease)
	if s.Embedded() {
		cutoff = time.Now().Add(time.Hour)
	}
	n, err := s.RepairChanges(ctx, cutoff)
	if err != nil {
		log.Error().Err(err).Msg("finishing the changes left by a stopped process failed")
	} else if n > 0 {
		log.Warn().Int("changes", n).Msg("finished the changes left by a stopped process")
	}
}

func (s *Store) connect(ctx context.Context, uri string, cfg Config) error {
	opts := options.Client().ApplyURI(uri).SetServerSelectionTimeout(10 * time.Second)
	if cfg.OnError != nil {
		opts.SetMonitor(commandMonitor(cfg.OnError)).SetServerMonitor(serverMonitor(cfg.OnError))
	}
	if cfg.monitor != nil {
		opts.SetMonitor(cfg.monitor)
	}
	client, err := mongo.Connect(opts)
	if err != nil {
		return wrap(KindUnavailable, "connect", err)
	}
	if err := client.Ping(ctx, nil); err != nil {
		_ = client.Disconnect(context.Background())
		return wrap(KindUnavailable, "connect", fmt.Errorf("ping: %w", err))
	}
	s.client = client
	s.db = client.Database(cfg.Database)
	return nil
}

// Ping checks that the database answers; it fails with KindUnavailable.
func (s *Store) Ping(ctx context.Context) error {
	return wrap(KindUnavailable, "ping", s.client.Ping(ctx, nil))
}

// Embedded reports whether the store runs the in-process server.
func (s *Store) Embedded() bool { return s.embedded != nil }

// Close disconnects and stops the embedded server, writes the cache file
// (see saveCaches) and releases the data folder's lock. A write that
// comes after Close began waits for it and then fails. Calls after the
// first return the first call's result.
func (s *Store) Close(ctx context.Context) error {
	s.closeOnce.Do(func() {
		defer s.lockWrites()()
		s.closeErr = wrap(KindUnavailable, "close", s.client.Disconnect(ctx))
		if s.embedded != nil {
			s.embedded.stop(func() { s.saveCaches(s.log) })
		}
	})
	return s.closeErr
}

// stopEmbedded stops the embedded server of a store that did not open.
func (s *Store) stopEmbedded() {
	if s.embedded != nil {
		s.embedded.stop(func() {})
	}
}

// lockWrites serialises a write in embedded mode and returns the unlock
// function; against a real MongoDB it does nothing.
func (s *Store) lockWrites() func() {
	if s.writeMu == nil {
		return func() {}
	}
	s.writeMu.Lock()
	return s.writeMu.Unlock
}

// Drop removes the whole database. Tests use it to clean up after
// themselves on a shared server.
func (s *Store) Drop(ctx context.Context) error {
	return wrap(KindUnavailable, "drop", s.db.Drop(ctx))
}
