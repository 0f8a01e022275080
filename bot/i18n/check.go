package i18n

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
)

// directive matches a fmt directive: %% or flags, an optional explicit
// argument index, width and precision, and the verb.
var directive = regexp.MustCompile(`%(?:%|[-+# 0]*(?:\[(\d+)\])?[\d.]*([a-zA-Z]))`)

// Mismatches returns one sentence for every way in which the German and
// English catalogs disagree: a key registered in one language only, a
// sentence whose format verbs differ by argument position (German %s … %d
// against English %d … %s), and a plural entry whose count is not a %d,
// whose forms differ in their verbs or whose count position differs
// between the languages. Tests of the registering packages call it; it
// changes nothing.
func Mismatches() []string {
	var out []string
	for _, key := range sortedKeys(catalogs[German], catalogs[English], plurals[German], plurals[English]) {
		de, plainDE := catalogs[German][key]
		en, plainEN := catalogs[English][key]
		pde, pluralDE := plurals[German][key]
		pen, pluralEN := plurals[English][key]
		switch {
		case !plainDE && !pluralDE:
			out = append(out, key+": no German text")
		case !plainEN && !pluralEN:
			out = append(out, key+": no English text")
		case plainDE && plainEN:
			if err := sameVerbs(de, en); err != nil {
				out = append(out, key+": "+err.Error())
			}
		case pluralDE && pluralEN:
			out = append(out, checkPlural(key, pde, pen)...)
		default:
			out = append(out, key+": a plural entry in one language only")
		}
	}
	return out
}

// checkPlural describes what is wrong with the plural entry key.
func checkPlural(key string, de, en Plural) []string {
	var out []string
	if de.Arg != en.Arg {
		out = append(out, fmt.Sprintf("%s: German counts argument %d, English %d", key, de.Arg, en.Arg))
	}
	for _, form := range []struct {
		name string
		p    Plural
		text string
	}{{"German one", de, de.One}, {"German other", de, de.Other}, {"English one", en, en.One}, {"English other", en, en.Other}} {
		if err := sameVerbs(de.Other, form.text); err != nil {
			out = append(out, fmt.Sprintf("%s: %s form against German other: %v", key, form.name, err))
		}
		if v, _ := verbs(form.text); form.p.Arg < 1 || form.p.Arg > len(v) || v[form.p.Arg-1] != 'd' {
			out = append(out, fmt.Sprintf("%s: %s form has no %%d at argument %d", key, form.name, form.p.Arg))
		}
	}
	return out
}

// sameVerbs reports how the formats a and b differ in the verb they apply
// to each argument position, nil if they agree.
func sameVerbs(a, b string) error {
	va, err := verbs(a)
	if err != nil {
		return err
	}
	vb, err := verbs(b)
	if err != nil {
		return err
	}
	if !slices.Equal(va, vb) {
		return fmt.Errorf("verbs by argument %s against %s", string(va), string(vb))
	}
	return nil
}

// verbs returns the verb each argument of format is printed with, by
// position (explicit indexes resolved as fmt does: a following directive
// takes the next argument), and an error if an argument is printed with two
// different verbs. An argument no directive uses shows as '_'.
func verbs(format string) ([]rune, error) {
	var out []rune
	next := 1
	for _, m := range directive.FindAllStringSubmatch(format, -1) {
		if m[0] == "%%" {
			continue
		}
		arg := next
		if m[1] != "" {
			arg, _ = strconv.Atoi(m[1])
		}
		next = arg + 1
		for len(out) < arg {
			out = append(out, '_')
		}
		verb := rune(m[2][0])
		if out[arg-1] != '_' && out[arg-1] != verb {
			return nil, fmt.Errorf("argument %d is printed as %%%c and %%%c", arg, out[arg-1], verb)
		}
		out[arg-1] = verb
	}
	return out, nil
}

// sortedKeys returns the keys of the sentence maps a, b and the plural
// maps c, d, sorted, each once.
func sortedKeys(a, b map[string]string, c, d map[string]Plural) []string {
	seen := map[string]bool{}
	for _, m := range []map[string]string{a, b} {
		for k := range m {
			seen[k] = true
		}
	}
	for _, m := range []map[string]Plural{c, d} {
		for k := range m {
			seen[k] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}
