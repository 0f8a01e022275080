package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(exportDE, exportEN)
	i18n.RegisterPlural(exportPluralDE, exportPluralEN)
}

// exportDE holds the German sentences of exports and of the files the
// transports deliver.
var exportDE = map[string]string{
	"usage.export_stakeholders": "export akteure [csv|json] – alle Akteure als Datei (koordinierende Stelle)",
	"usage.export_commitments":  "export zusagen [csv|json] – alle Zusagen als Datei (koordinierende Stelle)",
	"usage.export_committees":   "export gremien [csv|json] – alle Gremien mit ihren Mitgliedern als Datei (koordinierende Stelle)",
	"usage.export_review":       "export überprüfung <ID> [csv|json] – Bewertungen, Verstetigung, Anregungen und Beteiligung einer Netzwerküberprüfung als Datei (koordinierende Stelle)",

	"err.export_format": "„%s“ ist kein Exportformat. Möglich sind: %s.",

	"export.file.stakeholders":  "akteure",
	"export.file.commitments":   "zusagen",
	"export.file.committees":    "gremien",
	"export.title.stakeholders": "Akteure (Export vom %s)",
	"export.title.commitments":  "Zusagen (Export vom %s)",
	"export.title.committees":   "Gremien (Export vom %s)",

	"export.file.review":           "ueberpruefung",
	"export.title.review":          "Netzwerküberprüfung %s (Export vom %s)",
	"export.section.consolidation": "Verstetigung je Gremium",
	"export.section.comments":      "Anregungen (ohne Namen)",
	"export.section.participation": "Beteiligung",
	"export.col.dimension":         "Dimension",
	"export.col.n":                 "Antworten",
	"export.col.average":           "Mittelwert",
	"export.col.previous":          "Mittelwert zuvor",
	"export.col.trend":             "Trend",
	"export.col.question":          "Frage",
	"export.col.yes":               "Ja",
	"export.col.partly":            "Teilweise",
	"export.col.no":                "Nein",
	"export.col.comment":           "Anregung",
	"export.col.class":             "Beteiligung",
	"export.col.present":           "Sitzungen besucht",
	"export.col.expected":          "Sitzungen erwartet",
	"export.col.made":              "Zusagen erfasst",
	"export.col.done":              "Zusagen erledigt",
	"export.col.last_activity":     "Zuletzt aktiv",
	"review.class.active":          "aktiv",
	"review.class.fading":          "nachlassend",
	"review.class.inactive":        "inaktiv",

	"export.col.id":           "ID",
	"export.col.name":         "Name",
	"export.col.org":          "Organisation",
	"export.col.sector":       "Bildungsbereich",
	"export.col.role":         "Funktion",
	"export.col.email":        "E-Mail",
	"export.col.user":         "Slack-Person",
	"export.col.decision":     "Entscheidungsträger/in",
	"export.col.multiplier":   "Multiplikator/in",
	"export.col.influence":    "Einfluss",
	"export.col.interest":     "Interesse",
	"export.col.topics":       "Themen",
	"export.col.committees":   "Gremien",
	"export.col.notes":        "Notizen",
	"export.col.status":       "Status",
	"export.col.created":      "Angelegt am",
	"export.col.updated":      "Geändert am",
	"export.col.text":         "Zusage",
	"export.col.owner_id":     "Akteur-ID",
	"export.col.owner":        "Verantwortlich",
	"export.col.committee_id": "Gremium-ID",
	"export.col.committee":    "Gremium",
	"export.col.due":          "Fällig am",
	"export.col.overdue":      "Überfällig",
	"export.col.kind":         "Art",
	"export.col.purpose":      "Zweck",
	"export.col.tasks":        "Aufgaben",
	"export.col.rhythm":       "Sitzungsrhythmus",
	"export.col.channel":      "Slack-Kanal",
	"export.col.member_count": "Anzahl Mitglieder",
	"export.col.members":      "Mitglieder",

	"file.saved":         "Datei gespeichert: %s",
	"file.save_failed":   "Die Datei konnte nicht gespeichert werden. Bitte prüfen Sie die Schreibrechte im Ordner %s.",
	"file.upload_failed": "Die Datei „%s“ konnte nicht hochgeladen werden. Bitte versuchen Sie es später erneut.",
}

// exportEN holds the English sentences of exports and of the files the
// transports deliver.
var exportEN = map[string]string{
	"usage.export_stakeholders": "export stakeholders [csv|json] – every stakeholder as a file (coordinators)",
	"usage.export_commitments":  "export commitments [csv|json] – every commitment as a file (coordinators)",
	"usage.export_committees":   "export committees [csv|json] – every committee with its members as a file (coordinators)",
	"usage.export_review":       "export review <id> [csv|json] – ratings, consolidation, suggestions and participation of a network review as a file (coordinators)",

	"err.export_format": "“%s” is not an export format. Choose one of: %s.",

	"export.file.stakeholders":  "stakeholders",
	"export.file.commitments":   "commitments",
	"export.file.committees":    "committees",
	"export.title.stakeholders": "Stakeholders (export of %s)",
	"export.title.commitments":  "Commitments (export of %s)",
	"export.title.committees":   "Committees (export of %s)",

	"export.file.review":           "review",
	"export.title.review":          "Network review %s (export of %s)",
	"export.section.consolidation": "Consolidation per committee",
	"export.section.comments":      "Suggestions (without names)",
	"export.section.participation": "Participation",
	"export.col.dimension":         "Dimension",
	"export.col.n":                 "Answers",
	"export.col.average":           "Average",
	"export.col.previous":          "Previous average",
	"export.col.trend":             "Trend",
	"export.col.question":          "Question",
	"export.col.yes":               "Yes",
	"export.col.partly":            "Partly",
	"export.col.no":                "No",
	"export.col.comment":           "Suggestion",
	"export.col.class":             "Participation",
	"export.col.present":           "Meetings attended",
	"export.col.expected":          "Meetings expected",
	"export.col.made":              "Commitments made",
	"export.col.done":              "Commitments done",
	"export.col.last_activity":     "Last active",
	"review.class.active":          "active",
	"review.class.fading":          "fading",
	"review.class.inactive":        "inactive",

	"export.col.id":           "ID",
	"export.col.name":         "Name",
	"export.col.org":          "Organisation",
	"export.col.sector":       "Sector",
	"export.col.role":         "Role",
	"export.col.email":        "E-mail",
	"export.col.user":         "Slack user",
	"export.col.decision":     "Decision maker",
	"export.col.multiplier":   "Multiplier",
	"export.col.influence":    "Influence",
	"export.col.interest":     "Interest",
	"export.col.topics":       "Topics",
	"export.col.committees":   "Committees",
	"export.col.notes":        "Notes",
	"export.col.status":       "Status",
	"export.col.created":      "Created",
	"export.col.updated":      "Updated",
	"export.col.text":         "Commitment",
	"export.col.owner_id":     "Stakeholder ID",
	"export.col.owner":        "Owner",
	"export.col.committee_id": "Committee ID",
	"export.col.committee":    "Committee",
	"export.col.due":          "Due",
	"export.col.overdue":      "Overdue",
	"export.col.kind":         "Kind",
	"export.col.purpose":      "Purpose",
	"export.col.tasks":        "Tasks",
	"export.col.rhythm":       "Meeting rhythm",
	"export.col.channel":      "Slack channel",
	"export.col.member_count": "Number of members",
	"export.col.members":      "Members",

	"file.saved":         "File saved: %s",
	"file.save_failed":   "The file could not be saved. Please check the write permissions of the folder %s.",
	"file.upload_failed": "The file “%s” could not be uploaded. Please try again later.",
}

// exportPluralDE holds the German sentences of this feature that depend on a
// count.
var exportPluralDE = map[string]i18n.Plural{
	"export.section.ratings": {Arg: 1, One: "Bewertungen je Gremium und Dimension (Mittelwerte ab %d Antwort)", Other: "Bewertungen je Gremium und Dimension (Mittelwerte ab %d Antworten)"},
	"export.done":            {Arg: 2, One: "%s: %d Eintrag als %s-Datei.", Other: "%s: %d Einträge als %s-Datei."},
}

// exportPluralEN holds their English forms.
var exportPluralEN = map[string]i18n.Plural{
	"export.section.ratings": {Arg: 1, One: "Ratings per committee and dimension (averages from %d answer)", Other: "Ratings per committee and dimension (averages from %d answers)"},
	"export.done":            {Arg: 2, One: "%s: %d entry as a %s file.", Other: "%s: %d entries as a %s file."},
}
