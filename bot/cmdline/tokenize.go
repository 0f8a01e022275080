package cmdline

import (
	"slices"
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
	Text   string  // the text as typed, without quotes
	ID     string  // the Slack id of a User or Channel, when known
	Name   string  // the name of a User or Channel, when given
	Date   Date    // for DateValue
	Quoted bool    // the text was quoted
	Items  []Value // the items of a comma-separated list with a quoted item
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
// after a key (org:"VHS Darmstadt"), and a value may be a list of quoted
// and unquoted items separated by commas (themen:"Frühe Bildung",Sprache;
// a space after a comma continues the list). It fails with an *Error when
// the line holds a control character other than tab and line feed
// (err.control_char), when a quote is not closed (err.unclosed_quote) and
// when text is glued to a closing quote or a quote opens inside a word
// (err.quote_misplaced). It never panics, whatever the input.
func Tokenize(line string) ([]Token, error) {
	if err := checkControl(line); err != nil {
		return nil, err
	}
	var tokens []Token
	rest := strings.TrimSpace(line)
	for rest != "" {
		tok, next, err := nextToken(rest)
		if err != nil {
			return nil, err
		}
		tokens = append(tokens, tok)
		rest = strings.TrimLeftFunc(next, unicode.IsSpace)
	}
	return tokens, nil
}

// nextToken cuts the first token off s: an optional key and a value of
// one or more items separated by commas.
func nextToken(s string) (Token, string, error) {
	var tok Token
	if k, after, found := splitKey(s); found {
		tok.Key, s = k, after
	}
	var items []Value
	var text strings.Builder
	for {
		item, rest, err := nextItem(s)
		if err != nil {
			return Token{}, "", err
		}
		items = append(items, item)
		text.WriteString(item.Text)
		if !strings.HasPrefix(rest, ",") {
			s = rest
			break
		}
		after := strings.TrimLeftFunc(rest[1:], unicode.IsSpace)
		if _, _, isKey := splitKey(after); after == "" || isKey {
			text.WriteString(",")
			s = rest[1:]
			break
		}
		text.WriteString(rest[:len(rest)-len(after)])
		s = after
	}
	tok.Value = listValue(items, text.String())
	return tok, s, nil
}

// listValue is the value of a token made of items: the one item itself,
// or a text value holding the items when there are several and one was
// quoted (else splitting the text at its commas gives them back).
func listValue(items []Value, text string) Value {
	if len(items) == 1 {
		return items[0]
	}
	v := Value{Kind: Text, Text: text}
	if slices.ContainsFunc(items, func(i Value) bool { return i.Quoted }) {
		v.Items = items
	}
	return v
}

// nextItem cuts one list item off s: a quoted phrase, or a word up to the
// next space or comma. A closing quote must be followed by a space, a
// comma or the end, and a quote may not open inside a word.
func nextItem(s string) (Value, string, error) {
	r, size := utf8.DecodeRuneInString(s)
	if closers, isQuote := quotePairs[r]; isQuote && size > 0 {
		end := strings.IndexFunc(s[size:], func(c rune) bool { return strings.ContainsRune(closers, c) })
		if end < 0 {
			return Value{}, "", fail("err.unclosed_quote")
		}
		inner := s[size : size+end]
		_, closeSize := utf8.DecodeRuneInString(s[size+end:])
		rest := s[size+end+closeSize:]
		if next, _ := utf8.DecodeRuneInString(rest); rest != "" && next != ',' && !unicode.IsSpace(next) {
			return Value{}, "", fail("err.quote_misplaced", s[:size+end+closeSize]+wordAt(rest))
		}
		return Value{Kind: Text, Text: inner, Quoted: true}, rest, nil
	}
	end := strings.IndexFunc(s, func(c rune) bool { return c == ',' || unicode.IsSpace(c) })
	if end < 0 {
		end = len(s)
	}
	if strings.ContainsFunc(s[:end], isQuote) {
		return Value{}, "", fail("err.quote_misplaced", s[:end])
	}
	return ParseValue(s[:end]), s[end:], nil
}

// wordAt returns the start of s up to the first space.
func wordAt(s string) string {
	if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
		return s[:end]
	}
	return s
}

// isQuote reports whether r opens or closes a quoted phrase.
func isQuote(r rune) bool {
	_, ok := quotePairs[r]
	return ok
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
