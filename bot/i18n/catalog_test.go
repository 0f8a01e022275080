package i18n

import "testing"

func TestLookup(t *testing.T) {
	Register(map[string]string{"test.only_de": "nur %s", "test.both": "beide"},
		map[string]string{"test.both": "both"})
	if got := English.T("test.both"); got != "both" {
		t.Errorf("English: %q", got)
	}
	if got := English.T("test.only_de", "Deutsch"); got != "nur Deutsch" {
		t.Errorf("no English sentence: %q, want the German one", got)
	}
	if got := German.T("test.unknown"); got != "test.unknown" {
		t.Errorf("unknown key: %q, want the key", got)
	}
}

func TestRegisterTwicePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a key registered twice did not panic")
		}
	}()
	Register(map[string]string{"word.yes": "doch"}, nil)
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"de": German, " Deutsch ": German, "EN": English, "english": English} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := ParseLang("fr"); ok {
		t.Error(`ParseLang("fr") succeeded`)
	}
}
