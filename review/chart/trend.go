package chart

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Trend is the input of the trend chart: the overall scores (1–5) of the
// last reviews, oldest first, for the network and for each committee whose
// results may be shown. A score of 0 means none (the committee was not
// reviewed or had too few answers then).
type Trend struct {
	// Reviews label the reviews ("03/25"), oldest first; only the last
	// MaxReviews are shown.
	Reviews    []string
	Network    []float64
	Committees []CommitteeTrend
}

// CommitteeTrend is one committee's overall score per review, in the
// order of Trend.Reviews.
type CommitteeTrend struct {
	Name   string
	Scores []float64
}

// MaxReviews is how many reviews the trend shows at most.
const MaxReviews = 8

// trendCols × trendRows committees make one page of the trend chart.
const (
	trendCols = 3
	trendRows = 3
)

// TrendCharts returns the charts of each committee's overall score over
// the last reviews: one small panel per committee, its line solid and
// dark with round markers and its last value written out, the network's
// overall score as a grey dashed line behind it for comparison. Many
// committees make several pages (trend.png or trend-1.png, trend-2.png, …).
func TrendCharts(in Trend, l Labels) []Chart {
	in = lastReviews(in)
	ps := pages(len(in.Committees), trendCols*trendRows)
	out := make([]Chart, len(ps))
	for i, pg := range ps {
		title := pagedTitle(l.TrendTitle, i, len(ps))
		cs := in.Committees[pg[0]:pg[1]]
		out[i] = Chart{Name: pagedName("trend", i, len(ps)), Title: title, draw: func(dc draw.Canvas) {
			drawTrend(dc, title, in, cs, &l)
		}}
	}
	return out
}

// lastReviews cuts the input to the last MaxReviews reviews.
func lastReviews(in Trend) Trend {
	n := len(in.Reviews)
	if n <= MaxReviews {
		return in
	}
	cut := func(vs []float64) []float64 {
		if len(vs) < n {
			return vs
		}
		return vs[n-MaxReviews:]
	}
	out := Trend{Reviews: in.Reviews[n-MaxReviews:], Network: cut(in.Network)}
	for _, c := range in.Committees {
		out.Committees = append(out.Committees, CommitteeTrend{Name: c.Name, Scores: cut(c.Scores)})
	}
	return out
}

// The line styles of the trend chart.
var (
	committeeLine = draw.LineStyle{Color: blue, Width: vg.Points(1.6)}
	networkLine   = draw.LineStyle{Color: midGrey, Width: vg.Points(1.2), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}}
)

// drawTrend draws one page of panels.
func drawTrend(dc draw.Canvas, title string, in Trend, cs []CommitteeTrend, l *Labels) {
	dc = heading(dc, title)
	dc = legend(dc, []swatch{{label: l.Committee, line: &committeeLine}, {label: l.Network, line: &networkLine}})
	rows := min(max((len(cs)+trendCols-1)/trendCols, 2), trendRows)
	plots := make([][]*plot.Plot, rows)
	for r := range plots {
		plots[r] = make([]*plot.Plot, trendCols)
		for c := range plots[r] {
			plots[r][c] = trendPanel(in, cs, r*trendCols+c, c, l)
		}
	}
	dc.Max.X -= vg.Points(8)
	tiles := draw.Tiles{Rows: rows, Cols: trendCols, PadX: vg.Points(14), PadY: vg.Points(8), PadLeft: vg.Points(6)}
	for r, row := range plot.Align(plots, tiles, dc) {
		for c, canvas := range row {
			if r*trendCols+c < len(cs) {
				plots[r][c].Draw(canvas)
			}
		}
	}
}

// trendPanel returns the panel of committee i of cs in column c; past the
// last committee it returns an empty panel, laid out but not drawn, so
// the page keeps its grid.
func trendPanel(in Trend, cs []CommitteeTrend, i, c int, l *Labels) *plot.Plot {
	p := newPlot()
	p.Title.TextStyle = aligned(face(labelSize, true), draw.XCenter, draw.YTop)
	p.Title.Padding = vg.Points(3)
	n := len(in.Reviews)
	p.X.Min, p.X.Max = -0.3, float64(max(n-1, 1))+0.3
	p.Y.Min, p.Y.Max = 1, 5
	xs := make([]float64, n)
	for k := range xs {
		xs[k] = float64(k)
	}
	p.X.Tick.Marker = fixedTicks{at: xs, label: func(v float64) string { return in.Reviews[int(v)] }}
	p.X.Tick.Label.Font.Size = smallSize
	p.Y.Tick.Marker = fixedTicks{at: []float64{1, 2, 3, 4, 5}, label: func(v float64) string {
		if c != 0 {
			return ""
		}
		return l.Number(v, 0)
	}}
	p.Add(gridLines{at: []float64{1, 2, 3, 4, 5}})
	if i >= len(cs) {
		p.Title.Text = " "
		return p
	}
	p.Title.Text = shorten(cs[i].Name, 30)
	addRuns(p, in.Network, networkLine, false, l)
	addRuns(p, cs[i].Scores, committeeLine, true, l)
	return p
}

// addRuns adds the scores to p as lines through consecutive values,
// leaving gaps where there is none; with markers, each value gets a round
// marker and the last one its value.
func addRuns(p *plot.Plot, scores []float64, sty draw.LineStyle, markers bool, l *Labels) {
	var run plotter.XYs
	flush := func() {
		if len(run) > 1 {
			line, _ := plotter.NewLine(run) // a run has only finite values
			line.LineStyle = sty
			p.Add(line)
		}
		run = nil
	}
	last := -1
	for k, v := range scores {
		if v <= 0 {
			flush()
			continue
		}
		run = append(run, plotter.XY{X: float64(k), Y: v})
		last = k
	}
	flush()
	if !markers || last < 0 {
		return
	}
	var pts plotter.XYs
	for k, v := range scores {
		if v > 0 {
			pts = append(pts, plotter.XY{X: float64(k), Y: v})
		}
	}
	sc, _ := plotter.NewScatter(pts)
	sc.GlyphStyle = draw.GlyphStyle{Color: blue, Radius: vg.Points(2.6), Shape: draw.CircleGlyph{}}
	p.Add(sc)
	lbl, _ := plotter.NewLabels(plotter.XYLabels{
		XYs:    plotter.XYs{{X: float64(last), Y: scores[last]}},
		Labels: []string{l.Number(scores[last], 1)},
	})
	for i := range lbl.TextStyle {
		lbl.TextStyle[i] = aligned(face(smallSize, true), draw.XCenter, draw.YBottom)
	}
	lbl.Offset = vg.Point{Y: vg.Points(4)}
	p.Add(lbl)
}
