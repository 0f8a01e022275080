package i18n

import (
	"maps"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// catalogs holds every registered plain sentence, keyed by language and
// message key; plurals (plural.go) holds the sentences that depend on a
// count. A key is in one of the two.
var catalogs = map[Lang]map[string]string{
	German:  {},
	English: {},
}

// tags maps a language to its BCP 47 tag, which selects the CLDR plural
// rules and number formats of x/text.
var tags = map[Lang]language.Tag{
	German:  language.German,
	English: language.English,
}

// builder holds every registered sentence in the form x/text's printers
// look up; printers formats in each language with it.
var (
	builder  = catalog.NewBuilder()
	printers = map[Lang]*message.Printer{
		German:  message.NewPrinter(tags[German], message.Catalog(builder)),
		English: message.NewPrinter(tags[English], message.Catalog(builder)),
	}
)

// Register adds sentences to the catalog: de holds the German ones, en the
// English ones, each keyed by message key and written as a fmt format.
// Features call it from init; a key registered twice (here or by
// RegisterPlural) is a programming error and panics at start-up (and in
// every test).
func Register(de, en map[string]string) {
	for lang, msgs := range map[Lang]map[string]string{German: de, English: en} {
		for k, v := range msgs {
			claim(lang, k)
			catalogs[lang][k] = v
			if err := builder.SetString(tags[lang], k, v); err != nil {
				panic("i18n: message " + k + ": " + err.Error())
			}
		}
	}
}

// claim panics if key is already registered in lang.
func claim(lang Lang, key string) {
	_, plain := catalogs[lang][key]
	_, counted := plurals[lang][key]
	if plain || counted {
		panic("i18n: message " + key + " registered twice")
	}
}

// T returns the sentence key in l, formatted with args by l's rules: numbers
// in l's notation (1.234 in German, 1,234 in English) and, for a plural
// entry, the form that the count calls for. A key missing in l falls back to
// German; an unknown key returns the key itself (a test of the registering
// package keeps the catalogs complete). Without args the sentence is
// returned unformatted (a plural entry: its "other" form).
func (l Lang) T(key string, args ...any) string {
	lang, ok := l.holder(key)
	if !ok {
		return key
	}
	if len(args) == 0 {
		if msg, ok := catalogs[lang][key]; ok {
			return msg
		}
		return plurals[lang][key].Other
	}
	return lang.printer().Sprintf(key, args...)
}

// holder returns the language whose catalog answers key for l: l itself,
// else German; false if neither has it.
func (l Lang) holder(key string) (Lang, bool) {
	for _, lang := range []Lang{l, German} {
		if _, ok := catalogs[lang][key]; ok {
			return lang, true
		}
		if _, ok := plurals[lang][key]; ok {
			return lang, true
		}
	}
	return "", false
}

// Sentences returns a copy of every plain sentence registered for l, keyed
// by message key, so that tests can check the catalogs; Plurals returns the
// counted ones.
func Sentences(l Lang) map[string]string { return maps.Clone(catalogs[l]) }
