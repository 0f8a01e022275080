package chart

// Averages is the input of the averages chart: the survey's dimensions
// and the committees whose results may be shown (the caller leaves out
// those under the anonymity threshold).
type Averages struct {
	Dimensions []string
	Committees []CommitteeScores
}

// CommitteeScores are one committee's average ratings.
type CommitteeScores struct {
	Name    string
	Answers int
	// Current and Previous hold one average (1–5) per dimension, in the
	// order of Averages.Dimensions; 0 means no value. Previous is nil for
	// a committee never rated before.
	Current  []float64
	Previous []float64
}

// averagesPerPage is how many committees one averages chart shows.
const averagesPerPage = 12

// AveragesCharts returns the charts of the committees' dimension averages
// beside the previous review's, one panel per dimension and two bars per
// committee: this review solid, the previous one lighter and hatched,
// each with its value written out. Many committees make several pages,
// named averages.png or averages-1.png, averages-2.png, …; no committee
// makes one page saying nothing but the legend.
func AveragesCharts(in Averages, l Labels) []Chart {
	ps := pages(len(in.Committees), averagesPerPage)
	out := make([]Chart, len(ps))
	for i, pg := range ps {
		rc := averagesPage(in, in.Committees[pg[0]:pg[1]], &l)
		rc.title = pagedTitle(l.AveragesTitle, i, len(ps))
		out[i] = Chart{Name: pagedName("averages", i, len(ps)), Title: rc.title, draw: rc.draw}
	}
	return out
}

// averagesPage lays out one page of committees.
func averagesPage(in Averages, cs []CommitteeScores, l *Labels) rowChart {
	rc := rowChart{
		axis:   l.Score,
		legend: []swatch{{label: l.Current, fill: blue}, {label: l.Previous, fill: lightGrey, hatch: true}},
	}
	for _, c := range cs {
		rc.names = append(rc.names, rowName{name: shorten(c.Name, 34), note: l.Answers(c.Answers)})
	}
	tick := func(v float64) string { return l.Number(v, 0) }
	for d, dim := range in.Dimensions {
		panel := rowPanel{title: dim, max: 5, ticks: []float64{0, 1, 2, 3, 4, 5}, tick: tick}
		for row, c := range cs {
			panel.bars = append(panel.bars, averageBars(row, d, c, l)...)
		}
		rc.panels = append(rc.panels, panel)
	}
	return rc
}

// averageBars returns a committee's two bars of dimension d; a committee
// never rated before says so in the first panel instead of a second bar.
func averageBars(row, d int, c CommitteeScores, l *Labels) []hbar {
	const thick = 0.36
	var out []hbar
	if v := value(c.Current, d); v > 0 {
		out = append(out, hbar{row: row, offset: 0.2, thick: thick, to: v, fill: blue, label: l.Number(v, 1)})
	}
	switch v := value(c.Previous, d); {
	case c.Previous == nil && d == 0: // once a row is enough
		out = append(out, hbar{row: row, offset: -0.2, thick: thick, label: l.New, labelColor: midGrey})
	case v > 0:
		out = append(out, hbar{row: row, offset: -0.2, thick: thick, to: v, fill: lightGrey, hatch: true, label: l.Number(v, 1)})
	}
	return out
}

// value returns vs[i], 0 when there is none.
func value(vs []float64, i int) float64 {
	if i < len(vs) {
		return vs[i]
	}
	return 0
}
