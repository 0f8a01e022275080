package report

import (
	"bytes"
	"testing"
	"unicode/utf16"
)

// TestRenderFindsTheText renders the report of a two-review network
// without compression and finds its words in the page contents.
func TestRenderFindsTheText(t *testing.T) {
	d := twoReviewReport()
	pdf, err := Render(d, false)
	if err != nil {
		t.Fatal(err)
	}
	if pdf.Name != d.FileName || pdf.Title != d.Title {
		t.Errorf("rendered %q %q, want the document's name and title", pdf.Name, pdf.Title)
	}
	if !bytes.HasPrefix(pdf.Content, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", pdf.Content[:min(20, len(pdf.Content))])
	}
	for _, want := range []string{
		"Bildungsnetzwerk Kreis Talheim", "Netzwerküberprüfung r-2", "Stand: 2. April 2026",
		"Beteiligung", "Veränderte Prioritäten", "Wirksamkeit und Verstetigung",
		"Nachlassend und inaktiv", "Freitext (ohne Namen)", "Änne Müller (Jugendhilfe)", "Dr. Ömer Groß-Schäfer 79 (Entscheidungsträger)",
		"Seite 2 von ",                       // the footer
		"Eng einbinden", "Diese Überprüfung", // chart text, drawn as text
	} {
		if !bytes.Contains(pdf.Content, pdfText(want)) {
			t.Errorf("the PDF has no text %q", want)
		}
	}
}

// pdfText returns s as fpdf writes it into a page with a UTF-8 font:
// UTF-16BE, with backslash and parentheses escaped.
func pdfText(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		for _, c := range []byte{byte(u >> 8), byte(u)} {
			switch c {
			case '\\', '(', ')':
				b = append(b, '\\', c)
			case '\r':
				b = append(b, '\\', 'r')
			default:
				b = append(b, c)
			}
		}
	}
	return b
}
