// Package report lays out the printable report of a network review as an
// A4 PDF: a title page with the network's name, the period and the
// response rate, then sections of headings, paragraphs, lists, tables and
// charts (drawn as vector graphics), with the report's date and page
// numbers on every page.
//
// Its input is a Document of plain, already localised text: what the
// report says is the caller's business, how it looks is this package's.
// It embeds its font (Liberation Sans, from its Go module), so the PDF
// renders the same everywhere and needs nothing at run time.
package report

import (
	"bytes"
	"fmt"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/netzwerkbot/netzwerkbot/review/chart"
)

// Document is a report to lay out.
type Document struct {
	// FileName is the PDF's file name ("…pdf"); Title its title in the
	// file's properties and where it is shared.
	FileName string
	Title    string
	// Network is the network's name, the largest line of the title page;
	// Heading the line under it ("Netzwerküberprüfung r-7").
	Network string
	Heading string
	// Facts are label–value lines on the title page (period, response
	// rate, committees reviewed).
	Facts []Fact
	// Date is the report's date as the reader writes it; Created is the
	// same instant for the file's properties.
	Date    string
	Created time.Time
	// Sections follow the title page, each on a new page.
	Sections []Section
	Labels   Labels
}

// Labels are the report's own words.
type Labels struct {
	// PageFormat formats the page footer from the page number (%d) and
	// the number of pages (%s): "Seite %d von %s".
	PageFormat string
	// DateFormat formats the report date (%s) on the title page:
	// "Stand: %s".
	DateFormat string
}

// Fact is one line of the title page.
type Fact struct{ Label, Value string }

// Section is a part of the report under a title.
type Section struct {
	Title  string
	Blocks []Block
}

// Block is one piece of a section. The fields that are set are laid out
// in this order: Heading, Text, Items, Table, Chart, Note.
type Block struct {
	Heading string
	// Text is a paragraph; blank lines separate paragraphs.
	Text string
	// Items is a bulleted list.
	Items []string
	Table *Table
	Chart *chart.Chart
	// Note is set in small italic grey, such as "too few answers for an
	// anonymous evaluation".
	Note string
}

// Table is a table with a header row, which repeats after a page break.
type Table struct {
	Columns []Column
	Rows    [][]string
}

// Column is one column of a table: its title, its share of the width (a
// weight; all 0 share equally) and whether its cells are right-aligned
// (figures).
type Column struct {
	Title  string
	Weight float64
	Right  bool
}

// PDF is a rendered report.
type PDF struct {
	Name    string
	Title   string
	Content []byte
}

// Render lays out d as an A4 PDF. Compress false leaves the page contents
// uncompressed (for tests that read the text). It fails only when fpdf
// does (an unusable font or image), never half-way with a partial file.
func Render(d Document, compress bool) (PDF, error) {
	doc := fpdf.New("P", "pt", "A4", "")
	doc.SetCompression(compress)
	doc.SetTitle(d.Title, true)
	doc.SetCreator("netzwerkbot", true)
	if !d.Created.IsZero() {
		doc.SetCreationDate(d.Created)
		doc.SetModificationDate(d.Created)
	}
	addFonts(doc)
	w := newWriter(doc, d)
	w.titlePage()
	for _, s := range d.Sections {
		w.section(s)
	}
	if err := doc.Error(); err != nil {
		return PDF{}, fmt.Errorf("report %s: %w", d.FileName, err)
	}
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		return PDF{}, fmt.Errorf("report %s: %w", d.FileName, err)
	}
	return PDF{Name: d.FileName, Title: d.Title, Content: buf.Bytes()}, nil
}
