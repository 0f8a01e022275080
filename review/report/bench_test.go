package report

import (
	"fmt"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/review/chart"
)

// largeReport is the coordinators' report of a network the size of the
// seeded large one: 200 committees, 2,000 stakeholders (named in the
// grid and in the participation table), 8 reviews.
func largeReport() Document {
	const committees, stakeholders, reviews = 200, 2000, 8
	av := chart.Averages{Dimensions: dimensions}
	tr := chart.Trend{}
	for k := range reviews {
		tr.Reviews = append(tr.Reviews, fmt.Sprintf("%02d/%02d", 1+3*(k%4), 24+k/4))
		tr.Network = append(tr.Network, 3+float64(k%3)/4)
	}
	var pa chart.Participation
	table := &Table{Columns: []Column{{Title: "Gremium", Weight: 3}, {Title: "Anwesenheit", Weight: 1, Right: true}, {Title: "Zusagen", Weight: 1, Right: true}}}
	for i := range committees {
		name := fmt.Sprintf("Arbeitsgruppe Übergänge %d", i+1)
		v := 1 + float64(i%40)/10
		av.Committees = append(av.Committees, chart.CommitteeScores{Name: name, Answers: 3 + i%7,
			Current: []float64{v, 5 - v/2, 3, v}, Previous: []float64{v - 0.5, 4, 3.2, v}})
		ct := chart.CommitteeTrend{Name: name}
		for k := range reviews {
			ct.Scores = append(ct.Scores, 2+float64((i+k)%30)/10)
		}
		tr.Committees = append(tr.Committees, ct)
		pa.Committees = append(pa.Committees, chart.CommitteeParticipation{Name: name, Active: i % 11, Fading: i % 4, Inactive: i % 5, Meetings: i % 6, Attendance: 0.6})
		table.Rows = append(table.Rows, []string{name, "60 %", "3 / 1"})
	}
	people := &Table{Columns: []Column{{Title: "Akteur", Weight: 3}, {Title: "Sitzungen", Weight: 1, Right: true}, {Title: "Zuletzt aktiv", Weight: 1.5}}}
	var grid chart.Grid
	levels := []string{"low", "medium", "high"}
	for i := range stakeholders {
		name := fmt.Sprintf("Jürgen Weiß-Öztürk %d", i+1)
		grid.Stakeholders = append(grid.Stakeholders, chart.GridPoint{Name: name, Influence: levels[i%3], Interest: levels[(i/3)%3]})
		people.Rows = append(people.Rows, []string{name, "2 von 5", "3. März 2026"})
	}
	var blocks []Block
	add := func(cs ...chart.Chart) {
		for i := range cs {
			blocks = append(blocks, Block{Chart: &cs[i]})
		}
	}
	add(chart.ParticipationCharts(pa, chartLabels)...)
	add(chart.AttendanceChart(chart.Attendance{Spans: []chart.AttendanceSpan{{Label: "Jan.", Meetings: 40, Rate: 0.6}}}, chartLabels))
	add(chart.GridChart(grid, chartLabels))
	add(chart.AveragesCharts(av, chartLabels)...)
	add(chart.TrendCharts(tr, chartLabels)...)
	d := twoReviewReport()
	d.Sections = []Section{
		{Title: "Beteiligung", Blocks: append([]Block{{Table: people}}, blocks...)},
		{Title: "Wirksamkeit und Verstetigung", Blocks: []Block{{Table: table}}},
	}
	return d
}

// BenchmarkReportLarge lays out the report of the large network with all
// its charts (52, as vector graphics) and compresses it.
func BenchmarkReportLarge(b *testing.B) {
	d := largeReport()
	for b.Loop() {
		pdf, err := Render(d, true)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(pdf.Content))/1e6, "MB")
	}
}
