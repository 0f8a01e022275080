package report

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"

	"codeberg.org/go-pdf/fpdf"
	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// pdfCanvas is a vg.Canvas that draws into a rectangle of an fpdf page,
// so a chart becomes vector graphics in the report instead of a picture.
// The document's unit is the point, as vg's is. It follows gonum's vgpdf,
// which draws into a document of its own.
type pdfCanvas struct {
	doc    *fpdf.Fpdf
	w, h   vg.Length
	widths []vg.Length // line width per Push level
	alpha  float64
	images int
}

// drawChart draws c into the rectangle at (x, y) (top left, in points)
// of size w × h on the current page. The chart's own graphics state is
// dropped afterwards; the caller sets its colours and font again.
func drawChart(doc *fpdf.Fpdf, c func(draw.Canvas), x, y, w, h float64) {
	pc := &pdfCanvas{doc: doc, w: vg.Length(w), h: vg.Length(h), widths: []vg.Length{1}, alpha: 1}
	doc.TransformBegin()
	// vg's origin is the bottom left corner with y up; fpdf's the top
	// left with y down.
	doc.TransformTranslate(x, y+h)
	doc.TransformScale(100, -100, 0, 0)
	c(draw.New(pc))
	if pc.alpha != 1 {
		doc.SetAlpha(1, "Normal")
	}
	doc.TransformEnd()
}

// Size implements vg.CanvasSizer.
func (c *pdfCanvas) Size() (w, h vg.Length) { return c.w, c.h }

// SetLineWidth implements vg.Canvas.
func (c *pdfCanvas) SetLineWidth(w vg.Length) {
	c.widths[len(c.widths)-1] = w
	c.doc.SetLineWidth(w.Points())
}

// SetLineDash implements vg.Canvas.
func (c *pdfCanvas) SetLineDash(dashes []vg.Length, offset vg.Length) {
	ds := make([]float64, len(dashes))
	for i, d := range dashes {
		ds[i] = d.Points()
	}
	c.doc.SetDashPattern(ds, offset.Points())
}

// SetColor implements vg.Canvas.
func (c *pdfCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	r, g, b, a := clr.RGBA()
	if a == 0 {
		return
	}
	// Un-premultiply: fpdf takes straight colour and a separate alpha.
	ri, gi, bi := int(r*0xff/a), int(g*0xff/a), int(b*0xff/a)
	c.doc.SetFillColor(ri, gi, bi)
	c.doc.SetDrawColor(ri, gi, bi)
	c.doc.SetTextColor(ri, gi, bi)
	if alpha := float64(a) / 0xffff; alpha != c.alpha {
		c.alpha = alpha
		c.doc.SetAlpha(alpha, "Normal")
	}
}

// Rotate implements vg.Canvas.
func (c *pdfCanvas) Rotate(rad float64) { c.doc.TransformRotate(-rad*180/math.Pi, 0, 0) }

// Translate implements vg.Canvas.
func (c *pdfCanvas) Translate(pt vg.Point) { c.doc.TransformTranslate(pt.X.Points(), pt.Y.Points()) }

// Scale implements vg.Canvas.
func (c *pdfCanvas) Scale(x, y float64) { c.doc.TransformScale(x*100, y*100, 0, 0) }

// Push implements vg.Canvas.
func (c *pdfCanvas) Push() {
	c.widths = append(c.widths, c.widths[len(c.widths)-1])
	c.doc.TransformBegin()
}

// Pop implements vg.Canvas.
func (c *pdfCanvas) Pop() {
	c.doc.TransformEnd()
	c.widths = c.widths[:len(c.widths)-1]
}

// Stroke implements vg.Canvas.
func (c *pdfCanvas) Stroke(p vg.Path) {
	if c.widths[len(c.widths)-1] > 0 {
		c.path(p, "D")
	}
}

// Fill implements vg.Canvas.
func (c *pdfCanvas) Fill(p vg.Path) { c.path(p, "F") }

// FillString implements vg.Canvas: the text in the report's font (the
// same Liberation Sans the chart measured with) with its baseline at pt.
func (c *pdfCanvas) FillString(f font.Face, pt vg.Point, text string) {
	if f.Font.Size == 0 {
		return
	}
	style := ""
	if f.Font.Weight >= stdfont.WeightBold {
		style = "B"
	}
	if f.Font.Style == stdfont.StyleItalic {
		style += "I"
	}
	c.doc.SetFont(family, style, f.Font.Size.Points())
	c.Push()
	c.Translate(pt)
	c.Scale(1, -1) // upright again inside the flipped chart
	c.doc.Text(0, 0, text)
	c.Pop()
}

// DrawImage implements vg.Canvas; the charts draw none, but a canvas
// must take one.
func (c *pdfCanvas) DrawImage(r vg.Rectangle, img image.Image) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		c.doc.SetError(err)
		return
	}
	c.images++
	name := fmt.Sprintf("chart-image-%p-%d", c, c.images)
	opts := fpdf.ImageOptions{ImageType: "png"}
	c.doc.RegisterImageOptionsReader(name, opts, &buf)
	size := r.Size()
	c.doc.ImageOptions(name, r.Min.X.Points(), r.Min.Y.Points(), size.X.Points(), size.Y.Points(), false, opts, 0, "")
}

// path strokes ("D") or fills ("F") p.
func (c *pdfCanvas) path(p vg.Path, style string) {
	var start vg.Point
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			start = comp.Pos
			c.doc.MoveTo(comp.Pos.X.Points(), comp.Pos.Y.Points())
		case vg.LineComp:
			c.doc.LineTo(comp.Pos.X.Points(), comp.Pos.Y.Points())
		case vg.ArcComp:
			c.arc(comp, style)
		case vg.CurveComp:
			c.curve(comp)
		case vg.CloseComp:
			c.doc.LineTo(start.X.Points(), start.Y.Points())
			c.doc.ClosePath()
		}
	}
	c.doc.DrawPath(style)
}

// arc adds an arc of a path.
func (c *pdfCanvas) arc(comp vg.PathComp, style string) {
	x0 := comp.Pos.X + comp.Radius*vg.Length(math.Cos(comp.Start))
	y0 := comp.Pos.Y + comp.Radius*vg.Length(math.Sin(comp.Start))
	c.doc.LineTo(x0.Points(), y0.Points())
	const deg = 180 / math.Pi
	r := comp.Radius.Points()
	beg := comp.Start * deg
	c.doc.Arc(comp.Pos.X.Points(), comp.Pos.Y.Points(), r, r, comp.Angle*deg, beg, beg+comp.Angle*deg, style)
	x1 := comp.Pos.X + comp.Radius*vg.Length(math.Cos(comp.Start+comp.Angle))
	y1 := comp.Pos.Y + comp.Radius*vg.Length(math.Sin(comp.Start+comp.Angle))
	c.doc.MoveTo(x1.Points(), y1.Points())
}

// curve adds a quadratic or cubic Bézier curve of a path.
func (c *pdfCanvas) curve(comp vg.PathComp) {
	x, y := comp.Pos.X.Points(), comp.Pos.Y.Points()
	switch len(comp.Control) {
	case 1:
		c.doc.CurveTo(comp.Control[0].X.Points(), comp.Control[0].Y.Points(), x, y)
	case 2:
		c.doc.CurveBezierCubicTo(comp.Control[0].X.Points(), comp.Control[0].Y.Points(),
			comp.Control[1].X.Points(), comp.Control[1].Y.Points(), x, y)
	}
}
