package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/chart"
)

// chartLabels are the charts' words as a caller passes them.
var chartLabels = chart.Labels{
	Number:  func(v float64, d int) string { return strings.Replace(strconv.FormatFloat(v, 'f', d, 64), ".", ",", 1) },
	Percent: func(r float64) string { return fmt.Sprintf("%d %%", int(r*100+0.5)) }, None: "–",
	AveragesTitle: "Bewertung der Gremien nach Dimension", Current: "Diese Überprüfung",
	Previous: "Vorherige Überprüfung", Score: "Durchschnitt (1–5)", New: "neu", Answers: counted("%d Antworten"),
	TrendTitle: "Gesamtbewertung im Verlauf", Committee: "Gremium", Network: "Netzwerk gesamt",
	GridTitle: "Einfluss-Interesse-Raster", Influence: "Einfluss", Interest: "Interesse",
	Low: "gering", Medium: "mittel", High: "hoch",
	ManageClosely: "Eng einbinden", KeepSatisfied: "Zufriedenstellen", KeepInformed: "Informiert halten", Monitor: "Beobachten",
	More: counted("+ %d weitere"), Unrated: counted("Ohne Einstufung: %d"),
	ParticipationTitle: "Beteiligung je Gremium", Active: "aktiv", Fading: "nachlassend", Inactive: "inaktiv",
	Members: "Mitglieder", Attendance: "Anwesenheit",
	AttendanceTitle: "Anwesenheit im Zeitraum", Rate: "Anwesenheit", Meetings: counted("%d Sitzungen"), ThresholdFormat: "Schwelle %s",
}

// counted returns a counted chart label that formats n with format.
func counted(format string) func(int) string {
	return func(n int) string { return fmt.Sprintf(format, n) }
}

var dimensions = []string{"Strategische Ausrichtung", "Arbeitsweise", "Beteiligung", "Ergebnisse und Wirkung"}

// twoReviewReport is the report of the second review of a small network:
// the document a caller makes, with every section of the review.
func twoReviewReport() Document {
	committees := []string{"Lenkungsgruppe Bildung", "AG Übergänge Kita–Grundschule", "Strategiegruppe Verwaltung"}
	av := chart.Averages{Dimensions: dimensions}
	tr := chart.Trend{Reviews: []string{"01/26", "04/26"}, Network: []float64{3.2, 3.5}}
	pa := chart.Participation{}
	for i, name := range committees {
		av.Committees = append(av.Committees, chart.CommitteeScores{Name: name, Answers: 3 + i,
			Current: []float64{3.5, 4, 2.75, 3}, Previous: []float64{3, 4.25, 3, 2.5}})
		tr.Committees = append(tr.Committees, chart.CommitteeTrend{Name: name, Scores: []float64{3.1 + float64(i)/5, 3.4}})
		pa.Committees = append(pa.Committees, chart.CommitteeParticipation{Name: name, Active: 5, Fading: 2 + i, Inactive: 1, Meetings: 3, Attendance: 0.6})
	}
	var grid chart.Grid
	for i, lv := range []string{"low", "medium", "high", "high", "low", "medium"} {
		grid.Stakeholders = append(grid.Stakeholders, chart.GridPoint{Name: fmt.Sprintf("Jürgen Weiß %d", i), Influence: lv, Interest: "high"})
	}
	att := chart.Attendance{Spans: []chart.AttendanceSpan{{Label: "Jan.", Meetings: 3, Rate: 0.7}, {Label: "Feb.", Meetings: 2, Rate: 0.45}, {Label: "März", Meetings: 4, Rate: 0.55}}}
	averages := chart.AveragesCharts(av, chartLabels)[0]
	trend := chart.TrendCharts(tr, chartLabels)[0]
	gridChart := chart.GridChart(grid, chartLabels)
	part := chart.ParticipationCharts(pa, chartLabels)[0]
	attChart := chart.AttendanceChart(att, chartLabels)
	people := &Table{Columns: []Column{{Title: "Akteur", Weight: 3}, {Title: "Sitzungen", Weight: 1, Right: true}, {Title: "Zusagen", Weight: 1, Right: true}, {Title: "Zuletzt aktiv", Weight: 1.5}}}
	for i := range 80 {
		people.Rows = append(people.Rows, []string{fmt.Sprintf("Dr. Ömer Groß-Schäfer %d (Entscheidungsträger)", i), "2 von 3", "1 / 1", "3. März 2026"})
	}
	return Document{
		FileName: "ueberpruefung-r-2.pdf", Title: "Netzwerküberprüfung r-2 – Bildungsnetzwerk Kreis Talheim",
		Network: "Bildungsnetzwerk Kreis Talheim", Heading: "Netzwerküberprüfung r-2",
		Facts: []Fact{{"Zeitraum", "1. Januar 2026 – 31. März 2026"}, {"Rücklauf", "14 von 20 (70 %)"}, {"Gremien", "3"}},
		Date:  "2. April 2026", Created: time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC),
		Labels: Labels{PageFormat: "Seite %d von %s", DateFormat: "Stand: %s"},
		Sections: []Section{
			{Title: "Beteiligung", Blocks: []Block{
				{Text: "29 aktiv, 6 nachlassend, 21 inaktiv. Anwesenheit im Zeitraum: 58 %."},
				{Chart: &part}, {Chart: &attChart},
				{Heading: "Nachlassend und inaktiv", Table: people},
			}},
			{Title: "Veränderte Prioritäten", Blocks: []Block{
				{Heading: "Neue Akteure", Items: []string{"Jürgen Weiß (Schule)", "Änne Müller (Jugendhilfe)"}},
				{Chart: &gridChart},
			}},
			{Title: "Wirksamkeit und Verstetigung", Blocks: []Block{
				{Chart: &averages}, {Chart: &trend},
				{Heading: "Hinweise", Items: []string{"AG Übergänge Kita–Grundschule: keine Person mit Entscheidungsbefugnis."}},
				{Heading: "Zusagen", Table: &Table{Columns: []Column{{Title: "Gremium", Weight: 3}, {Title: "erledigt", Weight: 1, Right: true}, {Title: "überfällig", Weight: 1, Right: true}},
					Rows: [][]string{{"Lenkungsgruppe Bildung", "4", "1"}, {"AG Übergänge Kita–Grundschule", "2", "0"}}}},
				{Heading: "Freitext (ohne Namen)", Items: []string{"Mehr Austausch über die Übergänge.", "Die Sitzungen früher planen."},
					Note: "Strategiegruppe Verwaltung: zu wenige Antworten für eine anonyme Auswertung."},
			}},
		},
	}
}
