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
	caches    caches
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
	s := &Store{}
	uri := cfg.URI
	if uri == "" {
		emb, err := startEmbedded(ctx, cfg.DataDir, cfg.Logger)
		if err != nil {
			return nil, err
		}
		s.embedded = emb
		s.writeMu = &sync.Mutex{}
		s.caches = newCaches()
		uri = emb.uri
	}
	if err := s.connect(ctx, uri, cfg.Database, cfg.OnError); err != nil {
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
	return s, nil
}

func (s *Store) connect(ctx context.Context, uri, database string, onError func(Kind)) error {
	opts := options.Client().ApplyURI(uri).SetServerSelectionTimeout(10 * time.Second)
	if onError != nil {
		opts.SetMonitor(commandMonitor(onError)).SetServerMonitor(serverMonitor(onError))
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
	s.db = client.Database(database)
	return nil
}

// Ping checks that the database answers; it fails with KindUnavailable.
func (s *Store) Ping(ctx context.Context) error {
	return wrap(KindUnavailable, "ping", s.client.Ping(ctx, nil))
}

// Embedded reports whether the store runs the in-process server.
func (s *Store) Embedded() bool { return s.embedded != nil }

// Close disconnects and stops the embedded server, releasing the data
// folder's lock. Calls after the first return the first call's result.
func (s *Store) Close(ctx context.Context) error {
	s.closeOnce.Do(func() {
		s.closeErr = wrap(KindUnavailable, "close", s.client.Disconnect(ctx))
		s.stopEmbedded()
	})
	return s.closeErr
}

func (s *Store) stopEmbedded() {
	if s.embedded != nil {
		s.embedded.stop()
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
