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
	h.do(admin, `zeitplan neu "0 9 1 * *" art:network-review gremien:`+g+`,"AG Kopie"`)
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

// Date fields take natural phrases in both languages and every reply
// states the day understood with its weekday. Today is Friday, 15.01.2027.
func TestNaturalDates(t *testing.T) {
	h := newCommitmentHarness(t)
	for line, want := range map[string]struct{ due, text, reply string }{
		"zusage ich Bericht vorlegen frist:nächsten Freitag": {"2027-01-22", "Bericht vorlegen", "Frist: Freitag, 22.01.2027."},
		"zusage ich Protokoll frist:in 2 Wochen schreiben":   {"2027-01-29", "Protokoll schreiben", "Frist: Freitag, 29.01.2027."},
		"zusage ich Haushalt bis:Ende März":                  {"2027-03-31", "Haushalt", "Frist: Mittwoch, 31.03.2027."},
		"zusage ich Mitte April frist:Mitte April":           {"2027-04-15", "Mitte April", "Frist: Donnerstag, 15.04.2027."},
		"zusage ich Antrag frist:KW 12":                      {"2027-03-26", "Antrag", "Frist: Freitag, 26.03.2027."},
		"zusage ich Einladung frist:bis 15.3.":               {"2027-03-15", "Einladung", "Frist: Montag, 15.03.2027."},
		"zusage ich Raum frist:morgen":                       {"2027-01-16", "Raum", "Frist: Samstag, 16.01.2027."},
		"zusage ich Liste frist:übermorgen":                  {"2027-01-17", "Liste", "Frist: Sonntag, 17.01.2027."},
		"zusage ich Anruf frist:heute":                       {"2027-01-15", "Anruf", "Frist: Freitag, 15.01.2027."},
		"zusage ich Notiz frist:Montag":                      {"2027-01-18", "Notiz", "Frist: Montag, 18.01.2027."},
		"zusage ich Entwurf frist:Ende nächster Woche":       {"2027-01-22", "Entwurf", "Frist: Freitag, 22.01.2027."},
	} {
		before := len(h.commitments())
		h.expect(eva, line, want.reply)
		list := h.commitments()
		if len(list) != before+1 {
			t.Fatalf("%q stored nothing", line)
		}
		if !slices.ContainsFunc(list, func(c storage.Commitment) bool { return c.Due == want.due && c.Text == want.text }) {
			t.Errorf("%q: no commitment %q due %s in %+v", line, want.text, want.due, list)
		}
	}
	for line, want := range map[string]string{
		"zusage ich X frist:Freitag":         "Für „Frist“ ist „Freitag“ nicht eindeutig: Freitag, 15.01.2027 oder Freitag, 22.01.2027? Bitte schreiben Sie das gemeinte Datum aus, z. B. 22.01.2027.",
		"zusage ich X frist:letzten Freitag": "Für „Frist“ weist „letzten Freitag“ in die Vergangenheit (Freitag, 08.01.2027). Wenn das gemeint ist, schreiben Sie bitte das Datum aus: 08.01.2027.",
		"zusage ich X frist:10.1.":           "Für „Frist“ ist „10.1.“ nicht eindeutig: Sonntag, 10.01.2027 oder Montag, 10.01.2028?",
		"zusage ich X frist:bald":            "Für „Frist“ ist „bald“ kein gültiges Datum",
	} {
		h.refused(eva, line, want)
	}
	id := h.commitments()[0].ID
	h.expect(eva, "zusage frist "+id+" in 3 Wochen wegen der Ferien", "Frist: Freitag, 05.02.2027.")
	if c := h.get(id); c.Due != "2027-02-05" {
		t.Errorf("due %s", c.Due)
	}
	h.expect(eva, "zusagen meine fällig-vor:Ende Januar", "6 offene Zusagen · fällig vor Sonntag, 31.01.2027")

	g := h.ids["Lenkungsgruppe"]
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+h.ids["Eva"])
	h.expect(admin, "sitzung erfassen "+g+" datum:letzten Dienstag anwesend:"+h.ids["Eva"], "am Dienstag, 12.01.2027 wurde erfasst")
	h.expect(admin, "sitzung erfassen "+g+" datum:Mittwoch anwesend:"+h.ids["Eva"], "am Mittwoch, 13.01.2027 wurde erfasst")

	if err := h.team().SetSettings(t.Context(), storage.Settings{}, storage.SettingsPatch{Language: new("en")}, admin, now); err != nil {
		t.Fatal(err)
	}
	for line, want := range map[string]string{
		"commit me report due:tomorrow":                                "Due: Saturday, 2027-01-16.",
		"commit me report due:next Friday":                             "Due: Friday, 2027-01-22.",
		"commit me report due:in 2 weeks":                              "Due: Friday, 2027-01-29.",
		"commit me report due:end of March":                            "Due: Wednesday, 2027-03-31.",
		"commit me report due:\"week 12\"":                             "Due: Friday, 2027-03-26.",
		"commit me report due:yesterday":                               "“yesterday” points to the past for “Due” (Thursday, 2027-01-14). If that is meant, please write the date out: 2027-01-14.",
		"meeting log " + g + " date:yesterday present:" + h.ids["Eva"]: "on Thursday, 2027-01-14 was recorded",
	} {
		h.expect(eva, line, want)
	}
}

// A commitment promised at an earlier meeting can be recorded with its
// passed due date; it is then overdue. Dates before 2000 or more than ten
// years ahead are refused.
func TestPastDueDates(t *testing.T) {
	h := newCommitmentHarness(t)
	c := h.add("zusage " + h.ids["Eva"] + " Rückmeldung zum Konzept frist:30.10.2026")
	if c.Due != "2026-10-30" {
		t.Fatalf("due %s", c.Due)
	}
	h.expect(admin, "zusagen überfällig", "1 überfällige Zusage", c.ID+" · Eva Muster · Rückmeldung zum Konzept · 30.10.2026 · offen ⚠ überfällig")
	h.expect(eva, "zusage frist "+c.ID+" 20.11.2026", "Frist: Freitag, 20.11.2026 – diese Frist ist bereits verstrichen, die Zusage wird als überfällig geführt.")
	h.expect(eva, "zusage frist "+c.ID+" 01.02.2027", "Frist: Montag, 01.02.2027.")
	h.refused(admin, "zusage "+h.ids["Eva"]+" Alt frist:31.12.1999", "Für „Frist“ liegt „31.12.1999“ (Freitag, 31.12.1999) vor dem Jahr 2000.")
	h.refused(admin, "zusage "+h.ids["Eva"]+" Fern frist:2037-01-16", "Für „Frist“ liegt „2037-01-16“ (Freitag, 16.01.2037) mehr als zehn Jahre in der Zukunft.")
	h.refused(eva, "zusage frist "+c.ID+" 1.1.1990", "vor dem Jahr 2000")
	h.expect(admin, "zusage "+h.ids["Eva"]+" Grenze frist:2037-01-15", "Frist: Donnerstag, 15.01.2037.")
}
