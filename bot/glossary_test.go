package bot

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// glossary lists, per language, the variants that the catalog does not
// use, with the term it uses instead: one term for one thing, as a public
// servant reads it. German running text writes the role in lower case
// ("die koordinierende Stelle"); the role's name is capitalised only where
// it stands alone or in quotes („Koordinierende Stelle“).
var glossary = map[i18n.Lang][]struct{ variant, use string }{
	i18n.German: {
		{`\bAdmins?\b`, "Administrator/in"},
		{`Administration`, "Administrator/in"},
		{`Entscheider`, "Entscheidungsträger/in"},
		{`Entscheidungsträger($|[^/])`, "Entscheidungsträger/in"},
		{`Entscheidungs- befugte`, "Entscheidungsträger/innen"},
		{`Koordinator`, "koordinierende Stelle"},
		{`[ (]Koordinierende Stelle`, "koordinierende Stelle"},
		{`\bCES?T\b`, "MEZ/MESZ"},
		{`\b\d+[dhm]\b`, "14 Tage, 6 Stunden, 90 Minuten"},
		{`\b(Hallo|Hi|Hey)\b`, "Guten Tag"},
		{`Slack-Nutzer`, "Slack-Person"},
		{`Ohne Bereich|\bBereich\b`, "Bildungsbereich"},
		{`(?i)\b(the|and|stakeholders?|committees?|meetings?|reminders?|feedback|dashboard|workspace|coordinators?)\b`, "the German word"},
	},
	i18n.English: {
		{`coordinating office|coordination office`, "coordinator(s)"},
		{`decision-makers?\b([^:]|$)`, "decision maker(s)"},
		{`\b(Hallo|Guten Tag)\b`, "Hello"},
		{`[(;] ?coordinator\)`, "(coordinators)"},
		{`[(;] ?admin\)`, "(admins)"},
	},
}

// keywords are the keys whose sentence is a word the user types, such as
// the option key of a consolidation answer; the glossary does not apply.
const keywords = "review.question_key."

// No German or English sentence of the catalog uses a variant that the
// glossary rules out.
func TestGlossary(t *testing.T) {
	for lang, rules := range glossary {
		texts := catalogTexts(lang)
		for _, rule := range rules {
			re := regexp.MustCompile(rule.variant)
			for _, key := range slices.Sorted(maps.Keys(texts)) {
				if m := re.FindString(texts[key]); m != "" && !strings.HasPrefix(key, keywords) {
					t.Errorf("%s %s: %q, write %s: %s", lang, key, m, rule.use, texts[key])
				}
			}
		}
	}
}

// catalogTexts returns every sentence of l by key, plural forms as
// key#one and key#other.
func catalogTexts(l i18n.Lang) map[string]string {
	texts := i18n.Sentences(l)
	for key, p := range i18n.Plurals(l) {
		texts[key+"#one"], texts[key+"#other"] = p.One, p.Other
	}
	return texts
}
