// Command ferretserver serves a standalone MongoDB-compatible server for the
// tests: FerretDB (the module the project already embeds) over PostgreSQL.
// .ci/run starts it so the whole suite also runs with TEST_MONGODB_URI
// against a server shared by several processes. FerretDB's own cmd/ferretdb
// binary cannot be used from the module proxy (it panics on a missing
// version file), so this small main serves the ferretdb package instead.
//
// Build it without the tag ferretdb_no_postgresql (the product's, see the
// Dockerfile): that tag leaves out the PostgreSQL backend this server needs.
//
// It runs until SIGINT or SIGTERM and logs FerretDB's errors to standard
// error. It is a test tool, not part of the product.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27099", "TCP address to serve the MongoDB wire protocol on")
	pgURL := flag.String("postgresql-url", "postgres://127.0.0.1:5432/ferretdb", "PostgreSQL database that stores the data")
	flag.Parse()

	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	fdb, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listen},
		Handler:       "postgresql",
		PostgreSQLURL: *pgURL,
		Logger:        log,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretserver:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Println(fdb.MongoDBURI())
	if err := fdb.Run(ctx); err != nil && ctx.Err() == nil {
		fmt.Fprintln(os.Stderr, "ferretserver:", err)
		os.Exit(1)
	}
}
