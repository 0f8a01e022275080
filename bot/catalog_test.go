package bot

import (
	"regexp"
	"slices"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// Every key registered by bot and the packages it imports exists in both
// languages, with the same format verb at each argument position, and
// every plural entry counts a %d in the same position in both languages.
func TestCatalogsMatch(t *testing.T) {
	for _, m := range i18n.Mismatches() {
		t.Error(m)
	}
}

func TestCommandUsagesAreInCatalog(t *testing.T) {
	c := New(Options{})
	german := i18n.Sentences(i18n.German)
	for _, cmd := range c.commands {
		if _, ok := german[cmd.usage]; !ok {
			t.Errorf("command %v: usage key %q missing", cmd.path, cmd.usage)
		}
	}
}

// countedNoun matches a count followed by a word: "%d Akteure".
var countedNoun = regexp.MustCompile(`%(\[\d+\])?d (\p{L}+)`)

// uncounted are the words that may follow a count in a plain sentence,
// because they do not change with the number: "1 von 2", "3 weitere",
// "2 überfällig".
var uncounted = []string{"von", "bis", "an", "weitere", "überfällig", "anwesend", "of", "to", "more", "overdue", "present"}

// Every sentence in which a count governs a noun or verb is a plural entry:
// no plain sentence has a count followed by another word than those in
// uncounted.
func TestCountsArePlural(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.German, i18n.English} {
		for key, text := range i18n.Sentences(lang) {
			for _, m := range countedNoun.FindAllStringSubmatch(text, -1) {
				if !slices.Contains(uncounted, m[2]) {
					t.Errorf("%s %s: %q needs a plural entry (i18n.RegisterPlural): %s", lang, key, m[0], text)
				}
			}
		}
	}
}
