package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// rowChart is the layout of the charts with one row per committee: the
// committees' names in a column on the left, one or more panels of
// horizontal bars side by side, and optionally a column of values on the
// right. Rows run from the top; a page with only a few rows draws them as
// if it had minRows.
type rowChart struct {
	title  string
	legend []swatch
	// perPage is set by draw: the rows the page is laid out for.
	perPage int
	names   []rowName
	// axis names the value axis, written left of its tick labels.
	axis   string
	panels []rowPanel
	// right, when set, is a column of one text per row under rightTitle.
	rightTitle string
	right      []string
}

// rowName labels a row: the name and a small note under it.
type rowName struct{ name, note string }

// rowPanel is one panel: a title above it, the value axis from 0 to max
// with ticks at ticks (labelled by tick), and the bars.
type rowPanel struct {
	title string
	max   float64
	ticks []float64
	tick  func(float64) string
	bars  []hbar
}

// hbar is one horizontal bar in a row: it spans from `from` to `to` on
// the value axis, centred offset row heights above the row's middle, thick
// row heights thick. label is written after the bar's end, or inside it
// when inside is set (and there is room).
type hbar struct {
	row           int
	offset, thick float64
	from, to      float64
	fill          color.Color
	hatch         bool
	label         string
	inside        bool
	labelColor    color.Color
}

// minRows is the fewest rows a page is laid out for.
const minRows = 4

// The widths of the name and value columns, as fractions of the width.
const (
	nameColumn  = 0.28
	valueColumn = 0.12
)

// draw draws the chart on dc.
func (rc rowChart) draw(dc draw.Canvas) {
	dc = heading(dc, rc.title)
	if len(rc.legend) > 0 {
		dc = legend(dc, rc.legend)
	}
	w := dc.Max.X - dc.Min.X
	names := draw.Crop(dc, 0, -(1-nameColumn)*w, 0, 0)
	body := draw.Crop(dc, nameColumn*w, 0, 0, 0)
	var right draw.Canvas
	if rc.right != nil {
		right = body
		right.Min.X = body.Max.X - valueColumn*w
		body.Max.X = right.Min.X
	}
	rc.perPage = max(len(rc.names), minRows)
	gap := vg.Points(20)
	body.Max.X -= vg.Points(8)
	pw := (body.Max.X - body.Min.X - gap*vg.Length(len(rc.panels)-1)) / vg.Length(len(rc.panels))
	titleSty := aligned(face(labelSize, true), draw.XCenter, draw.YTop)
	titles := make([]string, len(rc.panels))
	titleHeight := vg.Length(0)
	for i, p := range rc.panels {
		titles[i] = wrap(titleSty, p.title, pw+gap/2)
		titleHeight = max(titleHeight, titleSty.Height(titles[i]))
	}
	if titleHeight > 0 {
		titleHeight += vg.Points(4)
	}
	var data draw.Canvas
	for i, panel := range rc.panels {
		tile := body
		tile.Min.X = body.Min.X + vg.Length(i)*(pw+gap)
		tile.Max.X = tile.Min.X + pw
		if titles[i] != "" {
			tile.FillText(titleSty, vg.Point{X: (tile.Min.X + tile.Max.X) / 2, Y: tile.Max.Y}, titles[i])
		}
		tile.Max.Y -= titleHeight
		p := rc.plot(panel)
		p.Draw(tile)
		data = p.DataCanvas(tile)
	}
	rc.drawNames(names, data)
	if rc.right != nil {
		rc.drawRight(right, data)
	}
}

// plot returns the panel's plot: value axis at the bottom, rows on a
// hidden vertical axis.
func (rc rowChart) plot(panel rowPanel) *plot.Plot {
	p := newPlot()
	p.X.Min, p.X.Max = 0, panel.max
	p.X.Tick.Marker = fixedTicks{at: panel.ticks, label: panel.tick}
	p.Y.Min, p.Y.Max = -0.5, float64(rc.perPage)-0.5
	p.HideY()
	p.Add(gridLines{vertical: true, at: panel.ticks}, rowBars{rows: rc.perPage, bars: panel.bars})
	return p
}

// rowY returns the value-axis position of a row's middle.
func rowY(rows, row int) float64 { return float64(rows - 1 - row) }

// rowMiddle returns the height of row i's middle on the data canvas.
func (rc rowChart) rowMiddle(data draw.Canvas, i int) vg.Length {
	return data.Min.Y + (data.Max.Y-data.Min.Y)*vg.Length((rowY(rc.perPage, i)+0.5)/float64(rc.perPage))
}

// drawNames writes the rows' names into the column col, level with the
// rows of the data canvas data.
func (rc rowChart) drawNames(col, data draw.Canvas) {
	nameSty := aligned(face(labelSize, false), draw.XRight, draw.YBottom)
	noteSty := aligned(face(smallSize, false), draw.XRight, draw.YTop)
	noteSty.Color = midGrey
	x := col.Max.X - vg.Points(6)
	for i, n := range rc.names {
		y := rc.rowMiddle(data, i)
		if n.note == "" {
			col.FillText(aligned(nameSty, draw.XRight, draw.YCenter), vg.Point{X: x, Y: y}, n.name)
			continue
		}
		col.FillText(nameSty, vg.Point{X: x, Y: y + vg.Points(0.5)}, n.name)
		col.FillText(noteSty, vg.Point{X: x, Y: y - vg.Points(0.5)}, n.note)
	}
	axisSty := aligned(face(smallSize, false), draw.XRight, draw.YTop)
	col.FillText(axisSty, vg.Point{X: x, Y: data.Min.Y - vg.Points(6)}, rc.axis)
}

// drawRight writes the right column's values level with the rows.
func (rc rowChart) drawRight(col, data draw.Canvas) {
	x := (col.Min.X + col.Max.X) / 2
	head := aligned(face(labelSize, true), draw.XCenter, draw.YTop)
	col.FillText(head, vg.Point{X: x, Y: col.Max.Y}, rc.rightTitle)
	sty := aligned(face(labelSize, false), draw.XCenter, draw.YCenter)
	for i, v := range rc.right {
		y := rc.rowMiddle(data, i)
		col.FillText(sty, vg.Point{X: x, Y: y}, v)
	}
}

// rowBars draws the bars of a panel.
type rowBars struct {
	rows int
	bars []hbar
}

// Plot implements plot.Plotter.
func (rb rowBars) Plot(dc draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&dc)
	sty := aligned(face(smallSize, false), draw.XLeft, draw.YCenter)
	for _, b := range rb.bars {
		mid := rowY(rb.rows, b.row) + b.offset
		r := vg.Rectangle{
			Min: vg.Point{X: tx(b.from), Y: ty(mid - b.thick/2)},
			Max: vg.Point{X: tx(b.to), Y: ty(mid + b.thick/2)},
		}
		if b.to > b.from {
			fillBox(dc, r, b.fill, b.hatch)
		}
		if b.label == "" {
			continue
		}
		ls := sty
		if b.labelColor != nil {
			ls.Color = b.labelColor
		}
		if b.inside {
			w, h := ls.Width(b.label), ls.Height(b.label)
			if w+vg.Points(6) <= r.Max.X-r.Min.X && h <= r.Max.Y-r.Min.Y {
				at := vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: ty(mid)}
				if b.hatch { // a white patch keeps the number readable on the hatching
					pad := vg.Points(1.5)
					x0, x1, y0, y1 := at.X-w/2-pad, at.X+w/2+pad, at.Y-h/2-pad, at.Y+h/2+pad
					dc.FillPolygon(white, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}})
				}
				dc.FillText(aligned(ls, draw.XCenter, draw.YCenter), at, b.label)
			}
			continue
		}
		dc.FillText(ls, vg.Point{X: r.Max.X + vg.Points(3), Y: ty(mid)}, b.label)
	}
}
