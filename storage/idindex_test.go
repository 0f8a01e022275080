package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// openEmbedded opens the embedded store in dir; the tests here read its
// SQLite file, so they do not run against TEST_MONGODB_URI.
func openEmbedded(t testing.TB, dir string) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, Config{DataDir: dir, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close(ctx) })
	return s
}

// sqliteOf opens the store's SQLite file.
func sqliteOf(t testing.TB, s *Store) *sql.DB {
	t.Helper()
	db, err := s.embedded.openSQLite(s.db.Name())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// tableOf returns the SQLite table of collection coll.
func tableOf(t testing.TB, db *sql.DB, coll string) string {
	t.Helper()
	var table string
	q := "SELECT table_name FROM " + sqliteIdent(sqliteMetadataTable) + " WHERE name = ?"
	if err := db.QueryRow(q, coll).Scan(&table); err != nil {
		t.Fatalf("table of %s: %v", coll, err)
	}
	return table
}

// queryPlan returns SQLite's plan for q, one detail per line.
func queryPlan(t testing.TB, db *sql.DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.Query("EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, notUsed int
		var detail string
		if err := rows.Scan(&id, &parent, &notUsed, &detail); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// idStatements are the statements FerretDB v1.24.2 runs for a filter that
// is exactly {_id: v}, with %[1]s for the table: the find and the look-up
// before an update or delete (backends/sqlite collection.go, Query), the
// update of a document (UpdateAll) and the delete (DeleteAll).
var idStatements = []string{
	`SELECT _ferretdb_sjson FROM %[1]s WHERE _ferretdb_sjson->'$._id' = ?`,
	`UPDATE %[1]s SET _ferretdb_sjson = ? WHERE _ferretdb_sjson->'$._id' = ?`,
	`DELETE FROM %[1]s WHERE _ferretdb_sjson->'$._id' IN (?)`,
}

// assertIDSearch fails unless every statement FerretDB runs by _id on
// coll's table searches the _id index. The plans come from a connection of
// our own: FerretDB's explain command is no witness, because SQLite
// prepares EXPLAIN with the schema the connection last read, and
// FerretDB's connections read it again only when they run a statement.
func assertIDSearch(t *testing.T, db *sql.DB, coll string) {
	t.Helper()
	table := tableOf(t, db, coll)
	want := "SEARCH " + table + " USING INDEX " + sqliteIDIndexPrefix + table + " (<expr>=?)"
	for _, stmt := range idStatements {
		if plan := idPlan(t, db, stmt, table); plan != want {
			t.Errorf("%s: %s\nhas the plan\n%s\nwant %s", coll, stmt, plan, want)
		}
	}
}

// idPlan returns the plan of one of idStatements on table.
func idPlan(t *testing.T, db *sql.DB, stmt, table string) string {
	t.Helper()
	args := []any{`"T1/x"`}
	if strings.HasPrefix(stmt, "UPDATE") {
		args = []any{"{}", `"T1/x"`}
	}
	return queryPlan(t, db, fmt.Sprintf(stmt, sqliteIdent(table)), args...)
}

// dropIDIndexes removes the _id indexes, leaving the store as FerretDB
// alone makes it (for the comparison in tests and benchmarks).
func dropIDIndexes(t testing.TB, s *Store) {
	t.Helper()
	db := sqliteOf(t, s)
	tables, err := sqliteTables(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		if _, err := db.Exec("DROP INDEX IF EXISTS " + sqliteIdent(sqliteIDIndexPrefix+table)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEveryCollectionIsSearchedByIDEmbedded(t *testing.T) {
	s := openEmbedded(t, t.TempDir())
	ctx := context.Background()
	team := s.Team("T1")
	c, err := team.AddCommitment(ctx, Commitment{Owner: "s1", Text: "Bericht", Due: "2026-07-01", CreatedAt: time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	db := sqliteOf(t, s)
	for _, coll := range collectionNames {
		assertIDSearch(t, db, coll)
	}
	if _, err := team.Commitment(ctx, c.ID); err != nil {
		t.Errorf("find by _id: %v", err)
	}

	// Without the index, as FerretDB alone leaves the table, SQLite scans it.
	dropIDIndexes(t, s)
	table := tableOf(t, db, commitments)
	for _, stmt := range idStatements {
		if plan := idPlan(t, db, stmt, table); plan != "SCAN "+table {
			t.Errorf("without the _id index %s has the plan %q, want a scan: is the index still needed?", stmt, plan)
		}
	}
}

func TestIDIndexIsCreatedAgainOnReopenEmbedded(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s := openEmbedded(t, dir)
	// A collection the list does not know, and lost indexes.
	if _, err := s.db.Collection("extra").InsertOne(ctx, bson.D{{Key: "_id", Value: "T1/x"}}); err != nil {
		t.Fatal(err)
	}
	dropIDIndexes(t, s)
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}

	s = openEmbedded(t, dir)
	db := sqliteOf(t, s)
	for _, coll := range append([]string{"extra"}, collectionNames...) {
		assertIDSearch(t, db, coll)
	}
	var doc bson.M
	if err := s.db.Collection("extra").FindOne(ctx, bson.D{{Key: "_id", Value: "T1/x"}}).Decode(&doc); err != nil {
		t.Fatalf("find by _id after reopening: %v", err)
	}
}
