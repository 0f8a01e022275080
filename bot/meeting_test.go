package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestMeetingLogAndList(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	g, eva, bernd, carla := registerFixture(h)
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+eva+" "+bernd)

	h.expect(coord, `sitzung erfassen Lenkungsgruppe Bildung datum:12.01.2027 anwesend:Eva Muster, `+carla+` notiz:Haushalt besprochen`,
		"Die Sitzung des Gremiums „Lenkungsgruppe Bildung“ am Dienstag, 12.01.2027 wurde erfasst", "1 von 2 Mitgliedern anwesend (50 %), Gäste: 1",
		"Anwesende Mitglieder: Eva Muster", "Anwesend, aber nicht Mitglied: Carla Jugend")
	list := h.meetings(g)
	if len(list) != 1 {
		t.Fatalf("stored %d meetings", len(list))
	}
	m := list[0]
	if m.CommitteeID != g || m.Date != "2027-01-12" || !slices.Equal(m.Present, []string{eva, carla}) || !slices.Equal(sorted(m.Members...), sorted(eva, bernd)) ||
		m.Note != "Haushalt besprochen" || m.LoggedBy != coord || !m.LoggedAt.Equal(now) {
		t.Fatalf("stored %+v", m)
	}
	a := h.auditOf("meeting", m.ID)
	if len(a) != 1 || a[0].Action != "meeting.log" || a[0].Actor != coord ||
		changes(a[0]) != "committee:  → "+g+" Lenkungsgruppe Bildung\ndate:  → 2027-01-12\npresent:  → "+eva+" Eva Muster, "+carla+" Carla Jugend\nnotes:  → Haushalt besprochen" {
		t.Fatalf("audit %+v", a)
	}

	// Today (15.01.2027 in Berlin) is the default; membership changes later
	// do not change a logged meeting's rate.
	h.expect(admin, `meeting log `+g+` present:"Eva Muster,Bernd Beispiel"`, "am Freitag, 15.01.2027 wurde erfasst", "2 von 2 Mitgliedern anwesend (100 %)")
	h.expect(admin, "sitzung protokollieren "+g+" datum:2026-12-01 anwesend:<@U0EVA|eva>,"+bernd+","+eva, "2 von 2 Mitgliedern anwesend (100 %)")
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+carla)
	out := h.expect("UMEMBER", "sitzungen Lenkungsgruppe Bildung", "== Lenkungsgruppe Bildung: 3 Sitzungen ==",
		"Anwesenheit der Mitglieder über alle Sitzungen: 83 % (5 von 6)",
		m.ID+" · 12.01.2027 · 1 von 2 Mitgliedern anwesend (50 %), Gäste: 1 · Haushalt besprochen")
	if i, j, k := strings.Index(out, "15.01.2027"), strings.Index(out, "12.01.2027"), strings.Index(out, "01.12.2026"); !(i < j && j < k) {
		t.Fatalf("not newest first:\n%s", out)
	}
	h.expect(admin, "sitzung erfassen "+g+" anwesend:"+carla, "1 von 3 Mitgliedern anwesend (33 %)")
}

func TestMeetingDateIsTodayInWorkspaceZone(t *testing.T) {
	// 23:30 UTC on 15 January is already 16 January in Berlin.
	h := newHarnessAt(t, time.Date(2027, 1, 15, 23, 30, 0, 0, time.UTC))
	g, eva, _, _ := registerFixture(h)
	h.expect(admin, "sitzung erfassen "+g+" anwesend:"+eva, "am Samstag, 16.01.2027 wurde erfasst")
	h.expect(admin, "sitzung erfassen "+g+" datum:16.01.2027 anwesend:"+eva, "am Samstag, 16.01.2027 wurde erfasst")
	// Tomorrow in Berlin is allowed (a meeting recorded across midnight),
	// the day after is not.
	h.expect(admin, "sitzung erfassen "+g+" datum:17.01.2027 anwesend:"+eva, "am Sonntag, 17.01.2027 wurde erfasst")
	h.unchanged(admin, "sitzung erfassen "+g+" datum:18.01.2027 anwesend:"+eva, "Der Montag, 18.01.2027 liegt in der Zukunft")
	var dates []string
	for _, m := range h.meetings(g) {
		dates = append(dates, m.Date)
	}
	if !slices.Equal(dates, []string{"2027-01-17", "2027-01-16", "2027-01-16"}) {
		t.Fatalf("stored dates %v", dates)
	}
}

func TestMeetingRefusals(t *testing.T) {
	h := newHarness(t)
	g, eva, _, _ := registerFixture(h)
	h.add(admin, `akteur neu "Eva Muster" org:Jugendamt`)
	closed := h.add(admin, "gremium neu AG Alt art:arbeitsgruppe zweck:vernetzung")
	h.do(admin, "gremium archivieren "+closed)
	cases := []struct{ line, want string }{
		{"sitzung erfassen " + g + " datum:17.01.2027 anwesend:" + eva, "Der Sonntag, 17.01.2027 liegt in der Zukunft"},
		{"sitzung erfassen " + g + " datum:31.12.1999 anwesend:" + eva, "„31.12.1999“ (Freitag, 31.12.1999) vor dem Jahr 2000"},
		{"sitzung erfassen " + g + " datum:31.02.2027 anwesend:" + eva, "Für „Datum“ ist „31.02.2027“ kein gültiges Datum"},
		{"sitzung erfassen " + g + " datum:neulich anwesend:" + eva, "kein gültiges Datum"},
		{"sitzung erfassen " + g + " datum:1.1.1999 anwesend:" + eva, "vor dem Jahr 2000"},
		{"sitzung erfassen " + g, "Bitte geben Sie an, wer anwesend war"},
		{"sitzung erfassen " + g + " anwesend:", "Bitte geben Sie an, wer anwesend war"},
		{"sitzung erfassen " + g + " anwesend:" + eva + ",Niemand", "Es gibt keinen Akteur „Niemand“"},
		{"sitzung erfassen " + g + " anwesend:Eva Muster", "• " + eva + " Eva Muster"},
		{"sitzung erfassen " + g + " anwesend:" + eva + " notiz:" + strings.Repeat("x", 2001), "Der Text für „Notiz“ ist zu lang"},
		{"sitzung erfassen " + g + " anwesend:" + eva + " ort:Rathaus", "Das Feld „ort“ gibt es hier nicht. Möglich sind: datum, anwesend, notiz"},
		{"sitzung erfassen " + g + " anwesend:" + eva + " anwesend:" + eva, "mehrfach angegeben"},
		{"sitzung erfassen anwesend:" + eva, "welches Gremium Sie meinen"},
		{"sitzung erfassen Beirat anwesend:" + eva, "Es gibt kein Gremium „Beirat“"},
		{"sitzung erfassen " + closed + " anwesend:" + eva, "Das Gremium „AG Alt“ ist archiviert"},
		{"sitzungen", "welches Gremium Sie meinen"},
		{"sitzungen Beirat", "Es gibt kein Gremium „Beirat“"},
		{"sitzungen " + g + " seite:0", "keine gültige Seitenzahl"},
	}
	for _, c := range cases {
		h.unchanged(admin, c.line, c.want)
	}
	h.expect(admin, "sitzungen "+g, "Für das Gremium „Lenkungsgruppe Bildung“ sind noch keine Sitzungen erfasst")
}

func TestMeetingLogRoles(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, carla := registerFixture(h)
	other := h.add(admin, "gremium neu AG Sprache art:arbeitsgruppe zweck:vernetzung")
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+eva+" "+bernd)
	h.do(admin, "gremium mitglieder hinzufügen "+other+" "+bernd)
	const needsCoordinator = "Diese Aktion erfordert die Rolle „Koordinierende Stelle“. Es wurde nichts geändert."

	// U0EVA is linked to Eva, a member of g but not of other.
	h.unchanged("U0EVA", "sitzung erfassen "+g+" anwesend:"+bernd, needsCoordinator)
	h.unchanged("U0EVA", "sitzung erfassen "+other+" anwesend:"+bernd+","+eva, needsCoordinator)
	h.unchanged("UNOBODY", "sitzung erfassen "+g+" anwesend:"+eva, needsCoordinator)
	h.expect("U0EVA", "sitzung erfassen "+g+" anwesend:<@U0EVA>,"+carla, "1 von 2 Mitgliedern anwesend (50 %), Gäste: 1")
	if list := h.meetings(g); len(list) != 1 || list[0].LoggedBy != "U0EVA" {
		t.Fatalf("meetings %+v", list)
	}
	h.expect("UNOBODY", "sitzungen "+g, "Lenkungsgruppe Bildung: 1 Sitzung")

	// A coordinator may log any meeting, present or not.
	h.grant(coord, storage.RoleCoordinator)
	h.expect(coord, "sitzung erfassen "+other+" anwesend:"+bernd, "1 von 1 Mitglied anwesend (100 %)")
}

func TestMeetingsInEnglish(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, _ := registerFixture(h)
	if err := h.team().SetSettings(context.Background(), storage.Settings{}, storage.SettingsPatch{Language: new("en")}, admin, now); err != nil {
		t.Fatal(err)
	}
	h.do(admin, "committee members add "+g+" "+eva+" "+bernd)
	h.expect(admin, "meeting log "+g+" date:2027-01-14 present:"+eva+" note:Budget",
		"The meeting of the committee “Lenkungsgruppe Bildung” on Thursday, 2027-01-14 was recorded", "1 of 2 members present (50%)")
	h.expect(admin, "meetings "+g, "Lenkungsgruppe Bildung: 1 meeting", "Attendance of members over all meetings: 50% (1 of 2)", "2027-01-14 · 1 of 2 members present (50%) · Budget")
	h.expect(admin, "meeting log "+g+" date:2027-02-01 present:"+eva, "2027-02-01 is in the future")
	h.expect(admin, "meeting log "+g+" date:1999-12-31 present:"+eva, "is before the year 2000")
}
