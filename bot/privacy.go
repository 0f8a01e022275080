package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"

	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(70,
		command{path: []string{"privacy", "export"}, role: storage.RoleCoordinator, usage: "usage.privacy_export", run: privacyExport},
		command{path: []string{"privacy", "erase"}, role: storage.RoleAdmin, usage: "usage.privacy_erase", run: privacyErase},
	)
	vocabulary.AddWords(map[string]string{"datenschutz": "privacy"})
	vocabulary.AddScopedKeys("privacy", map[string]string{"bestätigen": "confirm", "bestaetigen": "confirm"})
	vocabulary.AddScopedWords("privacy", map[string]string{
		"auskunft": "export",
		"löschen":  "erase", "loeschen": "erase",
	})
}

// personalFields are the stakeholder fields (audit field keys) that hold
// personal data; erasure clears them and blanks them in the audit.
var personalFields = []string{"name", "org", "role", "email", "user", "notes", "topics"}

// privacyReport is everything stored about one person (GDPR Art. 15).
type privacyReport struct {
	GeneratedAt time.Time            `json:"generated_at"`
	Workspace   string               `json:"workspace"`
	Stakeholder storage.Stakeholder  `json:"stakeholder"`
	Memberships []privacyMembership  `json:"memberships"`
	Commitments []privacyCommitment  `json:"commitments"`
	MentionedIn []string             `json:"mentioned_in_commitments"`
	Meetings    []privacyMeeting     `json:"meetings"`
	AuditAbout  []storage.AuditEntry `json:"audit_about"`
	AuditBy     []storage.AuditEntry `json:"audit_by"`
	Role        *privacyRole         `json:"role"`
}

type privacyMembership struct {
	CommitteeID string    `json:"committee_id"`
	Committee   string    `json:"committee"`
	AddedAt     time.Time `json:"added_at"`
}

type privacyCommitment struct {
	storage.Commitment
	History []storage.CommitmentEvent `json:"history"`
}

type privacyMeeting struct {
	ID          string `json:"id"`
	CommitteeID string `json:"committee_id"`
	Committee   string `json:"committee"`
	Date        string `json:"date"`
	Member      bool   `json:"member"`
	Present     bool   `json:"present"`
}

type privacyRole struct {
	Role      string    `json:"role"`
	GrantedAt time.Time `json:"granted_at"`
}

// privacyExport: privacy export <ref> – everything stored about one person
// as a JSON file. Only reads; the export itself is audited without any of
// the data.
func privacyExport(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	s, err := cl.resolveStakeholder(bare)
	if err != nil {
		return Reply{}, err
	}
	r, err := cl.privacyReport(s)
	if err != nil {
		return Reply{}, err
	}
	content, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return Reply{}, err
	}
	if err := cl.audit("privacy.export", "stakeholder", s.ID, nil); err != nil {
		return Reply{}, err
	}
	entries := 1 + len(r.Memberships) + len(r.Commitments) + len(r.MentionedIn) + len(r.Meetings) + len(r.AuditAbout) + len(r.AuditBy)
	if r.Role != nil {
		entries++
	}
	day := cmdline.DateOf(cl.now, cl.loc)
	return Reply{
		Blocks: []Block{Paragraph{cl.lang.T("privacy.exported", s.Name, s.ID, entries)}},
		File: &File{Name: cl.lang.T("privacy.export_file") + "-" + s.ID + "-" + day.String() + ".json",
			Title: cl.lang.T("privacy.export_title", s.ID, cl.lang.Day(day.Start(time.UTC))), Content: append(content, '\n')},
	}, nil
}

// privacyReport gathers the report on s with plain finds.
func (cl *call) privacyReport(s storage.Stakeholder) (privacyReport, error) {
	r := privacyReport{GeneratedAt: cl.now, Workspace: cl.req.TeamID, Stakeholder: s,
		Memberships: []privacyMembership{}, Commitments: []privacyCommitment{}, MentionedIn: []string{}, Meetings: []privacyMeeting{}}
	cs, err := cl.team.Committees(cl.ctx)
	if err != nil {
		return r, err
	}
	committees := map[string]string{}
	for _, c := range cs {
		committees[c.ID] = c.Name
	}
	ms, err := cl.team.MembershipsOf(cl.ctx, s.ID)
	if err != nil {
		return r, err
	}
	for _, m := range ms {
		r.Memberships = append(r.Memberships, privacyMembership{CommitteeID: m.CommitteeID, Committee: committees[m.CommitteeID], AddedAt: m.AddedAt})
	}
	all, err := cl.team.Commitments(cl.ctx, storage.CommitmentFilter{})
	if err != nil {
		return r, err
	}
	mentions := nameMatcher(s.Name)
	for _, c := range all {
		if c.Owner != s.ID {
			if mentions != nil && mentions.MatchString(c.Text) {
				r.MentionedIn = append(r.MentionedIn, c.ID)
			}
			continue
		}
		evs, err := cl.team.CommitmentEvents(cl.ctx, c.ID)
		if err != nil {
			return r, err
		}
		r.Commitments = append(r.Commitments, privacyCommitment{Commitment: c, History: evs})
	}
	meetings, err := cl.team.Meetings(cl.ctx, "")
	if err != nil {
		return r, err
	}
	for _, m := range meetings {
		member, present := slices.Contains(m.Members, s.ID), slices.Contains(m.Present, s.ID)
		if member || present {
			r.Meetings = append(r.Meetings, privacyMeeting{ID: m.ID, CommitteeID: m.CommitteeID, Committee: committees[m.CommitteeID],
				Date: m.Date, Member: member, Present: present})
		}
	}
	about := []string{s.ID}
	if s.SlackUser != "" {
		about = append(about, s.SlackUser)
	}
	if r.AuditAbout, err = cl.team.AuditAbout(cl.ctx, about); err != nil {
		return r, err
	}
	r.AuditBy = []storage.AuditEntry{}
	if s.SlackUser == "" {
		return r, nil
	}
	if r.AuditBy, err = cl.team.AuditByActor(cl.ctx, s.SlackUser); err != nil {
		return r, err
	}
	grants, err := cl.team.Roles(cl.ctx)
	for _, g := range grants {
		if g.User == s.SlackUser {
			r.Role = &privacyRole{Role: g.Role, GrantedAt: g.GrantedAt}
		}
	}
	return r, err
}

// privacyErase: privacy erase <ref> – removes a person's personal data
// everywhere and leaves anonymous placeholders, so that counts and
// histories stay: the stakeholder keeps its id and memberships but gets a
// placeholder name, loses organisation, role, e-mail, Slack user (linked or
// requested), notes and topics and is archived; the audit about them keeps which fields changed
// but not the values; their role grant is deleted; every reference to them
// by id and name (as in the review analyses) gets the placeholder; every
// other occurrence of their name, e-mail or Slack user id, the current and
// the earlier ones their audit entries kept, in any record of the
// workspace, is replaced by the placeholder. The erasure is audited by id only, stored
// together with the stakeholder's change, before the rest is cleaned up.
// Idempotent: erasing again finds nothing more to replace, so a clean-up
// cut short (the process stopped) is finished by erasing again.
func privacyErase(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"confirm"})
	if err != nil {
		return Reply{}, err
	}
	s, err := cl.resolveStakeholder(bare)
	if err != nil {
		return Reply{}, err
	}
	confirmed := false
	if v, ok := opts["confirm"]; ok {
		if confirmed, err = cmdline.ParseBool(cl.keyName("confirm"), v); err != nil {
			return Reply{}, err
		}
	}
	if !confirmed {
		return eraseConfirmation(cl, s), nil
	}
	placeholder := cl.lang.T("privacy.placeholder", s.ID)
	known, err := cl.knownAs(s)
	if err != nil {
		return Reply{}, err
	}
	err = cl.audited("privacy.erase", "stakeholder", s.ID, nil).SetStakeholder(cl.ctx, s, storage.StakeholderPatch{
		Name: &placeholder, Org: new(""), Role: new(""),
		Email: new(""), SlackUser: new(""), RequestedUser: new(""), Notes: new(""),
		Topics: new([]string{}), Status: new(storage.StatusArchived),
	}, cl.now)
	if err != nil {
		return cl.stakeholderLostRace(err, s)
	}
	changed, err := cl.team.BlankAuditFields(cl.ctx, "stakeholder", s.ID, personalFields)
	if err != nil {
		return Reply{}, err
	}
	if s.SlackUser != "" {
		if err := cl.team.SetRole(cl.ctx, s.SlackUser, storage.RoleMember, cl.req.UserID, cl.now); err != nil {
			return Reply{}, err
		}
	}
	refs, err := cl.team.RenameRefs(cl.ctx, s.ID, placeholder)
	if err != nil {
		return Reply{}, err
	}
	n, err := cl.team.Rewrite(cl.ctx, personRewriter(known, s.ID, placeholder))
	if err != nil {
		return Reply{}, err
	}
	return Say(cl.lang.T("privacy.erased", s.ID, placeholder, changed+refs+n+1)), nil
}

// knownAs are the names, e-mail addresses and Slack user ids a person has
// and had: the stakeholder's, and the earlier ones its audit entries keep.
type knownAs struct {
	names, emails, users []string
}

// knownAs reads s's current and earlier names, e-mail addresses and Slack
// user ids; an erasure run again finds the earlier ones blanked and
// has nothing more to do with them.
func (cl *call) knownAs(s storage.Stakeholder) (knownAs, error) {
	k := knownAs{names: []string{s.Name}, emails: []string{s.Email}, users: []string{s.SlackUser, s.RequestedUser}}
	entries, err := cl.team.AuditFor(cl.ctx, "stakeholder", s.ID)
	if err != nil {
		return k, err
	}
	for _, e := range entries {
		for _, c := range e.Changes {
			for _, v := range []string{c.Before, c.After} {
				switch c.Field {
				case "name":
					k.names = append(k.names, v)
				case "email":
					k.emails = append(k.emails, v)
				case "user":
					k.users = append(k.users, strings.TrimPrefix(v, "@"))
				}
			}
		}
	}
	return k, nil
}

// personRewriter returns a function that replaces, as whole words, the
// person's names (ignoring case), e-mail addresses (ignoring case) and
// Slack user ids with the placeholder; a Slack id becomes "erased-<id>"
// (id the stakeholder's), which still reads as an actor. Longer names go
// first, so that "Anna Schulz-Meier" is not left as "<placeholder>-Meier".
func personRewriter(k knownAs, id, placeholder string) func(string) string {
	type rule struct {
		re   *regexp.Regexp
		with string
	}
	var rules []rule
	add := func(values []string, with string, fold bool) {
		values = slices.Clone(values)
		slices.SortFunc(values, func(a, b string) int { return len(b) - len(a) })
		for _, v := range slices.Compact(values) {
			switch {
			case strings.TrimSpace(v) == "":
			case fold:
				rules = append(rules, rule{nameMatcher(v), with})
			default:
				rules = append(rules, rule{regexp.MustCompile(regexp.QuoteMeta(v)), with})
			}
		}
	}
	add(k.names, placeholder, true)
	add(k.emails, placeholder, true)
	add(k.users, "erased-"+id, false)
	return func(text string) string {
		for _, r := range rules {
			text = replaceWords(text, r.re, r.with)
		}
		return text
	}
}

// nameMatcher matches a name ignoring case; nil for an empty name.
func nameMatcher(name string) *regexp.Regexp {
	if name == "" {
		return nil
	}
	return regexp.MustCompile(`(?i)` + regexp.QuoteMeta(name))
}

// replaceWords replaces the matches of re that stand as whole words (no
// letter or digit right before or after) with with, so that erasing "Eva"
// leaves "Evangelische" alone.
func replaceWords(text string, re *regexp.Regexp, with string) string {
	matches := re.FindAllStringIndex(text, -1)
	if matches == nil {
		return text
	}
	out := make([]byte, 0, len(text))
	last := 0
	for _, m := range matches {
		if wordChar(lastRune(text[:m[0]])) || wordChar(firstRune(text[m[1]:])) {
			continue
		}
		out = append(out, text[last:m[0]]...)
		out = append(out, with...)
		last = m[1]
	}
	return string(append(out, text[last:]...))
}

func wordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// eraseConfirmation asks the admin to confirm an erasure, which cannot be
// undone, with a button that carries the confirmed command.
func eraseConfirmation(cl *call, s storage.Stakeholder) Reply {
	return Reply{Blocks: []Block{
		Paragraph{cl.lang.T("privacy.erase_confirm", s.Name, s.ID)},
		Buttons{[]Button{{Label: cl.lang.T("privacy.erase_button"), Command: CommandLine(cl.lang, []string{"privacy", "erase"}, s.ID, cl.option("confirm", cl.lang.T("word.yes"))), Style: "danger"}}},
	}}
}

// erased reports whether s's personal data were erased (privacy erase):
// it is archived under the placeholder name, in either language.
func erased(s storage.Stakeholder) bool {
	if s.Status != storage.StatusArchived {
		return false
	}
	for _, l := range languages {
		if s.Name == l.T("privacy.placeholder", s.ID) {
			return true
		}
	}
	return false
}

// shownName is s's name as l shows it: an erased person by the placeholder
// in l, whatever the language at the erasure.
func shownName(l i18n.Lang, s storage.Stakeholder) string {
	if erased(s) {
		return l.T("privacy.placeholder", s.ID)
	}
	return s.Name
}
