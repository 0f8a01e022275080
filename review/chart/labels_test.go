package chart

// testLabels are the words a caller would pass, in German and English.
var testLabels = map[string]Labels{
	"de": {
		DecimalComma: true, PercentFormat: "%d %%", None: "–",
		AveragesTitle: "Bewertung der Gremien nach Dimension", Current: "Diese Überprüfung",
		Previous: "Vorherige Überprüfung", Score: "Durchschnitt (1–5)", New: "neu", AnswersFormat: "%d Antworten",
		TrendTitle: "Gesamtbewertung der Gremien im Verlauf", Committee: "Gremium", Network: "Netzwerk gesamt",
		GridTitle: "Einfluss-Interesse-Raster", Influence: "Einfluss", Interest: "Interesse",
		Low: "gering", Medium: "mittel", High: "hoch",
		ManageClosely: "Eng einbinden", KeepSatisfied: "Zufriedenstellen", KeepInformed: "Informiert halten", Monitor: "Beobachten",
		MoreFormat: "+ %d weitere", UnratedFormat: "Ohne Einstufung: %d",
		ParticipationTitle: "Beteiligung je Gremium", Active: "aktiv", Fading: "nachlassend", Inactive: "inaktiv",
		Members: "Mitglieder", Attendance: "Anwesenheit",
		AttendanceTitle: "Anwesenheit im Zeitraum", Rate: "Anwesenheit", MeetingsFormat: "%d Sitzungen", ThresholdFormat: "Schwelle %s",
	},
	"en": {
		PercentFormat: "%d%%", None: "–",
		AveragesTitle: "Committee ratings by dimension", Current: "This review",
		Previous: "Previous review", Score: "Average (1–5)", New: "new", AnswersFormat: "%d answers",
		TrendTitle: "Committees' overall rating over time", Committee: "Committee", Network: "Whole network",
		GridTitle: "Power–interest grid", Influence: "Influence", Interest: "Interest",
		Low: "low", Medium: "medium", High: "high",
		ManageClosely: "Manage closely", KeepSatisfied: "Keep satisfied", KeepInformed: "Keep informed", Monitor: "Monitor",
		MoreFormat: "+ %d more", UnratedFormat: "Not rated: %d",
		ParticipationTitle: "Participation per committee", Active: "active", Fading: "fading", Inactive: "inactive",
		Members: "Members", Attendance: "Attendance",
		AttendanceTitle: "Attendance over the period", Rate: "Attendance", MeetingsFormat: "%d meetings", ThresholdFormat: "%s threshold",
	},
}
