package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// maxNameLen is the longest name a user may give anything.
const maxNameLen = 200

// maxTextLen is the longest free text (notes, tasks, commitment texts).
const maxTextLen = 2000

// The German and alternative option keys of the stakeholder fields, which
// other features reuse, and of paging.
func init() {
	vocabulary.AddKeys(map[string]string{
		"organisation": "org", "organization": "org", "einrichtung": "org",
		"sektor": "sector", "bereich": "sector", "bildungsbereich": "sector",
		"rolle": "role", "funktion": "role",
		"entscheidung": "decision", "entscheider": "decision", "entscheidungsbefugnis": "decision",
		"multiplikator": "multiplier",
		"themen":        "topics", "thema": "topics", "topic": "topics",
		"nutzer": "user", "person": "user", "slack": "user",
		"e-mail": "email", "mail": "email",
		"einfluss": "influence", "interesse": "interest",
		"notiz": "notes", "notizen": "notes", "note": "notes",
		"seite": "page",
	})
}

// splitArgs separates the command's bare values from its key:value
// options (see cmdline.Vocabulary.SplitArgs). It fails with a
// *cmdline.Error naming the key when a key is not in allowed or is given
// twice.
func (cl *call) splitArgs(allowed []string) ([]cmdline.Value, map[string]cmdline.Value, error) {
	return vocabulary.SplitArgs(cl.command, cl.args, allowed)
}

// checkName refuses an empty name or one longer than maxNameLen.
func checkName(name string) error {
	if strings.TrimSpace(name) == "" {
		return fail(storage.KindInvalid, "err.name_missing")
	}
	if utf8.RuneCountInString(name) > maxNameLen {
		return fail(storage.KindInvalid, "err.name_too_long", maxNameLen)
	}
	return nil
}

// checkText refuses a free text longer than maxTextLen.
func checkText(field, text string) error {
	if utf8.RuneCountInString(text) > maxTextLen {
		return fail(storage.KindInvalid, "err.text_too_long", field, maxTextLen)
	}
	return nil
}
