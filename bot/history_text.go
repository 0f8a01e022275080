package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() { i18n.Register(historyDE, historyEN) }

// historyDE holds the German sentences of the history command and the
// names of audited actions.
var historyDE = map[string]string{
	"usage.history":                        "verlauf <Akteur, Gremium, Kurz-ID, @Person oder einstellungen> [seite:N] – Änderungen, neueste zuerst (koordinierende Stelle)",
	"err.history_ref_missing":              "Bitte geben Sie an, wessen Verlauf Sie sehen möchten: Akteur, Gremium, Kurz-ID, @Person oder „einstellungen“.",
	"err.history_not_found":                "Zu „%s“ gibt es weder einen Akteur noch ein Gremium noch Einträge im Verlauf.",
	"history.title":                        "Verlauf: %s",
	"history.count":                        "Einträge: %d, neueste zuerst",
	"history.none":                         "Zu %s gibt es noch keine Einträge im Verlauf.",
	"history.settings":                     "Einstellungen",
	"audit.action.stakeholder.add":         "Akteur erfasst",
	"audit.action.stakeholder.edit":        "Akteur geändert",
	"audit.action.role.grant":              "Rolle vergeben",
	"audit.action.role.revoke":             "Rolle entzogen",
	"audit.action.settings.edit":           "Einstellung geändert",
	"audit.action.settings.sectors_add":    "Bildungsbereich hinzugefügt",
	"audit.action.settings.sectors_remove": "Bildungsbereich entfernt",
	"audit.action.other":                   "Änderung (%s)",

	"audit.action.settings.sectors_restore": "Bildungsbereich wiederhergestellt (noch in Gebrauch)",
}

// historyEN holds the English sentences of the history command and the
// names of audited actions.
var historyEN = map[string]string{
	"usage.history":                        "history <stakeholder, committee, short id, @person or settings> [page:N] – changes, newest first (coordinators)",
	"err.history_ref_missing":              "Please say whose history you want to see: stakeholder, committee, short id, @person or “settings”.",
	"err.history_not_found":                "There is no stakeholder, committee or history entry for “%s”.",
	"history.title":                        "History: %s",
	"history.count":                        "Entries: %d, newest first",
	"history.none":                         "There are no history entries for %s yet.",
	"history.settings":                     "Settings",
	"audit.action.stakeholder.add":         "Stakeholder recorded",
	"audit.action.stakeholder.edit":        "Stakeholder changed",
	"audit.action.role.grant":              "Role granted",
	"audit.action.role.revoke":             "Role revoked",
	"audit.action.settings.edit":           "Setting changed",
	"audit.action.settings.sectors_add":    "Sector added",
	"audit.action.settings.sectors_remove": "Sector removed",
	"audit.action.other":                   "Change (%s)",

	"audit.action.settings.sectors_restore": "Sector restored (still in use)",
}
