package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(map[string]string{
		"home.next_review":      "Nächste Netzwerküberprüfung",
		"home.next_review_line": "%s (Zeitplan %s)",
	}, map[string]string{
		"home.next_review":      "Next network review",
		"home.next_review_line": "%s (schedule %s)",
	})
}
