package bot

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
)

// The German command words and option keys the bot writes in hints,
// buttons and refusals: one alias of each canonical word, the one help
// uses. Words identical in both languages ("export", "status") have none.
func init() {
	vocabulary.AddGermanWords("", map[string]string{
		"help": "hilfe", "stakeholder": "akteur", "add": "neu", "list": "liste", "show": "zeige", "edit": "ändern",
		"commit": "zusage", "commitments": "zusagen", "start": "beginnen", "done": "erledigt", "drop": "verwerfen",
		"reopen": "wiedereröffnen", "due": "frist", "note": "notiz",
		"committee": "gremium", "archive": "archivieren", "members": "mitglieder", "remove": "entfernen",
		"history": "verlauf", "meeting": "sitzung", "meetings": "sitzungen", "log": "erfassen",
		"privacy": "datenschutz", "review": "überprüfung", "role": "rolle", "roles": "rollen",
		"grant": "vergeben", "revoke": "entziehen", "schedule": "zeitplan", "settings": "einstellungen",
		"language": "sprache", "timezone": "zeitzone", "sectors": "sektoren", "dimensions": "dimensionen",
		"anonymity": "anonymität", "networkname": "netzwerkname", "confirm": "bestätigen",
	})
	vocabulary.AddGermanWords("stakeholder", map[string]string{"grid": "raster"})
	vocabulary.AddGermanWords("export", map[string]string{"stakeholder": "akteure", "committee": "gremien"})
	vocabulary.AddGermanWords("privacy", map[string]string{"export": "auskunft", "erase": "löschen"})
	vocabulary.AddGermanWords("review", map[string]string{
		"close": "abschließen", "answer": "antworten", "survey": "umfrage", "show": "zeigen",
		"report": "bericht", "start": "starten",
	})
	vocabulary.AddGermanWords("meeting", map[string]string{"delete": "löschen"})
	vocabulary.AddGermanWords("schedule", map[string]string{
		"preview": "vorschau", "pause": "pausieren", "resume": "fortsetzen", "remove": "löschen", "run": "ausführen",
	})
	vocabulary.AddGermanKeys("", map[string]string{
		"org": "organisation", "sector": "sektor", "role": "rolle", "decision": "entscheidung",
		"multiplier": "multiplikator", "topics": "themen", "user": "nutzer", "email": "e-mail",
		"influence": "einfluss", "interest": "interesse", "notes": "notiz", "page": "seite",
		"due": "frist", "committee": "gremium", "owner": "verantwortlich", "due-before": "fällig-vor",
		"kind": "art", "purpose": "zweck", "tasks": "aufgaben", "channel": "kanal", "rhythm": "rhythmus",
		"date": "datum", "present": "anwesend",
	})
	vocabulary.AddGermanKeys("review", map[string]string{
		"committees": "gremien", "window": "zeitraum", "change": "änderung", "mandate": "mandat",
		"resources": "ressourcen", "decision-makers": "entscheider",
	})
	vocabulary.AddGermanKeys("schedule", map[string]string{
		"tz": "zeitzone", "window": "zeitraum", "committees": "gremien", "deadline": "frist",
	})
	vocabulary.AddGermanKeys("privacy", map[string]string{"confirm": "bestätigen"})
}

// CommandLine writes a command line in l: the canonical words of path in
// l's words, then args as given. Buttons and hints use it, so that a
// German reply names the German command; both forms run the same command.
func CommandLine(l i18n.Lang, path []string, args ...string) string {
	words := make([]string, 0, len(path)+len(args))
	for i, w := range path {
		if l != i18n.German && i == 0 && len(path) > 1 && w == "commit" {
			w = "commitment" // "commit <owner> …" records; "commitment show …" acts on one
		}
		if l == i18n.German {
			first := ""
			if i > 0 {
				first = path[0]
			}
			w = vocabulary.GermanWord(first, w)
		}
		words = append(words, w)
	}
	return strings.Join(append(words, args...), " ")
}

// keyName returns the option key k of the current command as the user
// writes it in the workspace's language ("zeitraum" for "window").
func (cl *call) keyName(k string) string {
	return termText(cl.lang, cmdline.Terms{First: cl.command, Keys: true, Items: []string{k}})
}

// option writes the option k:value of the current command in the
// workspace's language.
func (cl *call) option(k, value string) string { return cl.keyName(k) + ":" + value }

// termText writes t in l, comma-separated; a list of several words is
// sorted in l.
func termText(l i18n.Lang, t cmdline.Terms) string {
	out := make([]string, len(t.Items))
	for i, w := range t.Items {
		switch {
		case l != i18n.German:
			out[i] = w
		case t.Keys:
			out[i] = vocabulary.GermanKey(t.First, w)
		default:
			out[i] = vocabulary.GermanWord(t.First, w)
		}
	}
	if !t.Keys {
		slices.SortFunc(out, func(a, b string) int { return strings.Compare(sortKey(a), sortKey(b)) })
	}
	return strings.Join(out, ", ")
}

// localArgs returns args with every cmdline.Terms written in l.
func localArgs(l i18n.Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(cmdline.Terms); ok {
			out[i] = termText(l, t)
		} else {
			out[i] = a
		}
	}
	return out
}

// umlautFold sorts ä, ö, ü and ß as a, o, u and ss, as a German list does.
var umlautFold = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "ß", "ss")

func sortKey(w string) string { return umlautFold.Replace(w) }
