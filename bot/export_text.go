package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(exportDE, exportEN)
}

// exportDE holds the German sentences of exports and of the files the
// transports deliver.
var exportDE = map[string]string{
	"usage.export_stakeholders": "export akteure [csv|json] – alle Akteure als Datei (koordinierende Stelle)",
	"usage.export_commitments":  "export zusagen [csv|json] – alle Zusagen als Datei (koordinierende Stelle)",
	"usage.export_committees":   "export gremien [csv|json] – alle Gremien mit ihren Mitgliedern als Datei (koordinierende Stelle)",

	"err.export_format": "„%s“ ist kein Exportformat. Möglich sind: %s.",
	"export.done":       "%s: %d Einträge als %s-Datei.",

	"export.file.stakeholders":  "akteure",
	"export.file.commitments":   "zusagen",
	"export.file.committees":    "gremien",
	"export.title.stakeholders": "Akteure (Export vom %s)",
	"export.title.commitments":  "Zusagen (Export vom %s)",
	"export.title.committees":   "Gremien (Export vom %s)",

	"export.col.id":           "ID",
	"export.col.name":         "Name",
	"export.col.org":          "Organisation",
	"export.col.sector":       "Bereich",
	"export.col.role":         "Funktion",
	"export.col.email":        "E-Mail",
	"export.col.user":         "Slack-Nutzer",
	"export.col.decision":     "Entscheidungsträger",
	"export.col.multiplier":   "Multiplikator",
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
	"usage.export_stakeholders": "export stakeholders [csv|json] – every stakeholder as a file (coordinator)",
	"usage.export_commitments":  "export commitments [csv|json] – every commitment as a file (coordinator)",
	"usage.export_committees":   "export committees [csv|json] – every committee with its members as a file (coordinator)",

	"err.export_format": "“%s” is not an export format. Choose one of: %s.",
	"export.done":       "%s: %d entries as a %s file.",

	"export.file.stakeholders":  "stakeholders",
	"export.file.commitments":   "commitments",
	"export.file.committees":    "committees",
	"export.title.stakeholders": "Stakeholders (export of %s)",
	"export.title.commitments":  "Commitments (export of %s)",
	"export.title.committees":   "Committees (export of %s)",

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
