package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(scheduleDE, scheduleEN)
	i18n.RegisterPlural(schedulePluralDE, schedulePluralEN)
}

// scheduleDE holds the German sentences of the schedule commands.
var scheduleDE = map[string]string{
	"usage.schedule_add":     "zeitplan neu \"<Cron-Ausdruck>\" art:netzwerküberprüfung|zusagen-übersicht [zeitzone:Europe/Berlin] [zeitraum:\"14 Tage\"] [kanal:#…] [gremien:a,b] [frist:\"6 Stunden\"] – Zeitplan anlegen (Administrator/in)",
	"usage.schedule_list":    "zeitplan liste – alle Zeitpläne mit den nächsten Terminen, dem letzten Lauf und verpassten Terminen (Administrator/in)",
	"usage.schedule_preview": "zeitplan vorschau \"<Cron-Ausdruck>\" [zeitzone:…] – die nächsten fünf Termine anzeigen",
	"usage.schedule_pause":   "zeitplan pausieren <ID> – Zeitplan anhalten (Administrator/in)",
	"usage.schedule_resume":  "zeitplan fortsetzen <ID> – angehaltenen Zeitplan wieder aufnehmen (Administrator/in)",
	"usage.schedule_remove":  "zeitplan löschen <ID> – Zeitplan entfernen (Administrator/in)",
	"usage.schedule_run":     "zeitplan ausführen <ID> – jetzt einmal ausführen (Administrator/in)",

	"err.schedule_spec_missing": "Bitte geben Sie den Zeitplan als Cron-Ausdruck in Anführungszeichen an, z. B. \"0 9 * * 1\" (montags 9 Uhr) oder @monthly.",
	"err.schedule_spec":         "Der Zeitplan „%s“ ist ungültig: %s.",
	"err.schedule_zone":         "Die Zeitzone „%s“ ist ungültig: %s.",
	"err.schedule_kind_missing": "Bitte geben Sie an, was der Zeitplan auslöst, mit art:… Möglich: %s.",
	"err.bad_duration":          "„%s“ ist keine gültige Dauer für „%s“. Bitte schreiben Sie sie z. B. als \"14 Tage\", \"36 Stunden\" oder \"90 Minuten\" (höchstens %s).",
	"err.channel_unresolved":    "Der Kanal „%s“ lässt sich keinem Slack-Kanal zuordnen. Bitte wählen Sie ihn mit # aus den Vorschlägen (in der Konsole: die Kanal-ID, z. B. #C012ABC).",
	"err.schedule_ref_missing":  "Bitte geben Sie die ID des Zeitplans an, z. B. p4k7m. Die IDs zeigt „zeitplan liste“.",
	"err.schedule_not_found":    "Es gibt keinen Zeitplan „%s“. Die Zeitpläne zeigt „zeitplan liste“.",
	"err.schedule_duplicate":    "Einen Zeitplan mit diesem Ausdruck, dieser Art und diesem Kanal gibt es schon (ID %s). Es wurde nichts angelegt.",
	"err.schedule_too_often":    "Der Zeitplan würde alle %s eine Netzwerküberprüfung starten, jede läuft aber %s lang: die nächste begänne, bevor die vorige endet. Bitte wählen Sie einen selteneren Zeitplan oder einen kürzeren zeitraum:… Es wurde nichts angelegt.",
	"err.schedule_run_twice":    "Zeitplan %s wurde in dieser Minute bereits ausgeführt oder angefordert. Es wurde nichts geändert.",

	"reason.zone_prefix":  "Eine Zeitzonen-Angabe (CRON_TZ= oder TZ=) ist im Ausdruck nicht erlaubt; die Zeitzone wird mit zeitzone:… angegeben",
	"reason.every":        "@every wird nicht unterstützt; bitte verwenden Sie einen Ausdruck mit fünf Feldern oder @hourly, @daily, @weekly, @monthly, @yearly",
	"reason.never_fires":  "Der Zeitplan würde nie ausgelöst",
	"reason.no_zone":      "Es wurde keine Zeitzone angegeben",
	"reason.local_zone":   "„Local“ ist kein Zeitzonenname; bitte verwenden Sie einen IANA-Namen wie Europe/Berlin",
	"reason.field_count":  "Der Ausdruck braucht genau %s Felder (Minute, Stunde, Tag, Monat, Wochentag), hat aber %s",
	"reason.not_number":   "„%s“ ist keine Zahl",
	"reason.out_of_range": "Ein Wert liegt außerhalb des erlaubten Bereichs (Minute 0–59, Stunde 0–23, Tag 1–31, Monat 1–12, Wochentag 0–6)",
	"reason.descriptor":   "Diese Kurzform gibt es nicht; möglich sind @hourly, @daily, @weekly, @monthly und @yearly",
	"reason.spec_other":   "Der Ausdruck lässt sich nicht lesen; er besteht aus fünf Feldern: Minute, Stunde, Tag, Monat, Wochentag, z. B. \"0 9 * * 1\"",
	"reason.unknown_zone": "Diese Zeitzone ist unbekannt; bitte verwenden Sie einen IANA-Namen wie Europe/Berlin",

	"schedule.kind.network-review":    "Netzwerküberprüfung",
	"schedule.kind.commitment-digest": "Zusagen-Übersicht",
	"schedule.status.active":          "aktiv",
	"schedule.status.paused":          "angehalten",
	"schedule.status.removed":         "gelöscht",
	"run.state.started":               "gestartet",
	"run.state.done":                  "ausgeführt",
	"run.state.failed":                "fehlgeschlagen",
	"run.state.missed":                "verpasst",
	"run.manual":                      "manuell",

	"field.schedule_spec":       "Zeitplan",
	"field.schedule_kind":       "Art",
	"field.schedule_tz":         "Zeitzone",
	"field.schedule_window":     "Zeitraum",
	"field.schedule_deadline":   "Frist für Nachholen",
	"field.schedule_channel":    "Kanal",
	"field.schedule_committees": "Gremien",
	"field.schedule_next":       "Nächste Termine",
	"field.schedule_last":       "Letzter Lauf",
	"field.schedule_missed":     "Verpasst",

	"schedule.time_layout":   "02.01.2006, 15:04 Uhr",
	"schedule.added":         "Der Zeitplan für die %s wurde angelegt (ID %s).",
	"schedule.next_runs":     "Nächste Termine: %s",
	"schedule.preview_title": "Die nächsten Termine von „%s“ (%s)",
	"schedule.none":          "Es gibt noch keine Zeitpläne. Legen Sie den ersten mit „zeitplan neu \"0 9 1 * *\" art:netzwerküberprüfung“ an.",
	"schedule.never":         "noch nie",
	"schedule.missed":        "%d, zuletzt: %s",
	"schedule.paused":        "Zeitplan %s ist angehalten.",
	"schedule.resumed":       "Zeitplan %s läuft wieder. Termine aus der Pause werden nicht nachgeholt.",
	"schedule.removed":       "Zeitplan %s wurde gelöscht.",
	"schedule.unchanged":     "Zeitplan %s ist bereits %s. Es wurde nichts geändert.",
}

// scheduleEN holds the English sentences of the schedule commands.
var scheduleEN = map[string]string{
	"usage.schedule_add":     "schedule add \"<cron spec>\" kind:network-review|commitment-digest [tz:Europe/Berlin] [window:14d] [channel:#…] [committees:a,b] [deadline:6h] – add a schedule (admins)",
	"usage.schedule_list":    "schedule list – all schedules with their next runs, last run and missed runs (admins)",
	"usage.schedule_preview": "schedule preview \"<cron spec>\" [tz:…] – show the next five runs",
	"usage.schedule_pause":   "schedule pause <id> – pause a schedule (admins)",
	"usage.schedule_resume":  "schedule resume <id> – resume a paused schedule (admins)",
	"usage.schedule_remove":  "schedule remove <id> – remove a schedule (admins)",
	"usage.schedule_run":     "schedule run <id> – run it once now (admins)",

	"err.schedule_spec_missing": "Please give the schedule as a cron spec in quotes, e.g. \"0 9 * * 1\" (Mondays at 9) or @monthly.",
	"err.schedule_spec":         "The schedule “%s” is not valid: %s.",
	"err.schedule_zone":         "The time zone “%s” is not valid: %s.",
	"err.schedule_kind_missing": "Please say what the schedule starts, with kind:… Possible: %s.",
	"err.bad_duration":          "“%s” is not a valid duration for “%s”. Please write it as e.g. \"14 days\", \"36 hours\" or \"90 minutes\" (at most %s).",
	"err.channel_unresolved":    "“%s” cannot be matched to a Slack channel. Please pick it with # from the suggestions (in the console: the channel id, e.g. #C012ABC).",
	"err.schedule_ref_missing":  "Please give the schedule's id, e.g. p4k7m. “schedule list” shows the ids.",
	"err.schedule_not_found":    "There is no schedule “%s”. “schedule list” shows them all.",
	"err.schedule_duplicate":    "There already is a schedule with this spec, kind and channel (id %s). Nothing was added.",
	"err.schedule_too_often":    "The schedule would start a network review every %s, but each runs for %s: the next would begin before the last ends. Please choose a less frequent schedule or a shorter window:… Nothing was added.",
	"err.schedule_run_twice":    "Schedule %s already ran or was requested this minute. Nothing was changed.",

	"reason.zone_prefix":  "a time zone prefix (CRON_TZ= or TZ=) is not allowed in the spec; give the zone with tz:…",
	"reason.every":        "@every is not supported; please use a 5-field spec or @hourly, @daily, @weekly, @monthly, @yearly",
	"reason.never_fires":  "the schedule would never fire",
	"reason.no_zone":      "no time zone was given",
	"reason.local_zone":   "“Local” is not a time zone name; please use an IANA name such as Europe/Berlin",
	"reason.field_count":  "the spec needs exactly %s fields (minute, hour, day, month, weekday) but has %s",
	"reason.not_number":   "“%s” is not a number",
	"reason.out_of_range": "a value is out of range (minute 0–59, hour 0–23, day 1–31, month 1–12, weekday 0–6)",
	"reason.descriptor":   "there is no such shorthand; possible are @hourly, @daily, @weekly, @monthly and @yearly",
	"reason.spec_other":   "the spec cannot be read; it has five fields: minute, hour, day, month, weekday, for example \"0 9 * * 1\"",
	"reason.unknown_zone": "this time zone is unknown; please use an IANA name such as Europe/Berlin",

	"schedule.kind.network-review":    "network review",
	"schedule.kind.commitment-digest": "commitment digest",
	"schedule.status.active":          "active",
	"schedule.status.paused":          "paused",
	"schedule.status.removed":         "removed",
	"run.state.started":               "started",
	"run.state.done":                  "done",
	"run.state.failed":                "failed",
	"run.state.missed":                "missed",
	"run.manual":                      "manual",

	"field.schedule_spec":       "Schedule",
	"field.schedule_kind":       "Kind",
	"field.schedule_tz":         "Time zone",
	"field.schedule_window":     "Window",
	"field.schedule_deadline":   "Catch-up deadline",
	"field.schedule_channel":    "Channel",
	"field.schedule_committees": "Committees",
	"field.schedule_next":       "Next runs",
	"field.schedule_last":       "Last run",
	"field.schedule_missed":     "Missed",

	"schedule.time_layout":   "Mon 2006-01-02 15:04",
	"schedule.added":         "The %s schedule was added (id %s).",
	"schedule.next_runs":     "Next runs: %s",
	"schedule.preview_title": "The next runs of “%s” (%s)",
	"schedule.none":          "No schedules yet. Add the first with “schedule add \"0 9 1 * *\" kind:network-review”.",
	"schedule.never":         "never",
	"schedule.missed":        "%d, latest: %s",
	"schedule.paused":        "Schedule %s is paused.",
	"schedule.resumed":       "Schedule %s runs again. Runs that fell into the pause are not caught up.",
	"schedule.removed":       "Schedule %s was removed.",
	"schedule.unchanged":     "Schedule %s is already %s. Nothing was changed.",
}

// schedulePluralDE holds the German sentences of this feature that depend on a
// count.
var schedulePluralDE = map[string]i18n.Plural{
	"schedule.run_requested": {Arg: 3, One: "Die %s für Zeitplan %s wird in der nächsten %d Sekunde gestartet.", Other: "Die %s für Zeitplan %s wird in den nächsten %d Sekunden gestartet."},
	"schedule.list_title":    {Arg: 1, One: "%d Zeitplan", Other: "%d Zeitpläne"},
}

// schedulePluralEN holds their English forms.
var schedulePluralEN = map[string]i18n.Plural{
	"schedule.run_requested": {Arg: 3, One: "The %s of schedule %s will start within %d second.", Other: "The %s of schedule %s will start within %d seconds."},
	"schedule.list_title":    {Arg: 1, One: "%d schedule", Other: "%d schedules"},
}
