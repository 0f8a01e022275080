package storage

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/bson"
)

// largeCommitments opens a store with 20,000 commitments in workspace T1,
// inserted in id order, with the commitments cache loaded.
func largeCommitments(b *testing.B) (*Store, *Team) {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, Config{URI: os.Getenv("TEST_MONGODB_URI"), DataDir: b.TempDir(), Database: "nwbench", Logger: zerolog.Nop()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Drop(ctx); _ = s.Close(ctx) })
	team := s.Team("T1")
	list := make([]Commitment, 20000)
	for i := range list {
		id := fmt.Sprintf("c%05d", i)
		list[i] = Commitment{ID: id, Owner: fmt.Sprintf("s%03d", i%300), Due: "2026-07-01", Status: CommitmentOpen, Text: "t"}
	}
	if err := team.InsertCommitments(ctx, list); err != nil {
		b.Fatal(err)
	}
	if _, err := team.Commitments(ctx, CommitmentFilter{}); err != nil {
		b.Fatal(err)
	}
	return s, team
}

// BenchmarkByIDLarge measures the storage layer's look-up, update and
// insert by _id on a collection of 20,000 documents, for the last row
// inserted (a scan of the table reaches it last). On the embedded server it
// runs first without the _id index (idindex=off, as FerretDB alone leaves
// the tables), then with it (idindex=on).
func BenchmarkByIDLarge(b *testing.B) {
	ctx := context.Background()
	s, team := largeCommitments(b)
	late := team.docID("c19999")
	variants := []string{"server"}
	if s.Embedded() {
		variants = []string{"idindex=off", "idindex=on"}
	}
	n := 0 // inserted so far, across variants and runs (-count)
	for _, variant := range variants {
		switch variant {
		case "idindex=off":
			dropIDIndexes(b, s)
		case "idindex=on":
			if err := s.ensureIDIndexes(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(variant+"/FindOne", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var c Commitment
				if err := team.findOne(ctx, commitments, bson.D{{Key: "_id", Value: late}}, &c); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(variant+"/UpdateOne", func(b *testing.B) {
			b.ReportAllocs()
			at := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
			for b.Loop() {
				at = at.Add(time.Second)
				if err := team.set(ctx, commitments, late, bson.D{{Key: "updated_at", Value: at}}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(variant+"/Insert", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n++
				id := fmt.Sprintf("d%05d", n)
				c := Commitment{DocID: team.docID(id), ID: id, Owner: "s001", Due: "2026-07-01", Status: CommitmentOpen, Text: "t"}
				if err := team.insert(ctx, commitments, &c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
