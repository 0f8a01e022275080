package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// GermanCommandLines returns every command of c's table as a German
// command line without arguments, for tests in bot_test.
func GermanCommandLines(c *Core) []string {
	var out []string
	for _, cmd := range c.commands {
		out = append(out, CommandLine(i18n.German, cmd.path))
	}
	return out
}

// EnglishOnlyWords returns the canonical command words and option keys
// whose German form differs: the words a German reply must not contain.
func EnglishOnlyWords(c *Core) []string {
	seen := map[string]bool{}
	identical := map[string]bool{}
	note := func(first, w, german string) {
		if german == w {
			identical[w] = true
		} else {
			seen[w] = true
		}
	}
	for _, cmd := range c.commands {
		for i, w := range cmd.path {
			first := ""
			if i > 0 {
				first = cmd.path[0]
			}
			note(first, w, vocabulary.GermanWord(first, w))
		}
	}
	for first, keys := range vocabulary.GermanTable(true) {
		for k := range keys {
			note(first, k, vocabulary.GermanKey(first, k))
		}
	}
	var out []string
	for w := range seen {
		if !identical[w] {
			out = append(out, w)
		}
	}
	return out
}
