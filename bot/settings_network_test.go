package bot_test

import (
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestSettingsNetworkName(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.expect(admin, "einstellungen", "Name des Netzwerks: Bildungsnetzwerk (Standard)")
	h.expect(admin, "einstellungen netzwerkname", "Bitte geben Sie den Namen des Netzwerks an")
	h.expect(admin, `einstellungen netzwerkname "Bildungsnetzwerk Kreis Talheim"`, "Das Netzwerk heißt jetzt „Bildungsnetzwerk Kreis Talheim“.")
	if s := h.settings(); s.NetworkName != "Bildungsnetzwerk Kreis Talheim" {
		t.Fatalf("stored %+v", s)
	}
	h.expect(admin, "einstellungen", "Name des Netzwerks: Bildungsnetzwerk Kreis Talheim\n")
	h.expect(admin, `settings networkname "Bildungsnetzwerk Kreis Talheim"`, "ist bereits „Bildungsnetzwerk Kreis Talheim“")
	h.expect(member, `einstellungen netzwerkname "X"`, "Administrator")
	if e := h.auditOf("settings", "settings"); len(e) != 1 ||
		e[0].Changes[0] != (storage.Change{Field: "network_name", After: "Bildungsnetzwerk Kreis Talheim"}) {
		t.Fatalf("audit: %+v", e)
	}
}
