package cmdline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ValueKind says what a token's value is.
type ValueKind int

// The value kinds.
const (
	// Text is a plain word or a quoted phrase.
	Text ValueKind = iota
	// User is a Slack user: <@U123|name>, <@U123> or a plain @name.
	User
	// Channel is a Slack channel: <#C123|name>, <#C123> or a plain #name.
	Channel
	// DateValue is a calendar date: 2027-01-15 or 15.01.2027.
	DateValue
)

// Value is what a token says.
type Value struct {
	Kind   ValueKind
	Text   string // the text as typed, without quotes
	ID     string // the Slack id of a User or Channel, when known
	Name   string // the name of a User or Channel, when given
	Date   Date   // for DateValue
	Quoted bool   // the text was quoted
}

// Token is one element of a command line: a bare value, or a key:value pair.
type Token struct {
	Key   string // lower-cased key of a key:value pair; empty for a bare value
	Value Value
}

// quotePairs maps each opening quote to the closing quotes it accepts:
// straight, German („…“) and English (“…”) typographic, and guillemets.
var quotePairs = map[rune]string{
	'"': "\"“”",
	'„': "“”\"",
	'“': "”“\"",
	'”': "”\"",
	'«': "»",
	'»': "«",
}

// Tokenize splits a command line into tokens. Quotes group words, also
// after a key (org:"VHS Darmstadt"). It fails with an *Error
// (err.unclosed_quote) when a quote is not closed. It never panics,
// whatever the input.
func Tokenize(line string) ([]Token, error) {
	var tokens []Token
	rest := strings.TrimSpace(line)
	for rest != "" {
		raw, quoted, next, ok := nextWord(rest)
		if !ok {
			return nil, fail("err.unclosed_quote")
		}
		tokens = append(tokens, makeToken(raw, quoted))
		rest = strings.TrimLeftFunc(next, unicode.IsSpace)
	}
	return tokens, nil
}

// rawWord is a word as cut from the line: key (if any) and the value text.
type rawWord struct {
	key, value string
}

// nextWord cuts the first word off s. It reports whether the value was
// quoted, and false in ok when a quote was left open.
func nextWord(s string) (w rawWord, quoted bool, rest string, ok bool) {
	if k, after, found := splitKey(s); found {
		w.key, s = k, after
	}
	r, size := utf8.DecodeRuneInString(s)
	if closers, isQuote := quotePairs[r]; isQuote && size > 0 {
		end := strings.IndexFunc(s[size:], func(c rune) bool { return strings.ContainsRune(closers, c) })
		if end < 0 {
			return w, true, "", false
		}
		w.value = s[size : size+end]
		_, closeSize := utf8.DecodeRuneInString(s[size+end:])
		return w, true, s[size+end+closeSize:], true
	}
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		end = len(s)
	}
	w.value = s[:end]
	return w, false, s[end:], true
}

// splitKey recognises a leading "key:" where key is a letter followed by
// letters, digits, '-' or '_' and the value is not a URL's "//".
func splitKey(s string) (key, rest string, ok bool) {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return "", "", false
	}
	key = s[:colon]
	for i, r := range key {
		letter := unicode.IsLetter(r)
		if i == 0 && !letter || !letter && !unicode.IsDigit(r) && r != '-' && r != '_' {
			return "", "", false
		}
	}
	rest = s[colon+1:]
	if strings.HasPrefix(rest, "//") {
		return "", "", false
	}
	return strings.ToLower(key), rest, true
}

func makeToken(w rawWord, quoted bool) Token {
	if quoted {
		return Token{Key: w.key, Value: Value{Kind: Text, Text: w.value, Quoted: true}}
	}
	return Token{Key: w.key, Value: ParseValue(w.value)}
}

// ParseValue reads one unquoted word: Slack's mention forms (<@U1|name>,
// <#C1>), @name, #name, dates, or else plain text.
func ParseValue(s string) Value {
	v := Value{Kind: Text, Text: s}
	switch {
	case strings.HasPrefix(s, "<@") && strings.HasSuffix(s, ">"):
		v.Kind, v.ID, v.Name = User, slackID(s[2:len(s)-1]), slackName(s[2:len(s)-1])
	case strings.HasPrefix(s, "<#") && strings.HasSuffix(s, ">"):
		v.Kind, v.ID, v.Name = Channel, slackID(s[2:len(s)-1]), slackName(s[2:len(s)-1])
	case strings.HasPrefix(s, "@") && len(s) > 1:
		v.Kind, v.Name = User, s[1:]
	case strings.HasPrefix(s, "#") && len(s) > 1:
		v.Kind, v.Name = Channel, s[1:]
	default:
		if d, ok := ParseDate(s); ok {
			v.Kind, v.Date = DateValue, d
		}
	}
	return v
}

// slackID returns the id part of "U123|name" or "U123".
func slackID(inner string) string {
	id, _, _ := strings.Cut(inner, "|")
	return id
}

// slackName returns the name part of "U123|name", or "".
func slackName(inner string) string {
	_, name, _ := strings.Cut(inner, "|")
	return name
}
