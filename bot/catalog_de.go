package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() { i18n.Register(catalogDE, catalogEN) }

// catalogDE holds the German sentences. German is the default language;
// the register is formal ("Sie").
var catalogDE = map[string]string{

	"role.admin":       "Administrator/in",
	"role.coordinator": "Koordinierende Stelle",
	"role.member":      "Mitglied",

	"err.internal":                "Es ist ein interner Fehler aufgetreten. Bitte versuchen Sie es erneut; die Einzelheiten stehen im Protokoll.",
	"err.unavailable":             "Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.",
	"err.not_found":               "Der gesuchte Eintrag wurde nicht gefunden.",
	"err.conflict":                "Der Eintrag existiert bereits.",
	"err.invalid":                 "Die Eingabe ist ungültig.",
	"err.forbidden":               "Dazu fehlt Ihnen die Berechtigung.",
	"err.needs_role":              "Dazu fehlt Ihnen die Berechtigung: Diese Aktion erfordert die Rolle „%s“. Es wurde nichts geändert.",
	"err.unclosed_quote":          "Ein Anführungszeichen wurde nicht geschlossen. Bitte setzen Sie Namen mit Leerzeichen vollständig in Anführungszeichen, z. B. \"Eva Muster\".",
	"err.unknown_command":         "Den Befehl „%s“ kenne ich nicht. Mit „hilfe“ sehen Sie alle Befehle.",
	"err.unknown_command_suggest": "Den Befehl „%s“ kenne ich nicht. Meinten Sie „%s“? Mit „hilfe“ sehen Sie alle Befehle.",
	"err.unknown_subcommand":      "Zu „%s“ fehlt die Angabe, was geschehen soll. Möglich sind: %s.",
	"err.help_topic":              "Zu „%s“ gibt es keine Hilfe. Mit „hilfe“ sehen Sie alle Befehle.",
	"err.unknown_field":           "Das Feld „%s“ gibt es hier nicht. Möglich sind: %s.",
	"err.duplicate_field":         "Das Feld „%s“ ist mehrfach angegeben. Bitte nennen Sie jedes Feld nur einmal.",
	"err.name_missing":            "Bitte geben Sie einen Namen an.",
	"err.name_too_long":           "Der Name ist zu lang: höchstens %d Zeichen sind möglich.",
	"err.field_too_long":          "Die Angabe für „%s“ ist zu lang: höchstens %d Zeichen sind möglich.",
	"err.text_too_long":           "Der Text für „%s“ ist zu lang: höchstens %d Zeichen sind möglich.",
	"err.bad_bool":                "Für „%s“ ist „%s“ nicht zulässig. Bitte geben Sie „ja“ oder „nein“ an.",
	"err.bad_enum":                "Für „%s“ ist „%s“ nicht zulässig. Möglich sind: %s.",
	"err.bad_date":                "Für „%s“ ist „%s“ kein gültiges Datum. Bitte schreiben Sie es als 15.01.2027 oder 2027-01-15.",
	"err.bad_email":               "„%s“ ist keine gültige E-Mail-Adresse.",
	"err.user_unresolved":         "„%s“ lässt sich keiner Slack-Person zuordnen. Bitte wählen Sie die Person mit @ aus der Vorschlagsliste aus (in der Konsole: die Slack-ID, z. B. @U012ABC).",
	"err.unknown_sector":          "Den Bildungsbereich „%s“ gibt es in diesem Netzwerk nicht. Möglich sind: %s.",
	"err.ref_missing":             "Bitte geben Sie an, welchen Akteur Sie meinen (Kurz-ID, Name oder @Person).",
	"err.stakeholder_not_found":   "Es gibt keinen Akteur „%s“. Mit „akteur liste“ sehen Sie alle Akteure.",
	"err.stakeholder_ambiguous":   "„%s“ passt auf mehrere Akteure. Bitte geben Sie die Kurz-ID an:%s",
	"err.committee_ref_missing":   "Bitte geben Sie an, welches Gremium Sie meinen (Kurz-ID oder Name).",
	"err.committee_not_found":     "Es gibt kein Gremium „%s“. Mit „gremium liste“ sehen Sie alle Gremien.",
	"err.bad_page":                "„%s“ ist keine gültige Seitenzahl.",
	"err.edit_nothing":            "Bitte geben Sie an, was geändert werden soll, z. B. org:\"VHS Darmstadt\". Möglich sind: %s.",

	"help.title":  "netzwerkbot – Befehle",
	"help.intro":  "netzwerkbot führt das Akteursregister Ihres Bildungsnetzwerks und begleitet die regelmäßige Netzwerküberprüfung. Befehle können auf Deutsch oder Englisch eingegeben werden.",
	"help.footer": "Namen mit Leerzeichen setzen Sie in Anführungszeichen. Datumsangaben: 15.01.2027 oder 2027-01-15.",

	"usage.help":             "hilfe [befehl] – diese Übersicht",
	"usage.stakeholder_add":  "akteur neu <Name> [org:…] [sektor:…] [rolle:…] [entscheidung:ja|nein] [multiplikator:ja|nein] [themen:a,b] [nutzer:@…] – Akteur erfassen (Mitglieder schlagen vor)",
	"usage.stakeholder_list": "akteur liste [Suchwörter] [sektor:…] [gremium:…] [thema:…] [entscheidung:ja|nein] [multiplikator:ja|nein] [status:vorgeschlagen|bestätigt|archiviert] [seite:N] – Akteure auflisten und suchen",
	"usage.stakeholder_show": "akteur zeige <Kurz-ID, Name oder @Person> – einen Akteur anzeigen",
	"usage.stakeholder_edit": "akteur ändern <Akteur> feld:wert … – Angaben ändern (koordinierende Stelle)",

	"field.name":       "Name",
	"field.org":        "Organisation",
	"field.sector":     "Bildungsbereich",
	"field.role":       "Funktion",
	"field.decision":   "Entscheidungsbefugnis",
	"field.multiplier": "Multiplikator/in",
	"field.influence":  "Einfluss",
	"field.interest":   "Interesse",
	"field.topics":     "Themen",
	"field.user":       "Slack-Person",
	"field.email":      "E-Mail",
	"field.notes":      "Notizen",
	"field.status":     "Status",
	"field.id":         "Kurz-ID",

	"level.low":    "gering",
	"level.medium": "mittel",
	"level.high":   "hoch",

	"sector.school":           "Schule",
	"sector.early-childhood":  "Frühkindliche Bildung",
	"sector.adult-education":  "Erwachsenenbildung",
	"sector.vocational":       "Berufliche Bildung",
	"sector.higher-education": "Hochschule",
	"sector.youth-welfare":    "Jugendhilfe",
	"sector.administration":   "Verwaltung",
	"sector.politics":         "Politik",
	"sector.business":         "Wirtschaft",
	"sector.civil-society":    "Zivilgesellschaft",
	"sector.other":            "Sonstiges",

	"status.proposed":  "vorgeschlagen",
	"status.confirmed": "bestätigt",
	"status.archived":  "archiviert",

	"mark.decision":   "Entscheider/in",
	"mark.multiplier": "Multiplikator/in",

	"list.page": "Seite %d von %d – weiter mit „seite:%d“",

	"stakeholder.added":      "Akteur „%s“ wurde erfasst (Kurz-ID %s).",
	"stakeholder.proposed":   "Akteur „%s“ wurde vorgeschlagen (Kurz-ID %s). Die koordinierende Stelle bestätigt den Vorschlag.",
	"stakeholder.none":       "Es sind noch keine Akteure erfasst. Mit „akteur neu \"Name\"“ legen Sie den ersten an.",
	"stakeholder.list_title": "Akteure (%d)",
	"stakeholder.unchanged":  "An „%s“ hat sich nichts geändert.",
	"stakeholder.edited":     "Akteur „%s“ wurde geändert:",
	"stakeholder.namesakes":  "Hinweis: Unter diesem Namen ist bereits erfasst:%s\nFalls es dieselbe Person ist, archivieren Sie bitte einen der Einträge.",
}
