package bot_test

import (
	"strings"
	"testing"
)

// Every value the bot shows is a value it accepts, in German and English
// and in any case; lists filter by the shown levels.
func TestLevelsInBothLanguages(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, `akteur neu "Anna Hoch" einfluss:hoch interesse:niedrig`, "wurde erfasst")
	h.expect(admin, `akteur neu "Bernd Mittel" einfluss:Mittel interesse:HIGH`, "wurde erfasst")
	h.expect(admin, `akteur neu "Cem Gering" influence:low interest:gering`, "wurde erfasst")
	got := map[string]string{}
	for _, s := range h.stakeholders() {
		got[s.Name] = s.Influence + "/" + s.Interest
	}
	if got["Anna Hoch"] != "high/low" || got["Bernd Mittel"] != "medium/high" || got["Cem Gering"] != "low/low" {
		t.Fatalf("stored levels %v", got)
	}
	h.expect(admin, `akteur zeige "Anna Hoch"`, "Einfluss: hoch", "Interesse: gering")
	h.expect(admin, `akteur ändern "Anna Hoch" einfluss:hoch`, "hat sich nichts geändert")

	list := h.expect(admin, "akteur liste einfluss:hoch interesse:niedrig", "== 1 Akteur ==", "Anna Hoch")
	if strings.Contains(list, "Bernd") || strings.Contains(list, "Cem") {
		t.Errorf("level filter let others through:\n%s", list)
	}
	list = h.expect(admin, "akteur liste interesse:gering", "== 2 Akteure ==", "Anna Hoch", "Cem Gering")
	if strings.Contains(list, "Bernd") {
		t.Errorf("interest filter let Bernd through:\n%s", list)
	}
	h.refused(admin, "akteur liste einfluss:riesig", "Für „einfluss“ ist „riesig“ nicht zulässig. Möglich sind: gering, mittel, hoch.")
	h.refused(admin, `akteur neu "Dora" interesse:huge`, "Für „interesse“ ist „huge“ nicht zulässig. Möglich sind: gering, mittel, hoch.")

	h.do(admin, "settings language en")
	h.expect(admin, `stakeholder show "Anna Hoch"`, "Influence: high", "Interest: low")
	h.expect(admin, `stakeholder edit "Anna Hoch" influence:Hoch`, "Nothing changed")
	list = h.expect(admin, "stakeholder list influence:medium interest:hoch", "== 1 stakeholder ==", "Bernd Mittel")
	if strings.Contains(list, "Anna") {
		t.Errorf("English level filter let Anna through:\n%s", list)
	}
	h.refused(admin, "stakeholder list influence:huge", "“huge” is not allowed for “influence”. Possible: low, medium, high.")
}

// The statuses, kinds and purposes a list or a card shows are accepted
// as typed, in both languages.
func TestShownEnumsAreAccepted(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, "gremium neu AG art:Arbeitsgruppe zweck:Kooperation", "angelegt")
	h.expect(admin, "gremium neu Lenkung art:steering zweck:networking", "angelegt")
	h.expect(admin, "gremium zeige AG", "Arbeitsgruppe", "Kooperation")
	h.expect(admin, "gremium archivieren AG", "archiviert")
	h.expect(admin, "gremium liste status:Archiviert", "AG")
	h.refused(admin, "gremium liste status:weg", "Möglich sind: aktiv, archiviert.")
	h.do(admin, `akteur neu "Eva Muster"`)
	h.expect(admin, "akteur liste status:Bestätigt", "Eva Muster")
	h.expect(admin, `zeitplan neu "0 9 * * 1" art:Zusagen-Übersicht`, "angelegt")
	h.refused(admin, `zeitplan neu "0 9 * * 2" art:party`, "Möglich sind: Netzwerküberprüfung, Zusagen-Übersicht.")

	h.do(admin, "settings language en")
	h.expect(admin, "committee list status:archived", "AG")
	h.expect(admin, "committee list status:archiviert", "AG")
	h.expect(admin, "stakeholder list status:confirmed", "Eva Muster")
	h.refused(admin, "committee list status:gone", "Possible: active, archived.")
	h.refused(admin, `schedule add "0 9 * * 3" kind:party`, "Possible: network-review, commitment-digest.")
}

// Committee lists filter by the kind and purpose they show.
func TestCommitteeListFiltersByShownFields(t *testing.T) {
	h := newHarness(t)
	h.do(admin, "gremium neu AG art:arbeitsgruppe zweck:kooperation")
	h.do(admin, "gremium neu Lenkung art:lenkungsgruppe zweck:vernetzung")
	list := h.expect(admin, "gremium liste art:Arbeitsgruppe", "AG · Arbeitsgruppe · Kooperation")
	if strings.Contains(list, "Lenkung ·") {
		t.Errorf("kind filter let Lenkung through:\n%s", list)
	}
	h.expect(admin, "gremium liste zweck:vernetzung", "Lenkung")
	h.expect(admin, "gremium liste art:arbeitsgruppe zweck:vernetzung", "Kein Gremium passt zu dieser Auswahl.")
	h.refused(admin, "gremium liste art:club", "Möglich sind:")
	h.do(admin, "settings language en")
	h.expect(admin, "committee list kind:steering", "Lenkung")
}
