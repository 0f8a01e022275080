package bot

import (
	"fmt"
	"strings"
)

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

// catalogs holds every user-facing sentence, keyed by message key.
var catalogs = map[Lang]map[string]string{
	German:  catalogDE,
	English: catalogEN,
}

// addMessages adds a feature's sentences to the catalogs. Feature files call
// it from init; a key defined twice is a programming error and panics at
// start-up (and in every test).
func addMessages(de, en map[string]string) {
	for lang, msgs := range map[Lang]map[string]string{German: de, English: en} {
		for k, v := range msgs {
			if _, dup := catalogs[lang][k]; dup {
				panic("bot: message " + k + " defined twice")
			}
			catalogs[lang][k] = v
		}
	}
}

// T returns the sentence key in l, formatted with args. An unknown key
// returns the key itself (a test keeps the catalogs complete).
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

// YesNo returns the word for a boolean in l.
func (l Lang) YesNo(b bool) string {
	if b {
		return l.T("word.yes")
	}
	return l.T("word.no")
}
