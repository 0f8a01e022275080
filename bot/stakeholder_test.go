package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestStakeholderAddListShowEdit(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, `stakeholder add "Eva Muster" org:"VHS Darmstadt" sector:adult-education role:Leitung decision:yes multiplier:nein topics:Übergänge,Sprache user:<@U0EVA|eva>`,
		"Akteur „Eva Muster“ wurde erfasst")
	list := h.stakeholders()
	if len(list) != 1 {
		t.Fatalf("stored %d stakeholders", len(list))
	}
	eva := list[0]
	if eva.Org != "VHS Darmstadt" || eva.Sector != "adult-education" || !eva.DecisionMaker || eva.Multiplier ||
		eva.SlackUser != "U0EVA" || strings.Join(eva.Topics, "|") != "Übergänge|Sprache" || eva.Status != storage.StatusConfirmed || eva.CreatedBy != admin {
		t.Fatalf("stored %+v", eva)
	}

	h.expect(admin, "akteur liste", "1 Akteur", eva.ID+" · Eva Muster · VHS Darmstadt · Erwachsenenbildung", "Entscheidungsträger/in")
	h.expect(admin, "akteur zeige eva muster", "== Eva Muster ==", "Funktion: Leitung", "Themen: Übergänge, Sprache", "Kurz-ID: "+eva.ID)
	h.expect(admin, "stakeholder show "+strings.ToUpper(eva.ID), "Eva Muster")
	h.expect(admin, "stakeholder show <@U0EVA>", "Eva Muster")

	h.expect(admin, "stakeholder edit "+eva.ID+" sector:Schule multiplier:ja", "Bildungsbereich: Erwachsenenbildung → Schule", "Multiplikator/in: nein → ja")
	got, _ := h.store.Team(team).Stakeholder(context.Background(), eva.ID)
	if got.Sector != "school" || !got.Multiplier || got.Org != "VHS Darmstadt" {
		t.Fatalf("after edit: %+v", got)
	}
	entries, _ := h.store.Team(team).AuditFor(context.Background(), "stakeholder", eva.ID)
	if len(entries) != 2 || entries[1].Action != "stakeholder.edit" || entries[1].Actor != admin || len(entries[1].Changes) != 2 {
		t.Fatalf("audit: %+v", entries)
	}
	h.expect(admin, "stakeholder edit "+eva.ID+" sector:school", "hat sich nichts geändert")
}

func TestStakeholderEnglishAndSectorFilter(t *testing.T) {
	h := newHarness(t)
	h.do(admin, `stakeholder add "Anna Schule" sector:school`)
	h.do(admin, `stakeholder add "Bernd Verwaltung" sector:administration`)
	out := h.expect(admin, "stakeholder list sector:school", "Anna Schule")
	if strings.Contains(out, "Bernd") {
		t.Fatalf("sector filter let Bernd through:\n%s", out)
	}
}

func TestMemberProposes(t *testing.T) {
	h := newHarness(t)
	h.expect("UMEMBER", `akteur neu "Paula Vorschlag"`, "vorgeschlagen")
	if s := h.stakeholders(); len(s) != 1 || s[0].Status != storage.StatusProposed {
		t.Fatalf("member's stakeholder: %+v", s)
	}
	h.refused("UMEMBER", "akteur ändern Paula org:X", "erfordert die Rolle „Koordinierende Stelle“")
}

func TestStakeholderRefusals(t *testing.T) {
	h := newHarness(t)
	h.do(admin, `stakeholder add "Eva Muster" org:A`)
	h.do(admin, `stakeholder add "eva muster" org:B`)
	long := strings.Repeat("x", 201)
	cases := []struct{ line, want string }{
		{"stakholder list", "Meinten Sie „akteur“?"},
		{"frobnicate", "Den Befehl „frobnicate“ kenne ich nicht"},
		{"stakeholder", "Möglich sind: ändern, archivieren, bestätigen, liste, neu, raster, zeige"},
		{"stakeholder add", "Bitte geben Sie einen Namen an"},
		{"stakeholder add " + long, "höchstens 200 Zeichen"},
		{`stakeholder add X colour:blue`, "Das Feld „colour“ gibt es hier nicht"},
		{`stakeholder add X sector:Raumfahrt`, "Den Bildungsbereich „Raumfahrt“ gibt es"},
		{`stakeholder add X decision:vielleicht`, "„ja“ oder „nein“"},
		{`stakeholder add X influence:huge`, "Möglich sind: gering, mittel, hoch"},
		{`stakeholder add X email:kein-mail`, "keine gültige E-Mail-Adresse"},
		{`stakeholder add X user:@eva`, "lässt sich keiner Slack-Person zuordnen"},
		{`stakeholder add X org:A org:B`, "mehrfach angegeben"},
		{`stakeholder add "X`, "Anführungszeichen wurde nicht geschlossen"},
		{"stakeholder show Eva Muster", "passt auf mehrere Akteure"},
		{"stakeholder show Niemand", "Es gibt keinen Akteur „Niemand“"},
		{"stakeholder show", "welchen Akteur Sie meinen"},
		{"stakeholder edit Niemand org:X", "Es gibt keinen Akteur"},
		{"stakeholder edit Eva Muster org:X", "passt auf mehrere Akteure"},
		{"stakeholder edit Eva Muster", "was geändert werden soll"},
		{"stakeholder list page:0", "keine gültige Seitenzahl"},
	}
	for _, c := range cases {
		h.refused(admin, c.line, c.want)
	}
}

func TestListPages(t *testing.T) {
	h := newHarness(t)
	for i := 0; i < 30; i++ {
		h.do(admin, "stakeholder add Person"+string(rune('A'+i%26))+strings.Repeat("x", i/26))
	}
	h.expect(admin, "stakeholder list", "30 Akteure", "Seite 1 von 2", "seite:2")
	out := h.expect(admin, "stakeholder list seite:2", "Seite 2 von 2")
	if strings.Count(out, "•") != 5 {
		t.Fatalf("page 2 has %d entries:\n%s", strings.Count(out, "•"), out)
	}
}

func TestWorkspaceLanguageAndPrefix(t *testing.T) {
	h := newHarness(t)
	if err := h.store.Team(team).SetSettings(context.Background(), storage.Settings{}, storage.SettingsPatch{Language: new("en")}, admin, now); err != nil {
		t.Fatal(err)
	}
	h.expect(admin, "/netzwerk stakeholder add Eva", "Stakeholder “Eva” was recorded")
	h.expect(admin, "/netzwerk", "netzwerkbot – commands")
}

func TestNoInputPanics(t *testing.T) {
	h := newHarness(t)
	for _, line := range []string{"\x00", "stakeholder show \xff", "stakeholder add <@", "stakeholder edit : :", "help help help", "as", strings.Repeat("„", 1000)} {
		if out := h.do(admin, line); out == "" {
			t.Errorf("%q: empty reply", line)
		}
	}
}

func TestAddingANamesakeWarns(t *testing.T) {
	h := newHarness(t)
	if out := h.do(admin, `stakeholder add "Eva Muster" org:VHS`); strings.Contains(out, "Hinweis") {
		t.Fatalf("the first Eva Muster got a warning:\n%s", out)
	}
	first := h.stakeholders()[0]
	h.expect(admin, `akteur neu "eva muster"`, "wurde erfasst", "Hinweis: Unter diesem Namen ist bereits erfasst:", first.ID+" Eva Muster (VHS)")
	if n := len(h.stakeholders()); n != 2 {
		t.Fatalf("a namesake is a warning, not a refusal: %d stakeholders", n)
	}
}
