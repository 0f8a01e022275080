package chart

import (
	"fmt"
	"math/rand/v2"
)

// The dimensions of the default survey, in German as a caller passes them.
var testDimensions = []string{"Strategische Ausrichtung", "Arbeitsweise", "Beteiligung", "Ergebnisse und Wirkung"}

// smallNetwork is input the size of the seeded small network: 6
// committees (one never rated before, one without meetings) and 60
// stakeholders.
func smallNetwork() testInput {
	return network(6, 60, 5, rand.New(rand.NewPCG(1, 2)))
}

// largeNetwork is input the size of the seeded large network: 200
// committees and 2,000 stakeholders, 8 reviews.
func largeNetwork() testInput {
	return network(200, 2000, 8, rand.New(rand.NewPCG(3, 4)))
}

// testInput is the input of every chart.
type testInput struct {
	av Averages
	tr Trend
	gr Grid
	pa Participation
	at Attendance
}

// network makes deterministic input with the given sizes.
func network(committees, stakeholders, reviews int, r *rand.Rand) testInput {
	kinds := []string{"Lenkungsgruppe", "AG Übergänge", "Strategiegruppe", "Arbeitskreis Jugendberufshilfe", "Bildungskonferenz Süd"}
	score := func() float64 { return float64(100+r.IntN(400)) / 100 }
	av := Averages{Dimensions: testDimensions}
	tr := Trend{}
	for k := range reviews {
		tr.Reviews = append(tr.Reviews, fmt.Sprintf("%02d/%02d", 1+3*(k%4), 24+k/4))
		tr.Network = append(tr.Network, score())
	}
	var pa Participation
	for i := range committees {
		name := fmt.Sprintf("%s %d", kinds[i%len(kinds)], i+1)
		cs := CommitteeScores{Name: name, Answers: 3 + r.IntN(9)}
		for range testDimensions {
			cs.Current = append(cs.Current, score())
		}
		if i%4 != 1 {
			for range testDimensions {
				cs.Previous = append(cs.Previous, score())
			}
		}
		av.Committees = append(av.Committees, cs)
		ct := CommitteeTrend{Name: name}
		for k := range reviews {
			v := score()
			if (i+k)%5 == 0 {
				v = 0
			}
			ct.Scores = append(ct.Scores, v)
		}
		tr.Committees = append(tr.Committees, ct)
		cp := CommitteeParticipation{Name: name, Active: r.IntN(12), Fading: r.IntN(5), Inactive: r.IntN(6)}
		if i%3 != 2 {
			cp.Meetings, cp.Attendance = 1+r.IntN(8), r.Float64()
		}
		pa.Committees = append(pa.Committees, cp)
	}
	levels := []string{LevelLow, LevelMedium, LevelHigh, ""}
	var gr Grid
	for i := range stakeholders {
		gr.Stakeholders = append(gr.Stakeholders, GridPoint{
			Name:      fmt.Sprintf("Jürgen Weiß-Öztürk %d", i+1),
			Influence: levels[r.IntN(4)], Interest: levels[r.IntN(3)],
		})
	}
	at := Attendance{}
	for _, month := range []string{"Jan.", "Feb.", "März"} {
		at.Spans = append(at.Spans, AttendanceSpan{Label: month, Meetings: r.IntN(20), Rate: r.Float64()})
	}
	at.Spans[1].Meetings = 0
	return testInput{av, tr, gr, pa, at}
}

// allCharts returns every chart of the input.
func allCharts(l Labels, in testInput) []Chart {
	var out []Chart
	out = append(out, AveragesCharts(in.av, l)...)
	out = append(out, TrendCharts(in.tr, l)...)
	out = append(out, GridChart(in.gr, l))
	out = append(out, ParticipationCharts(in.pa, l)...)
	return append(out, AttendanceChart(in.at, l))
}
