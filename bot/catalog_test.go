package bot

import (
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
