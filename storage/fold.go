package storage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLetters spells out the letters that do not decompose into a base
// letter and a mark.
var foldLetters = map[rune]string{'ß': "ss", 'ẞ': "ss", 'ı': "i", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ł': "l", 'đ': "d"}

// foldVowels reads the spelt-out umlauts as the plain vowel, so that
// "Mueller" and "Müller" (folded to "muller") meet.
var foldVowels = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")

// Fold returns the form of a text used to find it as people type it:
// lower case, without accents and marks, ß as ss, umlauts written out as
// ae/oe/ue read as the plain vowel, and runs of spaces as one space. So
// "Weiss" meets "Weiß", "Muller" and "Mueller" meet "Müller". It is a
// look-up key only, never shown or stored.
func Fold(s string) string {
	if isASCII(s) {
		return foldVowels.Replace(strings.Join(strings.Fields(strings.ToLower(s)), " "))
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case space:
			b.WriteByte(' ')
			space = false
		}
		foldRune(&b, unicode.ToLower(r))
	}
	return foldVowels.Replace(b.String())
}

// foldRune writes r without its marks ("ü" → "u", "é" → "e").
func foldRune(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		b.WriteRune(r)
		return
	}
	if s, ok := foldLetters[r]; ok {
		b.WriteString(s)
		return
	}
	if r >= latinFrom && r < latinTo {
		b.WriteString(latinBases[r-latinFrom])
		return
	}
	b.WriteString(withoutMarks(r))
}

// The letters of Latin-1 and Latin Extended-A (à to ž), whose forms
// without marks latinBases holds, worked out once.
const latinFrom, latinTo = 0xC0, 0x180

var latinBases = func() (bases [latinTo - latinFrom]string) {
	for r := rune(latinFrom); r < latinTo; r++ {
		bases[r-latinFrom] = withoutMarks(r)
	}
	return bases
}()

// withoutMarks decomposes r and drops the combining marks.
func withoutMarks(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(d)
		}
	}
	return b.String()
}

// isASCII reports whether s holds only ASCII characters.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
