package bot

import (
	"slices"
	"sort"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// command is one entry of the command table.
type command struct {
	// path holds the canonical English words that select the command.
	path []string
	// role is the least role that may run it.
	role storage.Role
	// usage is the catalog key of its one-line usage.
	usage string
	run   func(*call) (Reply, error)
}

// wordAliases maps German (and alternative English) command words to the
// canonical English word.
var wordAliases = map[string]string{
	"hilfe": "help", "?": "help",
	"akteur": "stakeholder", "akteure": "stakeholder", "stakeholders": "stakeholder",
	"neu": "add", "hinzufügen": "add", "anlegen": "add",
	"liste": "list", "auflisten": "list",
	"zeige": "show", "zeigen": "show", "anzeigen": "show",
	"ändern": "edit", "bearbeiten": "edit",
}

// addWordAliases adds a feature's command-word aliases; feature files call
// it from init. Features may share an alias for the same word ("entfernen"
// → "remove"); an alias that maps to two different words panics at
// start-up.
func addWordAliases(m map[string]string) {
	for k, v := range m {
		if old, dup := wordAliases[k]; dup && old != v {
			panic("bot: command alias " + k + " defined twice")
		}
		wordAliases[k] = v
	}
}

// scopedWordAliases holds, per first command word, aliases that apply only
// after it: "löschen" is "erase" after "datenschutz" but "remove" after
// "zeitplan".
var scopedWordAliases = map[string]map[string]string{}

// addScopedWordAliases adds aliases for the words that follow the command
// word first; feature files call it from init. An alias defined twice for
// the same first word with different meanings panics at start-up.
func addScopedWordAliases(first string, m map[string]string) {
	scoped := scopedWordAliases[first]
	if scoped == nil {
		scoped = map[string]string{}
		scopedWordAliases[first] = scoped
	}
	for k, v := range m {
		if old, dup := scoped[k]; dup && old != v {
			panic("bot: command alias " + first + " " + k + " defined twice")
		}
		scoped[k] = v
	}
}

// canonicalWord returns the canonical command word for a typed word.
func canonicalWord(w string) string {
	w = strings.ToLower(w)
	if c, ok := wordAliases[w]; ok {
		return c
	}
	return w
}

// commandWord returns the canonical word of token i, if it is a bare word.
// Words after the first are looked up among the first word's scoped
// aliases before the general ones.
func commandWord(tokens []Token, i int) (string, bool) {
	if i >= len(tokens) || tokens[i].Key != "" || tokens[i].Value.Quoted || tokens[i].Value.Kind != Text {
		return "", false
	}
	if i > 0 {
		if first, ok := commandWord(tokens, 0); ok {
			if c, ok := scopedWordAliases[first][strings.ToLower(tokens[i].Value.Text)]; ok {
				return c, true
			}
		}
	}
	return canonicalWord(tokens[i].Value.Text), true
}

// route finds the command that the leading words of tokens select and
// returns it with the remaining tokens. It fails with a KindInvalid error
// that names the nearest command for an unknown first word, or lists the
// possible next words for an incomplete or unknown subcommand.
func route(table []command, tokens []Token) (*command, []Token, error) {
	var best *command
	for i := range table {
		cmd := &table[i]
		if matches(cmd.path, tokens) && (best == nil || len(cmd.path) > len(best.path)) {
			best = cmd
		}
	}
	if best != nil {
		return best, tokens[len(best.path):], nil
	}
	first, _ := commandWord(tokens, 0)
	if next := nextWords(table, first); len(next) > 0 {
		return nil, nil, storage.Errorf(storage.KindInvalid, "err.unknown_subcommand", first, strings.Join(next, ", "))
	}
	typed := ""
	if len(tokens) > 0 {
		typed = tokens[0].Value.Text
	}
	if near := nearestCommand(table, strings.ToLower(typed)); near != "" {
		return nil, nil, storage.Errorf(storage.KindInvalid, "err.unknown_command_suggest", typed, near)
	}
	return nil, nil, storage.Errorf(storage.KindInvalid, "err.unknown_command", typed)
}

func matches(path []string, tokens []Token) bool {
	for i, w := range path {
		got, ok := commandWord(tokens, i)
		if !ok || got != w {
			return false
		}
	}
	return true
}

// nextWords lists the second words of the commands that start with first.
func nextWords(table []command, first string) []string {
	var out []string
	for _, cmd := range table {
		if len(cmd.path) > 1 && cmd.path[0] == first && !slices.Contains(out, cmd.path[1]) {
			out = append(out, cmd.path[1])
		}
	}
	sort.Strings(out)
	return out
}

// nearestCommand returns the command word or alias closest to typed, or ""
// when nothing is close enough to be a typo.
func nearestCommand(table []command, typed string) string {
	if typed == "" {
		return ""
	}
	candidates := map[string]bool{}
	for _, cmd := range table {
		candidates[cmd.path[0]] = true
	}
	for alias, canon := range wordAliases {
		if candidates[canon] {
			candidates[alias] = true
		}
	}
	best, bestDist := "", len([]rune(typed))/2+2
	for c := range candidates {
		if d := editDistance(typed, c); d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
