package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"

	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// maxChannelLen is the longest Slack channel name.
const maxChannelLen = 80

// committeeField is one field a coordinator may set on a committee.
type committeeField struct {
	key string // option key and catalog suffix ("committee.field.<key>")
	set func(cl *call, v cmdline.Value, c *storage.Committee) error
	// patch puts the field's value on c into p.
	patch func(p *storage.CommitteePatch, c *storage.Committee)
	show  func(l i18n.Lang, c *storage.Committee) string
}

// committeeFields lists the settable fields in display order.
var committeeFields = []committeeField{
	{key: "name",
		set: func(_ *call, v cmdline.Value, c *storage.Committee) error {
			c.Name = strings.TrimSpace(v.Text)
			return checkName(c.Name)
		},
		patch: func(p *storage.CommitteePatch, c *storage.Committee) { p.Name = new(c.Name) },
		show:  func(_ i18n.Lang, c *storage.Committee) string { return c.Name }},
	committeeEnumField("kind", "committee.kind.", storage.CommitteeKinds, func(c *storage.Committee) *string { return &c.Kind },
		func(p *storage.CommitteePatch, v string) { p.Kind = &v }),
	committeeEnumField("purpose", "committee.purpose.", storage.CommitteePurposes, func(c *storage.Committee) *string { return &c.Purpose },
		func(p *storage.CommitteePatch, v string) { p.Purpose = &v }),
	committeeTextField("tasks", maxTextLen, func(c *storage.Committee) *string { return &c.Tasks },
		func(p *storage.CommitteePatch, v string) { p.Tasks = &v }),
	committeeTextField("rhythm", maxNameLen, func(c *storage.Committee) *string { return &c.Rhythm },
		func(p *storage.CommitteePatch, v string) { p.Rhythm = &v }),
	{key: "channel",
		set: setChannel,
		patch: func(p *storage.CommitteePatch, c *storage.Committee) {
			p.Channel, p.ChannelName = new(c.Channel), new(c.ChannelName)
		},
		show: func(_ i18n.Lang, c *storage.Committee) string { return channelName(c) }},
}

// committeeFieldKeys returns the option keys, for error messages.
func committeeFieldKeys() []string {
	keys := make([]string, len(committeeFields))
	for i, f := range committeeFields {
		keys[i] = f.key
	}
	return keys
}

// differs reports whether the field's stored value on before and after
// differs (the channel: its id or its name).
func (f committeeField) differs(before, after *storage.Committee) bool {
	var was, is storage.CommitteePatch
	f.patch(&was, before)
	f.patch(&is, after)
	return !reflect.DeepEqual(was, is)
}

// clears reports whether a value asks to empty an optional field.
func clears(v cmdline.Value) bool {
	t := strings.TrimSpace(v.Text)
	return t == "" || t == "-"
}

// committeeEnumField is one of allowed, shown by its catalog name under
// prefix; into puts a value into the patch's field.
func committeeEnumField(key, prefix string, allowed []string, ptr func(*storage.Committee) *string, into func(*storage.CommitteePatch, string)) committeeField {
	return committeeField{key: key,
		set: func(cl *call, v cmdline.Value, c *storage.Committee) error {
			val, err := parseNamedEnum(cl.lang, cl.lang.T("committee.field."+key), v, prefix, allowed)
			*ptr(c) = val
			return err
		},
		patch: func(p *storage.CommitteePatch, c *storage.Committee) { into(p, *ptr(c)) },
		show: func(l i18n.Lang, c *storage.Committee) string {
			if *ptr(c) == "" {
				return ""
			}
			return l.T(prefix + *ptr(c))
		}}
}

// committeeTextField is an optional free text of at most limit characters;
// "-" empties it; into puts a value into the patch's field.
func committeeTextField(key string, limit int, ptr func(*storage.Committee) *string, into func(*storage.CommitteePatch, string)) committeeField {
	return committeeField{key: key,
		set: func(cl *call, v cmdline.Value, c *storage.Committee) error {
			*ptr(c) = strings.TrimSpace(v.Text)
			if clears(v) {
				*ptr(c) = ""
			}
			if utf8.RuneCountInString(*ptr(c)) > limit {
				return fail(storage.KindInvalid, "err.text_too_long", cl.lang.T("committee.field."+key), limit)
			}
			return nil
		},
		patch: func(p *storage.CommitteePatch, c *storage.Committee) { into(p, *ptr(c)) },
		show:  func(_ i18n.Lang, c *storage.Committee) string { return *ptr(c) }}
}

// setChannel accepts a Slack channel mention (<#C123|name>, <#C123>) or a
// #name; "-" removes the channel. Anything else is refused.
func setChannel(_ *call, v cmdline.Value, c *storage.Committee) error {
	if clears(v) {
		c.Channel, c.ChannelName = "", ""
		return nil
	}
	if !validChannel(v) {
		return fail(storage.KindInvalid, "err.bad_channel", v.Text)
	}
	c.Channel, c.ChannelName = v.ID, v.Name
	return nil
}

// validChannel reports whether v names a channel: a well-formed id, or a
// name without spaces or markup, or both.
func validChannel(v cmdline.Value) bool {
	switch {
	case v.Kind != cmdline.Channel, v.ID == "" && v.Name == "":
		return false
	case v.ID != "" && !looksLikeChannelID(v.ID):
		return false
	}
	return !strings.ContainsAny(v.Name, " \t<>|#@,") && utf8.RuneCountInString(v.Name) <= maxChannelLen
}

// looksLikeChannelID reports whether s has the form of a Slack channel id
// (C or G followed by upper-case letters and digits).
func looksLikeChannelID(s string) bool {
	if len(s) < 3 || s[0] != 'C' && s[0] != 'G' {
		return false
	}
	for _, r := range s[1:] {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// channelName shows a committee's channel as #name, or #id when only the
// id is known; "" when it has none.
func channelName(c *storage.Committee) string {
	switch {
	case c.ChannelName != "":
		return "#" + c.ChannelName
	case c.Channel != "":
		return "#" + c.Channel
	}
	return ""
}
