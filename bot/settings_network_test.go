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

func TestSettingsReviewCanvas(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.expect(admin, "einstellungen", "Ergebnis ins Kanal-Canvas: aus (Standard)")
	h.expect(admin, "einstellungen kanvas vielleicht", "Bitte geben Sie „an“ oder „aus“ an")
	h.expect(admin, "einstellungen kanvas an", "canvases:write")
	if s := h.settings(); !s.ReviewCanvas {
		t.Fatalf("stored %+v", s)
	}
	h.expect(admin, "einstellungen", "Ergebnis ins Kanal-Canvas: an\n")
	h.expect(admin, "settings canvas on", "ist bereits „an“")
	h.expect(admin, "settings canvas off", "nicht mehr in das Canvas")
	h.expect(member, "einstellungen kanvas an", "Administrator")
	if s := h.settings(); s.ReviewCanvas {
		t.Fatalf("stored %+v", s)
	}
}
