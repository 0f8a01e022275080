package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

// The Home page's sentences on commitments, committees and overdue work.
func init() {
	i18n.Register(messagesHomeDE, messagesHomeEN)
}

var messagesHomeDE = map[string]string{
	"home.commitments":         "Ihre offenen Zusagen (%d)",
	"home.commitments_none":    "Sie haben keine offenen Zusagen.",
	"home.commitments_overdue": "⚠ Davon überfällig: %d",
	"home.commitments_more":    "… und %d weitere – geben Sie „zusagen meine“ ein.",
	"home.commitments_all":     "Alle meine Zusagen",
	"home.committees":          "Ihre Gremien (%d)",
	"home.committees_none":     "Sie gehören noch keinem Gremium an.",
	"home.committees_more":     "… und %d weitere – geben Sie „gremium liste“ ein.",
	"home.overdue":             "Überfällige Zusagen",
}

var messagesHomeEN = map[string]string{
	"home.commitments":         "Your open commitments (%d)",
	"home.commitments_none":    "You have no open commitments.",
	"home.commitments_overdue": "⚠ Overdue: %d",
	"home.commitments_more":    "… and %d more – type “commitments mine”.",
	"home.commitments_all":     "All my commitments",
	"home.committees":          "Your committees (%d)",
	"home.committees_none":     "You are not a member of any committee yet.",
	"home.committees_more":     "… and %d more – type “committee list”.",
	"home.overdue":             "Overdue commitments",
}
