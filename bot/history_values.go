package bot

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Audit entries keep each changed field's values as text. Values of a
// fixed set (levels, statuses, kinds, roles, yes and no) are stored as
// their code ("high", "archived", "yes"), so that the history shows them
// in the reader's language whatever the language was when they changed;
// entries written before stored the name in the language of the time, and
// the history recognises those names in either language. References are
// stored with the short id ("s4k7 Eva Muster", "Eva Muster (s4k7)") and
// shown by the record's current name; days as "YYYY-MM-DD", shown as the
// workspace writes dates.

// languages are the catalog's languages, for recognising a name stored in
// any of them.
var languages = []i18n.Lang{i18n.German, i18n.English}

// valueKind says how one audited field's values are stored and shown.
type valueKind int

const (
	valueText        valueKind = iota // free text, shown as stored
	valueEnum                         // a code, shown by its catalog name
	valueSector                       // a sector of the workspace
	valueDay                          // "YYYY-MM-DD"
	valueStakeholder                  // references to stakeholders
	valueCommittee                    // a reference to a committee
)

// auditField describes an audited field: its kind and, for an enum, the
// catalog prefix of its names and its codes.
type auditField struct {
	kind   valueKind
	prefix string
	codes  []string
}

func enumField(prefix string, codes ...string) auditField {
	return auditField{kind: valueEnum, prefix: prefix, codes: codes}
}

// yesNo is a boolean, stored as "yes" or "no" (i18n's word.yes, word.no).
var yesNo = enumField("word.", "yes", "no")

// auditFields are the fields whose values are not free text, by
// "<target kind>.<field>".
var auditFields = map[string]auditField{
	"stakeholder.influence":  enumField("level.", levels...),
	"stakeholder.interest":   enumField("level.", levels...),
	"stakeholder.decision":   yesNo,
	"stakeholder.multiplier": yesNo,
	"stakeholder.status":     enumField("status.", storage.StatusProposed, storage.StatusConfirmed, storage.StatusArchived),
	"stakeholder.sector":     {kind: valueSector},
	"committee.kind":         enumField("committee.kind.", storage.CommitteeKinds...),
	"committee.purpose":      enumField("committee.purpose.", storage.CommitteePurposes...),
	"committee.status":       enumField("committee.status.", storage.CommitteeActive, storage.CommitteeArchived),
	"committee.member":       {kind: valueStakeholder},
	"commitment.status":      enumField("commitment.status.", storage.CommitmentStatuses...),
	"commitment.due":         {kind: valueDay},
	"commitment.owner":       {kind: valueStakeholder},
	"commitment.committee":   {kind: valueCommittee},
	"meeting.committee":      {kind: valueCommittee},
	"meeting.date":           {kind: valueDay},
	"meeting.present":        {kind: valueStakeholder},
	"user.access_role":       enumField("role.", "member", "coordinator", "admin"),
	"settings.language":      enumField("language.", string(i18n.German), string(i18n.English)),
	"settings.review_canvas": enumField("settings.", "on", "off"),
	"schedule.status":        enumField("schedule.status.", storage.ScheduleActive, storage.SchedulePaused, storage.ScheduleRemoved),
	"schedule.schedule_kind": enumField("schedule.kind.", storage.ScheduleKinds...),
}

// canonicalChanges returns changes of a record of kind as the audit stores
// them: enum values as codes and field names as keys (a change named by
// its label is renamed to the label's key). Values it does not recognise
// stay as they are.
func (cl *call) canonicalChanges(kind string, changes []storage.Change) []storage.Change {
	out := make([]storage.Change, len(changes))
	for i, ch := range changes {
		ch.Field = fieldKey(kind, ch.Field)
		f := auditFields[kind+"."+ch.Field]
		ch.Before, _ = cl.code(f, ch.Before)
		ch.After, _ = cl.code(f, ch.After)
		out[i] = ch
	}
	return out
}

// code returns the code of an enum value stored as a code or as its name in
// any language, and whether it is one; other values come back unchanged.
func (cl *call) code(f auditField, stored string) (string, bool) {
	codes := f.codes
	if f.kind == valueSector {
		codes = cl.settings.SectorList()
	}
	if f.kind != valueEnum && f.kind != valueSector {
		return stored, false
	}
	if slices.Contains(codes, stored) {
		return stored, true
	}
	for _, l := range languages {
		for _, c := range codes {
			if stored == f.name(l, cl.settings, c) {
				return c, true
			}
		}
	}
	return stored, false
}

// name returns the name of the code c in l.
func (f auditField) name(l i18n.Lang, st storage.Settings, c string) string {
	if f.kind == valueSector {
		return sectorDisplay(l, st, c)
	}
	return l.T(f.prefix + c)
}

// fieldKey returns the key of an audited field named field: field itself
// when the catalog has a label for it, else the key of a label in any
// language that reads field (schedule entries stored the labels). Of
// several such keys it takes kind's own ("committee.field.*"), then a
// shared one named for kind ("field.schedule_tz"), then the first.
func fieldKey(kind, field string) string {
	if _, ok := labelKey(kind, field); ok {
		return field
	}
	keys := fieldsByLabel()[field]
	for _, key := range keys {
		if k, ok := strings.CutPrefix(key, kind+".field."); ok {
			return k
		}
	}
	for _, key := range keys {
		if k, ok := strings.CutPrefix(key, "field."); ok && strings.HasPrefix(k, kind+"_") {
			return k
		}
	}
	for _, key := range keys {
		if k, ok := strings.CutPrefix(key, "field."); ok {
			return k
		}
	}
	return field
}

// fieldsByLabel maps each field label of every language to the catalog
// keys that have it, sorted. The catalog is complete once the package is
// initialised.
var fieldsByLabel = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, l := range languages {
		for key, label := range i18n.Sentences(l) {
			if strings.HasPrefix(key, "field.") || strings.Contains(key, ".field.") {
				out[label] = append(out[label], key)
			}
		}
	}
	for _, keys := range out {
		slices.Sort(keys)
	}
	return out
})

// labelKey returns the catalog key of a field's label: the record kind's
// own ("committee.field.kind") before the shared one ("field.org").
func labelKey(kind, field string) (string, bool) {
	for _, key := range []string{kind + ".field." + field, "field." + field} {
		if i18n.German.T(key) != key {
			return key, true
		}
	}
	return "", false
}

// changeLabel returns a changed field's label in the reader's language, or
// the stored name when the catalog has none.
func (cl *call) changeLabel(kind, field string) string {
	if key, ok := labelKey(kind, fieldKey(kind, field)); ok {
		return cl.lang.T(key)
	}
	return field
}

// shownValue returns a stored value of the field kind/field as the history
// shows it: enum codes and names by their name in the reader's language,
// days as the workspace writes them, references by the record's current
// name; "–" for nothing.
func (cl *call) shownValue(kind, field, stored string) string {
	if stored == "" {
		return "–"
	}
	f := auditFields[kind+"."+fieldKey(kind, field)]
	switch f.kind {
	case valueEnum, valueSector:
		if c, ok := cl.code(f, stored); ok {
			return f.name(cl.lang, cl.settings, c)
		}
	case valueDay:
		return cl.lang.StoredDay(stored)
	case valueStakeholder:
		return cl.stakeholderRefs(stored)
	case valueCommittee:
		return cl.committeeRef(stored)
	}
	return clip(stored)
}

// stakeholderRefs shows a stored list of stakeholder references ("s4k7 Eva
// Muster, s8m2 Bernd Beispiel" or "Eva Muster (s4k7)") by their current
// names; an erased person by the placeholder in the reader's language.
func (cl *call) stakeholderRefs(stored string) string {
	refs := splitRefs(stored)
	for i, r := range refs {
		id, name := refParts(r, 's')
		refs[i] = name
		if id == "" {
			continue
		}
		if s, err := cl.team.Stakeholder(cl.ctx, id); err == nil {
			refs[i] = shownName(cl.lang, s)
		}
	}
	return clip(strings.Join(refs, ", "))
}

// committeeRef shows a stored committee reference by the committee's
// current name.
func (cl *call) committeeRef(stored string) string {
	id, name := refParts(stored, 'g')
	if id != "" {
		if c, err := cl.team.Committee(cl.ctx, id); err == nil {
			return c.Name
		}
	}
	return name
}

// splitRefs splits a stored list of references at the ", " before each
// reference; a comma inside a name ("Schulamt, Abteilung 2") stays.
func splitRefs(stored string) []string {
	var out []string
	for _, part := range strings.Split(stored, ", ") {
		if id, _ := refParts(part, 's'); id == "" && len(out) > 0 {
			out[len(out)-1] += ", " + part
			continue
		}
		out = append(out, part)
	}
	return out
}

// refParts splits a stored reference to a record whose short ids start
// with prefix into id and name: "s4k7 Eva Muster" and "Eva Muster (s4k7)"
// give s4k7 and Eva Muster, a bare id gives the id twice, anything else no
// id and the text as name.
func refParts(ref string, prefix byte) (id, name string) {
	isID := func(s string) bool { return storage.LooksLikeShortID(s) && s[0] == prefix }
	if rest, ok := strings.CutSuffix(ref, ")"); ok {
		if i := strings.LastIndex(rest, " ("); i >= 0 && isID(rest[i+2:]) {
			return rest[i+2:], rest[:i]
		}
	}
	first, rest, _ := strings.Cut(ref, " ")
	if isID(first) {
		return first, cmp.Or(strings.TrimSpace(rest), first)
	}
	return "", ref
}
