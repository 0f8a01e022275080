package bot

import (
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*[a-zA-Z]`)

// Every key exists in both languages with the same format verbs, and
// German text uses real umlauts rather than ae/oe/ue transcriptions.
func TestCatalogsMatch(t *testing.T) {
	for key, de := range catalogs[German] {
		en, ok := catalogs[English][key]
		if !ok {
			t.Errorf("%s: no English text", key)
			continue
		}
		if a, b := verbs(de), verbs(en); !slices.Equal(a, b) {
			t.Errorf("%s: German verbs %v, English %v", key, a, b)
		}
	}
	for key := range catalogs[English] {
		if _, ok := catalogs[German][key]; !ok {
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
	for _, cmd := range c.commands {
		if _, ok := catalogs[German][cmd.usage]; !ok {
			t.Errorf("command %v: usage key %q missing", cmd.path, cmd.usage)
		}
	}
}
