package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// RenameRefs renames the references by id in a review's snapshot, leaves
// other references and the records themselves alone, and changes nothing
// when run again.
func TestRenameRefsRenamesSnapshotReferences(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	st, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Eva Muster", Status: storage.StatusConfirmed})
	if err != nil {
		t.Fatal(err)
	}
	snapshot, err := storage.MarshalSnapshot(bson.D{
		{Key: "stakeholders", Value: bson.A{
			bson.D{{Key: "id", Value: st.ID}, {Key: "name", Value: "Eva Muster"}, {Key: "sector", Value: "Schule"}},
			bson.D{{Key: "id", Value: "sother"}, {Key: "name", Value: "Ben Beispiel"}},
		}},
		{Key: "changes", Value: bson.D{{Key: "joined", Value: bson.A{bson.D{{Key: "id", Value: st.ID}, {Key: "name", Value: "Eva M."}}}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := team.AddReview(ctx, storage.Review{Analysis: snapshot, OpenedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := team.RenameRefs(ctx, st.ID, "Gelöscht"); err != nil || n != 1 {
		t.Fatalf("renamed %d documents (%v), want 1", n, err)
	}
	got, err := team.Review(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	text := got.Analysis.String()
	if strings.Contains(text, "Eva") || strings.Count(text, "Gelöscht") != 2 || !strings.Contains(text, "Ben Beispiel") || !strings.Contains(text, "Schule") {
		t.Errorf("snapshot after renaming: %s", text)
	}
	if s, _ := team.Stakeholder(ctx, st.ID); s.Name != "Eva Muster" {
		t.Errorf("the stakeholder itself renamed to %q", s.Name)
	}
	if n, err := team.RenameRefs(ctx, st.ID, "Gelöscht"); err != nil || n != 0 {
		t.Errorf("renamed again %d documents (%v), want 0", n, err)
	}
}

// Rewrite moves a document whose _id it rewrites (an outbox message keyed
// by a Slack user id) to the new _id, where its key finds it.
func TestRewriteMovesARewrittenID(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	if _, err := team.QueueMessage(ctx, storage.OutboxMessage{Key: "r1/notice/U0EVA", RunID: "r1", Channel: "U0EVA", Text: "Hallo", CreatedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	rewrite := func(v string) string { return strings.ReplaceAll(v, "U0EVA", "erased-s1") }
	if n, err := team.Rewrite(ctx, rewrite); err != nil || n != 1 {
		t.Fatalf("rewrote %d documents (%v), want 1", n, err)
	}
	if _, err := team.OutboxMessage(ctx, "r1/notice/U0EVA"); !storage.IsNotFound(err) {
		t.Errorf("the old message is still there: %v", err)
	}
	m, err := team.OutboxMessage(ctx, "r1/notice/erased-s1")
	if err != nil || m.Channel != "erased-s1" || m.Text != "Hallo" {
		t.Errorf("moved message %+v (%v)", m, err)
	}
	if n, err := team.Rewrite(ctx, rewrite); err != nil || n != 0 {
		t.Errorf("rewrote again %d documents (%v), want 0", n, err)
	}
}
