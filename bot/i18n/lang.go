// Package i18n holds netzwerkbot's languages, the catalog of user-facing
// sentences with its lookup, and the formatting of numbers and dates in a
// language.
//
// The package knows no feature: each feature registers its sentences in
// German and English from init (Register; bot keeps them in one
// <feature>_text.go file per feature), and T looks them up. Only the
// sentences that the formatting here needs (yes and no, date layouts, the
// percent sign) are registered by i18n itself. German is the default
// language, and the fallback for a sentence missing in another language.
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
