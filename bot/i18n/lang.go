// Package i18n holds netzwerkbot's languages, the catalog of user-facing
// sentences with its lookup, and the formatting of numbers and dates in a
// language.
//
// The package knows no feature: each feature registers its sentences in
// German and English from init (Register, and RegisterPlural for a
// sentence whose words depend on a count; bot keeps them in one
// <feature>_text.go file per feature), and T looks them up and formats
// them. Formatting goes through golang.org/x/text: the CLDR plural rules
// pick a plural entry's form, and numbers are written in the language's
// notation (1.234,5 in German). Only the sentences that the formatting here
// needs (yes and no, date layouts, the percent sign, zone names) are
// registered by i18n itself. German is the default language, and the
// fallback for a sentence missing in another language. Mismatches lets a
// test check that the two languages agree.
package i18n

import "strings"

// Lang is a language of the message catalog.
type Lang string

// The supported languages. German is the default.
const (
	German  Lang = "de"
	English Lang = "en"
)

// ParseLang returns the language named s ("de", "en", "deutsch",
// "english"), and false for anything else.
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "de", "deutsch", "german":
		return German, true
	case "en", "englisch", "english":
		return English, true
	}
	return "", false
}
