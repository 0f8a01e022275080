package bot

import (
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// The German words and keys the bot writes are ones it reads: every
// command written in German routes to itself, every German key is an
// alias of its canonical key.
func TestGermanWordsRouteBack(t *testing.T) {
	c := New(Options{})
	same := map[string]bool{"export": true, "status": true, "canvas": true} // German too
	for i, cmd := range c.commands {
		for j, w := range cmd.path {
			first := ""
			if j > 0 {
				first = cmd.path[0]
			}
			if vocabulary.GermanWord(first, w) == w && !same[w] {
				t.Errorf("%v: no German word for %q (AddGermanWords)", cmd.path, w)
			}
		}
		for _, l := range []i18n.Lang{i18n.German, i18n.English} {
			line := CommandLine(l, cmd.path)
			tokens, err := cmdline.Tokenize(line)
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := route(c.commands, tokens)
			if err != nil || got != &c.commands[i] {
				t.Errorf("%q (%s) does not route to %v: %v", line, l, cmd.path, err)
			}
		}
	}
	for first, keys := range vocabulary.GermanTable(true) {
		for canonical, german := range keys {
			if got := vocabulary.CanonicalKey(first, german); got != canonical {
				t.Errorf("German key %q of %q (%q) reads as %q", german, canonical, first, got)
			}
		}
	}
}
