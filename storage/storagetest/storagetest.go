// Package storagetest opens a fresh store for a test: an embedded server in
// the test's temporary folder, or, when TEST_MONGODB_URI is set, a database
// of its own on that server, dropped when the test ends.
package storagetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Open returns a fresh, empty store that is closed (and on a shared server
// dropped) when tb ends. It fails the test when the store cannot be opened.
func Open(tb testing.TB) *storage.Store {
	tb.Helper()
	return OpenIn(tb, tb.TempDir())
}

// OpenIn is Open with the embedded server's data in dir, so a test can
// reopen the same data. With TEST_MONGODB_URI set, dir only names the
// database: the same dir gives the same database.
func OpenIn(tb testing.TB, dir string) *storage.Store {
	tb.Helper()
	cfg := storage.Config{DataDir: dir, Logger: zerolog.Nop()}
	uri := os.Getenv("TEST_MONGODB_URI")
	if uri != "" {
		cfg.URI = uri
		cfg.Database = databaseFor(dir)
	}
	ctx := context.Background()
	s, err := storage.Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() {
		dropped := uri == "" || s.Drop(ctx) == nil
		if err := s.Close(ctx); err != nil {
			tb.Errorf("close store: %v", err)
		}
		if !dropped {
			dropClosed(tb, cfg)
		}
	})
	return s
}

// dropClosed drops the shared server's database of cfg through a new
// connection, for a test that closed its store itself (an outage test, say),
// so that no test database is left on the server.
func dropClosed(tb testing.TB, cfg storage.Config) {
	ctx := context.Background()
	s, err := storage.Open(ctx, cfg)
	if err != nil {
		tb.Errorf("reopen store to drop %s: %v", cfg.Database, err)
		return
	}
	if err := s.Drop(ctx); err != nil {
		tb.Errorf("drop %s: %v", cfg.Database, err)
	}
	_ = s.Close(ctx)
}

var (
	dbMu    sync.Mutex
	dbNames = map[string]string{}
)

// databaseFor gives each data folder its own random database name.
func databaseFor(dir string) string {
	dbMu.Lock()
	defer dbMu.Unlock()
	if name, ok := dbNames[dir]; ok {
		return name
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "nwtest_" + hex.EncodeToString(b)
	dbNames[dir] = name
	return name
}

// SharedServer reports whether tests run against TEST_MONGODB_URI rather
// than the embedded server.
func SharedServer() bool { return os.Getenv("TEST_MONGODB_URI") != "" }

// Replicas returns n stores on one fresh database, as n bot processes
// would use it: against TEST_MONGODB_URI n connections of their own; on the
// embedded server, which serves one process, the same store n times. Each
// is closed (and the database dropped) when tb ends.
func Replicas(tb testing.TB, n int) []*storage.Store {
	tb.Helper()
	dir := tb.TempDir()
	out := make([]*storage.Store, n)
	for i := range out {
		if i == 0 || SharedServer() {
			out[i] = OpenIn(tb, dir)
		} else {
			out[i] = out[0]
		}
	}
	return out
}

// Env returns the environment variables that make a netzwerkbot process
// use the store OpenIn(tb, dir) opens: DATA_DIR=dir on the embedded
// server, else MONGODB_URI and MONGODB_DATABASE. Open the store with
// OpenIn in the test too, so that the database is dropped at the end.
func Env(dir string) []string {
	if uri := os.Getenv("TEST_MONGODB_URI"); uri != "" {
		return []string{"MONGODB_URI=" + uri, "MONGODB_DATABASE=" + databaseFor(dir)}
	}
	return []string{"DATA_DIR=" + dir}
}
