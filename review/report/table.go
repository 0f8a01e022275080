package report

import "strings"

// The table's type size and cell padding, in points.
const (
	cellSize    = 8.5
	cellLine    = 11
	cellPadding = 3
)

// table lays out t across the column, repeating the header row after each
// page break. A row never breaks across pages.
func (w *writer) table(t Table) {
	widths := w.columnWidths(t.Columns)
	w.need(2 * (cellLine + 2*cellPadding))
	w.tableHeader(t, widths)
	for _, row := range t.Rows {
		w.font("", cellSize, textGrey)
		lines, h := w.rowLines(row, widths)
		if w.doc.GetY()+h > w.bottom {
			w.newPage()
			w.tableHeader(t, widths)
			w.font("", cellSize, textGrey)
		}
		w.tableRow(t, lines, widths, h, false)
	}
}

// columnWidths shares the column's width by the columns' weights (all 0:
// equally), but gives each column at least the width of the longest word
// of its title, so no title word is broken; the columns with room to
// spare give it up in proportion.
func (w *writer) columnWidths(cols []Column) []float64 {
	total := 0.0
	for _, c := range cols {
		total += c.Weight
	}
	out := make([]float64, len(cols))
	least := make([]float64, len(cols))
	w.font("B", cellSize, textGrey)
	deficit := 0.0
	for i, c := range cols {
		out[i] = w.width / float64(len(cols))
		if total > 0 {
			out[i] = w.width * c.Weight / total
		}
		for _, word := range strings.Fields(c.Title) {
			least[i] = max(least[i], w.doc.GetStringWidth(word)+2*cellPadding+2)
		}
		deficit += max(least[i]-out[i], 0)
	}
	spare := 0.0
	for i := range out {
		spare += max(out[i]-least[i], 0)
	}
	if deficit == 0 || spare == 0 {
		return out
	}
	take := min(deficit/spare, 1)
	for i := range out {
		if out[i] < least[i] {
			out[i] = least[i]
		} else {
			out[i] -= (out[i] - least[i]) * take
		}
	}
	return out
}

// tableHeader writes the header row in bold on grey.
func (w *writer) tableHeader(t Table, widths []float64) {
	w.font("B", cellSize, textGrey)
	titles := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		titles[i] = c.Title
	}
	lines, h := w.rowLines(titles, widths)
	w.tableRow(t, lines, widths, h, true)
}

// rowLines wraps each cell of row to its column (in the current font)
// and returns the lines and the row's height.
func (w *writer) rowLines(row []string, widths []float64) ([][]string, float64) {
	lines := make([][]string, len(widths))
	most := 1
	for i := range widths {
		cell := ""
		if i < len(row) {
			cell = row[i]
		}
		if cell != "" {
			lines[i] = w.doc.SplitText(cell, widths[i]-2*cellPadding+2*w.doc.GetCellMargin())
		}
		most = max(most, len(lines[i]))
	}
	return lines, float64(most)*cellLine + 2*cellPadding
}

// tableRow writes one row of height h with a rule under it, filled grey
// for the header.
func (w *writer) tableRow(t Table, lines [][]string, widths []float64, h float64, header bool) {
	y := w.doc.GetY()
	if header {
		w.doc.SetFillColor(headerFill[0], headerFill[1], headerFill[2])
		w.doc.Rect(margin, y, w.width, h, "F")
	}
	x := margin
	for i, cell := range lines {
		align := "L"
		if t.Columns[i].Right {
			align = "R"
		}
		for k, line := range cell {
			w.doc.SetXY(x+cellPadding, y+cellPadding+float64(k)*cellLine)
			w.doc.CellFormat(widths[i]-2*cellPadding, cellLine, line, "", 0, align, false, 0, "")
		}
		x += widths[i]
	}
	w.doc.SetDrawColor(ruleGrey[0], ruleGrey[1], ruleGrey[2])
	w.doc.SetLineWidth(0.4)
	w.doc.Line(margin, y+h, margin+w.width, y+h)
	w.doc.SetXY(margin, y+h)
}
