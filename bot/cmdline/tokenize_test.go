package cmdline

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestTokenize(t *testing.T) {
	text := func(s string) Token { return Token{Value: Value{Kind: Text, Text: s}} }
	quoted := func(key, s string) Token { return Token{Key: key, Value: Value{Kind: Text, Text: s, Quoted: true}} }
	pair := func(key, s string) Token { return Token{Key: key, Value: Value{Kind: Text, Text: s}} }
	date := func(s string, y int, m time.Month, d int) Token {
		return Token{Value: Value{Kind: DateValue, Text: s, Date: Date{y, m, d}}}
	}
	tests := []struct {
		line string
		want []Token
	}{
		{"", nil},
		{"   ", nil},
		{"stakeholder list", []Token{text("stakeholder"), text("list")}},
		{`stakeholder add "Eva Muster" org:"VHS Darmstadt"`,
			[]Token{text("stakeholder"), text("add"), quoted("", "Eva Muster"), quoted("org", "VHS Darmstadt")}},
		{"akteur neu „Jürgen Weiß“ org:„Stadt Köln“",
			[]Token{text("akteur"), text("neu"), quoted("", "Jürgen Weiß"), quoted("org", "Stadt Köln")}},
		{"add “Anna Meier” «Quote»", []Token{text("add"), quoted("", "Anna Meier"), quoted("", "Quote")}},
		{`x ""`, []Token{text("x"), quoted("", "")}},
		{"Sector:School decision:yes", []Token{pair("sector", "School"), pair("decision", "yes")}},
		{"user:<@U123ABC|eva>", []Token{{Key: "user", Value: Value{Kind: User, Text: "<@U123ABC|eva>", ID: "U123ABC", Name: "eva"}}}},
		{"<@U9> <#C42|bildung> <#C7>", []Token{
			{Value: Value{Kind: User, Text: "<@U9>", ID: "U9"}},
			{Value: Value{Kind: Channel, Text: "<#C42|bildung>", ID: "C42", Name: "bildung"}},
			{Value: Value{Kind: Channel, Text: "<#C7>", ID: "C7"}},
		}},
		{"@eva #netzwerk", []Token{{Value: Value{Kind: User, Text: "@eva", Name: "eva"}}, {Value: Value{Kind: Channel, Text: "#netzwerk", Name: "netzwerk"}}}},
		{"2027-01-15 15.01.2027 5.1.2027", []Token{date("2027-01-15", 2027, 1, 15), date("15.01.2027", 2027, 1, 15), date("5.1.2027", 2027, 1, 5)}},
		{"due:15.01.2027", []Token{{Key: "due", Value: Value{Kind: DateValue, Text: "15.01.2027", Date: Date{2027, 1, 15}}}}},
		{"2027-02-30 31.04.2027", []Token{text("2027-02-30"), text("31.04.2027")}},
		{"10:30 https://example.org :x", []Token{text("10:30"), text("https://example.org"), text(":x")}},
		{"a\tb\n c", []Token{text("a"), text("b"), text("c")}},
		{"@ #", []Token{text("@"), text("#")}},
	}
	for _, tt := range tests {
		got, err := Tokenize(tt.line)
		if err != nil {
			t.Errorf("Tokenize(%q): %v", tt.line, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q)\n got %+v\nwant %+v", tt.line, got, tt.want)
		}
	}
}

func TestTokenizeRefusesUnclosedQuote(t *testing.T) {
	for _, line := range []string{`add "Eva`, "org:„Stadt", `"`} {
		_, err := Tokenize(line)
		if e, ok := errors.AsType[*Error](err); !ok || e.Key != "err.unclosed_quote" {
			t.Errorf("Tokenize(%q): %v, want an invalid-input error", line, err)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, seed := range []string{
		`stakeholder add "Eva Muster" org:"VHS Darmstadt" sector:school`,
		"akteur neu „Jürgen“ nutzer:<@U1|j> due:15.01.2027",
		"<@", "<#C|", `k:"`, "„", "a:b:c", "\xff\xfe", ":", "@", "commit me x due:2027-13-01",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		tokens, err := Tokenize(line)
		if err != nil {
			if _, ok := errors.AsType[*Error](err); !ok {
				t.Fatalf("error %v is not a command-line mistake", err)
			}
			return
		}
		for _, tok := range tokens {
			if tok.Value.Kind == DateValue && tok.Value.Date.IsZero() {
				t.Fatalf("date token without a date: %+v", tok)
			}
		}
	})
}
