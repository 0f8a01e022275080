package storage

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldLetters spells out the letters that do not decompose into a base
// letter and a mark.
var foldLetters = strings.NewReplacer("ß", "ss", "ẞ", "ss", "ı", "i", "ø", "o", "æ", "ae", "œ", "oe", "ł", "l", "đ", "d")

// foldVowels reads the spelt-out umlauts as the plain vowel, so that
// "Mueller" and "Müller" (folded to "muller") meet.
var foldVowels = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")

// Fold returns the form of a text used to find it as people type it:
// lower case, without accents and marks, ß as ss, umlauts written out as
// ae/oe/ue read as the plain vowel, and runs of spaces as one space. So
// "Weiss" meets "Weiß", "Muller" and "Mueller" meet "Müller". It is a
// look-up key only, never shown or stored.
func Fold(s string) string {
	s = foldLetters.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return foldVowels.Replace(strings.Join(strings.Fields(b.String()), " "))
}
