package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// A workspace's zone is the one it chose; no choice, "Local" and a name
// that does not load give the fallback.
func TestSettingsLocation(t *testing.T) {
	fallback := time.FixedZone("fallback", 3600)
	for _, tt := range []struct {
		zone, want string
	}{
		{"Europe/Berlin", "Europe/Berlin"},
		{"UTC", "UTC"},
		{"", "fallback"},
		{"Local", "fallback"},
		{"Mars/Olympus", "fallback"},
	} {
		if got := (storage.Settings{Timezone: tt.zone}).Location(fallback).String(); got != tt.want {
			t.Errorf("Location(%q) = %s, want %s", tt.zone, got, tt.want)
		}
	}
}

// SetAnonymity stores k alone: it creates the settings of a workspace
// without any, keeps the other settings, and refuses k below 2.
func TestSetAnonymity(t *testing.T) {
	ctx := context.Background()
	s := storagetest.Open(t)
	tm := s.Team("T1")
	at := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	if got, _ := tm.Settings(ctx); got.AnonymityThreshold() != storage.DefaultAnonymity {
		t.Fatalf("default threshold = %d", got.AnonymityThreshold())
	}
	if err := tm.SetAnonymity(ctx, 4, "UADMIN", at); err != nil {
		t.Fatal(err)
	}
	got, err := tm.Settings(ctx)
	if err != nil || got.AnonymityThreshold() != 4 || got.UpdatedBy != "UADMIN" || !got.UpdatedAt.Equal(at) || got.Sectors != nil {
		t.Fatalf("after SetAnonymity(4): %+v %v", got, err)
	}
	got.Language = "en"
	if err := tm.SaveSettings(ctx, got); err != nil {
		t.Fatal(err)
	}
	if err := tm.SetAnonymity(ctx, 5, "UADMIN", at); err != nil {
		t.Fatal(err)
	}
	if got, _ := tm.Settings(ctx); got.Language != "en" || got.AnonymityThreshold() != 5 {
		t.Errorf("language %q, threshold %d; want en, 5", got.Language, got.AnonymityThreshold())
	}
	if err := tm.SetAnonymity(ctx, 1, "UADMIN", at); storage.KindOf(err) != storage.KindInvalid {
		t.Errorf("k = 1: %v, want KindInvalid", err)
	}
	if other, _ := s.Team("T2").Settings(ctx); other.AnonymityThreshold() != storage.DefaultAnonymity {
		t.Errorf("another workspace's threshold = %d", other.AnonymityThreshold())
	}
}
