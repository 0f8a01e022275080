package report

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/netzwerkbot/netzwerkbot/review/chart"
)

// The page geometry and type sizes, in points.
const (
	margin      = 56.7 // 2 cm
	footerSpace = 28
	bodySize    = 10
	lineHeight  = 13.5
	smallSize   = 8.5
	headingSize = 12
	titleSize   = 18
)

// The greys of text and table lines.
var (
	textGrey   = [3]int{0x20, 0x20, 0x20}
	noteGrey   = [3]int{0x60, 0x60, 0x60}
	headerFill = [3]int{0xE8, 0xE8, 0xE8}
	ruleGrey   = [3]int{0xB0, 0xB0, 0xB0}
)

// writer lays out one document on doc.
type writer struct {
	doc     *fpdf.Fpdf
	d       Document
	width   float64 // of the text column
	bottom  float64 // the lowest y a line may end at
	onTitle bool
}

// newWriter sets up doc's pages, margins and footer for d.
func newWriter(doc *fpdf.Fpdf, d Document) *writer {
	pw, ph := doc.GetPageSize()
	w := &writer{doc: doc, d: d, width: pw - 2*margin, bottom: ph - margin - footerSpace}
	doc.SetMargins(margin, margin, margin)
	doc.SetAutoPageBreak(false, 0)
	doc.AliasNbPages("{nb}")
	doc.SetFooterFunc(w.footer)
	return w
}

// footer writes the network, the date and the page number at the foot of
// every page but the title page.
func (w *writer) footer() {
	if w.onTitle {
		return
	}
	_, ph := w.doc.GetPageSize()
	w.font("", smallSize, noteGrey)
	y := ph - margin - smallSize
	w.doc.SetXY(margin, y)
	w.doc.CellFormat(w.width/2, smallSize, w.d.Network+" · "+w.d.Date, "", 0, "L", false, 0, "")
	w.doc.SetXY(margin+w.width/2, y)
	w.doc.CellFormat(w.width/2, smallSize, fmt.Sprintf(w.d.Labels.PageFormat, w.doc.PageNo(), "{nb}"), "", 0, "R", false, 0, "")
}

// font sets the font style ("", "B", "I"), its size and the text colour.
func (w *writer) font(style string, size float64, rgb [3]int) {
	w.doc.SetFont(family, style, size)
	w.doc.SetTextColor(rgb[0], rgb[1], rgb[2])
}

// titlePage writes the network, the heading, the facts and the date.
func (w *writer) titlePage() {
	w.onTitle = true
	w.doc.AddPage()
	w.doc.SetY(220)
	w.font("B", 26, textGrey)
	w.doc.MultiCell(w.width, 32, w.d.Network, "", "L", false)
	w.doc.Ln(6)
	w.font("", titleSize, textGrey)
	w.doc.MultiCell(w.width, 24, w.d.Heading, "", "L", false)
	w.doc.Ln(24)
	w.doc.SetDrawColor(ruleGrey[0], ruleGrey[1], ruleGrey[2])
	w.doc.Line(margin, w.doc.GetY(), margin+w.width, w.doc.GetY())
	w.doc.Ln(16)
	labelWidth := w.width * 0.35
	for _, f := range w.d.Facts {
		w.font("B", bodySize+1, textGrey)
		y := w.doc.GetY()
		w.doc.MultiCell(labelWidth, lineHeight+2, f.Label, "", "L", false)
		after := w.doc.GetY()
		w.doc.SetXY(margin+labelWidth, y)
		w.font("", bodySize+1, textGrey)
		w.doc.MultiCell(w.width-labelWidth, lineHeight+2, f.Value, "", "L", false)
		w.doc.SetY(max(after, w.doc.GetY()) + 4)
	}
	w.doc.Ln(20)
	w.font("I", bodySize, noteGrey)
	w.doc.MultiCell(w.width, lineHeight, fmt.Sprintf(w.d.Labels.DateFormat, w.d.Date), "", "L", false)
}

// section starts a page with the section's title and lays out its blocks.
func (w *writer) section(s Section) {
	w.newPage()
	w.font("B", titleSize, textGrey)
	w.doc.MultiCell(w.width, 24, s.Title, "", "L", false)
	w.doc.Ln(8)
	for _, b := range s.Blocks {
		w.block(b)
	}
}

// newPage starts a page with the cursor at the top margin.
func (w *writer) newPage() {
	w.doc.AddPage() // writes the footer of the page before
	w.onTitle = false
	w.doc.SetXY(margin, margin)
}

// need starts a new page unless h points are left on this one.
func (w *writer) need(h float64) {
	if w.doc.GetY()+h > w.bottom {
		w.newPage()
	}
}

// block lays out one block.
func (w *writer) block(b Block) {
	if b.Heading != "" {
		w.need(headingSize + 4*lineHeight) // keep a heading with what follows
		w.font("B", headingSize, textGrey)
		w.doc.MultiCell(w.width, headingSize+4, b.Heading, "", "L", false)
		w.doc.Ln(3)
	}
	if b.Text != "" {
		for _, para := range strings.Split(b.Text, "\n\n") {
			w.paragraph(para, "", bodySize, textGrey, 0)
			w.doc.Ln(5)
		}
	}
	for _, it := range b.Items {
		w.item(it)
	}
	if len(b.Items) > 0 {
		w.doc.Ln(5)
	}
	if b.Table != nil {
		w.table(*b.Table)
		w.doc.Ln(8)
	}
	if b.Chart != nil {
		w.chart(*b.Chart)
	}
	if b.Note != "" {
		w.paragraph(b.Note, "I", smallSize+0.5, noteGrey, 0)
		w.doc.Ln(6)
	}
}

// paragraph writes text wrapped to the column, indented by indent,
// breaking pages between lines.
func (w *writer) paragraph(text, style string, size float64, rgb [3]int, indent float64) {
	w.font(style, size, rgb)
	lh := size * lineHeight / bodySize
	for _, line := range w.doc.SplitText(text, w.width-indent) {
		w.need(lh)
		w.doc.SetX(margin + indent)
		w.doc.CellFormat(w.width-indent, lh, line, "", 1, "L", false, 0, "")
	}
}

// item writes one bulleted list item.
func (w *writer) item(text string) {
	const indent = 14
	w.need(lineHeight)
	w.font("", bodySize, textGrey)
	w.doc.SetX(margin + 3)
	w.doc.CellFormat(indent-3, lineHeight, "•", "", 0, "L", false, 0, "")
	w.paragraph(text, "", bodySize, textGrey, indent)
	w.doc.Ln(1)
}

// chart draws c across the column at the charts' aspect ratio.
func (w *writer) chart(c chart.Chart) {
	h := w.width * float64(chart.Height) / float64(chart.Width)
	w.need(h + 6)
	y := w.doc.GetY()
	drawChart(w.doc, c.Draw, margin, y, w.width, h)
	w.doc.SetXY(margin, y+h+10)
	w.font("", bodySize, textGrey)
	w.doc.SetDrawColor(0, 0, 0)
	w.doc.SetFillColor(255, 255, 255)
	w.doc.SetLineWidth(0.5)
	w.doc.SetDashPattern(nil, 0)
}
