package cmdline

import (
	"slices"
	"strings"
)

// SplitArgs separates the bare values of args from its key:value options,
// the keys made canonical for the command whose first canonical word is
// first. It fails with an *Error naming the key as typed when a key is not
// in allowed (err.unknown_field, listing allowed) or is given twice
// (err.duplicate_field).
func (v *Vocabulary) SplitArgs(first string, args []Token, allowed []string) ([]Value, map[string]Value, error) {
	var bare []Value
	opts := map[string]Value{}
	for _, tok := range args {
		if tok.Key == "" {
			bare = append(bare, tok.Value)
			continue
		}
		key := v.CanonicalKey(first, tok.Key)
		if !slices.Contains(allowed, key) {
			return nil, nil, fail("err.unknown_field", tok.Key, Terms{First: first, Keys: true, Items: allowed})
		}
		if _, dup := opts[key]; dup {
			return nil, nil, fail("err.duplicate_field", tok.Key)
		}
		opts[key] = tok.Value
	}
	return bare, opts, nil
}

// JoinText joins bare values back into the phrase the user typed.
func JoinText(vals []Value) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = v.Text
	}
	return strings.TrimSpace(strings.Join(parts, " "))
}

// ParseBool reads yes/no in English and German. Anything else fails with
// an *Error (err.bad_bool) naming field.
func ParseBool(field string, v Value) (bool, error) {
	switch strings.ToLower(v.Text) {
	case "yes", "y", "ja", "j", "true", "1":
		return true, nil
	case "no", "n", "nein", "false", "0":
		return false, nil
	}
	return false, fail("err.bad_bool", field, v.Text)
}

// ParseList splits a comma-separated list, trimming and dropping empties
// and duplicates.
func ParseList(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// SlackUserID returns the Slack user id a value names: the id of a
// <@U…> mention, or an @-name or word that has the form of a Slack id.
// Other names cannot be resolved and fail with an *Error
// (err.user_unresolved).
func SlackUserID(v Value) (string, error) {
	if v.ID != "" {
		return v.ID, nil
	}
	name := strings.TrimPrefix(v.Text, "@")
	if looksLikeUserID(name) {
		return name, nil
	}
	return "", fail("err.user_unresolved", v.Text)
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

// ParseDateValue reads a date option (2027-01-15 or 15.01.2027); anything
// else fails with an *Error (err.bad_date) naming field.
func ParseDateValue(field string, v Value) (Date, error) {
	if v.Kind == DateValue {
		return v.Date, nil
	}
	if d, ok := ParseDate(strings.TrimSpace(v.Text)); ok {
		return d, nil
	}
	return Date{}, fail("err.bad_date", field, v.Text)
}
