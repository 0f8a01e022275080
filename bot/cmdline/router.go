package cmdline

import (
	"slices"
	"sort"
	"strings"
)

// Route finds the command path that the leading words of tokens select,
// the longest when several do, and returns its index in paths with the
// tokens after its words. A path is a command's canonical words
// ("stakeholder", "add"); typed words are made canonical by v.
//
// It fails with an *Error when no path matches: err.unknown_subcommand
// with the possible next words for an incomplete or unknown subcommand,
// err.unknown_command_suggest with the nearest command (canonical, as
// Terms, so that it is shown in the user's language) for what looks like a
// typo, err.unknown_command otherwise.
func (v *Vocabulary) Route(paths [][]string, tokens []Token) (int, []Token, error) {
	best := -1
	for i, path := range paths {
		if v.matches(path, tokens) && (best < 0 || len(path) > len(paths[best])) {
			best = i
		}
	}
	if best >= 0 {
		return best, tokens[len(paths[best]):], nil
	}
	first, _ := v.CommandWord(tokens, 0)
	if next := nextWords(paths, first); len(next) > 0 {
		return 0, nil, fail("err.unknown_subcommand", Terms{Items: []string{first}}, Terms{First: first, Items: next})
	}
	typed := ""
	if len(tokens) > 0 {
		typed = tokens[0].Value.Text
	}
	if near := v.nearestCommand(paths, strings.ToLower(typed)); near != "" {
		return 0, nil, fail("err.unknown_command_suggest", typed, Terms{Items: []string{v.CanonicalWord(near)}})
	}
	return 0, nil, fail("err.unknown_command", typed)
}

func (v *Vocabulary) matches(path []string, tokens []Token) bool {
	for i, w := range path {
		got, ok := v.CommandWord(tokens, i)
		if !ok || got != w {
			return false
		}
	}
	return true
}

// nextWords lists the second words of the paths that start with first.
func nextWords(paths [][]string, first string) []string {
	var out []string
	for _, path := range paths {
		if len(path) > 1 && path[0] == first && !slices.Contains(out, path[1]) {
			out = append(out, path[1])
		}
	}
	sort.Strings(out)
	return out
}

// nearestCommand returns the first command word or alias of one closest to
// typed, or "" when nothing is close enough to be a typo.
func (v *Vocabulary) nearestCommand(paths [][]string, typed string) string {
	if typed == "" {
		return ""
	}
	candidates := map[string]bool{}
	for _, path := range paths {
		candidates[path[0]] = true
	}
	for alias, canon := range v.words {
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
