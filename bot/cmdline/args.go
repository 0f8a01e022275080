package cmdline

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// SplitArgs separates the bare values of args from its key:value options,
// the keys made canonical for the command whose first canonical word is
// first. The value of a date key (see Vocabulary.AddDateKeys) takes the
// bare words after it that continue a date phrase (frist:nächsten
// Freitag). It fails with an *Error naming the key as typed when a key is not
// in allowed (err.unknown_field, listing allowed) or is given twice
// (err.duplicate_field).
func (v *Vocabulary) SplitArgs(first string, args []Token, allowed []string) ([]Value, map[string]Value, error) {
	var bare []Value
	opts := map[string]Value{}
	for i := 0; i < len(args); i++ {
		tok := args[i]
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
		if v.dateKeys[key] {
			n := datePhraseTokens(args[i:])
			tok.Value = joinValues(args[i : i+n])
			i += n - 1
		}
		opts[key] = tok.Value
	}
	return bare, opts, nil
}

// datePhraseTokens returns how many tokens from a date option on form its
// phrase: the option's value and the bare words that continue it.
func datePhraseTokens(tokens []Token) int {
	vals := []Value{tokens[0].Value}
	for _, tok := range tokens[1:min(len(tokens), maxDatePhrase)] {
		if tok.Key != "" {
			break
		}
		vals = append(vals, tok.Value)
	}
	return DatePhraseLength(vals)
}

// joinValues is the one value of the tokens of a date phrase.
func joinValues(tokens []Token) Value {
	if len(tokens) == 1 {
		return tokens[0].Value
	}
	vals := make([]Value, len(tokens))
	for i, tok := range tokens {
		vals[i] = tok.Value
	}
	return Value{Kind: Text, Text: JoinText(vals)}
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

// ParseList returns the texts of a list value's items (see Value.List),
// trimmed, without empties and duplicates.
func ParseList(v Value) []string {
	out := []string{}
	for _, item := range v.List() {
		if p := strings.TrimSpace(item.Text); !slices.Contains(out, p) {
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

// maxDatePhrase is the most words a date phrase has ("bis Ende der
// nächsten Woche", "by the end of the month").
const maxDatePhrase = 6

// ParseDay reads a date option: ISO (2027-01-15), German (15.01.2027) or
// a phrase in German or English relative to today, the workspace's
// calendar day: heute/today, morgen/tomorrow, übermorgen, gestern,
// "Freitag", "nächsten Freitag", "diesen Freitag", "letzten Freitag",
// "in 2 Wochen", "vor 3 Tagen", "2 weeks ago", "Ende März", "Mitte
// April", "Anfang Mai", "KW 12" (that week's Friday), "15.3.", "15. März",
// "March 15", each optionally after "bis", "am", "by" or "on"; see
// Direction for phrases without a year. It fails with an *Error whose
// first two arguments are field and the text as typed: err.bad_date for
// no date, err.date_ambiguous (then both candidate days and the later as
// Spelled), err.date_past_phrase (then the day it would be, as Date and
// Spelled), err.date_too_early and
// err.date_too_late (then the day) for a day before 2000 or more than ten
// years after today.
func ParseDay(field string, v Value, today Date, dir Direction) (Date, error) {
	text := strings.TrimSpace(v.Text)
	d, err := v.Date, error(nil)
	if v.Kind != DateValue {
		var ok bool
		if d, ok = ParseDate(text); !ok {
			d, err = naturalDate(text, today, dir)
		}
	}
	switch {
	case errors.Is(err, errNotDate):
		return Date{}, fail("err.bad_date", field, v.Text)
	case err != nil:
		e, _ := errors.AsType[*Error](err)
		e.Args = append([]any{field}, e.Args...)
		return Date{}, e
	case d.Before(Date{2000, time.January, 1}):
		return Date{}, fail("err.date_too_early", field, v.Text, d)
	case today.AddMonths(120).Before(d):
		return Date{}, fail("err.date_too_late", field, v.Text, d)
	}
	return d, nil
}

// DatePhraseLength returns how many of the leading values form the
// longest date phrase ("nächsten Freitag", "in 2 Wochen"), at least 1 when
// there is a value: a phrase typed without quotes arrives as several
// words. Only unquoted words continue a phrase.
func DatePhraseLength(vals []Value) int {
	if len(vals) == 0 {
		return 0
	}
	if vals[0].Quoted {
		return 1
	}
	for n := min(len(vals), maxDatePhrase); n > 1; n-- {
		if slices.ContainsFunc(vals[1:n], func(v Value) bool { return v.Quoted || v.Kind != Text && v.Kind != DateValue }) {
			continue
		}
		if _, err := naturalDate(JoinText(vals[:n]), Date{2026, time.January, 1}, Ahead); !errors.Is(err, errNotDate) {
			return n
		}
	}
	return 1
}

// List returns the items of a comma-separated list value: the items the
// tokenizer kept (when one was quoted), the value itself when it was one
// quoted phrase, else the parts of its text between commas, each read by
// ParseValue. Empty items are dropped.
func (v Value) List() []Value {
	var out []Value
	switch {
	case v.Items != nil:
		for _, item := range v.Items {
			if strings.TrimSpace(item.Text) != "" {
				out = append(out, item)
			}
		}
	case v.Quoted:
		if strings.TrimSpace(v.Text) != "" {
			out = append(out, v)
		}
	default:
		for part := range strings.SplitSeq(v.Text, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, ParseValue(part))
			}
		}
	}
	return out
}
