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
