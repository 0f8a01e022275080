package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// meetingFixture logs a meeting of the fixture's committee g with Eva
// present and a note, and returns the ids.
func meetingFixture(h *harness) (g, eva, bernd, carla, m string) {
	h.t.Helper()
	g, eva, bernd, carla = registerFixture(h)
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+eva+" "+bernd)
	m = h.add(admin, "sitzung erfassen "+g+" datum:12.01.2027 anwesend:"+eva+" notiz:Haushalt")
	return g, eva, bernd, carla, m
}

// meeting returns the stored meeting id, failing the test when it is gone.
func (h *harness) meeting(id string) storage.Meeting {
	h.t.Helper()
	m, err := h.team().Meeting(context.Background(), id)
	if err != nil {
		h.t.Fatalf("meeting %s: %v", id, err)
	}
	return m
}

func TestMeetingShow(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	_, _, _, carla, m := meetingFixture(h)
	h.expect(coord, "sitzung zeige "+m, "== Sitzung "+m+" ==", "Gremium: Lenkungsgruppe Bildung (", "Datum: 12.01.2027",
		"Anwesenheit: 1 von 2 Mitgliedern anwesend (50 %)", "Anwesend: Eva Muster", "Notiz: Haushalt", "Erfasst: von @UADMIN am 15.01.2027 10:30")
	h.do(admin, "sitzung ändern "+m+" anwesend:Eva Muster,"+carla+" notiz:-")
	h.expect(coord, "sitzung anzeigen "+m, "Anwesend: Eva Muster, Carla Jugend", "Anwesenheit: 1 von 2 Mitgliedern anwesend (50 %), Gäste: 1", "Notiz: –")
	h.expect(coord, "sitzung zeige mzzzz", "Es gibt keine Sitzung mit der Kurz-ID „mzzzz“")
	h.expect(coord, "sitzung zeige", "Bitte geben Sie die Kurz-ID der Sitzung an")

	h.do(admin, "einstellungen sprache englisch")
	h.expect(coord, "meeting show "+m, "== Meeting "+m+" ==", "Committee: Lenkungsgruppe Bildung (", "Date: 2027-01-12",
		"Attendance: 1 of 2 members present (50%), guests: 1", "Present: Eva Muster, Carla Jugend", "Note: –", "Recorded: by @UADMIN on 2027-01-15 10:30")
	h.expect(coord, "meeting show mzzzz", "There is no meeting with the short id “mzzzz”")
}

func TestMeetingEdit(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	g, eva, bernd, carla, m := meetingFixture(h)

	h.expect(coord, "sitzung ändern "+m+" datum:13.01.2027 anwesend:"+eva+", Bernd Beispiel notiz:Haushalt und Termine",
		"Die Sitzung "+m+" wurde berichtigt.", "Datum: 13.01.2027", "2 von 2 Mitgliedern anwesend (100 %)", "Notiz: Haushalt und Termine")
	got := h.meeting(m)
	if got.Date != "2027-01-13" || !slices.Equal(got.Present, []string{eva, bernd}) || got.Note != "Haushalt und Termine" ||
		!slices.Equal(sorted(got.Members...), sorted(eva, bernd)) || got.CommitteeID != g || got.Version != 2 {
		t.Fatalf("stored %+v", got)
	}
	a := h.auditOf("meeting", m)
	if len(a) != 2 || a[1].Action != "meeting.edit" || a[1].Actor != coord || changes(a[1]) !=
		"date: 2027-01-12 → 2027-01-13\npresent: "+eva+" Eva Muster → "+eva+" Eva Muster, "+bernd+" Bernd Beispiel\nnotes: Haushalt → Haushalt und Termine" {
		t.Fatalf("audit %+v", a)
	}
	h.expect(coord, "verlauf "+m, "• 15.01.2027 10:30 · @U0COORD · Sitzung berichtigt · Datum: 12.01.2027 → 13.01.2027; "+
		"Anwesend: Eva Muster → Eva Muster, Bernd Beispiel; Notiz: Haushalt → Haushalt und Termine")

	// Only what changes is written; the same values change nothing.
	h.unchanged(coord, "sitzung ändern "+m+" datum:13.01.2027 anwesend:"+eva+","+bernd, "An der Sitzung "+m+" hat sich nichts geändert.")
	h.expect(coord, "sitzung ändern "+m+" notiz:-", "Notiz: –")
	if got := h.meeting(m); got.Note != "" || got.Date != "2027-01-13" || len(got.Present) != 2 {
		t.Fatalf("after clearing the note %+v", got)
	}
	if a := h.auditOf("meeting", m); len(a) != 3 || changes(a[2]) != "notes: Haushalt und Termine → " {
		t.Fatalf("audit %+v", a)
	}

	cases := []struct{ line, want string }{
		{"sitzung ändern " + m, "Bitte geben Sie an, was sich ändern soll"},
		{"sitzung ändern " + m + " datum:31.12.1999", "vor dem Jahr 2000"},
		{"sitzung ändern " + m + " datum:17.01.2027", "Der Sonntag, 17.01.2027 liegt in der Zukunft"},
		{"sitzung ändern " + m + " datum:31.02.2027", "kein gültiges Datum"},
		{"sitzung ändern " + m + " anwesend:", "Bitte geben Sie an, wer anwesend war"},
		{"sitzung ändern " + m + " anwesend:Niemand", "Es gibt keinen Akteur „Niemand“"},
		{"sitzung ändern " + m + " ort:Rathaus", "Das Feld „ort“ gibt es hier nicht"},
		{"sitzung ändern mzzzz notiz:x", "Es gibt keine Sitzung mit der Kurz-ID „mzzzz“"},
		{"sitzung ändern notiz:x", "Bitte geben Sie die Kurz-ID der Sitzung an"},
	}
	for _, c := range cases {
		h.unchanged(coord, c.line, c.want)
	}
	// Tomorrow is allowed.
	h.expect(coord, "sitzung ändern "+m+" datum:16.01.2027", "Datum: 16.01.2027")

	h.do(admin, "settings language en")
	h.expect(coord, "meeting edit "+m+" date:2027-01-14 present:"+carla+" note:Budget", "Meeting "+m+" was corrected.",
		"Date: 2027-01-14", "Present: Carla Jugend", "0 of 2 members present (0%), guests: 1", "Note: Budget")
	h.unchanged(coord, "meeting edit "+m+" date:1999-12-31", "is before the year 2000")
	h.unchanged(coord, "meeting edit "+m+" date:2027-01-17", "2027-01-17 is in the future")
	h.unchanged(coord, "meeting edit "+m+" note:Budget", "Nothing changed in meeting "+m+".")
	h.unchanged(coord, "meeting edit "+m, "Please say what to change")
	h.expect(coord, "history "+m, "• 2027-01-15 10:30 · @U0COORD · Meeting corrected · Date: 2027-01-16 → 2027-01-14; "+
		"Present: Eva Muster, Bernd Beispiel → Carla Jugend; Note: – → Budget")
}

func TestMeetingDelete(t *testing.T) {
	h := newHarness(t)
	h.grant(coord, storage.RoleCoordinator)
	g, eva, _, _, m := meetingFixture(h)
	h.expect(coord, "sitzung löschen "+m, "Die Sitzung "+m+" vom 12.01.2027 wurde gelöscht.")
	if list := h.meetings(g); len(list) != 0 {
		t.Fatalf("meetings after deletion %+v", list)
	}
	a := h.auditOf("meeting", m)
	if len(a) != 2 || a[1].Action != "meeting.delete" || a[1].Actor != coord ||
		changes(a[1]) != "committee: "+g+" Lenkungsgruppe Bildung → \ndate: 2027-01-12 → \npresent: "+eva+" Eva Muster → \nnotes: Haushalt → " {
		t.Fatalf("audit %+v", a)
	}
	h.expect(coord, "verlauf "+m, "• 15.01.2027 10:30 · @U0COORD · Sitzung gelöscht · Gremium: Lenkungsgruppe Bildung; Datum: 12.01.2027; Anwesend: Eva Muster; Notiz: Haushalt")
	h.unchanged(coord, "sitzung löschen "+m, "Es gibt keine Sitzung mit der Kurz-ID „"+m+"“")
	h.expect(coord, "sitzungen "+g, "sind noch keine Sitzungen erfasst")

	other := h.add(admin, "sitzung erfassen "+g+" datum:10.01.2027 anwesend:"+eva)
	h.do(admin, "einstellungen sprache englisch")
	h.expect(coord, "meeting delete "+other, "Meeting "+other+" of 2027-01-10 was deleted.")
	h.unchanged(coord, "meeting delete "+other, "There is no meeting with the short id “"+other+"”")
	h.expect(coord, "history "+other, "• 2027-01-15 10:30 · @U0COORD · Meeting deleted · Committee: Lenkungsgruppe Bildung; Date: 2027-01-10; Present: Eva Muster")
}

func TestMeetingCorrectionsNeedACoordinator(t *testing.T) {
	h := newHarness(t)
	_, eva, _, _, m := meetingFixture(h)
	// U0EVA is linked to Eva, a member present at the meeting: still only
	// coordinators correct meetings.
	for _, user := range []string{"U0EVA", "UMEMBER"} {
		for _, line := range []string{"sitzung zeige " + m, "sitzung ändern " + m + " notiz:x", "sitzung ändern " + m + " anwesend:" + eva, "sitzung löschen " + m} {
			h.unchanged(user, line, "Diese Aktion erfordert die Rolle „Koordinierende Stelle“. Es wurde nichts geändert.")
		}
	}
	h.do(admin, "settings language en")
	h.unchanged("UMEMBER", "meeting delete "+m, "You are not allowed to do that: this action needs the role “coordinator”. Nothing was changed.")
	if a := h.auditOf("meeting", m); len(a) != 1 {
		t.Fatalf("audit %+v", a)
	}
}

func TestMeetingSameDayIsWarnedNotRefused(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, _, m := meetingFixture(h)
	out := h.expect(admin, "sitzung erfassen "+g+" datum:12.01.2027 anwesend:"+bernd, "wurde erfasst",
		"Hinweis: Für das Gremium „Lenkungsgruppe Bildung“ ist am 12.01.2027 bereits eine Sitzung erfasst ("+m+"). "+
			"Falls sie doppelt erfasst wurde, löschen Sie eine mit „sitzung löschen "+m+"“.")
	if n := len(h.meetings(g)); n != 2 {
		t.Fatalf("%d meetings stored:\n%s", n, out)
	}
	second := h.meetings(g)[0].ID
	if second == m {
		second = h.meetings(g)[1].ID
	}
	// Moving the second meeting to another day warns no more; moving the
	// first onto it does.
	if got := h.do(admin, "sitzung ändern "+second+" datum:11.01.2027"); strings.Contains(got, "Hinweis") {
		t.Fatalf("warned without reason:\n%s", got)
	}
	h.do(admin, "settings language en")
	h.expect(admin, "meeting edit "+m+" date:2027-01-11", "Meeting "+m+" was corrected.",
		"Note: the committee “Lenkungsgruppe Bildung” already has a meeting recorded on 2027-01-11 ("+second+"). "+
			"If it was recorded twice, delete one with “meeting delete "+second+"”.")
	if got := h.meeting(m); got.Date != "2027-01-11" {
		t.Fatalf("stored %+v", got)
	}
	h.expect(admin, "meeting log "+g+" date:2027-01-11 present:"+eva, "already has a meeting recorded on 2027-01-11")
	if n := len(h.meetings(g)); n != 3 {
		t.Fatalf("%d meetings stored", n)
	}
}

func TestErasedPersonIsNotPresent(t *testing.T) {
	h := newHarness(t)
	g, eva, _, carla, m := meetingFixture(h)
	earlier := h.add(admin, "sitzung erfassen "+g+" datum:05.01.2027 anwesend:"+eva+","+carla)
	h.do(admin, "datenschutz löschen "+carla+" bestätigen:ja")
	h.expect(admin, "sitzung zeige "+earlier, "Anwesend: Eva Muster, Gelöschte Person "+carla)
	h.unchanged(admin, "sitzung erfassen "+g+" anwesend:"+eva+","+carla,
		"„Gelöschte Person "+carla+"“: Die Daten dieser Person wurden gelöscht; sie kann nicht als anwesend eingetragen werden.")
	h.unchanged(admin, "sitzung ändern "+m+" anwesend:"+eva+","+carla, "Die Daten dieser Person wurden gelöscht")
	// An archived person who was not erased may still be marked present.
	h.do(admin, "akteur archivieren "+eva)
	h.expect(admin, "sitzung ändern "+m+" notiz:x", "wurde berichtigt")
	h.do(admin, "settings language en")
	h.unchanged(admin, "meeting log "+g+" present:"+carla, "“Erased person "+carla+"”: this person's data were erased; they cannot be marked present.")
	h.expect(admin, "meeting show "+earlier, "Present: Eva Muster, Erased person "+carla)
	// Correcting the note keeps the erased person among the present.
	h.expect(admin, "meeting edit "+earlier+" note:Nachtrag", "Present: Eva Muster, Erased person "+carla)
}

func TestRacingMeetingCorrectionsHaveOneWinner(t *testing.T) {
	r := newReplicas(t, 2)
	ctx := context.Background()
	r.do(admin, "gremium neu Lenkungsgruppe art:lenkungsgruppe zweck:kooperation")
	r.do(admin, `akteur neu "Eva Muster"`)
	for round := range 4 {
		r.do(admin, "sitzung erfassen Lenkungsgruppe datum:12.01.2027 anwesend:Eva Muster")
		list, _ := r.team().Meetings(ctx, "")
		if len(list) != 1 {
			t.Fatalf("round %d: %d meetings", round, len(list))
		}
		m := list[0].ID
		replies := r.race("sitzung ändern "+m+" notiz:Runde", "sitzung löschen "+m)
		done := 0
		for _, reply := range replies {
			switch {
			case strings.Contains(reply, "wurde berichtigt"), strings.Contains(reply, "wurde gelöscht"):
				done++
			case strings.Contains(reply, "wurde inzwischen von @"), strings.Contains(reply, "Es gibt keine Sitzung"):
			default:
				t.Fatalf("round %d: reply %q", round, reply)
			}
		}
		entries, _ := r.team().AuditFor(ctx, "meeting", m)
		if done == 0 || len(entries) != 1+done {
			t.Fatalf("round %d: %d changes told done, %d audit entries; replies %q", round, done, len(entries), replies)
		}
		got, err := r.team().Meeting(ctx, m)
		switch {
		case storage.IsNotFound(err):
			if last := entries[len(entries)-1]; last.Action != "meeting.delete" {
				t.Fatalf("round %d: deleted, but the last entry is %s", round, last.Action)
			}
		case err != nil:
			t.Fatal(err)
		case got.Version != len(entries) || got.Note != "Runde":
			t.Fatalf("round %d: stored %+v after %d entries", round, got, len(entries))
		}
		r.do(admin, "sitzung löschen "+m)
	}
}
