package bot

import (
	"bytes"
	"encoding/csv"
	"strings"
)

// utf8BOM starts every CSV file: without it, Excel reads UTF-8 as the
// local ANSI code page and breaks umlauts.
const utf8BOM = "\uFEFF"

// csvSeparator is ';', what Excel in a German locale expects (',' is the
// decimal separator there); CSV files opened by double click split on it.
const csvSeparator = ';'

// spreadsheetCSV renders a header and rows as a CSV file for spreadsheets:
// UTF-8 with a byte order mark, ';' between cells, CRLF line ends, quotes
// where needed, and every cell neutralised against formula injection.
func spreadsheetCSV(header []string, rows [][]string) []byte {
	var b bytes.Buffer
	b.WriteString(utf8BOM)
	w := csv.NewWriter(&b)
	w.Comma = csvSeparator
	w.UseCRLF = true
	write := func(cells []string) {
		safe := make([]string, len(cells))
		for i, c := range cells {
			safe[i] = neutralise(c)
		}
		_ = w.Write(safe) // writes to a bytes.Buffer do not fail
	}
	write(header)
	for _, r := range rows {
		write(r)
	}
	w.Flush()
	return b.Bytes()
}

// neutralise prefixes a cell that a spreadsheet would read as a formula
// (starting with =, +, -, @, a tab or a carriage return) with an
// apostrophe, so it is shown as text and never evaluated.
func neutralise(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

// csvSection is one table of a CSV file with several: a title row, the
// header and the rows.
type csvSection struct {
	title  string
	header []string
	rows   [][]string
}

// spreadsheetSections renders several tables in one CSV file, as
// spreadsheetCSV does one: each starts with its title row, an empty row
// separates them, and every row is padded to the widest so the file stays
// rectangular.
func spreadsheetSections(sections []csvSection) []byte {
	width := 1
	for _, s := range sections {
		width = max(width, len(s.header))
		for _, r := range s.rows {
			width = max(width, len(r))
		}
	}
	pad := func(cells []string) []string {
		out := make([]string, width)
		copy(out, cells)
		return out
	}
	var all [][]string
	for i, s := range sections {
		if i > 0 {
			all = append(all, pad(nil))
		}
		all = append(all, pad([]string{s.title}), pad(s.header))
		for _, r := range s.rows {
			all = append(all, pad(r))
		}
	}
	return spreadsheetCSV(all[0], all[1:])
}
