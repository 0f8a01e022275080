package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestSettingsShowDefaults(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.expect(admin, "einstellungen", "== Einstellungen ==",
		"Sprache: Deutsch (Standard)",
		"Zeitzone: Europe/Berlin (Standard)",
		"Bildungsbereiche: Schule, Frühkindliche Bildung, Erwachsenenbildung,",
		"Wirksamkeitsdimensionen: Strategische Ausrichtung, Arbeitsweise, Beteiligung, Ergebnisse und Wirkung (Standard)")
}

func TestSettingsLanguageSwitchesReplies(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.expect(admin, "einstellungen sprache englisch", "The bot now answers in English in this workspace.")
	if s := h.settings(); s.Language != "en" || s.UpdatedBy != admin || !s.UpdatedAt.Equal(now) {
		t.Fatalf("stored %+v", s)
	}
	h.expect(member, "help", "netzwerkbot – commands")
	h.expect(admin, "settings", "Language: English", "Time zone: Europe/Berlin (default)")
	h.expect(admin, "settings language en", "The setting “Language” already is “English”; nothing was changed.")
	h.expect(admin, "settings language Deutsch", "Der Bot antwortet in diesem Arbeitsbereich jetzt auf Deutsch.")
	entries := h.auditOf("settings", "settings")
	if len(entries) != 2 || entries[0].Action != "settings.edit" ||
		entries[0].Changes[0] != (storage.Change{Field: "language", Before: "de", After: "en"}) ||
		entries[1].Changes[0] != (storage.Change{Field: "language", Before: "en", After: "de"}) {
		t.Fatalf("audit: %+v", entries)
	}
}

func TestSettingsTimezoneChangesShownTimes(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.do(admin, `stakeholder add "Eva Muster"`)
	h.expect(admin, "verlauf Eva Muster", "• 15.01.2027 10:30 · @UADMIN · Akteur erfasst")
	h.expect(admin, "einstellungen zeitzone America/New_York", "Die Zeitzone ist jetzt America/New_York; dort ist es 15.01.2027 04:30.")
	if s := h.settings(); s.Timezone != "America/New_York" {
		t.Fatalf("stored %+v", s)
	}
	h.expect(admin, "verlauf Eva Muster", "• 15.01.2027 04:30 · @UADMIN · Akteur erfasst")
	h.expect(admin, "settings", "Zeitzone: America/New_York\n")
	h.expect(admin, "settings timezone America/New_York", "Die Einstellung „Zeitzone“ ist bereits „America/New_York“")
	if e := h.auditOf("settings", "settings"); len(e) != 1 || e[0].Changes[0].Before != "Europe/Berlin" {
		t.Fatalf("audit: %+v", e)
	}
}

func TestSettingsSectors(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.expect(admin, "einstellungen sektoren hinzufügen Kulturelle Bildung, Sport",
		"Zu den Bildungsbereichen hinzugefügt: Kulturelle Bildung, Sport.")
	s := h.settings()
	if want := append(slices.Clone(storage.DefaultSectors), "kulturelle-bildung", "sport"); !slices.Equal(s.Sectors, want) ||
		s.SectorDisplayName("kulturelle-bildung") != "Kulturelle Bildung" {
		t.Fatalf("stored %+v", s)
	}
	h.expect(admin, "stakeholder add Eva sector:kulturelle-bildung", "Akteur „Eva“ wurde erfasst")
	h.expect(admin, `stakeholder add Paul sector:"kulturelle bildung"`, "Akteur „Paul“ wurde erfasst")
	for _, st := range h.stakeholders() {
		if st.Sector != "kulturelle-bildung" {
			t.Fatalf("stakeholder %s has sector %q", st.Name, st.Sector)
		}
	}
	h.expect(admin, "einstellungen", "Erwachsenenbildung,", "Sonstiges, Kulturelle Bildung, Sport\n")

	h.refusedAdmin(admin, "einstellungen sektoren entfernen Kulturelle Bildung",
		"Der Bildungsbereich „Kulturelle Bildung“ kann nicht entfernt werden, solange ihm Akteure zugeordnet sind (derzeit 2)")
	h.refusedAdmin(admin, "settings sectors add Schule", "Den Bildungsbereich „Schule“ gibt es bereits")
	h.refusedAdmin(admin, "settings sectors add SPORT", "Den Bildungsbereich „SPORT“ gibt es bereits")
	h.refusedAdmin(admin, "settings sectors add Tanz, tanz", "Den Bildungsbereich „tanz“ gibt es bereits")
	h.refusedAdmin(admin, "settings sectors add Tanz, Schule", "Den Bildungsbereich „Schule“ gibt es bereits")
	h.refusedAdmin(admin, "settings sectors add", "Bitte geben Sie den Namen des Bildungsbereichs an")
	h.refusedAdmin(admin, "settings sectors add ---", "kein gültiger Name für einen Bildungsbereich")
	h.refusedAdmin(admin, "settings sectors add "+strings.Repeat("x", 201), "höchstens 200 Zeichen")
	h.refusedAdmin(admin, "settings sectors remove Raumfahrt", "Den Bildungsbereich „Raumfahrt“ gibt es in diesem Netzwerk nicht")
	h.refusedAdmin(admin, "settings sectors", "Möglich sind: add, remove")

	// Names are stored as typed, whatever characters they hold.
	h.expect(admin, "settings sectors add Kunst.Kultur, $where", "Zu den Bildungsbereichen hinzugefügt: Kunst.Kultur, $where.")
	h.expect(admin, "stakeholder edit Paul sector:kunst.kultur", "Bildungsbereich: Kulturelle Bildung → Kunst.Kultur")
	h.expect(admin, "settings sectors remove $where", "Aus den Bildungsbereichen entfernt: $where.")

	h.expect(admin, "settings sectors remove Sport, Politik", "Aus den Bildungsbereichen entfernt: Sport, Politik.")
	s = h.settings()
	if slices.Contains(s.Sectors, "sport") || slices.Contains(s.Sectors, "politics") || s.SectorDisplayName("sport") != "" {
		t.Fatalf("after remove: %+v", s)
	}
	h.refused(admin, "stakeholder add Greta sector:politics", "Den Bildungsbereich „politics“ gibt es")
	// The name of a removed default sector brings the default back.
	h.expect(admin, "settings sectors add politik", "Zu den Bildungsbereichen hinzugefügt: Politik.")
	if s := h.settings(); !slices.Contains(s.Sectors, "politics") || s.SectorDisplayName("politics") != "" || len(s.SectorNames) != 2 {
		t.Fatalf("after re-adding Politik: %+v", s)
	}

	entries := h.auditOf("settings", "settings")
	if len(entries) != 5 || entries[0].Action != "settings.sectors_add" || entries[0].Changes[0].After != "Kulturelle Bildung, Sport" ||
		entries[3].Action != "settings.sectors_remove" || entries[3].Changes[0].Before != "Sport, Politik" {
		t.Fatalf("audit: %+v", entries)
	}
}

func TestSettingsRemovingEverySectorIsRefused(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.refusedAdmin(admin, "settings sectors remove "+strings.Join(storage.DefaultSectors, ", "),
		"Der letzte Bildungsbereich kann nicht entfernt werden")
}

func TestSettingsDimensions(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.refusedAdmin(admin, "einstellungen dimensionen Beteiligung, Arbeitsweise, Wirkung", "Bitte nennen Sie 4 bis 6 Wirksamkeitsdimensionen")
	h.refusedAdmin(admin, "einstellungen dimensionen A, B, C, D, E, F, G", "(angegeben: 7)")
	h.refusedAdmin(admin, "einstellungen dimensionen Beteiligung Arbeitsweise Wirkung Verstetigung", "(angegeben: 1)")
	h.refusedAdmin(admin, "einstellungen dimensionen Beteiligung, participation, Wirkung, Verstetigung", "„participation“ ist doppelt angegeben")

	h.expect(admin, `einstellungen dimensionen Beteiligung, "Ergebnisse und Wirkung", Strategic alignment, "Arbeitsweise", Verstetigung`,
		"sind jetzt: Beteiligung, Ergebnisse und Wirkung, Strategische Ausrichtung, Arbeitsweise, Verstetigung.")
	want := []string{"participation", "results-and-impact", "strategic-alignment", "ways-of-working", "Verstetigung"}
	if s := h.settings(); !slices.Equal(s.Dimensions, want) {
		t.Fatalf("stored %q", s.Dimensions)
	}
	h.expect(admin, "settings", "Wirksamkeitsdimensionen: Beteiligung, Ergebnisse und Wirkung, Strategische Ausrichtung, Arbeitsweise, Verstetigung\n")
	h.do(admin, "settings language en")
	h.expect(admin, "settings", "Effectiveness dimensions: Participation, Results and impact, Strategic alignment, Ways of working, Verstetigung")
	h.expect(admin, "settings dimensions participation, results and impact, strategic alignment, ways of working, Verstetigung", "nothing was changed")

	e := h.auditOf("settings", "settings")
	if len(e) != 2 || e[0].Changes[0].Field != "dimensions" ||
		e[0].Changes[0].Before != "Strategische Ausrichtung, Arbeitsweise, Beteiligung, Ergebnisse und Wirkung" {
		t.Fatalf("audit: %+v", e)
	}
}

func TestSettingsRefusals(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.grant(coord, storage.RoleCoordinator)
	for _, user := range []string{coord, member} {
		for _, line := range []string{"settings", "settings language en", "einstellungen zeitzone UTC",
			"settings sectors add Sport", "settings sectors remove other", "settings dimensions A, B, C, D"} {
			h.refusedAdmin(user, line, "erfordert die Rolle „Administrator/in“")
		}
	}
	cases := []struct{ line, want string }{
		{"settings language fr", "Die Sprache „fr“ wird nicht unterstützt"},
		{"settings language", "Bitte geben Sie die Sprache an"},
		{"settings timezone Mars/Olympus_Mons", "„Mars/Olympus_Mons“ ist keine gültige Zeitzone"},
		{"settings timezone Local", "„Local“ ist keine gültige Zeitzone"},
		{"settings timezone ../../etc/passwd", "keine gültige Zeitzone"},
		{"settings timezone", "Bitte geben Sie eine Zeitzone an"},
		{`settings timezone ""`, "Bitte geben Sie eine Zeitzone an"},
		{"settings timezone Europe/Berlin", "ist bereits „Europe/Berlin“"},
		{"settings colour blue", "Die Einstellung „colour“ gibt es nicht"},
		{"settings language en x:y", "Das Feld „x“ gibt es hier nicht"},
	}
	for _, c := range cases {
		h.refusedAdmin(admin, c.line, c.want)
	}
	if s := h.settings(); s.Language != "" || s.Timezone != "" {
		t.Fatalf("refusals stored %+v", s)
	}
}
