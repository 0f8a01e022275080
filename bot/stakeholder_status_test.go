package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestStakeholderConfirmAndArchive(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	paula := h.add("UMEMBER", `akteur neu "Paula Vorschlag"`)
	const needsCoordinator = "erfordert die Rolle „Koordinierende Stelle“. Es wurde nichts geändert."
	h.unchanged("UMEMBER", "akteur bestätigen "+paula, needsCoordinator)
	h.unchanged("UMEMBER", "akteur archivieren "+paula, needsCoordinator)

	h.expect(coord, "akteur bestätigen paula vorschlag", "Akteur „Paula Vorschlag“ ist jetzt bestätigt.")
	if s := h.stakeholder(paula); s.Status != storage.StatusConfirmed || !s.UpdatedAt.Equal(now) {
		t.Fatalf("after confirm %+v", s)
	}
	a := h.auditOf("stakeholder", paula)
	if len(a) != 2 || a[1].Action != "stakeholder.confirm" || a[1].Actor != coord || changes(a[1]) != "status: proposed → confirmed" {
		t.Fatalf("audit %+v", a)
	}
	h.unchanged(coord, "stakeholder confirm "+paula, "Akteur „Paula Vorschlag“ ist bereits bestätigt. Es wurde nichts geändert.")

	h.expect(coord, "akteur archivieren "+paula, "Akteur „Paula Vorschlag“ wurde archiviert", "status:archiviert")
	if s := h.stakeholder(paula); s.Status != storage.StatusArchived {
		t.Fatalf("after archive %+v", s)
	}
	a = h.auditOf("stakeholder", paula)
	if len(a) != 3 || a[2].Action != "stakeholder.archive" || changes(a[2]) != "status: confirmed → archived" {
		t.Fatalf("audit %+v", a)
	}
	h.unchanged(coord, "stakeholder archive "+paula, "ist bereits archiviert. Es wurde nichts geändert.")
	h.expect(coord, "akteur liste", "noch keine Akteure erfasst")
	h.expect(coord, "akteur liste status:archiviert", "1 Akteur", "Paula Vorschlag")
	h.expect(coord, "akteur zeige "+paula, "Status: archiviert")

	h.expect(coord, "akteur bestätigen "+paula, "Akteur „Paula Vorschlag“ war archiviert und ist jetzt wieder bestätigt.")
	if a := h.auditOf("stakeholder", paula); changes(a[len(a)-1]) != "status: archived → confirmed" {
		t.Fatalf("audit %+v", a)
	}
	h.unchanged(coord, "akteur bestätigen Niemand", "Es gibt keinen Akteur „Niemand“")
	h.unchanged(coord, "akteur archivieren", "welchen Akteur Sie meinen")
}

func TestStakeholderListFilters(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, _ := registerFixture(h)
	h.do(admin, `akteur ändern `+eva+` themen:Sprache,Übergänge rolle:Fachbereichsleitung`)
	h.do(admin, `akteur ändern `+bernd+` themen:Ganztag`)
	h.add("UMEMBER", `akteur neu "Paula Vorschlag" org:"VHS Darmstadt" themen:sprache`)
	old := h.add(admin, `akteur neu "Otto Alt" sektor:Schule`)
	h.do(admin, "akteur archivieren "+old)
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+bernd)
	h.add(admin, "gremium neu Leer art:arbeitsgruppe zweck:vernetzung")

	cases := []struct {
		line string
		want []string
	}{
		{"akteur liste", []string{"Bernd", "Carla", "Eva", "Paula"}},
		{"akteur liste sektor:schule", []string{"Bernd"}},
		{"akteur liste gremium:" + g, []string{"Bernd"}},
		{`akteur liste gremium:"lenkungsgruppe bildung"`, []string{"Bernd"}},
		{"akteur liste gremium:Leer", nil},
		{"akteur liste thema:SPRACHE", []string{"Eva", "Paula"}},
		{"stakeholder list topic:ganztag", []string{"Bernd"}},
		{"akteur liste entscheidung:ja", []string{"Eva"}},
		{"akteur liste entscheidung:nein", []string{"Bernd", "Carla", "Paula"}},
		{"akteur liste multiplikator:ja", []string{"Bernd"}},
		{"akteur liste status:vorgeschlagen", []string{"Paula"}},
		{"akteur liste status:bestätigt", []string{"Bernd", "Carla", "Eva"}},
		{"stakeholder list status:archived", []string{"Otto"}},
		{"akteur liste status:archiviert sektor:schule", []string{"Otto"}},
		{"akteur liste vhs", []string{"Eva", "Paula"}},
		{"akteur liste VHS paula", []string{"Paula"}},
		{"akteur liste leitung", []string{"Eva"}},
		{"akteur liste übergänge", []string{"Eva"}},
		{`akteur liste "eva muster"`, []string{"Eva"}},
		{"akteur liste .*", nil},
		{"akteur liste vhs thema:sprache entscheidung:ja", []string{"Eva"}},
	}
	all := []string{"Bernd", "Carla", "Eva", "Paula", "Otto"}
	for _, c := range cases {
		out := h.do(admin, c.line)
		for _, name := range all {
			if want := slices.Contains(c.want, name); strings.Contains(out, name) != want {
				t.Errorf("%q: %s listed: %v, want %v\n%s", c.line, name, !want, want, out)
			}
		}
		if len(c.want) == 0 && !strings.Contains(out, "Kein Akteur passt zu Ihrer Suche") {
			t.Errorf("%q: %s", c.line, out)
		}
	}

	refusals := []struct{ line, want string }{
		{"akteur liste status:weg", "Für „Status“ ist „weg“ nicht zulässig. Möglich sind: vorgeschlagen, bestätigt, archiviert."},
		{"akteur liste entscheidung:vielleicht", "Für „Entscheidungsbefugnis“ ist „vielleicht“ nicht zulässig"},
		{"akteur liste multiplikator:x", "Für „Multiplikator/in“ ist „x“ nicht zulässig"},
		{"akteur liste gremium:Beirat", "Es gibt kein Gremium „Beirat“"},
		{"akteur liste sektor:Raumfahrt", "Den Bildungsbereich „Raumfahrt“ gibt es"},
		{"akteur liste org:VHS", "Das Feld „org“ gibt es hier nicht"},
	}
	for _, r := range refusals {
		h.unchanged(admin, r.line, r.want)
	}
}

func TestStakeholderListPagesWithFilter(t *testing.T) {
	h := newHarness(t)
	for i := 0; i < 30; i++ {
		h.do(admin, "akteur neu Schule"+string(rune('A'+i%26))+strings.Repeat("x", i/26)+" sektor:schule")
	}
	h.do(admin, "akteur neu Andere sektor:politik")
	h.expect(admin, "akteur liste sektor:schule", "30 Akteure", "Seite 1 von 2")
	out := h.expect(admin, "akteur liste sektor:schule seite:2", "Seite 2 von 2")
	if strings.Count(out, "•") != 5 || strings.Contains(out, "Andere") {
		t.Fatalf("page 2:\n%s", out)
	}
}
