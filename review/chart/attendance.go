package chart

import (
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Attendance is the input of the attendance chart: the period cut into
// spans (months, say), each with its meetings and their attendance.
type Attendance struct {
	Spans []AttendanceSpan
}

// AttendanceSpan is one bar: Label names the span ("Jan."), Meetings
// counts the meetings in it, Rate is present ÷ expected over them (0–1).
type AttendanceSpan struct {
	Label    string
	Meetings int
	Rate     float64
}

// AttendanceChart returns the chart of the attendance over the period
// (attendance.png): one bar per span with its rate written on top and its
// meetings under it, no bar but "–" for a span without meetings, and a
// dashed line at 50 %, under which the review flags a committee.
func AttendanceChart(in Attendance, l Labels) Chart {
	return Chart{Name: "attendance.png", Title: l.AttendanceTitle, draw: func(dc draw.Canvas) { drawAttendance(dc, in, &l) }}
}

// threshold is the attendance rate under which a committee is flagged.
const threshold = 0.5

// drawAttendance draws the chart on dc.
func drawAttendance(dc draw.Canvas, in Attendance, l *Labels) {
	dc = heading(dc, l.AttendanceTitle)
	dash := draw.LineStyle{Color: ink, Width: vg.Points(0.8), Dashes: []vg.Length{vg.Points(4), vg.Points(3)}}
	dc = legend(dc, []swatch{{label: l.Rate, fill: blue}, {label: fmt.Sprintf(l.ThresholdFormat, l.Percent(threshold)), line: &dash}})
	dc.Max.X -= vg.Points(8)
	p := newPlot()
	n := len(in.Spans)
	p.X.Min, p.X.Max = -0.5, float64(max(n, 1))-0.5
	p.Y.Min, p.Y.Max = 0, 1.08
	at := make([]float64, n)
	for i := range at {
		at[i] = float64(i)
	}
	p.X.Tick.Marker = fixedTicks{at: at, label: func(v float64) string {
		s := in.Spans[int(v)]
		return s.Label + "\n" + l.Meetings(s.Meetings)
	}}
	p.X.Tick.Length = 0
	rates := []float64{0, 0.25, 0.5, 0.75, 1}
	p.Y.Tick.Marker = fixedTicks{at: rates, label: l.Percent}
	p.Y.Label.Text = l.Rate
	p.Add(gridLines{at: rates}, attendanceBars{spans: in.Spans, labels: l, dash: dash})
	p.Draw(dc)
}

// attendanceBars draws the bars, their values and the threshold line.
type attendanceBars struct {
	spans  []AttendanceSpan
	labels *Labels
	dash   draw.LineStyle
}

// Plot implements plot.Plotter.
func (a attendanceBars) Plot(dc draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&dc)
	sty := aligned(face(labelSize, true), draw.XCenter, draw.YBottom)
	half := 0.32
	dc.StrokeLine2(a.dash, dc.Min.X, ty(threshold), dc.Max.X, ty(threshold))
	for i, s := range a.spans {
		x := float64(i)
		if s.Meetings == 0 {
			dc.FillText(sty, vg.Point{X: tx(x), Y: ty(0) + vg.Points(3)}, a.labels.None)
			continue
		}
		r := vg.Rectangle{Min: vg.Point{X: tx(x - half), Y: ty(0)}, Max: vg.Point{X: tx(x + half), Y: ty(s.Rate)}}
		fillBox(dc, r, blue, false)
		dc.FillText(sty, vg.Point{X: tx(x), Y: r.Max.Y + vg.Points(3)}, a.labels.Percent(s.Rate))
	}
}
