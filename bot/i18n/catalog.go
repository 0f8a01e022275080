package i18n

import (
	"fmt"
	"maps"
)

// catalogs holds every registered sentence, keyed by language and message
// key.
var catalogs = map[Lang]map[string]string{
	German:  {},
	English: {},
}

// Register adds sentences to the catalog: de holds the German ones, en the
// English ones, each keyed by message key. Features call it from init; a
// key registered twice is a programming error and panics at start-up (and
// in every test).
func Register(de, en map[string]string) {
	for lang, msgs := range map[Lang]map[string]string{German: de, English: en} {
		for k, v := range msgs {
			if _, dup := catalogs[lang][k]; dup {
				panic("i18n: message " + k + " registered twice")
			}
			catalogs[lang][k] = v
		}
	}
}

// T returns the sentence key in l, formatted with args. A key missing in l
// falls back to German; an unknown key returns the key itself (a test of
// the registering package keeps the catalogs complete).
func (l Lang) T(key string, args ...any) string {
	msg, ok := catalogs[l][key]
	if !ok {
		msg, ok = catalogs[German][key]
	}
	if !ok {
		return key
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// Sentences returns a copy of every sentence registered for l, keyed by
// message key, so that tests can check that the languages match.
func Sentences(l Lang) map[string]string { return maps.Clone(catalogs[l]) }
