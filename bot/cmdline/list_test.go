package cmdline

import (
	"errors"
	"reflect"
	"testing"
)

func TestListValues(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{`themen:"Frühe Bildung",Sprache`, []string{"Frühe Bildung", "Sprache"}},
		{`anwesend:"Aylin Demir","Elif Yılmaz"`, []string{"Aylin Demir", "Elif Yılmaz"}},
		{`gremien:gqnz2,"AG Kopie"`, []string{"gqnz2", "AG Kopie"}},
		{`x:„Müller, Eva“, s8m2`, []string{"Müller, Eva", "s8m2"}},
		{`x:"A", "B",C`, []string{"A", "B", "C"}},
		{`x:a,b, c`, []string{"a", "b", "c"}},
		{`x:a,,b,`, []string{"a", "b"}},
		{`x:"Eva Muster"`, []string{"Eva Muster"}},
		{`x:""`, nil},
	} {
		tokens := mustTokenize(t, tt.line)
		if len(tokens) != 1 {
			t.Errorf("Tokenize(%q) = %d tokens %+v, want 1", tt.line, len(tokens), tokens)
			continue
		}
		if got := texts(tokens[0].Value.List()); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("List of %q = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestListKeepsTheLineApart(t *testing.T) {
	tokens := mustTokenize(t, `akteur neu Eva themen:"Frühe Bildung",Sprache, sektor:schule`)
	if len(tokens) != 5 || tokens[4].Key != "sektor" || tokens[3].Value.Text != "Frühe Bildung,Sprache," {
		t.Fatalf("tokens %+v", tokens)
	}
	if got := ParseList(tokens[3].Value); !reflect.DeepEqual(got, []string{"Frühe Bildung", "Sprache"}) {
		t.Errorf("ParseList = %q", got)
	}
	if got := tokens[2].Value.List(); len(got) != 1 || got[0].Text != "Eva" {
		t.Errorf("a bare word as a list: %+v", got)
	}
	mention := mustTokenize(t, "x:<@U1>,<@U2|eva>")[0].Value.List()
	if len(mention) != 2 || mention[0].ID != "U1" || mention[1].ID != "U2" {
		t.Errorf("mentions in a list: %+v", mention)
	}
}

func TestTokenizeRefusesQuotingMistakes(t *testing.T) {
	for line, want := range map[string]string{
		`themen:"Frühe Bildung"Sprache`: `"Frühe Bildung"Sprache`,
		`x:"A",B"C"`:                    `B"C"`,
		`name:Eva"Muster`:               `Eva"Muster`,
		`„Stadt“Köln x`:                 "„Stadt“Köln",
	} {
		_, err := Tokenize(line)
		e, ok := errors.AsType[*Error](err)
		if !ok || e.Key != "err.quote_misplaced" || !reflect.DeepEqual(e.Args, []any{want}) {
			t.Errorf("Tokenize(%q): %v %+v, want err.quote_misplaced %q", line, err, e, want)
		}
	}
	for _, line := range []string{`themen:"Frühe Bildung,Sprache`, `x:a,"b`} {
		if _, err := Tokenize(line); !isKey(err, "err.unclosed_quote") {
			t.Errorf("Tokenize(%q): %v, want err.unclosed_quote", line, err)
		}
	}
}

func TestTokenizeRefusesControlCharacters(t *testing.T) {
	for line, code := range map[string]string{
		"akteur neu Eva\x00": "U+0000", "Eva\aMuster": "U+0007", "\x1b[31mrot": "U+001B",
		"zeile\r\nzwei": "U+000D", "x\x7f": "U+007F", "x\u0085": "U+0085", `"Eva` + "\x01" + `"`: "U+0001",
	} {
		_, err := Tokenize(line)
		if e, ok := errors.AsType[*Error](err); !ok || e.Key != "err.control_char" || e.Args[0] != code {
			t.Errorf("Tokenize(%q): %v, want err.control_char %s", line, err, code)
		}
	}
	tokens := mustTokenize(t, "note:\"Zeile eins\nZeile\tzwei\"")
	if tokens[0].Value.Text != "Zeile eins\nZeile\tzwei" {
		t.Errorf("tab and line feed: %q", tokens[0].Value.Text)
	}
}

func texts(vals []Value) []string {
	var out []string
	for _, v := range vals {
		out = append(out, v.Text)
	}
	return out
}

func isKey(err error, key string) bool {
	e, ok := errors.AsType[*Error](err)
	return ok && e.Key == key
}
