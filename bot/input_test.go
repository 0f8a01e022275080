package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Quoted and unquoted items mix in every list value; a quoting mistake is
// refused and stores nothing.
func TestQuotedListItems(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, _ := registerFixture(h)
	aylin := h.add(admin, `akteur neu "Aylin Demir" themen:"Frühe Bildung",Sprache`)
	elif := h.add(admin, `akteur neu „Elif Yılmaz“ themen:„Frühe Bildung“, "Sprache", Übergänge`)
	for id, want := range map[string][]string{aylin: {"Frühe Bildung", "Sprache"}, elif: {"Frühe Bildung", "Sprache", "Übergänge"}} {
		if s, _ := h.team().Stakeholder(t.Context(), id); !slices.Equal(s.Topics, want) || strings.Contains(s.Name, ",") {
			t.Errorf("stored %q with topics %q, want %q", s.Name, s.Topics, want)
		}
	}

	h.do(admin, "gremium mitglieder hinzufügen "+g+` "Aylin Demir","Elif Yılmaz",`+eva)
	if got := h.memberIDs(g); !slices.Equal(got, sorted(aylin, elif, eva)) {
		t.Errorf("members %v", got)
	}
	h.expect(admin, `sitzung erfassen `+g+` anwesend:"Aylin Demir","Elif Yılmaz"`, "2 von 3 Mitgliedern anwesend")
	if m := h.meetings(g); len(m) != 1 || !slices.Equal(m[0].Present, []string{aylin, elif}) {
		t.Errorf("meeting %+v", m)
	}

	kopie := h.add(admin, `gremium neu "AG Kopie" art:arbeitsgruppe zweck:kooperation`)
	h.do(admin, "gremium mitglieder hinzufügen "+kopie+" "+bernd)
	h.do(admin, `zeitplan neu "0 9 * * 1" art:network-review gremien:`+g+`,"AG Kopie"`)
	if s, _ := h.team().Schedules(t.Context()); len(s) != 1 || !slices.Equal(s[0].Committees, []string{g, kopie}) {
		t.Errorf("schedules %+v", s)
	}

	h.refused(admin, `akteur neu "Carl Neu" themen:"Frühe Bildung"Sprache`, "Anführungszeichen stehen am Anfang und am Ende eines Eintrags")
	h.refused(admin, `akteur ändern `+aylin+` themen:"Frühe Bildung,Sprache`, "Anführungszeichen wurde nicht geschlossen")
	h.refused(admin, `akteur ändern `+aylin+` themen:Frühe"Bildung"`, "„Frühe\"Bildung\"“")
}

// Control characters are refused centrally, before any command runs.
func TestControlCharactersRefused(t *testing.T) {
	h := newHarness(t)
	for _, line := range []string{"akteur neu Eva\x00Muster", "akteur neu \"Eva\aMuster\"", "akteur neu \x1b[31mEva", "akteur neu Eva\rMuster"} {
		h.refused(admin, line, "Die Eingabe enthält ein Steuerzeichen")
	}
	h.grant(coord, storage.RoleCoordinator)
	h.expect(admin, "akteur neu \"Eva\tMuster\"", "wurde erfasst")
}

// People are found as typed: without umlauts or ß, in any case, in the
// search, the look-up by name and the attendance of a meeting.
func TestFindsPeopleAsTyped(t *testing.T) {
	h := newHarness(t)
	g := h.add(admin, `gremium neu "AG Übergänge" art:arbeitsgruppe zweck:kooperation`)
	weiss := h.add(admin, `akteur neu "Jürgen Weiß" org:"Stadt Köln"`)
	mueller := h.add(admin, `akteur neu "Anna Müller" org:Schulamt`)
	out := h.expect(admin, "akteur liste Weiss", "Jürgen Weiß")
	if strings.Contains(out, "Müller") {
		t.Errorf("Weiss found Müller:\n%s", out)
	}
	h.expect(admin, "akteur liste Muller", "Anna Müller")
	h.expect(admin, "akteur liste mueller", "Anna Müller")
	h.expect(admin, "akteur zeige anna mueller", "== Anna Müller ==")
	h.do(admin, `gremium mitglieder hinzufügen "ag uebergaenge" `+weiss+` "Anna Muller"`)
	if got := h.memberIDs(g); !slices.Equal(got, sorted(weiss, mueller)) {
		t.Errorf("members %v", got)
	}
	h.expect(admin, "sitzung erfassen "+g+" anwesend:Juergen Weiss, anna muller", "2 von 2 Mitgliedern anwesend")
}
