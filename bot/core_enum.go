package bot

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// enumSynonyms are further words users type for a value, keyed by the
// catalog prefix and the word in lower case ("niedrig" for level "low").
var enumSynonyms = map[string]string{"level.niedrig": "low", "level.gering": "low"}

// parseNamedEnum accepts one of allowed by its key ("steering") or by its
// display name, the catalog entry prefix+key, in German or English
// ("Lenkungsgruppe", "steering group"), ignoring case. Anything else is
// refused with KindInvalid naming the field (label) and listing the
// choices in l (see enumNames).
func parseNamedEnum(l i18n.Lang, label string, v cmdline.Value, prefix string, allowed []string) (string, error) {
	typed := strings.ToLower(strings.TrimSpace(v.Text))
	if key, ok := enumSynonyms[prefix+typed]; ok && slices.Contains(allowed, key) {
		return key, nil
	}
	for _, key := range allowed {
		if typed == key || typed == strings.ToLower(i18n.German.T(prefix+key)) || typed == strings.ToLower(i18n.English.T(prefix+key)) {
			return key, nil
		}
	}
	return "", fail(storage.KindInvalid, "err.bad_enum", label, v.Text, enumNames(l, prefix, allowed))
}

// enumNames lists, comma-separated, what a user may type for allowed in l:
// each display name, or the key where the display name has a space and
// would need quotes.
func enumNames(l i18n.Lang, prefix string, allowed []string) string {
	names := make([]string, len(allowed))
	for i, key := range allowed {
		names[i] = l.T(prefix + key)
		if strings.Contains(names[i], " ") {
			names[i] = key
		}
	}
	return strings.Join(names, ", ")
}
