package i18n

import (
	"maps"

	"golang.org/x/text/feature/plural"
)

// Plural is a sentence whose wording depends on a count, such as "1 Akteur"
// against "2 Akteure". Arg is the position of the count among the
// arguments (1 for the first, as in %[1]d); it must be formatted with %d.
// One is the form for the CLDR plural category "one" of the language (in
// German and English: exactly 1), Other the form for every other count,
// 0 included. Both forms are fmt formats with the same verbs.
type Plural struct {
	Arg   int
	One   string
	Other string
}

// plurals holds every registered plural entry, keyed by language and
// message key.
var plurals = map[Lang]map[string]Plural{
	German:  {},
	English: {},
}

// RegisterPlural adds plural entries to the catalog, like Register: de
// holds the German ones, en the English ones. A key registered twice (here
// or by Register) panics at start-up.
func RegisterPlural(de, en map[string]Plural) {
	for lang, msgs := range map[Lang]map[string]Plural{German: de, English: en} {
		for k, p := range msgs {
			claim(lang, k)
			plurals[lang][k] = p
			msg := plural.Selectf(p.Arg, "%d", plural.One, p.One, plural.Other, p.Other)
			if err := builder.Set(tags[lang], k, msg); err != nil {
				panic("i18n: message " + k + ": " + err.Error())
			}
		}
	}
}

// Plurals returns a copy of every plural entry registered for l, keyed by
// message key, so that tests can check the catalogs.
func Plurals(l Lang) map[string]Plural { return maps.Clone(plurals[l]) }
