package bot

import (
	"regexp"
	"slices"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*[a-zA-Z]`)

// Every key registered by bot and the packages it imports exists in both
// languages with the same format verbs.
func TestCatalogsMatch(t *testing.T) {
	german, english := i18n.Sentences(i18n.German), i18n.Sentences(i18n.English)
	for key, de := range german {
		en, ok := english[key]
		if !ok {
			t.Errorf("%s: no English text", key)
			continue
		}
		if a, b := verbs(de), verbs(en); !slices.Equal(a, b) {
			t.Errorf("%s: German verbs %v, English %v", key, a, b)
		}
	}
	for key := range english {
		if _, ok := german[key]; !ok {
			t.Errorf("%s: no German text", key)
		}
	}
}

// verbs returns the verbs of a format, sorted, with explicit indexes
// resolved so that reordered English sentences compare equal.
func verbs(format string) []string {
	var out []string
	for _, v := range verb.FindAllString(format, -1) {
		out = append(out, v[len(v)-1:])
	}
	slices.Sort(out)
	return out
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
