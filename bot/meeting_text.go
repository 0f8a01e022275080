package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(meetingDE, meetingEN)
	i18n.RegisterPlural(meetingPluralDE, meetingPluralEN)
}

// meetingDE holds the German sentences of meetings and attendance.
var meetingDE = map[string]string{
	"usage.meeting_log": "sitzung erfassen <Gremium> [datum:…] anwesend:<Akteur, Akteur, …> [notiz:…] – Sitzung mit Anwesenheit erfassen (Mitglieder: nur eigene Gremien, bei eigener Teilnahme)",
	"usage.meetings":    "sitzungen <Gremium> [seite:N] – Sitzungen eines Gremiums mit Anwesenheitsquote, neueste zuerst",

	"usage.meeting_show":   "sitzung zeige <Kurz-ID> – Datum, Gremium, Anwesenheit und Notiz einer Sitzung (koordinierende Stelle)",
	"usage.meeting_edit":   "sitzung ändern <Kurz-ID> [datum:…] [anwesend:<Akteur, Akteur, …>] [notiz:…|-] – eine erfasste Sitzung berichtigen (koordinierende Stelle)",
	"usage.meeting_delete": "sitzung löschen <Kurz-ID> – eine irrtümlich erfasste Sitzung löschen (koordinierende Stelle)",

	"meeting.field.committee":  "Gremium",
	"meeting.field.present":    "Anwesend",
	"meeting.field.attendance": "Anwesenheit",
	"meeting.field.logged":     "Erfasst",

	"err.meeting_present_erased": "„%s“: Die Daten dieser Person wurden gelöscht; sie kann nicht als anwesend eingetragen werden.",
	"err.meeting_ref_missing":    "Bitte geben Sie die Kurz-ID der Sitzung an (siehe „sitzungen <Gremium>“).",
	"err.meeting_not_found":      "Es gibt keine Sitzung mit der Kurz-ID „%s“. Die Kurz-IDs zeigt „sitzungen <Gremium>“.",
	"err.meeting_edit_nothing":   "Bitte geben Sie an, was sich ändern soll: datum:…, anwesend:… oder notiz:… (notiz:- leert die Notiz).",

	"meeting.show_title":        "Sitzung %s",
	"meeting.logged_by":         "von %s am %s",
	"meeting.unchanged":         "An der Sitzung %s hat sich nichts geändert.",
	"meeting.edited":            "Die Sitzung %s wurde berichtigt.",
	"meeting.deleted":           "Die Sitzung %s vom %s wurde gelöscht. Der Verlauf („verlauf %[1]s“) bewahrt, was erfasst war.",
	"meeting.changed_meanwhile": "Die Sitzung %s wurde inzwischen von %s geändert. Es wurde nichts geändert; so ist sie jetzt:",
	"meeting.same_day":          "Hinweis: Für das Gremium „%s“ ist am %s bereits eine Sitzung erfasst (%s). Falls sie doppelt erfasst wurde, löschen Sie eine mit „sitzung löschen %s“.",

	"meeting.field.date":  "Datum",
	"meeting.field.notes": "Notiz",

	"err.meeting_present_missing": "Bitte geben Sie an, wer anwesend war, z. B. anwesend:s4k7,\"Eva Muster\",@Person.",
	"err.meeting_future":          "Der %s liegt in der Zukunft. Sitzungen können erst erfasst werden, wenn sie stattgefunden haben.",

	"meeting.logged":                "Die Sitzung des Gremiums „%s“ am %s wurde erfasst (Kurz-ID %s).",
	"meeting.present_members":       "Anwesende Mitglieder: %s",
	"meeting.present_guests":        "Anwesend, aber nicht Mitglied: %s",
	"meeting.none":                  "Für das Gremium „%s“ sind noch keine Sitzungen erfasst. Mit „sitzung erfassen %s anwesend:…“ erfassen Sie die erste.",
	"meeting.average":               "Anwesenheit der Mitglieder über alle Sitzungen: %s",
	"meeting.attendance_no_members": "%d anwesend, das Gremium hatte keine Mitglieder",
	"meeting.guests":                "Gäste: %d",
}

// meetingEN holds the English sentences of meetings and attendance.
var meetingEN = map[string]string{
	"usage.meeting_log": "meeting log <committee> [date:…] present:<stakeholder, stakeholder, …> [note:…] – record a meeting with attendance (members: own committees only, when present)",
	"usage.meetings":    "meetings <committee> [page:N] – a committee's meetings with attendance rate, newest first",

	"usage.meeting_show":   "meeting show <short id> – a meeting's date, committee, attendance and note (coordinators)",
	"usage.meeting_edit":   "meeting edit <short id> [date:…] [present:<stakeholder, stakeholder, …>] [note:…|-] – correct a recorded meeting (coordinators)",
	"usage.meeting_delete": "meeting delete <short id> – delete a meeting recorded by mistake (coordinators)",

	"meeting.field.committee":  "Committee",
	"meeting.field.present":    "Present",
	"meeting.field.attendance": "Attendance",
	"meeting.field.logged":     "Recorded",

	"err.meeting_present_erased": "“%s”: this person's data were erased; they cannot be marked present.",
	"err.meeting_ref_missing":    "Please give the meeting's short id (see “meetings <committee>”).",
	"err.meeting_not_found":      "There is no meeting with the short id “%s”. “meetings <committee>” shows the short ids.",
	"err.meeting_edit_nothing":   "Please say what to change: date:…, present:… or note:… (note:- empties the note).",

	"meeting.show_title":        "Meeting %s",
	"meeting.logged_by":         "by %s on %s",
	"meeting.unchanged":         "Nothing changed in meeting %s.",
	"meeting.edited":            "Meeting %s was corrected.",
	"meeting.deleted":           "Meeting %s of %s was deleted. The history (“history %[1]s”) keeps what was recorded.",
	"meeting.changed_meanwhile": "Meeting %s was changed meanwhile by %s. Nothing was changed; this is how it is now:",
	"meeting.same_day":          "Note: the committee “%s” already has a meeting recorded on %s (%s). If it was recorded twice, delete one with “meeting delete %s”.",

	"meeting.field.date":  "Date",
	"meeting.field.notes": "Note",

	"err.meeting_present_missing": "Please say who was present, e.g. present:s4k7,\"Eva Muster\",@person.",
	"err.meeting_future":          "%s is in the future. Meetings can be recorded only once they have taken place.",

	"meeting.logged":                "The meeting of the committee “%s” on %s was recorded (short id %s).",
	"meeting.present_members":       "Members present: %s",
	"meeting.present_guests":        "Present but not members: %s",
	"meeting.none":                  "No meetings recorded yet for the committee “%s”. Record the first with “meeting log %s present:…”.",
	"meeting.average":               "Attendance of members over all meetings: %s",
	"meeting.attendance_no_members": "%d present, the committee had no members",
	"meeting.guests":                "guests: %d",
}

// meetingPluralDE holds the German sentences of this feature that depend on a
// count.
var meetingPluralDE = map[string]i18n.Plural{
	"meeting.list_title": {Arg: 2, One: "%s: %d Sitzung", Other: "%s: %d Sitzungen"},
	"meeting.attendance": {Arg: 2, One: "%d von %d Mitglied anwesend (%s)", Other: "%d von %d Mitgliedern anwesend (%s)"},
}

// meetingPluralEN holds their English forms.
var meetingPluralEN = map[string]i18n.Plural{
	"meeting.list_title": {Arg: 2, One: "%s: %d meeting", Other: "%s: %d meetings"},
	"meeting.attendance": {Arg: 2, One: "%d of %d member present (%s)", Other: "%d of %d members present (%s)"},
}
