package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(dataDE, dataEN)
}

// dataDE holds the German sentences of exports and data protection.
var dataDE = map[string]string{
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

	"usage.privacy_export": "datenschutz auskunft <Akteur> – alle zu einer Person gespeicherten Daten als JSON-Datei (Auskunft nach Art. 15 DSGVO; koordinierende Stelle)",
	"usage.privacy_erase":  "datenschutz löschen <Akteur> [bestätigen:ja] – die personenbezogenen Daten einer Person überall löschen; Zählungen und Verläufe bleiben anonym erhalten (Art. 17 DSGVO; Administration)",

	"privacy.exported":      "Datenauskunft zu „%s“ (%s) mit %d Einträgen als JSON-Datei.",
	"privacy.export_title":  "Datenauskunft %s (%s)",
	"privacy.export_file":   "datenauskunft",
	"privacy.placeholder":   "Gelöschte Person %s",
	"privacy.erase_confirm": "Sollen die personenbezogenen Daten von „%s“ (%s) überall unwiderruflich gelöscht werden? Zählungen und Verläufe bleiben anonym erhalten. Zum Bestätigen geben Sie den Befehl mit „bestätigen:ja“ ein oder wählen Sie die Schaltfläche.",
	"privacy.erase_button":  "Endgültig löschen",
	"privacy.erased":        "Die personenbezogenen Daten zu Akteur %s wurden gelöscht. Der Eintrag bleibt als „%s“ archiviert erhalten, damit Zählungen und Verläufe stimmen. Anonymisiert wurden %d Datensätze.",
}

// dataEN holds the English sentences of exports and data protection.
var dataEN = map[string]string{
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

	"usage.privacy_export": "privacy export <stakeholder> – everything stored about a person as a JSON file (GDPR Art. 15 access; coordinator)",
	"usage.privacy_erase":  "privacy erase <stakeholder> [confirm:yes] – erase a person's personal data everywhere; counts and histories stay, anonymised (GDPR Art. 17; admin)",

	"privacy.exported":      "Data access report on “%s” (%s) with %d entries as a JSON file.",
	"privacy.export_title":  "Data access report %s (%s)",
	"privacy.export_file":   "data-access-report",
	"privacy.placeholder":   "Erased person %s",
	"privacy.erase_confirm": "Erase the personal data of “%s” (%s) everywhere, irreversibly? Counts and histories stay, anonymised. To confirm, repeat the command with “confirm:yes” or press the button.",
	"privacy.erase_button":  "Erase for good",
	"privacy.erased":        "The personal data of stakeholder %s were erased. The entry stays, archived, as “%s” so that counts and histories remain correct. %d records were anonymised.",
}
