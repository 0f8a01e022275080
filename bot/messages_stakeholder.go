package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(stakeholderDE, stakeholderEN)
}

// stakeholderDE holds the German sentences of confirming, archiving and
// searching stakeholders.
var stakeholderDE = map[string]string{
	"usage.stakeholder_confirm": "akteur bestätigen <Akteur> – vorgeschlagenen Akteur bestätigen (koordinierende Stelle)",
	"usage.stakeholder_archive": "akteur archivieren <Akteur> – Akteur archivieren; der Eintrag bleibt mit seiner Geschichte erhalten (koordinierende Stelle)",

	"stakeholder.confirmed":         "Akteur „%s“ ist jetzt bestätigt.",
	"stakeholder.restored":          "Akteur „%s“ war archiviert und ist jetzt wieder bestätigt.",
	"stakeholder.already_confirmed": "Akteur „%s“ ist bereits bestätigt. Es wurde nichts geändert.",
	"stakeholder.archived":          "Akteur „%s“ wurde archiviert. Der Eintrag bleibt erhalten und erscheint in Listen nur noch mit „status:archiviert“.",
	"stakeholder.already_archived":  "Akteur „%s“ ist bereits archiviert. Es wurde nichts geändert.",
	"stakeholder.none_matching":     "Kein Akteur passt zu Ihrer Suche.",
	"stakeholder.field.committees":  "Gremien",
}

// stakeholderEN holds the English sentences of confirming, archiving and
// searching stakeholders.
var stakeholderEN = map[string]string{
	"usage.stakeholder_confirm": "stakeholder confirm <stakeholder> – confirm a proposed stakeholder (coordinators)",
	"usage.stakeholder_archive": "stakeholder archive <stakeholder> – archive a stakeholder; the entry and its history are kept (coordinators)",

	"stakeholder.confirmed":         "Stakeholder “%s” is now confirmed.",
	"stakeholder.restored":          "Stakeholder “%s” was archived and is now confirmed again.",
	"stakeholder.already_confirmed": "Stakeholder “%s” is already confirmed. Nothing was changed.",
	"stakeholder.archived":          "Stakeholder “%s” was archived. The entry is kept and appears in lists only with “status:archived”.",
	"stakeholder.already_archived":  "Stakeholder “%s” is already archived. Nothing was changed.",
	"stakeholder.none_matching":     "No stakeholder matches your search.",
	"stakeholder.field.committees":  "Committees",
}
