package bot

import "github.com/netzwerkbot/netzwerkbot/bot/i18n"

func init() {
	i18n.Register(chartDE, chartEN)
	i18n.RegisterPlural(chartPluralDE, chartPluralEN)
}

// chartDE holds the German words of the review's charts. Keys ending in
// _format are fmt formats; the counted labels are in chartPluralDE.
var chartDE = map[string]string{
	"chart.none":                "–",
	"chart.averages_title":      "Bewertung der Gremien je Dimension",
	"chart.current":             "Diese Überprüfung",
	"chart.previous":            "Vorherige Überprüfung",
	"chart.score":               "Durchschnitt (1–5)",
	"chart.new":                 "erstmals bewertet",
	"chart.trend_title":         "Gesamtbewertung der Gremien im Verlauf",
	"chart.committee":           "Gremium",
	"chart.network":             "Netzwerk gesamt",
	"chart.grid_title":          "Einfluss-Interesse-Raster",
	"chart.influence":           "Einfluss",
	"chart.interest":            "Interesse",
	"chart.low":                 "gering",
	"chart.medium":              "mittel",
	"chart.high":                "hoch",
	"chart.manage_closely":      "Eng einbinden",
	"chart.keep_satisfied":      "Zufriedenstellen",
	"chart.keep_informed":       "Informiert halten",
	"chart.monitor":             "Beobachten",
	"chart.participation_title": "Beteiligung der Mitglieder je Gremium",
	"chart.active":              "aktiv",
	"chart.fading":              "nachlassend",
	"chart.inactive":            "inaktiv",
	"chart.members":             "Mitglieder",
	"chart.attendance":          "Anwesenheit",
	"chart.attendance_title":    "Anwesenheit im Zeitraum",
	"chart.threshold_format":    "Schwelle %s",

	"usage.stakeholder_grid": "akteur raster [gremium:…] [sektor:…] – Einfluss-Interesse-Raster der Akteure als Bild und Text, mit Namen (koordinierende Stelle)",
	"err.grid_extra":         "„%s“ ist hier nicht vorgesehen; möglich sind gremium: und sektor:.",
	"grid.cell":              "Einfluss %s, Interesse %s: %d",
	"grid.hint":              "Einfluss und Interesse stehen bei jedem Akteur („akteur ändern <Name> einfluss:hoch interesse:mittel“). Das Bild enthält Namen; bitte nicht in offene Kanäle stellen.",
}

// chartEN holds the English words of the review's charts.
var chartEN = map[string]string{
	"chart.none":                "–",
	"chart.averages_title":      "Committee ratings by dimension",
	"chart.current":             "This review",
	"chart.previous":            "Previous review",
	"chart.score":               "Average (1–5)",
	"chart.new":                 "first rating",
	"chart.trend_title":         "Committees' overall rating over time",
	"chart.committee":           "Committee",
	"chart.network":             "Whole network",
	"chart.grid_title":          "Power–interest grid",
	"chart.influence":           "Influence",
	"chart.interest":            "Interest",
	"chart.low":                 "low",
	"chart.medium":              "medium",
	"chart.high":                "high",
	"chart.manage_closely":      "Manage closely",
	"chart.keep_satisfied":      "Keep satisfied",
	"chart.keep_informed":       "Keep informed",
	"chart.monitor":             "Monitor",
	"chart.participation_title": "Members' participation per committee",
	"chart.active":              "active",
	"chart.fading":              "fading",
	"chart.inactive":            "inactive",
	"chart.members":             "Members",
	"chart.attendance":          "Attendance",
	"chart.attendance_title":    "Attendance over the period",
	"chart.threshold_format":    "%s threshold",

	"usage.stakeholder_grid": "stakeholder grid [committee:…] [sector:…] – the stakeholders' power–interest grid as a picture and as text, with names (coordinators)",
	"err.grid_extra":         "“%s” is not expected here; possible are committee: and sector:.",
	"grid.cell":              "influence %s, interest %s: %d",
	"grid.hint":              "Every stakeholder has an influence and an interest (“stakeholder edit <name> influence:high interest:medium”). The picture holds names; please do not post it in open channels.",
}

// chartPluralDE holds the charts' counted labels in German.
var chartPluralDE = map[string]i18n.Plural{
	"chart.answers":  {Arg: 1, One: "%d Antwort", Other: "%d Antworten"},
	"chart.more":     {Arg: 1, One: "+ %d weiterer", Other: "+ %d weitere"},
	"chart.unrated":  {Arg: 1, One: "Ohne Einstufung: %d", Other: "Ohne Einstufung: %d"},
	"chart.meetings": {Arg: 1, One: "%d Sitzung", Other: "%d Sitzungen"},
}

// chartPluralEN holds their English forms.
var chartPluralEN = map[string]i18n.Plural{
	"chart.answers":  {Arg: 1, One: "%d answer", Other: "%d answers"},
	"chart.more":     {Arg: 1, One: "+ %d more", Other: "+ %d more"},
	"chart.unrated":  {Arg: 1, One: "Not rated: %d", Other: "Not rated: %d"},
	"chart.meetings": {Arg: 1, One: "%d meeting", Other: "%d meetings"},
}
