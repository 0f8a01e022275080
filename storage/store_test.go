package storage_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestReopenKeepsRecordsAndIndexes(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	first := storagetest.OpenIn(t, dir)
	st, err := first.Team("T1").AddStakeholder(ctx, storage.Stakeholder{Name: "Eva Muster", CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Close(ctx); err != nil {
		t.Fatal(err)
	}
	second := storagetest.OpenIn(t, dir)
	got, err := second.Team("T1").Stakeholder(ctx, st.ID)
	if err != nil || got.Name != "Eva Muster" {
		t.Fatalf("after reopen: %+v, %v", got, err)
	}
}

func TestSecondProcessOnDataDirIsRefused(t *testing.T) {
	if storagetest.SharedServer() {
		t.Skip("the data folder lock belongs to the embedded server")
	}
	ctx := context.Background()
	dir := t.TempDir()
	storagetest.OpenIn(t, dir)
	_, err := storage.Open(ctx, storage.Config{DataDir: dir, Logger: zerolog.Nop()})
	if storage.KindOf(err) != storage.KindConflict {
		t.Fatalf("second open on %s: %v, want a conflict", dir, err)
	}
	for _, want := range []string{dir, "MongoDB"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not name %q", err, want)
		}
	}
}
