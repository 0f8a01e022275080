package i18n

import (
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	Register(map[string]string{"test.only_de": "nur %s", "test.both": "beide %d"},
		map[string]string{"test.both": "both %d"})
	if got := English.T("test.both", 1234); got != "both 1,234" {
		t.Errorf("English: %q", got)
	}
	if got := German.T("test.both", 1234); got != "beide 1.234" {
		t.Errorf("German: %q", got)
	}
	if got := English.T("test.only_de", "Deutsch"); got != "nur Deutsch" {
		t.Errorf("no English sentence: %q, want the German one", got)
	}
	if got := German.T("test.unknown"); got != "test.unknown" {
		t.Errorf("unknown key: %q, want the key", got)
	}
	if got := German.T("test.both"); got != "beide %d" {
		t.Errorf("without arguments: %q, want the format", got)
	}
}

// A plural entry picks its form by CLDR rules: "one" for 1 only, "other"
// for 0, 2 and 1234, in both languages, with the count in the language's
// notation, also when the count is not the first argument.
func TestPlural(t *testing.T) {
	RegisterPlural(map[string]Plural{"test.entries": {Arg: 2, One: "%s: %d Eintrag", Other: "%s: %d Einträge"}},
		map[string]Plural{"test.entries": {Arg: 2, One: "%s: %d entry", Other: "%s: %d entries"}})
	for _, tt := range []struct {
		lang Lang
		n    int
		want string
	}{
		{German, 0, "X: 0 Einträge"}, {German, 1, "X: 1 Eintrag"}, {German, 2, "X: 2 Einträge"}, {German, 1234, "X: 1.234 Einträge"},
		{English, 0, "X: 0 entries"}, {English, 1, "X: 1 entry"}, {English, 2, "X: 2 entries"}, {English, 1234, "X: 1,234 entries"},
	} {
		if got := tt.lang.T("test.entries", "X", tt.n); got != tt.want {
			t.Errorf("%s %d: %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
	if got := German.T("test.entries"); got != "%s: %d Einträge" {
		t.Errorf("without arguments: %q, want the other form", got)
	}
}

func TestRegisterTwicePanics(t *testing.T) {
	for name, register := range map[string]func(){
		"sentence": func() { Register(map[string]string{"word.yes": "doch"}, nil) },
		"plural":   func() { RegisterPlural(map[string]Plural{"word.no": {Arg: 1, One: "%d", Other: "%d"}}, nil) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: a key registered twice did not panic", name)
				}
			}()
			register()
		}()
	}
}

// sameVerbs compares verbs by argument position, explicit indexes resolved.
func TestSameVerbs(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		ok   bool
	}{
		{"Für „%s“ ist %d", "%d for “%s”", false},
		{"Für „%s“ ist %d", "%[2]d for “%[1]s”", true},
		{"%[1]s und %[1]s", "%s", true},
		{"%s von %d", "%s of %d", true},
		{"%d %%", "%d%%", true},
		{"%s", "%s %s", false},
		{"%d", "%.2f", false},
		{"%[1]s %[1]d", "%s", false},
	} {
		if err := sameVerbs(tt.a, tt.b); (err == nil) != tt.ok {
			t.Errorf("sameVerbs(%q, %q) = %v, want ok %v", tt.a, tt.b, err, tt.ok)
		}
	}
}

func TestCheckPlural(t *testing.T) {
	good := Plural{Arg: 2, One: "%s: %d Eintrag", Other: "%s: %d Einträge"}
	if got := checkPlural("k", good, Plural{Arg: 2, One: "%s: %d entry", Other: "%s: %d entries"}); len(got) != 0 {
		t.Errorf("good entry: %v", got)
	}
	for name, en := range map[string]Plural{
		"count position": {Arg: 1, One: "%s: %d entry", Other: "%s: %d entries"},
		"forms differ":   {Arg: 2, One: "%s: one entry", Other: "%s: %d entries"},
		"verbs reversed": {Arg: 2, One: "%d: %s entry", Other: "%d: %s entries"},
	} {
		if got := checkPlural("k", good, en); len(got) == 0 {
			t.Errorf("%s: no mismatch found", name)
		}
	}
	text := Plural{Arg: 1, One: "%s: %d", Other: "%s: %d"}
	if got := checkPlural("k", text, text); len(got) == 0 {
		t.Error("a count printed as a string: no mismatch found")
	}
}

// The catalog of this package agrees with itself.
func TestMismatches(t *testing.T) {
	Register(map[string]string{"test.swapped": "Für „%s“ ist %d"}, map[string]string{"test.swapped": "%d for “%s”"})
	got := strings.Join(Mismatches(), "\n")
	if !strings.Contains(got, "test.swapped") {
		t.Errorf("swapped verbs not found: %s", got)
	}
	if strings.Contains(got, "word.yes") || strings.Contains(got, "number.percent") {
		t.Errorf("sound entries reported: %s", got)
	}
}

// T is called from concurrent handlers; the printers share no state
// between calls.
func TestConcurrentT(t *testing.T) {
	RegisterPlural(map[string]Plural{"test.concurrent": {Arg: 1, One: "%d Akteur", Other: "%d Akteure"}}, nil)
	done := make(chan string)
	for i := range 8 {
		go func() { done <- German.T("test.concurrent", 1000+i) }()
	}
	for range 8 {
		if got := <-done; !strings.HasPrefix(got, "1.00") || !strings.HasSuffix(got, " Akteure") {
			t.Errorf("concurrent T: %q", got)
		}
	}
}
