package chart

import (
	"fmt"
	"strconv"
	"strings"
)

// testLabels are the words a caller would pass, in German and English.
var testLabels = map[string]Labels{
	"de": {
		Number:  func(v float64, d int) string { return strings.Replace(strconv.FormatFloat(v, 'f', d, 64), ".", ",", 1) },
		Percent: func(r float64) string { return fmt.Sprintf("%d %%", int(r*100+0.5)) }, None: "–",
		AveragesTitle: "Bewertung der Gremien nach Dimension", Current: "Diese Überprüfung",
		Previous: "Vorherige Überprüfung", Score: "Durchschnitt (1–5)", New: "neu", Answers: count("%d Antworten"),
		TrendTitle: "Gesamtbewertung der Gremien im Verlauf", Committee: "Gremium", Network: "Netzwerk gesamt",
		GridTitle: "Einfluss-Interesse-Raster", Influence: "Einfluss", Interest: "Interesse",
		Low: "gering", Medium: "mittel", High: "hoch",
		ManageClosely: "Eng einbinden", KeepSatisfied: "Zufriedenstellen", KeepInformed: "Informiert halten", Monitor: "Beobachten",
		More: count("+ %d weitere"), Unrated: count("Ohne Einstufung: %d"),
		ParticipationTitle: "Beteiligung je Gremium", Active: "aktiv", Fading: "nachlassend", Inactive: "inaktiv",
		Members: "Mitglieder", Attendance: "Anwesenheit",
		AttendanceTitle: "Anwesenheit im Zeitraum", Rate: "Anwesenheit", Meetings: count("%d Sitzungen"), ThresholdFormat: "Schwelle %s",
	},
	"en": {
		Number:  func(v float64, d int) string { return strconv.FormatFloat(v, 'f', d, 64) },
		Percent: func(r float64) string { return fmt.Sprintf("%d%%", int(r*100+0.5)) }, None: "–",
		AveragesTitle: "Committee ratings by dimension", Current: "This review",
		Previous: "Previous review", Score: "Average (1–5)", New: "new", Answers: count("%d answers"),
		TrendTitle: "Committees' overall rating over time", Committee: "Committee", Network: "Whole network",
		GridTitle: "Power–interest grid", Influence: "Influence", Interest: "Interest",
		Low: "low", Medium: "medium", High: "high",
		ManageClosely: "Manage closely", KeepSatisfied: "Keep satisfied", KeepInformed: "Keep informed", Monitor: "Monitor",
		More: count("+ %d more"), Unrated: count("Not rated: %d"),
		ParticipationTitle: "Participation per committee", Active: "active", Fading: "fading", Inactive: "inactive",
		Members: "Members", Attendance: "Attendance",
		AttendanceTitle: "Attendance over the period", Rate: "Attendance", Meetings: count("%d meetings"), ThresholdFormat: "%s threshold",
	},
}

// count returns a counted label that formats n with format.
func count(format string) func(int) string {
	return func(n int) string { return fmt.Sprintf(format, n) }
}
