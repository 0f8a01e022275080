package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(stakeholderDE, stakeholderEN)
	i18n.RegisterPlural(stakeholderPluralDE, stakeholderPluralEN)
}

// stakeholderDE holds the German sentences of the stakeholder register: its
// commands, fields (committee lists reuse the id and status labels), sectors,
// levels and statuses, and the resolution of a typed stakeholder.
var stakeholderDE = map[string]string{
	"usage.stakeholder_confirm": "akteur bestätigen <Akteur> – vorgeschlagenen Akteur bestätigen (koordinierende Stelle)",
	"usage.stakeholder_archive": "akteur archivieren <Akteur> – Akteur archivieren; der Eintrag bleibt mit seiner Geschichte erhalten (koordinierende Stelle)",

	"stakeholder.confirmed":            "Akteur „%s“ ist jetzt bestätigt.",
	"stakeholder.restored":             "Akteur „%s“ war archiviert und ist jetzt wieder bestätigt.",
	"stakeholder.already_confirmed":    "Akteur „%s“ ist bereits bestätigt. Es wurde nichts geändert.",
	"stakeholder.archived":             "Akteur „%s“ wurde archiviert. Der Eintrag bleibt erhalten und erscheint in Listen nur noch mit „status:archiviert“.",
	"stakeholder.already_archived":     "Akteur „%s“ ist bereits archiviert. Es wurde nichts geändert.",
	"stakeholder.none_matching":        "Kein Akteur passt zu Ihrer Suche.",
	"stakeholder.field.committees":     "Gremien",
	"stakeholder.field.requested_user": "Slack-Konto (wartet auf Bestätigung)",
	"stakeholder.link_requested":       "Die Verknüpfung mit dem Slack-Konto @%s wird wirksam, sobald die koordinierende Stelle den Akteur bestätigt.",
	"err.user_linked":                  "Das Slack-Konto @%[1]s ist bereits mit dem Akteur „%[2]s“ (Kurz-ID %[3]s) verknüpft, und ein Slack-Konto gehört zu höchstens einem aktiven Akteur. Die koordinierende Stelle kann die Verknüpfung dort mit „akteur ändern %[3]s nutzer:-“ lösen.",

	"err.bad_email":             "„%s“ ist keine gültige E-Mail-Adresse.",
	"err.unknown_sector":        "Den Bildungsbereich „%s“ gibt es in diesem Netzwerk nicht. Möglich sind: %s.",
	"err.ref_missing":           "Bitte geben Sie an, welchen Akteur Sie meinen (Kurz-ID, Name oder @Person).",
	"err.stakeholder_not_found": "Es gibt keinen Akteur „%s“. Mit „akteur liste“ sehen Sie alle Akteure.",
	"err.stakeholder_ambiguous": "„%s“ passt auf mehrere Akteure. Bitte geben Sie die Kurz-ID an:%s",
	"err.edit_nothing":          "Bitte geben Sie an, was geändert werden soll, z. B. organisation:\"VHS Darmstadt\". Möglich sind: %s.",

	"usage.stakeholder_add":  "akteur neu <Name> [organisation:…] [sektor:…] [rolle:…] [entscheidung:ja|nein] [multiplikator:ja|nein] [themen:a,b] [nutzer:@…] – Akteur erfassen (Mitglieder schlagen vor)",
	"usage.stakeholder_list": "akteur liste [Suchwörter] [sektor:…] [gremium:…] [thema:…] [entscheidung:ja|nein] [multiplikator:ja|nein] [einfluss:gering|mittel|hoch] [interesse:gering|mittel|hoch] [status:vorgeschlagen|bestätigt|archiviert] [seite:N] – Akteure auflisten und suchen",
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

	"mark.decision":   "Entscheidungsträger/in",
	"mark.multiplier": "Multiplikator/in",

	"stakeholder.added":     "Akteur „%s“ wurde erfasst (Kurz-ID %s).",
	"stakeholder.proposed":  "Akteur „%s“ wurde vorgeschlagen (Kurz-ID %s). Die koordinierende Stelle bestätigt den Vorschlag.",
	"stakeholder.none":      "Es sind noch keine Akteure erfasst. Mit „akteur neu \"Name\"“ legen Sie den ersten an.",
	"stakeholder.unchanged": "An „%s“ hat sich nichts geändert.",
	"stakeholder.edited":    "Akteur „%s“ wurde geändert:",
	"stakeholder.namesakes": "Hinweis: Unter diesem Namen ist bereits erfasst:%s\nFalls es dieselbe Person ist, archivieren Sie bitte einen der Einträge.",

	"stakeholder.changed_meanwhile": "Der Akteur „%s“ wurde inzwischen von %s geändert; es wurde nichts geändert. So ist er jetzt erfasst:",
}

// stakeholderEN holds the English sentences of the stakeholder register.
var stakeholderEN = map[string]string{
	"usage.stakeholder_confirm": "stakeholder confirm <stakeholder> – confirm a proposed stakeholder (coordinators)",
	"usage.stakeholder_archive": "stakeholder archive <stakeholder> – archive a stakeholder; the entry and its history are kept (coordinators)",

	"stakeholder.confirmed":            "Stakeholder “%s” is now confirmed.",
	"stakeholder.restored":             "Stakeholder “%s” was archived and is now confirmed again.",
	"stakeholder.already_confirmed":    "Stakeholder “%s” is already confirmed. Nothing was changed.",
	"stakeholder.archived":             "Stakeholder “%s” was archived. The entry is kept and appears in lists only with “status:archived”.",
	"stakeholder.already_archived":     "Stakeholder “%s” is already archived. Nothing was changed.",
	"stakeholder.none_matching":        "No stakeholder matches your search.",
	"stakeholder.field.committees":     "Committees",
	"stakeholder.field.requested_user": "Slack account (awaiting confirmation)",
	"stakeholder.link_requested":       "The link to the Slack account @%s takes effect when a coordinator confirms the stakeholder.",
	"err.user_linked":                  "The Slack account @%[1]s is already linked to the stakeholder “%[2]s” (short id %[3]s), and a Slack account belongs to one active stakeholder at most. A coordinator can remove that link with “stakeholder edit %[3]s user:-”.",

	"err.bad_email":             "“%s” is not a valid e-mail address.",
	"err.unknown_sector":        "This network has no sector “%s”. Possible: %s.",
	"err.ref_missing":           "Please say which stakeholder you mean (short id, name or @person).",
	"err.stakeholder_not_found": "There is no stakeholder “%s”. Type “stakeholder list” to see them all.",
	"err.stakeholder_ambiguous": "“%s” matches several stakeholders. Please give the short id:%s",
	"err.edit_nothing":          "Please say what to change, e.g. org:\"VHS Darmstadt\". Possible: %s.",

	"usage.stakeholder_add":  "stakeholder add <name> [org:…] [sector:…] [role:…] [decision:yes|no] [multiplier:yes|no] [topics:a,b] [user:@…] – record a stakeholder (members propose)",
	"usage.stakeholder_list": "stakeholder list [words] [sector:…] [committee:…] [topic:…] [decision:yes|no] [multiplier:yes|no] [influence:low|medium|high] [interest:low|medium|high] [status:proposed|confirmed|archived] [page:N] – list and search stakeholders",
	"usage.stakeholder_show": "stakeholder show <short id, name or @person> – show one stakeholder",
	"usage.stakeholder_edit": "stakeholder edit <stakeholder> field:value … – change details (coordinators)",

	"field.name":       "Name",
	"field.org":        "Organisation",
	"field.sector":     "Sector",
	"field.role":       "Role",
	"field.decision":   "Decision authority",
	"field.multiplier": "Multiplier",
	"field.influence":  "Influence",
	"field.interest":   "Interest",
	"field.topics":     "Topics",
	"field.user":       "Slack user",
	"field.email":      "E-mail",
	"field.notes":      "Notes",
	"field.status":     "Status",
	"field.id":         "Short id",

	"level.low":    "low",
	"level.medium": "medium",
	"level.high":   "high",

	"sector.school":           "School",
	"sector.early-childhood":  "Early childhood",
	"sector.adult-education":  "Adult education",
	"sector.vocational":       "Vocational training",
	"sector.higher-education": "Higher education",
	"sector.youth-welfare":    "Youth welfare",
	"sector.administration":   "Administration",
	"sector.politics":         "Politics",
	"sector.business":         "Business",
	"sector.civil-society":    "Civil society",
	"sector.other":            "Other",

	"status.proposed":  "proposed",
	"status.confirmed": "confirmed",
	"status.archived":  "archived",

	"mark.decision":   "decision maker",
	"mark.multiplier": "multiplier",

	"stakeholder.added":     "Stakeholder “%s” was recorded (short id %s).",
	"stakeholder.proposed":  "Stakeholder “%s” was proposed (short id %s). A coordinator will confirm it.",
	"stakeholder.none":      "No stakeholders yet. Add the first with “stakeholder add \"Name\"”.",
	"stakeholder.unchanged": "Nothing changed for “%s”.",
	"stakeholder.edited":    "Stakeholder “%s” was changed:",
	"stakeholder.namesakes": "Note: already recorded under this name:%s\nIf it is the same person, please archive one of the entries.",

	"stakeholder.changed_meanwhile": "The stakeholder “%s” was changed meanwhile by %s; nothing was changed. This is how it is recorded now:",
}

// stakeholderPluralDE holds the German sentences of this feature that depend on a
// count.
var stakeholderPluralDE = map[string]i18n.Plural{
	"err.field_too_long":     {Arg: 2, One: "Die Angabe für „%s“ ist zu lang: höchstens %d Zeichen ist möglich.", Other: "Die Angabe für „%s“ ist zu lang: höchstens %d Zeichen sind möglich."},
	"stakeholder.list_title": {Arg: 1, One: "%d Akteur", Other: "%d Akteure"},
}

// stakeholderPluralEN holds their English forms.
var stakeholderPluralEN = map[string]i18n.Plural{
	"err.field_too_long":     {Arg: 2, One: "The value for “%s” is too long: at most %d character is allowed.", Other: "The value for “%s” is too long: at most %d characters are allowed."},
	"stakeholder.list_title": {Arg: 1, One: "%d stakeholder", Other: "%d stakeholders"},
}
