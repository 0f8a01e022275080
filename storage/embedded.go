package storage

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/FerretDB/FerretDB/ferretdb"
	"github.com/gofrs/flock"
	"github.com/rs/zerolog"
)

// embedded is a FerretDB server running inside this process on 127.0.0.1,
// storing its data in SQLite files under one folder that it locks.
type embedded struct {
	uri    string
	dir    string // the data folder, absolute
	lock   *flock.Flock
	cancel context.CancelFunc
	done   chan struct{}
}

// startEmbedded locks dir and starts FerretDB on a free loopback port. It
// fails with KindConflict when another process holds dir, and with
// KindUnavailable when the folder or the server cannot be set up.
func startEmbedded(ctx context.Context, dir string, log zerolog.Logger) (*embedded, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, wrap(KindUnavailable, "embedded", err)
	}
	if err := os.MkdirAll(abs, 0o750); err != nil {
		return nil, wrap(KindUnavailable, "embedded", err)
	}
	lock, err := lockDataDir(abs)
	if err != nil {
		return nil, err
	}
	fdb, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: "127.0.0.1:0"},
		Handler:   "sqlite",
		SQLiteURL: "file:" + filepath.ToSlash(abs) + "/",
		Logger:    ferretLogger(log),
	})
	if err != nil {
		_ = lock.Unlock()
		return nil, wrap(KindUnavailable, "embedded", err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	e := &embedded{dir: abs, lock: lock, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(e.done)
		_ = fdb.Run(runCtx)
	}()
	e.uri = fdb.MongoDBURI()
	return e, nil
}

// lockDataDir takes an exclusive, non-blocking lock on dir. A second process
// gets a KindConflict error naming the folder.
func lockDataDir(dir string) (*flock.Flock, error) {
	lock := flock.New(filepath.Join(dir, ".netzwerkbot.lock"))
	ok, err := lock.TryLock()
	if err != nil {
		return nil, wrap(KindUnavailable, "embedded", err)
	}
	if !ok {
		return nil, &Error{Kind: KindConflict, Op: "embedded", Err: fmt.Errorf(
			"data folder %s is in use by another netzwerkbot process; the embedded database serves one process only, several instances need MongoDB (set MONGODB_URI)", dir)}
	}
	return lock, nil
}

// stop shuts the server down, waits for it, runs then and releases the
// folder lock.
func (e *embedded) stop(then func()) {
	e.cancel()
	<-e.done
	then()
	_ = e.lock.Unlock()
}

// ferretLogger routes FerretDB's own log records into zerolog, errors only.
func ferretLogger(log zerolog.Logger) *slog.Logger {
	l := log.Level(zerolog.ErrorLevel).With().Str("component", "ferretdb").Logger()
	return slog.New(zerolog.NewSlogHandler(l))
}
