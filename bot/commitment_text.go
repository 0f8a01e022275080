package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(commitmentDE, commitmentEN)
	i18n.RegisterPlural(commitmentPluralDE, commitmentPluralEN)
}

// commitmentDE holds the German sentences of the commitment commands.
var commitmentDE = map[string]string{
	"usage.commitment_add":    "zusage <Akteur, @Person oder ich> <Maßnahme> frist:<Datum> [gremium:…] – Zusage erfassen (Mitglieder: nur eigene)",
	"usage.commitment_list":   "zusagen [meine] [offen|überfällig|in-bearbeitung|erledigt|verworfen|alle] [verantwortlich:…] [gremium:…] [fällig-vor:<Datum>] [seite:N] – Zusagen nach Frist",
	"usage.commitment_show":   "zusage zeige <Kurz-ID> – Zusage mit Verlauf anzeigen",
	"usage.commitment_start":  "zusage beginnen <Kurz-ID> [notiz:…] – Zusage in Bearbeitung nehmen",
	"usage.commitment_done":   "zusage erledigt <Kurz-ID> [notiz:…] – Zusage als erledigt vermerken",
	"usage.commitment_drop":   "zusage verwerfen <Kurz-ID> [notiz:…] – Zusage verwerfen",
	"usage.commitment_reopen": "zusage wiedereröffnen <Kurz-ID> [notiz:…] – erledigte oder verworfene Zusage wieder öffnen (koordinierende Stelle)",
	"usage.commitment_due":    "zusage frist <Kurz-ID> <Datum> [notiz:…] – Frist ändern",
	"usage.commitment_note":   "zusage notiz <Kurz-ID> <Text> – Notiz zum Verlauf hinzufügen",

	"commitment.status.open":        "offen",
	"commitment.status.in-progress": "in Bearbeitung",
	"commitment.status.done":        "erledigt",
	"commitment.status.dropped":     "verworfen",
	"commitment.overdue":            "überfällig",
	"commitment.selections":         "meine, offen, überfällig, in-bearbeitung, erledigt, verworfen, alle",

	"commitment.field.text":      "Maßnahme",
	"commitment.field.owner":     "Verantwortlich",
	"commitment.field.due":       "Frist",
	"commitment.field.status":    "Status",
	"commitment.field.committee": "Gremium",
	"commitment.field.created":   "Erfasst",
	"commitment.field.note":      "Notiz",

	"commitment.added":          "Zusage %s für %s erfasst: „%s“, fällig am %s.",
	"commitment.status_changed": "Die Zusage %s („%s“) ist jetzt %s.",
	"commitment.due_changed":    "Die Frist der Zusage %s wurde vom %s auf den %s verschoben.",
	"commitment.due_unchanged":  "Die Frist der Zusage %s ist bereits der %s. Es wurde nichts geändert.",
	"commitment.noted":          "Die Notiz zur Zusage %s wurde gespeichert.",
	"commitment.none":           "Es wurden keine passenden Zusagen gefunden.",
	"commitment.header":         "Zusage %s",
	"commitment.created_by":     "%s von @%s",
	"commitment.history":        "Verlauf",
	"commitment.event.created":  "erfasst",
	"commitment.event.status":   "Status: %s → %s",
	"commitment.event.due":      "Frist: %s → %s",
	"commitment.event.note":     "Notiz: %s",
	"commitment.event.noted":    "%s – Notiz: %s",
	"commitment.button.start":   "Beginnen",
	"commitment.button.done":    "Erledigt",
	"commitment.button.drop":    "Verwerfen",
	"commitment.button.reopen":  "Wieder öffnen",

	"err.commitment_owner_missing":   "Bitte geben Sie an, wer die Zusage übernimmt, und beschreiben Sie die Maßnahme, z. B.: zusage \"Eva Muster\" Bericht vorlegen frist:15.01.2027",
	"err.commitment_text_missing":    "Bitte beschreiben Sie die Maßnahme, die zugesagt wird, z. B.: zusage ich Bericht vorlegen frist:15.01.2027",
	"err.commitment_due_missing":     "Bitte geben Sie eine Frist an, z. B. frist:15.01.2027.",
	"err.commitment_due_past":        "Die Frist %s liegt in der Vergangenheit (heute ist der %s). Bitte wählen Sie den heutigen oder einen späteren Tag.",
	"err.commitment_no_link":         "Mit Ihrem Slack-Konto ist noch kein Akteur verknüpft. Die koordinierende Stelle kann das mit „akteur ändern <Akteur> nutzer:@%s“ nachholen.",
	"err.commitment_me_ambiguous":    "Mit Ihrem Slack-Konto sind mehrere Akteure verknüpft. Bitte geben Sie die Kurz-ID an:%s",
	"err.commitment_user_not_linked": "Mit @%[1]s ist kein Akteur verknüpft. Die koordinierende Stelle kann das mit „akteur ändern <Akteur> nutzer:@%[1]s“ nachholen.",
	"err.commitment_user_ambiguous":  "Mit @%s sind mehrere Akteure verknüpft. Bitte geben Sie die Kurz-ID an:%s",
	"err.commitment_owner_archived":  "Der Akteur „%s“ ist archiviert und kann keine neuen Zusagen übernehmen.",
	"err.commitment_ref_missing":     "Bitte geben Sie die Kurz-ID der Zusage an, z. B. c4k7m. Mit „zusagen“ sehen Sie alle offenen Zusagen.",
	"err.commitment_not_found":       "Es gibt keine Zusage „%s“. Mit „zusagen alle“ sehen Sie alle Zusagen.",
	"err.commitment_already":         "Die Zusage %s ist bereits %s. Es wurde nichts geändert.",
	"err.commitment_closed":          "Die Zusage %[1]s ist %[2]s und kann nicht mehr geändert werden. Die koordinierende Stelle kann sie mit „zusage wiedereröffnen %[1]s“ wieder öffnen.",
	"err.commitment_not_closed":      "Die Zusage %s ist %s. Wieder öffnen lassen sich nur erledigte oder verworfene Zusagen.",
	"err.commitment_changed":         "Die Zusage %[1]s wurde gerade von jemand anderem geändert. Bitte prüfen Sie sie mit „zusage zeige %[1]s“ und versuchen Sie es erneut.",
	"commitment.changed_meanwhile":   "Die Zusage %s wurde inzwischen von %s geändert; es wurde nichts geändert. So steht sie jetzt:",
	"err.commitment_date_missing":    "Bitte geben Sie die neue Frist an, z. B.: zusage frist %s 15.01.2027",
	"err.commitment_note_missing":    "Bitte geben Sie den Text der Notiz an.",
	"err.commitment_extra":           "Mit „%s“ kann ich hier nichts anfangen. Bitte geben Sie nur die Kurz-ID der Zusage an.",
	"err.commitment_unknown_filter":  "Die Auswahl „%s“ kenne ich nicht. Möglich sind: %s.",
	"err.commitment_two_filters":     "„%s“ und „%s“ lassen sich nicht zusammen verwenden. Bitte wählen Sie eines davon.",
}

// commitmentEN holds the English sentences of the commitment commands.
var commitmentEN = map[string]string{
	"usage.commitment_add":    "commit <stakeholder, @person or me> <measure> due:<date> [committee:…] – record a commitment (members: their own only)",
	"usage.commitment_list":   "commitments [mine] [open|overdue|in-progress|done|dropped|all] [owner:…] [committee:…] [due-before:<date>] [page:N] – commitments by due date",
	"usage.commitment_show":   "commitment show <short id> – show a commitment with its history",
	"usage.commitment_start":  "commitment start <short id> [note:…] – mark a commitment as in progress",
	"usage.commitment_done":   "commitment done <short id> [note:…] – mark a commitment as done",
	"usage.commitment_drop":   "commitment drop <short id> [note:…] – drop a commitment",
	"usage.commitment_reopen": "commitment reopen <short id> [note:…] – reopen a done or dropped commitment (coordinators)",
	"usage.commitment_due":    "commitment due <short id> <date> [note:…] – change the due date",
	"usage.commitment_note":   "commitment note <short id> <text> – add a note to the history",

	"commitment.status.open":        "open",
	"commitment.status.in-progress": "in progress",
	"commitment.status.done":        "done",
	"commitment.status.dropped":     "dropped",
	"commitment.overdue":            "overdue",
	"commitment.selections":         "mine, open, overdue, in-progress, done, dropped, all",

	"commitment.field.text":      "Measure",
	"commitment.field.owner":     "Owner",
	"commitment.field.due":       "Due",
	"commitment.field.status":    "Status",
	"commitment.field.committee": "Committee",
	"commitment.field.created":   "Recorded",
	"commitment.field.note":      "Note",

	"commitment.added":          "Commitment %s recorded for %s: “%s”, due %s.",
	"commitment.status_changed": "Commitment %s (“%s”) is now %s.",
	"commitment.due_changed":    "The due date of commitment %s was moved from %s to %s.",
	"commitment.due_unchanged":  "Commitment %s is already due %s. Nothing was changed.",
	"commitment.noted":          "The note on commitment %s was saved.",
	"commitment.none":           "No matching commitments were found.",
	"commitment.header":         "Commitment %s",
	"commitment.created_by":     "%s by @%s",
	"commitment.history":        "History",
	"commitment.event.created":  "recorded",
	"commitment.event.status":   "Status: %s → %s",
	"commitment.event.due":      "Due: %s → %s",
	"commitment.event.note":     "Note: %s",
	"commitment.event.noted":    "%s – note: %s",
	"commitment.button.start":   "Start",
	"commitment.button.done":    "Done",
	"commitment.button.drop":    "Drop",
	"commitment.button.reopen":  "Reopen",

	"err.commitment_owner_missing":   "Please say who takes on the commitment and describe the measure, e.g.: commit \"Eva Muster\" present the report due:2027-01-15",
	"err.commitment_text_missing":    "Please describe the measure being committed to, e.g.: commit me present the report due:2027-01-15",
	"err.commitment_due_missing":     "Please give a due date, e.g. due:2027-01-15.",
	"err.commitment_due_past":        "The due date %s is in the past (today is %s). Please choose today or a later day.",
	"err.commitment_no_link":         "No stakeholder is linked to your Slack account yet. A coordinator can link one with “stakeholder edit <stakeholder> user:@%s”.",
	"err.commitment_me_ambiguous":    "Several stakeholders are linked to your Slack account. Please give the short id:%s",
	"err.commitment_user_not_linked": "No stakeholder is linked to @%[1]s. A coordinator can link one with “stakeholder edit <stakeholder> user:@%[1]s”.",
	"err.commitment_user_ambiguous":  "Several stakeholders are linked to @%s. Please give the short id:%s",
	"err.commitment_owner_archived":  "The stakeholder “%s” is archived and cannot take on new commitments.",
	"err.commitment_ref_missing":     "Please give the commitment's short id, e.g. c4k7m. Type “commitments” to see all open commitments.",
	"err.commitment_not_found":       "There is no commitment “%s”. Type “commitments all” to see all commitments.",
	"err.commitment_already":         "Commitment %s is already %s. Nothing was changed.",
	"err.commitment_closed":          "Commitment %[1]s is %[2]s and can no longer be changed. A coordinator can reopen it with “commitment reopen %[1]s”.",
	"err.commitment_not_closed":      "Commitment %s is %s. Only done or dropped commitments can be reopened.",
	"err.commitment_changed":         "Commitment %[1]s was just changed by someone else. Please check it with “commitment show %[1]s” and try again.",
	"commitment.changed_meanwhile":   "Commitment %s was changed meanwhile by %s; nothing was changed. This is where it stands now:",
	"err.commitment_date_missing":    "Please give the new due date, e.g.: commitment due %s 2027-01-15",
	"err.commitment_note_missing":    "Please give the text of the note.",
	"err.commitment_extra":           "I cannot make sense of “%s” here. Please give only the commitment's short id.",
	"err.commitment_unknown_filter":  "I don't know the selection “%s”. Possible: %s.",
	"err.commitment_two_filters":     "“%s” and “%s” cannot be used together. Please choose one.",
}

// commitmentPluralDE holds the German sentences of this feature that depend on a
// count.
var commitmentPluralDE = map[string]i18n.Plural{
	"commitment.title.open":        {Arg: 1, One: "%d offene Zusage", Other: "%d offene Zusagen"},
	"commitment.title.overdue":     {Arg: 1, One: "%d überfällige Zusage", Other: "%d überfällige Zusagen"},
	"commitment.title.in-progress": {Arg: 1, One: "%d Zusage in Bearbeitung", Other: "%d Zusagen in Bearbeitung"},
	"commitment.title.done":        {Arg: 1, One: "%d erledigte Zusage", Other: "%d erledigte Zusagen"},
	"commitment.title.dropped":     {Arg: 1, One: "%d verworfene Zusage", Other: "%d verworfene Zusagen"},
	"commitment.title.all":         {Arg: 1, One: "%d Zusage insgesamt", Other: "%d Zusagen insgesamt"},
}

// commitmentPluralEN holds their English forms.
var commitmentPluralEN = map[string]i18n.Plural{
	"commitment.title.open":        {Arg: 1, One: "%d open commitment", Other: "%d open commitments"},
	"commitment.title.overdue":     {Arg: 1, One: "%d overdue commitment", Other: "%d overdue commitments"},
	"commitment.title.in-progress": {Arg: 1, One: "%d commitment in progress", Other: "%d commitments in progress"},
	"commitment.title.done":        {Arg: 1, One: "%d commitment done", Other: "%d commitments done"},
	"commitment.title.dropped":     {Arg: 1, One: "%d dropped commitment", Other: "%d dropped commitments"},
	"commitment.title.all":         {Arg: 1, One: "%d commitment in all", Other: "%d commitments in all"},
}
