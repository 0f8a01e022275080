package storage_test

import (
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
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
