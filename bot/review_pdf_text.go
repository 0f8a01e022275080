package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(reportDE, reportEN)
	i18n.RegisterPlural(reportPluralDE, reportPluralEN)
}

// reportDE holds the German sentences of the review report (PDF).
var reportDE = map[string]string{
	"usage.review_report": "überprüfung bericht <ID> – Bericht der Netzwerküberprüfung als PDF, mit Grafiken und Namen (koordinierende Stelle)",
	"report.made":         "Der Bericht zur Netzwerküberprüfung %s ist erstellt. Er enthält Namen; bitte geben Sie ihn nur an die Lenkungsgruppe weiter.",
	"report.file_name":    "bericht-ueberpruefung-%s.pdf",
	"report.title":        "Netzwerküberprüfung %s – %s",
	"report.heading":      "Bericht zur Netzwerküberprüfung %s",
	"report.page_format":  "Seite %d von %s",
	"report.date_format":  "Stand: %s",

	"report.response_rate": "Rücklauf",
	"report.survey_open":   "Die Umfrage läuft noch bis %s.",

	"report.section_participation": "Beteiligung",
	"report.committees":            "Gremien im Zeitraum",
	"report.need_call":             "Nachlassend und inaktiv: wen die koordinierende Stelle ansprechen sollte",
	"report.need_call_none":        "Alle Akteure waren im Zeitraum aktiv.",
	"report.need_call_note":        "Inaktive zuerst, darunter Personen mit Entscheidungsbefugnis und Multiplikator/innen vorn. Sitzungen: anwesend von erwartet; Zusagen: gemacht / erledigt / überfällig.",
	"report.mark.decision_maker":   "Entscheidungsbefugnis",
	"report.mark.multiplier":       "Multiplikator/in",
	"report.of":                    "%d von %d",
	"report.commitments_value":     "%d / %d / %d",

	"report.section_priorities":     "Veränderte Prioritäten",
	"report.priorities_since":       "Veränderungen seit %s.",
	"report.stakeholders_added":     "Neue Akteure",
	"report.stakeholders_confirmed": "Bestätigte Akteure",
	"report.stakeholders_archived":  "Ausgeschiedene Akteure",
	"report.memberships":            "Veränderte Mitgliedschaften",
	"report.topic_changes":          "Themen mit veränderter Beteiligung",
	"report.sector_mix":             "Bildungsbereiche im Netzwerk und in der Lenkungsgruppe",
	"report.committees_added":       "Neue Gremien",
	"report.committees_archived":    "Aufgelöste Gremien",
	"report.topics_gained":          "Neue Themen",
	"report.topics_lost":            "Weggefallene Themen",
	"report.none":                   "Keine.",

	"report.section_effectiveness": "Wirksamkeit und Verstetigung",
	"report.ratings":               "Bewertung je Gremium",
	"report.too_few_answers":       "Zu wenige Antworten für eine anonyme Auswertung (mindestens %d).",
	"report.flags":                 "Auffälligkeiten",
	"report.consolidation":         "Verstetigung je Gremium",
	"report.consolidation_value":   "ja: %d, teilweise: %d, nein: %d",
	"report.consolidation_none":    "Keine Antworten zur Verstetigung.",
	"report.consolidation_too_few": "Zu wenige Antworten",

	"report.section_commitments": "Zusagen",
	"report.section_comments":    "Anregungen aus der Umfrage (ohne Namen)",
	"report.comments_open":       "Die Anregungen erscheinen, wenn die Umfrage abgeschlossen ist.",

	"report.col.committee":             "Gremium",
	"report.col.members":               "Mitglieder",
	"report.col.decision_makers":       "Entscheidungs- träger/innen",
	"report.col.multipliers":           "Multiplika- tor/innen",
	"report.col.meetings":              "Sitzungen",
	"report.col.attendance":            "Anwesen- heit",
	"report.col.sectors_missing":       "Fehlende Bildungsbereiche",
	"report.col.stakeholder":           "Akteur",
	"report.col.class":                 "Beteiligung",
	"report.col.present":               "Sitzungen",
	"report.col.commitments":           "Zusagen",
	"report.col.last_activity":         "Zuletzt aktiv",
	"report.col.answers":               "Antworten",
	"report.col.rating":                "Durchschnitt je Dimension",
	"report.col.purpose":               "Zweck",
	"report.col.commitments_period":    "Zusagen im Zeitraum",
	"report.col.topic":                 "Thema",
	"report.col.stakeholders_then_now": "Akteure (zuvor → jetzt)",
	"report.col.commitments_then_now":  "Zusagen (zuvor → jetzt)",
	"report.col.sector":                "Bildungsbereich",
	"report.col.network_then":          "Netzwerk zuvor",
	"report.col.network_now":           "Netzwerk jetzt",
	"report.col.steering_then":         "Lenkungs- gruppe zuvor",
	"report.col.steering_now":          "Lenkungs- gruppe jetzt",
	"report.col.question":              "Frage",
	"report.col.consolidation":         "Antworten",
}

// reportEN holds the English sentences of the review report (PDF).
var reportEN = map[string]string{
	"usage.review_report": "review report <id> – the network review's report as a PDF, with charts and names (coordinators)",
	"report.made":         "The report of network review %s is ready. It contains names; please share it with the steering group only.",
	"report.file_name":    "review-report-%s.pdf",
	"report.title":        "Network review %s – %s",
	"report.heading":      "Network review %s: report",
	"report.page_format":  "Page %d of %s",
	"report.date_format":  "As of %s",

	"report.response_rate": "Responses",
	"report.survey_open":   "The survey is open until %s.",

	"report.section_participation": "Participation",
	"report.committees":            "Committees in the period",
	"report.need_call":             "Fading and inactive: whom coordinators should contact",
	"report.need_call_none":        "All stakeholders were active in the period.",
	"report.need_call_note":        "Inactive first; decision makers and multipliers first within each group. Meetings: present of expected; commitments: made / done / overdue.",
	"report.mark.decision_maker":   "decision maker",
	"report.mark.multiplier":       "multiplier",
	"report.of":                    "%d of %d",
	"report.commitments_value":     "%d / %d / %d",

	"report.section_priorities":     "Changed priorities",
	"report.priorities_since":       "Changes since %s.",
	"report.stakeholders_added":     "New stakeholders",
	"report.stakeholders_confirmed": "Stakeholders confirmed",
	"report.stakeholders_archived":  "Stakeholders who left",
	"report.memberships":            "Membership changes",
	"report.topic_changes":          "Topics whose participation changed",
	"report.sector_mix":             "Sectors in the network and in the steering group",
	"report.committees_added":       "New committees",
	"report.committees_archived":    "Committees closed",
	"report.topics_gained":          "New topics",
	"report.topics_lost":            "Topics dropped",
	"report.none":                   "None.",

	"report.section_effectiveness": "Effectiveness and consolidation",
	"report.ratings":               "Ratings per committee",
	"report.too_few_answers":       "Too few answers for an anonymous evaluation (at least %d).",
	"report.flags":                 "Findings",
	"report.consolidation":         "Consolidation per committee",
	"report.consolidation_value":   "yes: %d, partly: %d, no: %d",
	"report.consolidation_none":    "No answers on consolidation.",
	"report.consolidation_too_few": "Too few answers",

	"report.section_commitments": "Commitments",
	"report.section_comments":    "Suggestions from the survey (without names)",
	"report.comments_open":       "The suggestions appear once the survey has closed.",

	"report.col.committee":             "Committee",
	"report.col.members":               "Members",
	"report.col.decision_makers":       "Decision makers",
	"report.col.multipliers":           "Multipliers",
	"report.col.meetings":              "Meetings",
	"report.col.attendance":            "Attendance",
	"report.col.sectors_missing":       "Sectors missing",
	"report.col.stakeholder":           "Stakeholder",
	"report.col.class":                 "Participation",
	"report.col.present":               "Meetings",
	"report.col.commitments":           "Commitments",
	"report.col.last_activity":         "Last active",
	"report.col.answers":               "Answers",
	"report.col.rating":                "Average per dimension",
	"report.col.purpose":               "Purpose",
	"report.col.commitments_period":    "Commitments in the period",
	"report.col.topic":                 "Topic",
	"report.col.stakeholders_then_now": "Stakeholders (before → now)",
	"report.col.commitments_then_now":  "Commitments (before → now)",
	"report.col.sector":                "Sector",
	"report.col.network_then":          "Network before",
	"report.col.network_now":           "Network now",
	"report.col.steering_then":         "Steering group before",
	"report.col.steering_now":          "Steering group now",
	"report.col.question":              "Question",
	"report.col.consolidation":         "Answers",
}

// reportPluralDE holds the German sentences of this feature that depend on a
// count.
var reportPluralDE = map[string]i18n.Plural{
	"report.anonymity_note":      {Arg: 1, One: "Ergebnisse eines Gremiums erscheinen nur, wenn mindestens %d Mitglied geantwortet hat. Pfeile: Veränderung gegenüber der vorigen Überprüfung.", Other: "Ergebnisse eines Gremiums erscheinen nur, wenn mindestens %d Mitglieder geantwortet haben. Pfeile: Veränderung gegenüber der vorigen Überprüfung."},
	"report.consolidation_note":  {Arg: 1, One: "Ist das Gremium verankert – durch einen Auftrag, durch Ressourcen, durch Entscheidungsträger/innen? Die Antworten auf eine Frage erscheinen nur, wenn mindestens %d Mitglied des Gremiums sie beantwortet hat.", Other: "Ist das Gremium verankert – durch einen Auftrag, durch Ressourcen, durch Entscheidungsträger/innen? Die Antworten auf eine Frage erscheinen nur, wenn mindestens %d Mitglieder des Gremiums sie beantwortet haben."},
	"report.response_rate_value": {Arg: 2, One: "%d von %d eingeladenen Mitglied (%s)", Other: "%d von %d eingeladenen Mitgliedern (%s)"},
}

// reportPluralEN holds their English forms.
var reportPluralEN = map[string]i18n.Plural{
	"report.anonymity_note":      {Arg: 1, One: "A committee's results appear only when at least %d member answered. Arrows: change since the previous review.", Other: "A committee's results appear only when at least %d members answered. Arrows: change since the previous review."},
	"report.consolidation_note":  {Arg: 1, One: "Is the committee anchored – by a mandate, by resources, by decision makers? The answers to a question appear only when at least %d of the committee's members answered it.", Other: "Is the committee anchored – by a mandate, by resources, by decision makers? The answers to a question appear only when at least %d of the committee's members answered it."},
	"report.response_rate_value": {Arg: 2, One: "%d of %d invited member (%s)", Other: "%d of %d invited members (%s)"},
}
