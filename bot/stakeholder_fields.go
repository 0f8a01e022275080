package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"

	"net/mail"
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// levels are the values of influence and interest (power-interest grid).
var levels = []string{"low", "medium", "high"}

// stakeholderField is one field a user may set on a stakeholder.
type stakeholderField struct {
	key string // option key and catalog suffix ("field.<key>")
	set func(cl *call, v cmdline.Value, s *storage.Stakeholder) error
	get func(s *storage.Stakeholder) any
	// patch puts the field's value on s into p.
	patch func(p *storage.StakeholderPatch, s *storage.Stakeholder)
	show  func(cl *call, s *storage.Stakeholder) string
}

// stakeholderFields lists the settable fields in display order.
var stakeholderFields = []stakeholderField{
	{key: "name",
		set: func(_ *call, v cmdline.Value, s *storage.Stakeholder) error {
			s.Name = strings.TrimSpace(v.Text)
			return checkName(s.Name)
		},
		get:   func(s *storage.Stakeholder) any { return s.Name },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { p.Name = new(s.Name) },
		show:  func(_ *call, s *storage.Stakeholder) string { return s.Name }},
	textField("org", func(s *storage.Stakeholder) *string { return &s.Org },
		func(p *storage.StakeholderPatch, v string) { p.Org = &v }),
	{key: "sector",
		set: func(cl *call, v cmdline.Value, s *storage.Stakeholder) error {
			sector, err := cl.parseSector(v)
			s.Sector = sector
			return err
		},
		get:   func(s *storage.Stakeholder) any { return s.Sector },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { p.Sector = new(s.Sector) },
		show:  func(cl *call, s *storage.Stakeholder) string { return cl.sectorLabel(s.Sector) }},
	textField("role", func(s *storage.Stakeholder) *string { return &s.Role },
		func(p *storage.StakeholderPatch, v string) { p.Role = &v }),
	boolField("decision", func(s *storage.Stakeholder) *bool { return &s.DecisionMaker },
		func(p *storage.StakeholderPatch, v bool) { p.DecisionMaker = &v }),
	boolField("multiplier", func(s *storage.Stakeholder) *bool { return &s.Multiplier },
		func(p *storage.StakeholderPatch, v bool) { p.Multiplier = &v }),
	levelField("influence", func(s *storage.Stakeholder) *string { return &s.Influence },
		func(p *storage.StakeholderPatch, v string) { p.Influence = &v }),
	levelField("interest", func(s *storage.Stakeholder) *string { return &s.Interest },
		func(p *storage.StakeholderPatch, v string) { p.Interest = &v }),
	{key: "topics",
		set: func(cl *call, v cmdline.Value, s *storage.Stakeholder) error {
			s.Topics = cmdline.ParseList(v)
			return checkText(cl.keyName("topics"), v.Text)
		},
		get:   func(s *storage.Stakeholder) any { return s.Topics },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { p.Topics = new(s.Topics) },
		show:  func(_ *call, s *storage.Stakeholder) string { return strings.Join(s.Topics, ", ") }},
	{key: "user",
		set: func(_ *call, v cmdline.Value, s *storage.Stakeholder) error {
			if v.Text == "" || v.Text == "-" {
				s.SlackUser = ""
				return nil
			}
			id, err := cmdline.SlackUserID(v)
			s.SlackUser = id
			return err
		},
		get:   func(s *storage.Stakeholder) any { return s.SlackUser },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { p.SlackUser = new(s.SlackUser) },
		show: func(_ *call, s *storage.Stakeholder) string {
			if s.SlackUser == "" {
				return ""
			}
			return "@" + s.SlackUser
		}},
	{key: "email",
		set: func(_ *call, v cmdline.Value, s *storage.Stakeholder) error {
			s.Email = strings.TrimSpace(v.Text)
			if s.Email == "" || s.Email == "-" {
				s.Email = ""
				return nil
			}
			if a, err := mail.ParseAddress(s.Email); err != nil || a.Address != s.Email {
				return fail(storage.KindInvalid, "err.bad_email", v.Text)
			}
			return nil
		},
		get:   func(s *storage.Stakeholder) any { return s.Email },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { p.Email = new(s.Email) },
		show:  func(_ *call, s *storage.Stakeholder) string { return s.Email }},
	textField("notes", func(s *storage.Stakeholder) *string { return &s.Notes },
		func(p *storage.StakeholderPatch, v string) { p.Notes = &v }),
}

// stakeholderFieldKeys returns the option keys, for error messages.
func stakeholderFieldKeys() []string {
	keys := make([]string, len(stakeholderFields))
	for i, f := range stakeholderFields {
		keys[i] = f.key
	}
	return keys
}

// textField is a free text; into puts a value into the patch's field.
func textField(key string, ptr func(*storage.Stakeholder) *string, into func(*storage.StakeholderPatch, string)) stakeholderField {
	return stakeholderField{key: key,
		set: func(cl *call, v cmdline.Value, s *storage.Stakeholder) error {
			*ptr(s) = strings.TrimSpace(v.Text)
			if key == "notes" {
				return checkText(cl.keyName(key), v.Text)
			}
			if len([]rune(v.Text)) > maxNameLen {
				return fail(storage.KindInvalid, "err.field_too_long", cl.keyName(key), maxNameLen)
			}
			return nil
		},
		get:   func(s *storage.Stakeholder) any { return *ptr(s) },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { into(p, *ptr(s)) },
		show:  func(_ *call, s *storage.Stakeholder) string { return *ptr(s) }}
}

// boolField is a yes/no field; into puts a value into the patch's field.
func boolField(key string, ptr func(*storage.Stakeholder) *bool, into func(*storage.StakeholderPatch, bool)) stakeholderField {
	return stakeholderField{key: key,
		set: func(cl *call, v cmdline.Value, s *storage.Stakeholder) error {
			b, err := cmdline.ParseBool(cl.keyName(key), v)
			*ptr(s) = b
			return err
		},
		get:   func(s *storage.Stakeholder) any { return *ptr(s) },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { into(p, *ptr(s)) },
		show:  func(cl *call, s *storage.Stakeholder) string { return cl.lang.YesNo(*ptr(s)) }}
}

// levelField is one of levels; into puts a value into the patch's field.
func levelField(key string, ptr func(*storage.Stakeholder) *string, into func(*storage.StakeholderPatch, string)) stakeholderField {
	return stakeholderField{key: key,
		set: func(cl *call, v cmdline.Value, s *storage.Stakeholder) error {
			lvl, err := parseNamedEnum(cl.lang, cl.keyName(key), v, "level.", levels)
			*ptr(s) = lvl
			return err
		},
		get:   func(s *storage.Stakeholder) any { return *ptr(s) },
		patch: func(p *storage.StakeholderPatch, s *storage.Stakeholder) { into(p, *ptr(s)) },
		show: func(cl *call, s *storage.Stakeholder) string {
			if *ptr(s) == "" {
				return ""
			}
			return cl.lang.T("level." + *ptr(s))
		}}
}

// parseSector accepts a sector of the workspace by its key ("school"), by
// its name in either language ("Schule") or, for a sector an admin added,
// by the name as typed then; anything else is refused with the list of
// sectors.
func (cl *call) parseSector(v cmdline.Value) (string, error) {
	sectors := cl.settings.SectorList()
	for _, s := range sectors {
		if cl.isSector(s, v.Text) {
			return s, nil
		}
	}
	names := make([]string, len(sectors))
	for i, s := range sectors {
		names[i] = cl.sectorLabel(s)
	}
	slices.Sort(names)
	return "", fail(storage.KindInvalid, "err.unknown_sector", v.Text, strings.Join(names, ", "))
}

// sectorName returns a sector's display name: the catalog's for the
// default sectors, the key itself for sectors an admin added.
func sectorName(l i18n.Lang, sector string) string {
	if sector == "" {
		return ""
	}
	if name := l.T("sector." + sector); name != "sector."+sector {
		return name
	}
	return sector
}
