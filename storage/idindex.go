package storage

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	_ "modernc.org/sqlite" // the SQLite driver FerretDB uses, for the _id index
)

// The embedded FerretDB (v1.24.2, SQLite backend) keeps each collection in
// a table with one JSON column and serves a filter that is exactly {_id: v}
// with the SQL condition _ferretdb_sjson->'$._id' = ?: in finds, in the
// look-up before an update or delete, and in the UPDATE and DELETE
// statements themselves. Its unique index for _id, however, is on the
// expression _ferretdb_sjson->"_id". SQLite uses an index on an expression
// only for that very expression, so every look-up by _id scanned the whole
// table. ensureIDIndexes adds an index on the expression FerretDB queries.
// FerretDB does not know about it: it is not listed among the collection's
// indexes, and dropping the collection drops it with the table.
const (
	// sqliteMetadataTable lists each collection's table (FerretDB's
	// _ferretdb_collections).
	sqliteMetadataTable = "_ferretdb_collections"
	// sqliteIDExpr is the expression FerretDB compares the _id with
	// (metadata.IDColumn in FerretDB).
	sqliteIDExpr = "_ferretdb_sjson->'$._id'"
	// sqliteIDIndexPrefix starts the name of our index; FerretDB names its
	// own indexes "<table>_<index name>".
	sqliteIDIndexPrefix = "netzwerkbot_id_"
)

// collectionNames lists every collection of this package. On the embedded
// server Open creates them all, so that each has its _id index before its
// first document; a new collection belongs in this list. A collection
// missing here still gets the index, at the next start.
var collectionNames = []string{
	audit, commitmentEvents, commitments, committeeMembers, committees, events,
	journal, meetings, outbox, outboxAttempts, reviewClaims, reviews, roles,
	runRequests, runTakeovers, runs, schedules, settings, stakeholders, storeMeta, surveyAnswers, uniqueKeys,
}

// ensureIDIndexes creates, on the embedded server, every collection of
// collectionNames that does not exist yet and the _id index on every
// collection's table that lacks it. Against MongoDB it does nothing. It is
// idempotent; it fails with KindUnavailable when the collections or the
// SQLite file cannot be read or changed.
func (s *Store) ensureIDIndexes(ctx context.Context) error {
	if s.embedded == nil {
		return nil
	}
	existing, err := s.db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		return classify("create collections", err)
	}
	for _, name := range collectionNames {
		if slices.Contains(existing, name) {
			continue
		}
		if err := s.db.CreateCollection(ctx, name); err != nil {
			return classify("create collection "+name, err)
		}
	}
	return s.embedded.indexIDs(ctx, s.db.Name())
}

// indexIDs creates the _id index on every table of the database's SQLite
// file, all in one transaction; see ensureIDIndexes.
func (e *embedded) indexIDs(ctx context.Context, database string) error {
	db, err := e.openSQLite(database)
	if err != nil {
		return err
	}
	defer db.Close()
	tables, err := sqliteTables(ctx, db)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return wrap(KindUnavailable, "create _id indexes", err)
	}
	defer func() { _ = tx.Rollback() }() // after Commit a no-op
	for _, table := range tables {
		q := fmt.Sprintf("CREATE INDEX IF NOT EXISTS %s ON %s (%s)",
			sqliteIdent(sqliteIDIndexPrefix+table), sqliteIdent(table), sqliteIDExpr)
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return wrap(KindUnavailable, "create _id index on "+table, err)
		}
	}
	return wrap(KindUnavailable, "create _id indexes", tx.Commit())
}

// openSQLite opens the SQLite file FerretDB keeps the database in, next to
// FerretDB's own connections (SQLite serialises the writers; a busy file
// is waited for up to 10 s, as FerretDB does).
func (e *embedded) openSQLite(database string) (*sql.DB, error) {
	path := filepath.Join(e.dir, database+".sqlite")
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return nil, wrap(KindUnavailable, "open "+path, err)
	}
	return db, nil
}

// sqliteTables returns the table of every collection FerretDB knows.
func sqliteTables(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT table_name FROM "+sqliteIdent(sqliteMetadataTable))
	if err != nil {
		return nil, wrap(KindUnavailable, "list tables", err)
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, wrap(KindUnavailable, "list tables", err)
		}
		tables = append(tables, t)
	}
	return tables, wrap(KindUnavailable, "list tables", rows.Err())
}

// sqliteIdent quotes name as an SQL identifier.
func sqliteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
