package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

// The commitment digest's messages: the owners' daily reminder and the
// coordinators' weekly overview.
func init() {
	i18n.Register(digestDE, digestEN)
}

var digestDE = map[string]string{
	"digest.owner_title":     "Ihre Zusagen im Blick",
	"digest.greeting":        "Guten Tag, %s, hier ist der Stand Ihrer Zusagen.",
	"digest.overdue":         "⚠ Überfällig (%d)",
	"digest.due_soon":        "In den nächsten drei Tagen fällig (%d)",
	"digest.more":            "… und %d weitere – geben Sie „zusagen meine“ ein.",
	"digest.button.due_week": "Frist +7 Tage",
	"digest.typed":           "Sie können auch tippen: „zusage erledigt <ID>“, „zusage beginnen <ID>“ oder „zusage frist <ID> <Datum>“.",
	"digest.overview_title":  "Wochenübersicht der Zusagen",
	"digest.overview_counts": "Überfällig: %d · In den nächsten drei Tagen fällig: %d",
	"digest.overview_none":   "Keine Zusage ist überfällig.",
	"digest.overview_owner":  "%s (%d überfällig)",
	"digest.overview_more":   "… und %d weitere – geben Sie „zusagen überfällig“ ein.",
	"digest.overview_all":    "Alle überfälligen Zusagen",
	"digest.default_created": "Ab jetzt erhalten die Verantwortlichen täglich um 9:00 Uhr eine Erinnerung an fällige und überfällige Zusagen. Administrator/innen ändern diesen Zeitplan %s mit „zeitplan liste“ und „zeitplan pausieren“.",
}

var digestEN = map[string]string{
	"digest.owner_title":     "Your commitments at a glance",
	"digest.greeting":        "Hello %s, here is where your commitments stand.",
	"digest.overdue":         "⚠ Overdue (%d)",
	"digest.due_soon":        "Due in the next three days (%d)",
	"digest.more":            "… and %d more – type “commitments mine”.",
	"digest.button.due_week": "Due date +7 days",
	"digest.typed":           "You can also type “commitment done <id>”, “commitment start <id>” or “commitment due <id> <date>”.",
	"digest.overview_title":  "Weekly overview of commitments",
	"digest.overview_counts": "Overdue: %d · Due in the next three days: %d",
	"digest.overview_none":   "No commitment is overdue.",
	"digest.overview_owner":  "%s (%d overdue)",
	"digest.overview_more":   "… and %d more – type “commitments overdue”.",
	"digest.overview_all":    "All overdue commitments",
	"digest.default_created": "From now on, owners get a reminder of commitments due soon and overdue every day at 9:00. Admins change this schedule %s with “schedule list” and “schedule pause”.",
}
