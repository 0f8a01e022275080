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

	"meeting.field.date":  "date",
	"meeting.field.notes": "note",

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
