package bot

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// maxNameLen is the longest name a user may give anything.
const maxNameLen = 200

// maxTextLen is the longest free text (notes, tasks, commitment texts).
const maxTextLen = 2000

// keyAliases maps German and alternative option keys to canonical ones.
var keyAliases = map[string]string{
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
}

// addKeyAliases adds a feature's option-key aliases; feature files call it
// from init. An alias that maps to two different keys panics at start-up.
func addKeyAliases(m map[string]string) {
	for k, v := range m {
		if old, dup := keyAliases[k]; dup && old != v {
			panic("bot: option alias " + k + " defined twice")
		}
		keyAliases[k] = v
	}
}

// scopedKeyAliases holds, per first command word, option-key aliases that
// apply only to that command: "frist" is "due" for a commitment but
// "deadline" for a schedule.
var scopedKeyAliases = map[string]map[string]string{}

// addScopedKeyAliases adds option-key aliases for the commands starting
// with first; feature files call it from init. An alias defined twice for
// the same command with different meanings panics at start-up.
func addScopedKeyAliases(first string, m map[string]string) {
	scoped := scopedKeyAliases[first]
	if scoped == nil {
		scoped = map[string]string{}
		scopedKeyAliases[first] = scoped
	}
	for k, v := range m {
		if old, dup := scoped[k]; dup && old != v {
			panic("bot: option alias " + first + " " + k + " defined twice")
		}
		scoped[k] = v
	}
}

// canonicalKey returns the canonical option key for a key typed to the
// command cl runs.
func (cl *call) canonicalKey(k string) string {
	if c, ok := scopedKeyAliases[cl.command][k]; ok {
		return c
	}
	if c, ok := keyAliases[k]; ok {
		return c
	}
	return k
}

// splitArgs separates bare values from key:value options. It fails with a
// KindInvalid error naming the key when a key is not in allowed or is given
// twice.
func (cl *call) splitArgs(allowed []string) ([]Value, map[string]Value, error) {
	var bare []Value
	opts := map[string]Value{}
	for _, tok := range cl.args {
		if tok.Key == "" {
			bare = append(bare, tok.Value)
			continue
		}
		key := cl.canonicalKey(tok.Key)
		if !slices.Contains(allowed, key) {
			return nil, nil, fail(storage.KindInvalid, "err.unknown_field", tok.Key, strings.Join(allowed, ", "))
		}
		if _, dup := opts[key]; dup {
			return nil, nil, fail(storage.KindInvalid, "err.duplicate_field", tok.Key)
		}
		opts[key] = tok.Value
	}
	return bare, opts, nil
}

// joinText joins bare values back into the phrase the user typed.
func joinText(vals []Value) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = v.Text
	}
	return strings.TrimSpace(strings.Join(parts, " "))
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

// parseBool reads yes/no in English and German.
func parseBool(field string, v Value) (bool, error) {
	switch strings.ToLower(v.Text) {
	case "yes", "y", "ja", "j", "true", "1":
		return true, nil
	case "no", "n", "nein", "false", "0":
		return false, nil
	}
	return false, fail(storage.KindInvalid, "err.bad_bool", field, v.Text)
}

// parseEnum accepts one of allowed (case-insensitive).
func parseEnum(field string, v Value, allowed []string) (string, error) {
	s := strings.ToLower(v.Text)
	if slices.Contains(allowed, s) {
		return s, nil
	}
	return "", fail(storage.KindInvalid, "err.bad_enum", field, v.Text, strings.Join(allowed, ", "))
}

// parseList splits a comma-separated list, trimming and dropping empties
// and duplicates.
func parseList(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// slackUserID returns the Slack user id a value names: the id of a
// <@U…> mention, or an @-name or word that has the form of a Slack id.
// Other names cannot be resolved and are refused with KindInvalid.
func slackUserID(v Value) (string, error) {
	if v.ID != "" {
		return v.ID, nil
	}
	name := strings.TrimPrefix(v.Text, "@")
	if looksLikeUserID(name) {
		return name, nil
	}
	return "", fail(storage.KindInvalid, "err.user_unresolved", v.Text)
}

// looksLikeUserID reports whether s has the form of a Slack user id
// (U or W followed by upper-case letters and digits).
func looksLikeUserID(s string) bool {
	if len(s) < 3 || s[0] != 'U' && s[0] != 'W' {
		return false
	}
	for _, r := range s[1:] {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// parseDateValue reads a date option (2027-01-15 or 15.01.2027); anything
// else is refused with KindInvalid naming the field.
func parseDateValue(field string, v Value) (Date, error) {
	if v.Kind == DateValue {
		return v.Date, nil
	}
	if d, ok := ParseDate(strings.TrimSpace(v.Text)); ok {
		return d, nil
	}
	return Date{}, fail(storage.KindInvalid, "err.bad_date", field, v.Text)
}
