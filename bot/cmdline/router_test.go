package cmdline

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func testVocabulary() *Vocabulary {
	var v Vocabulary
	v.AddWords(map[string]string{"akteur": "stakeholder", "neu": "add", "liste": "list", "hilfe": "help"})
	v.AddScopedWords("privacy", map[string]string{"löschen": "erase"})
	v.AddScopedWords("schedule", map[string]string{"löschen": "remove"})
	v.AddKeys(map[string]string{"sektor": "sector", "frist": "due"})
	v.AddScopedKeys("schedule", map[string]string{"frist": "deadline"})
	return &v
}

var testPaths = [][]string{{"help"}, {"stakeholder", "add"}, {"stakeholder", "list"}, {"privacy", "erase"}, {"schedule", "remove"}}

func mustTokenize(t *testing.T, line string) []Token {
	t.Helper()
	tokens, err := Tokenize(line)
	if err != nil {
		t.Fatalf("Tokenize(%q): %v", line, err)
	}
	return tokens
}

func TestRoute(t *testing.T) {
	v := testVocabulary()
	for _, tt := range []struct {
		line string
		path int
		rest int
	}{
		{"akteur neu Eva", 1, 1},
		{"Stakeholder LISTE", 2, 0},
		{"privacy löschen s1", 3, 1},
		{"schedule löschen p1", 4, 1},
		{"hilfe akteur", 0, 1},
	} {
		i, rest, err := v.Route(testPaths, mustTokenize(t, tt.line))
		if err != nil || i != tt.path || len(rest) != tt.rest {
			t.Errorf("Route(%q) = %d, %d tokens left, %v; want %d, %d", tt.line, i, len(rest), err, tt.path, tt.rest)
		}
	}
}

func TestRouteExplainsMistakes(t *testing.T) {
	v := testVocabulary()
	for _, tt := range []struct {
		line, key string
		args      []any
	}{
		{"akteur", "err.unknown_subcommand", []any{Terms{Items: []string{"stakeholder"}}, Terms{First: "stakeholder", Items: []string{"add", "list"}}}},
		{"akteur löschen", "err.unknown_subcommand", []any{Terms{Items: []string{"stakeholder"}}, Terms{First: "stakeholder", Items: []string{"add", "list"}}}},
		{"akteru", "err.unknown_command_suggest", []any{"akteru", Terms{Items: []string{"stakeholder"}}}},
		{"Hilfr", "err.unknown_command_suggest", []any{"Hilfr", Terms{Items: []string{"help"}}}},
		{"xyzzyq", "err.unknown_command", []any{"xyzzyq"}},
	} {
		_, _, err := v.Route(testPaths, mustTokenize(t, tt.line))
		e, ok := errors.AsType[*Error](err)
		if !ok || e.Key != tt.key || !reflect.DeepEqual(e.Args, tt.args) {
			t.Errorf("Route(%q): %v %v, want %s %v", tt.line, err, e, tt.key, tt.args)
		}
	}
}

func TestSplitArgs(t *testing.T) {
	v := testVocabulary()
	bare, opts, err := v.SplitArgs("stakeholder", mustTokenize(t, `Eva sektor:Schule "Muster"`), []string{"sector"})
	if err != nil || JoinText(bare) != "Eva Muster" || opts["sector"].Text != "Schule" {
		t.Errorf("SplitArgs: %v, %v, %v", bare, opts, err)
	}
	for first, want := range map[string]string{"schedule": "deadline", "commitment": "due"} {
		_, opts, err := v.SplitArgs(first, mustTokenize(t, "frist:2d"), []string{"due", "deadline"})
		if _, ok := opts[want]; !ok || err != nil {
			t.Errorf("frist for %s: %v, %v; want %s", first, opts, err, want)
		}
	}
	for line, key := range map[string]string{"Farbe:rot": "err.unknown_field", "sektor:a sector:b": "err.duplicate_field"} {
		_, _, err := v.SplitArgs("stakeholder", mustTokenize(t, line), []string{"sector"})
		if e, ok := errors.AsType[*Error](err); !ok || e.Key != key {
			t.Errorf("SplitArgs(%q): %v, want %s", line, err, key)
		}
	}
}

func TestConflictingAliasPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("an alias with two meanings did not panic")
		}
	}()
	v := testVocabulary()
	v.AddWords(map[string]string{"neu": "add"}) // the same meaning is fine
	v.AddWords(map[string]string{"neu": "new"})
}

func TestDurations(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"14d": 14 * 24 * time.Hour, "1d12h": 36 * time.Hour, "90m": 90 * time.Minute, " 2T ": 48 * time.Hour,
		"14 Tage": 14 * 24 * time.Hour, "1 Tag 12 Stunden": 36 * time.Hour, "90 Minuten": 90 * time.Minute,
		"14tage": 14 * 24 * time.Hour, "2 days": 48 * time.Hour, "1 hour 30 minutes": 90 * time.Minute, "6 Std": 6 * time.Hour,
	} {
		if got, ok := ParseDuration(in); !ok || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "0d", "d", "14", "3w", "1234567d", "4000d", "14 Wochen", "Tage 14", "14 Tage,", "1d 2"} {
		if got, ok := ParseDuration(in); ok {
			t.Errorf("ParseDuration(%q) = %v, want a refusal", in, got)
		}
	}
}

func TestGermanWordsAndKeys(t *testing.T) {
	v := testVocabulary()
	v.AddGermanWords("", map[string]string{"stakeholder": "akteur", "remove": "entfernen"})
	v.AddGermanWords("schedule", map[string]string{"remove": "löschen"})
	v.AddGermanKeys("", map[string]string{"sector": "sektor"})
	for _, tt := range []struct{ got, want string }{
		{v.GermanWord("", "stakeholder"), "akteur"},
		{v.GermanWord("schedule", "remove"), "löschen"},
		{v.GermanWord("committee", "remove"), "entfernen"},
		{v.GermanWord("", "export"), "export"},
		{v.GermanKey("stakeholder", "sector"), "sektor"},
		{v.GermanKey("stakeholder", "name"), "name"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
