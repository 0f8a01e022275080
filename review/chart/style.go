package chart

import (
	"image/color"
	"strings"

	stdfont "golang.org/x/image/font"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The palette: a dark blue and an orange of the Okabe–Ito set, which
// colour-blind readers tell apart, and greys. Their lightness differs
// enough to tell them apart in greyscale too; where two series could still
// be confused, one of them is hatched.
var (
	ink       = color.Gray{Y: 0x20}
	blue      = color.RGBA{R: 0x00, G: 0x5A, B: 0x9C, A: 0xFF}
	orange    = color.RGBA{R: 0xE6, G: 0x9F, B: 0x00, A: 0xFF}
	lightGrey = color.Gray{Y: 0xD0}
	midGrey   = color.Gray{Y: 0x80}
	rule      = color.Gray{Y: 0xB0}
	white     = color.White
)

// The font sizes in points.
const (
	titleSize = 13
	labelSize = 9
	smallSize = 7.5
)

// sans is the charts' typeface.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// face returns a text style of the charts' typeface (Liberation Sans, which
// has umlauts and ß) at size, bold when asked.
func face(size vg.Length, bold bool) text.Style {
	f := font.From(sans, size)
	if bold {
		f.Weight = stdfont.WeightBold
	}
	return text.Style{Color: ink, Font: f, Handler: plot.DefaultTextHandler}
}

// aligned returns sty aligned at (x, y).
func aligned(sty text.Style, x draw.XAlignment, y draw.YAlignment) text.Style {
	sty.XAlign, sty.YAlign = x, y
	return sty
}

// heading draws the chart's title at the top left of dc and returns the
// canvas below it.
func heading(dc draw.Canvas, title string) draw.Canvas {
	sty := aligned(face(titleSize, true), draw.XLeft, draw.YTop)
	pad := vg.Points(8)
	dc.FillText(sty, vg.Point{X: dc.Min.X + pad, Y: dc.Max.Y - pad}, title)
	return draw.Crop(dc, 0, 0, 0, -(sty.Height(title) + 2*pad))
}

// swatch is one entry of a legend: a box filled like the series.
type swatch struct {
	label string
	fill  color.Color
	hatch bool
	// line, when set, draws a line sample in this style instead of a box.
	line *draw.LineStyle
}

// legend draws the swatches in a row at the top right of dc and returns
// the canvas below them.
func legend(dc draw.Canvas, items []swatch) draw.Canvas {
	sty := aligned(face(labelSize, false), draw.XLeft, draw.YCenter)
	box := vg.Points(10)
	gap := vg.Points(4)
	width := vg.Length(0)
	for _, it := range items {
		width += box + gap + sty.Width(it.label) + 3*gap
	}
	x := dc.Max.X - width
	y := dc.Max.Y - box
	for _, it := range items {
		r := vg.Rectangle{Min: vg.Point{X: x, Y: y - box/2}, Max: vg.Point{X: x + box, Y: y + box/2}}
		if it.line != nil {
			dc.StrokeLine2(*it.line, r.Min.X, y, r.Max.X, y)
		} else {
			fillBox(dc, r, it.fill, it.hatch)
		}
		dc.FillText(sty, vg.Point{X: r.Max.X + gap, Y: y}, it.label)
		x += box + gap + sty.Width(it.label) + 3*gap
	}
	return draw.Crop(dc, 0, 0, 0, -2*box)
}

// fillBox fills r with fill, hatches it with diagonal lines when asked,
// and outlines it.
func fillBox(dc draw.Canvas, r vg.Rectangle, fill color.Color, hatch bool) {
	pts := []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}}
	dc.FillPolygon(fill, pts)
	if hatch {
		hatchRect(dc, r)
	}
	outline := draw.LineStyle{Color: ink, Width: vg.Points(0.5)}
	dc.StrokeLines(outline, append(pts, r.Min))
}

// hatchSpacing is the distance between the lines of a hatching.
const hatchSpacing = 4

// hatchRect draws diagonal lines (45°, rising) across r, clipped to it.
func hatchRect(dc draw.Canvas, r vg.Rectangle) {
	sty := draw.LineStyle{Color: ink, Width: vg.Points(0.6)}
	// Lines x − y = c for c from (minX − maxY) to (maxX − minY).
	for c := r.Min.X - r.Max.Y + hatchSpacing; c < r.Max.X-r.Min.Y; c += hatchSpacing {
		y0 := max(r.Min.Y, r.Min.X-c)
		y1 := min(r.Max.Y, r.Max.X-c)
		if y1 > y0 {
			dc.StrokeLine2(sty, y0+c, y0, y1+c, y1)
		}
	}
}

// shorten returns s cut to at most n runes, ending in "…" when cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// wrap breaks s at spaces into at most two lines no wider than width in
// sty; a longer rest is shortened.
func wrap(sty text.Style, s string, width vg.Length) string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case sty.Width(line+" "+word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	if len(lines) > 2 {
		lines = []string{lines[0], strings.Join(lines[1:], " ")}
	}
	for i, l := range lines {
		for n := len([]rune(l)); sty.Width(l) > width && n > 2; n-- {
			l = shorten(lines[i], n)
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// newPlot returns a plot in the charts' style: small labels, light grid
// lines behind the data, no title.
func newPlot() *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Tick.Label.Font = font.From(sans, labelSize)
		ax.Label.TextStyle.Font = font.From(sans, labelSize)
		ax.Tick.Label.Color = ink
		ax.Color = ink
		ax.Tick.Color = ink
	}
	return p
}

// gridLines draws light lines behind a plot's data at its value ticks.
type gridLines struct {
	vertical bool
	at       []float64
}

// Plot implements plot.Plotter.
func (g gridLines) Plot(dc draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&dc)
	sty := draw.LineStyle{Color: lightGrey, Width: vg.Points(0.5)}
	for _, v := range g.at {
		if g.vertical {
			dc.StrokeLine2(sty, tx(v), dc.Min.Y, tx(v), dc.Max.Y)
		} else {
			dc.StrokeLine2(sty, dc.Min.X, ty(v), dc.Max.X, ty(v))
		}
	}
}

// fixedTicks are the ticks at the given values, labelled by label.
type fixedTicks struct {
	at    []float64
	label func(float64) string
}

// Ticks implements plot.Ticker.
func (t fixedTicks) Ticks(_, _ float64) []plot.Tick {
	out := make([]plot.Tick, len(t.at))
	for i, v := range t.at {
		out[i] = plot.Tick{Value: v, Label: t.label(v)}
	}
	return out
}
