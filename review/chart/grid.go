package chart

import (
	"image/color"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The levels of influence and interest in the register.
const (
	LevelLow    = "low"
	LevelMedium = "medium"
	LevelHigh   = "high"
)

// levels lists the levels from low to high.
var levels = []string{LevelLow, LevelMedium, LevelHigh}

// Quadrant is a field of the power–interest grid: what the coordinating
// office should do about the stakeholders in it.
type Quadrant string

// The quadrants. The grid has three levels a side; its four corner cells
// are the quadrants, and the cells with a medium level lie between them.
const (
	ManageClosely Quadrant = "manage_closely" // high influence, high interest
	KeepSatisfied Quadrant = "keep_satisfied" // high influence, low interest
	KeepInformed  Quadrant = "keep_informed"  // low influence, high interest
	Monitor       Quadrant = "monitor"        // low influence, low interest
)

// Grid is the input of the power–interest grid.
type Grid struct {
	// Scope says which part of the network is shown ("Lenkungsgruppe");
	// empty for the whole network. It follows the title.
	Scope        string
	Stakeholders []GridPoint
}

// GridPoint is one stakeholder in the grid. Name is empty in the version
// for everyone, which shows only how many are in each cell.
type GridPoint struct {
	Name      string
	Influence string
	Interest  string
}

// GridCell is one of the nine cells of the grid.
type GridCell struct {
	Influence, Interest string
	// Quadrant is empty for the cells between the quadrants.
	Quadrant Quadrant
	Count    int
	// Names are the names given, in input order.
	Names []string
}

// GridCells sorts the stakeholders into the nine cells, listed row by row
// from high influence to low and within a row from low interest to high
// (the order the chart shows them). Unrated counts the stakeholders
// without a known level of influence or of interest, who are in no cell.
func GridCells(in Grid) (cells []GridCell, unrated int) {
	index := map[string]int{LevelLow: 0, LevelMedium: 1, LevelHigh: 2}
	cells = make([]GridCell, 9)
	for row := range 3 {
		for col := range 3 {
			c := &cells[row*3+col]
			c.Influence, c.Interest = levels[2-row], levels[col]
			c.Quadrant = quadrant(2-row, col)
		}
	}
	for _, s := range in.Stakeholders {
		inf, ok1 := index[s.Influence]
		intr, ok2 := index[s.Interest]
		if !ok1 || !ok2 {
			unrated++
			continue
		}
		c := &cells[(2-inf)*3+intr]
		c.Count++
		if s.Name != "" {
			c.Names = append(c.Names, s.Name)
		}
	}
	return cells, unrated
}

// quadrant returns the quadrant of the cell with influence level inf and
// interest level intr (0 low … 2 high), empty between the quadrants.
func quadrant(inf, intr int) Quadrant {
	switch {
	case inf == 2 && intr == 2:
		return ManageClosely
	case inf == 2 && intr == 0:
		return KeepSatisfied
	case inf == 0 && intr == 2:
		return KeepInformed
	case inf == 0 && intr == 0:
		return Monitor
	}
	return ""
}

// quadrantName returns the quadrant's label.
func (l *Labels) quadrantName(q Quadrant) string {
	return map[Quadrant]string{
		ManageClosely: l.ManageClosely, KeepSatisfied: l.KeepSatisfied,
		KeepInformed: l.KeepInformed, Monitor: l.Monitor,
	}[q]
}

// The quadrants' backgrounds: four light greys, darkest where the
// stakeholders need the most attention; the cells between the quadrants
// stay white.
var quadrantFill = map[Quadrant]color.Color{
	ManageClosely: color.Gray{Y: 0xC8},
	KeepSatisfied: color.Gray{Y: 0xD8},
	KeepInformed:  color.Gray{Y: 0xE4},
	Monitor:       color.Gray{Y: 0xF0},
}

// GridChart returns the power–interest grid (grid.png): interest across,
// influence up, the four quadrants (the corner cells) shaded and named, and in each of the
// nine cells the number of stakeholders and, when given, their names (as
// many as fit, then how many more).
func GridChart(in Grid, l Labels) Chart {
	title := l.GridTitle
	if in.Scope != "" {
		title += " – " + in.Scope
	}
	return Chart{Name: "grid.png", Title: title, draw: func(dc draw.Canvas) { drawGrid(dc, title, in, &l) }}
}

// drawGrid draws the grid on dc.
func drawGrid(dc draw.Canvas, title string, in Grid, l *Labels) {
	dc = heading(dc, title)
	cells, unrated := GridCells(in)
	if unrated > 0 {
		note := aligned(face(smallSize, false), draw.XRight, draw.YTop)
		note.Color = midGrey
		dc.FillText(note, vg.Point{X: dc.Max.X - vg.Points(8), Y: dc.Max.Y}, l.Unrated(unrated))
		dc.Max.Y -= note.Height("0") + vg.Points(4)
	}
	dc.Max.X -= vg.Points(8)
	p := newPlot()
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 3, 0, 3
	names := []string{l.Low, l.Medium, l.High}
	tick := fixedTicks{at: []float64{0.5, 1.5, 2.5}, label: func(v float64) string { return names[int(v)] }}
	p.X.Tick.Marker, p.Y.Tick.Marker = tick, tick
	p.X.Tick.Length, p.Y.Tick.Length = 0, 0
	p.X.Label.Text, p.Y.Label.Text = l.Interest, l.Influence
	p.Add(gridPlotter{cells: cells, labels: l})
	p.Draw(dc)
}

// gridPlotter draws the quadrants and the cells.
type gridPlotter struct {
	cells  []GridCell
	labels *Labels
}

// Plot implements plot.Plotter.
func (g gridPlotter) Plot(dc draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&dc)
	rect := func(x0, y0, x1, y1 float64) vg.Rectangle {
		return vg.Rectangle{Min: vg.Point{X: tx(x0), Y: ty(y0)}, Max: vg.Point{X: tx(x1), Y: ty(y1)}}
	}
	border := draw.LineStyle{Color: rule, Width: vg.Points(0.8)}
	for i, c := range g.cells {
		row, col := i/3, i%3
		r := rect(float64(col), float64(2-row), float64(col+1), float64(3-row))
		fill := quadrantFill[c.Quadrant]
		if fill == nil {
			fill = white
		}
		corners := []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}}
		dc.FillPolygon(fill, corners)
		dc.StrokeLines(border, append(corners, r.Min))
	}
	for i, c := range g.cells {
		row, col := i/3, i%3
		g.drawCell(dc, rect(float64(col), float64(2-row), float64(col+1), float64(3-row)), c)
	}
}

// drawCell writes a cell's count, its quadrant and its names into r.
func (g gridPlotter) drawCell(dc draw.Canvas, r vg.Rectangle, c GridCell) {
	l := g.labels
	pad := vg.Points(5)
	if len(c.Names) == 0 {
		big := aligned(face(22, true), draw.XCenter, draw.YCenter)
		mid := vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2}
		dc.FillText(big, mid, strconv.Itoa(c.Count))
		if c.Quadrant != "" {
			q := aligned(face(labelSize, true), draw.XCenter, draw.YTop)
			dc.FillText(q, vg.Point{X: mid.X, Y: r.Max.Y - pad}, l.quadrantName(c.Quadrant))
		}
		return
	}
	head := strconv.Itoa(c.Count)
	if c.Quadrant != "" {
		head += " · " + l.quadrantName(c.Quadrant)
	}
	hs := aligned(face(labelSize, true), draw.XLeft, draw.YTop)
	dc.FillText(hs, vg.Point{X: r.Min.X + pad, Y: r.Max.Y - pad}, head)
	ns := aligned(face(smallSize, false), draw.XLeft, draw.YTop)
	lineH := ns.Height("Ag") * 1.15
	top := r.Max.Y - pad - hs.Height(head) - vg.Points(3)
	perCol := int((top - r.Min.Y - pad) / lineH)
	colW := (r.Max.X - r.Min.X - 2*pad) / 2
	slots := max(2*perCol, 0)
	shown := c.Names
	if len(shown) > slots {
		shown = shown[:max(slots-1, 0)]
	}
	maxRunes := max(int(colW/(smallSize*0.5)), 4)
	for k, name := range shown {
		x := r.Min.X + pad + vg.Length(k/perCol)*colW
		y := top - vg.Length(k%perCol)*lineH
		dc.FillText(ns, vg.Point{X: x, Y: y}, shorten(name, maxRunes))
	}
	if rest := len(c.Names) - len(shown); rest > 0 && slots > 0 {
		k := len(shown)
		x := r.Min.X + pad + vg.Length(k/perCol)*colW
		y := top - vg.Length(k%perCol)*lineH
		more := ns
		more.Color = midGrey
		dc.FillText(more, vg.Point{X: x, Y: y}, l.More(rest))
	}
}
