package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(privacyDE, privacyEN)
	i18n.RegisterPlural(privacyPluralDE, privacyPluralEN)
}

// privacyDE holds the German sentences of data protection: the export of a
// person's data and its erasure.
var privacyDE = map[string]string{
	"usage.privacy_export": "datenschutz auskunft <Akteur> – alle zu einer Person gespeicherten Daten als JSON-Datei (Auskunft nach Art. 15 DSGVO; koordinierende Stelle)",
	"usage.privacy_erase":  "datenschutz löschen <Akteur> [bestätigen:ja] – die personenbezogenen Daten einer Person überall löschen; Zählungen und Verläufe bleiben anonym erhalten (Art. 17 DSGVO; Administrator/in)",

	"privacy.export_title":  "Datenauskunft %s (%s)",
	"privacy.export_file":   "datenauskunft",
	"privacy.placeholder":   "Gelöschte Person %s",
	"privacy.erase_confirm": "Sollen die personenbezogenen Daten von „%s“ (%s) überall unwiderruflich gelöscht werden? Zählungen und Verläufe bleiben anonym erhalten. Zum Bestätigen geben Sie den Befehl mit „bestätigen:ja“ ein oder wählen Sie die Schaltfläche.",
	"privacy.erase_button":  "Endgültig löschen",
}

// privacyEN holds the English sentences of data protection: the export of
// a person's data and its erasure.
var privacyEN = map[string]string{
	"usage.privacy_export": "privacy export <stakeholder> – everything stored about a person as a JSON file (GDPR Art. 15 access; coordinators)",
	"usage.privacy_erase":  "privacy erase <stakeholder> [confirm:yes] – erase a person's personal data everywhere; counts and histories stay, anonymised (GDPR Art. 17; admins)",

	"privacy.export_title":  "Data access report %s (%s)",
	"privacy.export_file":   "data-access-report",
	"privacy.placeholder":   "Erased person %s",
	"privacy.erase_confirm": "Erase the personal data of “%s” (%s) everywhere, irreversibly? Counts and histories stay, anonymised. To confirm, repeat the command with “confirm:yes” or press the button.",
	"privacy.erase_button":  "Erase for good",
}

// privacyPluralDE holds the German sentences of this feature that depend on a
// count.
var privacyPluralDE = map[string]i18n.Plural{
	"privacy.exported": {Arg: 3, One: "Datenauskunft zu „%s“ (%s) mit %d Eintrag als JSON-Datei.", Other: "Datenauskunft zu „%s“ (%s) mit %d Einträgen als JSON-Datei."},
	"privacy.erased":   {Arg: 3, One: "Die personenbezogenen Daten zu Akteur %s wurden gelöscht. Der Eintrag bleibt als „%s“ archiviert erhalten, damit Zählungen und Verläufe stimmen. Anonymisiert wurde %d Datensatz.", Other: "Die personenbezogenen Daten zu Akteur %s wurden gelöscht. Der Eintrag bleibt als „%s“ archiviert erhalten, damit Zählungen und Verläufe stimmen. Anonymisiert wurden %d Datensätze."},
}

// privacyPluralEN holds their English forms.
var privacyPluralEN = map[string]i18n.Plural{
	"privacy.exported": {Arg: 3, One: "Data access report on “%s” (%s) with %d entry as a JSON file.", Other: "Data access report on “%s” (%s) with %d entries as a JSON file."},
	"privacy.erased":   {Arg: 3, One: "The personal data of stakeholder %s were erased. The entry stays, archived, as “%s” so that counts and histories remain correct. %d record was anonymised.", Other: "The personal data of stakeholder %s were erased. The entry stays, archived, as “%s” so that counts and histories remain correct. %d records were anonymised."},
}
