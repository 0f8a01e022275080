package report

import (
	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
)

// family is the report's font: Liberation Sans, embedded from its Go
// module (the charts measure their text with the same font), with every
// letter of German including umlauts and ß.
const family = "LiberationSans"

// addFonts registers the regular, bold and italic faces with doc.
func addFonts(doc *fpdf.Fpdf) {
	doc.AddUTF8FontFromBytes(family, "", liberationsansregular.TTF)
	doc.AddUTF8FontFromBytes(family, "B", liberationsansbold.TTF)
	doc.AddUTF8FontFromBytes(family, "I", liberationsansitalic.TTF)
}
