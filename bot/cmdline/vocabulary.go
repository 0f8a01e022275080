package cmdline

import "strings"

// Vocabulary holds the words a command line may use besides the canonical
// English ones: aliases of command words and of option keys, each either
// general or scoped to the commands whose first canonical word is given
// ("löschen" is "erase" after "datenschutz" but "remove" after
// "zeitplan"). The zero value is an empty vocabulary. Fill it before use
// (from init); after that it is safe for concurrent use.
type Vocabulary struct {
	words, keys             map[string]string
	scopedWords, scopedKeys map[string]map[string]string
	// germanWords and germanKeys map a canonical word or key to the German
	// one the bot writes, keyed by the command's first canonical word ("" for
	// every command).
	germanWords, germanKeys map[string]map[string]string
	dateKeys                map[string]bool
}

// AddDateKeys marks canonical option keys whose values are dates, so that
// SplitArgs gives them a phrase of several words.
func (v *Vocabulary) AddDateKeys(keys ...string) {
	if v.dateKeys == nil {
		v.dateKeys = map[string]bool{}
	}
	for _, k := range keys {
		v.dateKeys[k] = true
	}
}

// AddWords adds aliases (alias → canonical word) of command words.
// Features may share an alias for the same word ("entfernen" → "remove");
// an alias that maps to two different words panics.
func (v *Vocabulary) AddWords(aliases map[string]string) {
	addAliases(&v.words, aliases, "command alias ")
}

// AddScopedWords adds aliases of the command words that follow first. An
// alias defined twice for the same first word with different meanings
// panics.
func (v *Vocabulary) AddScopedWords(first string, aliases map[string]string) {
	addScopedAliases(&v.scopedWords, first, aliases, "command alias ")
}

// AddKeys adds aliases (alias → canonical key) of option keys. An alias
// that maps to two different keys panics.
func (v *Vocabulary) AddKeys(aliases map[string]string) {
	addAliases(&v.keys, aliases, "option alias ")
}

// AddScopedKeys adds aliases of option keys for the commands starting with
// first ("frist" is "due" for a commitment but "deadline" for a schedule).
// An alias defined twice for the same command with different meanings
// panics.
func (v *Vocabulary) AddScopedKeys(first string, aliases map[string]string) {
	addScopedAliases(&v.scopedKeys, first, aliases, "option alias ")
}

func addAliases(m *map[string]string, aliases map[string]string, what string) {
	if *m == nil {
		*m = map[string]string{}
	}
	for k, c := range aliases {
		if old, dup := (*m)[k]; dup && old != c {
			panic("cmdline: " + what + k + " defined twice")
		}
		(*m)[k] = c
	}
}

func addScopedAliases(m *map[string]map[string]string, first string, aliases map[string]string, what string) {
	if *m == nil {
		*m = map[string]map[string]string{}
	}
	scoped := (*m)[first]
	addAliases(&scoped, aliases, what+first+" ")
	(*m)[first] = scoped
}

// CanonicalWord returns the canonical command word for a typed word,
// ignoring case; a word without an alias is returned in lower case.
func (v *Vocabulary) CanonicalWord(w string) string {
	w = strings.ToLower(w)
	if c, ok := v.words[w]; ok {
		return c
	}
	return w
}

// CommandWord returns the canonical word of token i, if it is a bare
// word. Words after the first are looked up among the first word's scoped
// aliases before the general ones.
func (v *Vocabulary) CommandWord(tokens []Token, i int) (string, bool) {
	if i >= len(tokens) || tokens[i].Key != "" || tokens[i].Value.Quoted || tokens[i].Value.Kind != Text {
		return "", false
	}
	if i > 0 {
		if first, ok := v.CommandWord(tokens, 0); ok {
			if c, ok := v.scopedWords[first][strings.ToLower(tokens[i].Value.Text)]; ok {
				return c, true
			}
		}
	}
	return v.CanonicalWord(tokens[i].Value.Text), true
}

// CanonicalKey returns the canonical option key for key (as the tokenizer
// gives it, in lower case) typed to a command whose first canonical word
// is first.
func (v *Vocabulary) CanonicalKey(first, key string) string {
	if c, ok := v.scopedKeys[first][key]; ok {
		return c
	}
	if c, ok := v.keys[key]; ok {
		return c
	}
	return key
}

// AddGermanWords sets the German word the bot writes for canonical command
// words (canonical → German) after first; first "" sets it for every
// command. Each German word must be an alias of its canonical word: a test
// of the registering package checks that. Defining one twice differently
// panics.
func (v *Vocabulary) AddGermanWords(first string, words map[string]string) {
	addScopedAliases(&v.germanWords, first, words, "German word ")
}

// AddGermanKeys sets the German option keys the bot writes (canonical →
// German) for the commands starting with first, or every command for "".
func (v *Vocabulary) AddGermanKeys(first string, keys map[string]string) {
	addScopedAliases(&v.germanKeys, first, keys, "German key ")
}

// GermanWord returns the German form of the canonical command word w in a
// command starting with first; a word without one is returned unchanged.
func (v *Vocabulary) GermanWord(first, w string) string {
	return scopedLookup(v.germanWords, first, w)
}

// GermanKey returns the German form of the canonical option key k of a
// command starting with first; a key without one is returned unchanged.
func (v *Vocabulary) GermanKey(first, k string) string {
	return scopedLookup(v.germanKeys, first, k)
}

func scopedLookup(m map[string]map[string]string, first, w string) string {
	if g, ok := m[first][w]; ok && first != "" {
		return g
	}
	if g, ok := m[""][w]; ok {
		return g
	}
	return w
}

// GermanTable returns every German word (keys false) or key (keys true)
// the vocabulary writes, as first → canonical → German, for tests.
func (v *Vocabulary) GermanTable(keys bool) map[string]map[string]string {
	m := v.germanWords
	if keys {
		m = v.germanKeys
	}
	out := map[string]map[string]string{}
	for first, words := range m {
		out[first] = map[string]string{}
		for c, g := range words {
			out[first][c] = g
		}
	}
	return out
}
