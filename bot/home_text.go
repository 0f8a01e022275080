package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

// The Home page's sentences: the user's role, linked stakeholders,
// commitments and committees, the network overview and the next review.
func init() {
	i18n.Register(homeDE, homeEN)
	i18n.RegisterPlural(homePluralDE, homePluralEN)
}

var homeDE = map[string]string{
	"home.commitments":         "Ihre offenen Zusagen (%d)",
	"home.commitments_none":    "Sie haben keine offenen Zusagen.",
	"home.commitments_overdue": "⚠ Davon überfällig: %d",
	"home.commitments_more":    "… und %d weitere – geben Sie „zusagen meine“ ein.",
	"home.commitments_all":     "Alle meine Zusagen",
	"home.committees":          "Ihre Gremien (%d)",
	"home.committees_none":     "Sie gehören noch keinem Gremium an.",
	"home.overdue":             "Überfällige Zusagen",

	"home.title":     "Ihr Netzwerk",
	"home.role":      "Ihre Rolle",
	"home.linked":    "Mit Ihnen verknüpfte Akteure:",
	"home.no_link":   "Mit Ihrem Slack-Konto ist noch kein Akteur verknüpft. Die koordinierende Stelle kann das mit „akteur ändern <Akteur> nutzer:@Sie“ nachholen.",
	"home.show":      "„%s“ anzeigen",
	"home.no_sector": "Ohne Bildungsbereich",
	"home.proposed":  "Unbestätigte Vorschläge: %d",
	"home.list_all":  "Alle Akteure",

	"home.next_review":      "Nächste Netzwerküberprüfung",
	"home.next_review_line": "%s (Zeitplan %s)",
}

var homeEN = map[string]string{
	"home.commitments":         "Your open commitments (%d)",
	"home.commitments_none":    "You have no open commitments.",
	"home.commitments_overdue": "⚠ Overdue: %d",
	"home.commitments_more":    "… and %d more – type “commitments mine”.",
	"home.commitments_all":     "All my commitments",
	"home.committees":          "Your committees (%d)",
	"home.committees_none":     "You are not a member of any committee yet.",
	"home.overdue":             "Overdue commitments",

	"home.title":     "Your network",
	"home.role":      "Your role",
	"home.linked":    "Stakeholders linked to you:",
	"home.no_link":   "No stakeholder is linked to your Slack account yet. A coordinator can link one with “stakeholder edit <stakeholder> user:@you”.",
	"home.show":      "Show “%s”",
	"home.no_sector": "No sector",
	"home.proposed":  "Unconfirmed proposals: %d",
	"home.list_all":  "All stakeholders",

	"home.next_review":      "Next network review",
	"home.next_review_line": "%s (schedule %s)",
}

// homePluralDE holds the German sentences of this feature that depend on a
// count.
var homePluralDE = map[string]i18n.Plural{
	"home.network":         {Arg: 1, One: "Netzwerk im Überblick (%d Akteur)", Other: "Netzwerk im Überblick (%d Akteure)"},
	"home.committees_more": {Arg: 1, One: "… und %d weiteres – geben Sie „gremium liste“ ein.", Other: "… und %d weitere – geben Sie „gremium liste“ ein."},
}

// homePluralEN holds their English forms.
var homePluralEN = map[string]i18n.Plural{
	"home.network":         {Arg: 1, One: "Network at a glance (%d stakeholder)", Other: "Network at a glance (%d stakeholders)"},
	"home.committees_more": {Arg: 1, One: "… and %d more – type “committee list”.", Other: "… and %d more – type “committee list”."},
}
