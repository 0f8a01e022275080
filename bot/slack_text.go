package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

// The Slack transport's own sentences: the menu, the forms it opens for
// bare commands, the greeting of its Home tab, notes on shared replies and
// the request to retry when it is too busy.
func init() {
	i18n.Register(slackDE, slackEN)
}

var slackDE = map[string]string{
	"slack.greeting":   "Guten Tag, %s",
	"slack.greeting0":  "Guten Tag",
	"slack.local_time": "Ihre Ortszeit: %[1]s (%[2]s)",
	"slack.shared_by":  "Geteilt von %s",
	"slack.not_shared": "Diese Antwort nennt Personen und wird deshalb nur Ihnen gezeigt, nicht im Kanal geteilt.",
	"slack.truncated":  "Die Übersicht ist gekürzt. Geben Sie /netzwerk und den Befehl ein, um alles zu sehen.",
	"slack.busy":       "netzwerkbot ist gerade stark ausgelastet und hat Ihre Anfrage nicht bearbeitet. Bitte versuchen Sie es in einer Minute noch einmal.",

	"menu.title":            "netzwerkbot",
	"menu.intro":            "Was möchten Sie tun? Jede Schaltfläche entspricht einem Befehl, den Sie auch eingeben können, z. B. /netzwerk akteur liste.",
	"menu.stakeholder_add":  "Akteur erfassen",
	"menu.stakeholder_list": "Akteure anzeigen",
	"menu.committee_add":    "Gremium anlegen",
	"menu.commit":           "Zusage erfassen",
	"menu.help":             "Hilfe",
	"menu.sector":           "Akteure eines Bereichs …",

	"modal.cancel":         "Abbrechen",
	"modal.submit":         "Speichern",
	"modal.stakeholder":    "Akteur erfassen",
	"modal.name":           "Name",
	"modal.org":            "Organisation",
	"modal.sector":         "Bildungsbereich",
	"modal.decision":       "Entscheidungsbefugnis",
	"modal.decision_yes":   "Die Person kann Entscheidungen treffen",
	"modal.multiplier":     "Multiplikator",
	"modal.multiplier_yes": "Die Person trägt Themen weiter",
	"modal.committee":      "Gremium anlegen",
	"modal.kind":           "Art",
	"modal.purpose":        "Zweck",
	"modal.commitment":     "Zusage erfassen",
	"modal.owner":          "Verantwortlich",
	"modal.text":           "Zusage",
	"modal.due":            "Fällig am",
	"modal.committee_opt":  "Gremium (optional)",
	"modal.err_required":   "Bitte füllen Sie dieses Feld aus.",
}

var slackEN = map[string]string{
	"slack.greeting":   "Hello, %s",
	"slack.greeting0":  "Hello",
	"slack.local_time": "Your local time: %[1]s (%[2]s)",
	"slack.shared_by":  "Shared by %s",
	"slack.not_shared": "This reply names people, so it is shown only to you and not shared in the channel.",
	"slack.truncated":  "This overview is shortened. Type /netzwerk and the command to see everything.",
	"slack.busy":       "netzwerkbot is very busy right now and did not handle your request. Please try again in a minute.",

	"menu.title":            "netzwerkbot",
	"menu.intro":            "What would you like to do? Every button is a command you can also type, e.g. /netzwerk stakeholder list.",
	"menu.stakeholder_add":  "Record stakeholder",
	"menu.stakeholder_list": "Show stakeholders",
	"menu.committee_add":    "Create committee",
	"menu.commit":           "Record commitment",
	"menu.help":             "Help",
	"menu.sector":           "Stakeholders of a sector …",

	"modal.cancel":         "Cancel",
	"modal.submit":         "Save",
	"modal.stakeholder":    "Record stakeholder",
	"modal.name":           "Name",
	"modal.org":            "Organisation",
	"modal.sector":         "Sector",
	"modal.decision":       "Decision authority",
	"modal.decision_yes":   "This person can take decisions",
	"modal.multiplier":     "Multiplier",
	"modal.multiplier_yes": "This person spreads topics further",
	"modal.committee":      "Create committee",
	"modal.kind":           "Kind",
	"modal.purpose":        "Purpose",
	"modal.commitment":     "Record commitment",
	"modal.owner":          "Responsible",
	"modal.text":           "Commitment",
	"modal.due":            "Due on",
	"modal.committee_opt":  "Committee (optional)",
	"modal.err_required":   "Please fill in this field.",
}
