package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"slices"

	"fmt"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(20,
		command{path: []string{"committee", "add"}, role: storage.RoleCoordinator, usage: "usage.committee_add", run: committeeAdd},
		command{path: []string{"committee", "list"}, role: storage.RoleMember, usage: "usage.committee_list", run: committeeList},
		command{path: []string{"committee", "show"}, role: storage.RoleMember, usage: "usage.committee_show", run: committeeShow},
		command{path: []string{"committee", "edit"}, role: storage.RoleCoordinator, usage: "usage.committee_edit", run: committeeEdit},
		command{path: []string{"committee", "archive"}, role: storage.RoleCoordinator, usage: "usage.committee_archive", run: committeeArchive},
	)
	vocabulary.AddWords(map[string]string{
		"gremium": "committee", "gremien": "committee", "committees": "committee",
		"archivieren": "archive",
	})
	vocabulary.AddKeys(map[string]string{
		"art": "kind", "typ": "kind",
		"zweck":    "purpose",
		"aufgaben": "tasks", "aufgabe": "tasks", "task": "tasks",
		"kanal":    "channel",
		"rhythmus": "rhythm", "turnus": "rhythm",
	})
}

// committeeStatuses are the values of committee list's status option.
var committeeStatuses = []string{storage.CommitteeActive, storage.CommitteeArchived}

// committeeAdd: committee add <name> kind:… purpose:… [tasks:…]
// [channel:#…] [rhythm:…]. A name already used by another committee of the
// workspace, archived ones included, is refused.
func committeeAdd(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs(committeeFieldKeys())
	if err != nil {
		return Reply{}, err
	}
	if _, ok := opts["name"]; !ok {
		opts["name"] = cmdline.Value{Text: cmdline.JoinText(bare)}
	}
	var c storage.Committee
	for _, f := range committeeFields {
		if v, ok := opts[f.key]; ok {
			if err := f.set(cl, v, &c); err != nil {
				return Reply{}, err
			}
		}
	}
	if c.Kind == "" {
		return Reply{}, fail(storage.KindInvalid, "err.committee_kind_missing", enumNames(cl.lang, "committee.kind.", storage.CommitteeKinds))
	}
	if c.Purpose == "" {
		return Reply{}, fail(storage.KindInvalid, "err.committee_purpose_missing", enumNames(cl.lang, "committee.purpose.", storage.CommitteePurposes))
	}
	if err := cl.checkCommitteeName(c.Name, ""); err != nil {
		return Reply{}, err
	}
	c.Status, c.CreatedBy, c.CreatedAt, c.UpdatedAt = storage.CommitteeActive, cl.req.UserID, cl.now, cl.now
	var changes []storage.Change
	for _, f := range committeeFields {
		if v := f.show(cl.lang, &c); v != "" {
			changes = append(changes, storage.Change{Field: f.key, After: v})
		}
	}
	c, err = cl.audited("committee.add", "committee", "", changes).AddCommittee(cl.ctx, c)
	if storage.IsConflict(err) {
		return Reply{}, fail(storage.KindConflict, "err.committee_exists", c.Name)
	}
	if err != nil {
		return Reply{}, err
	}
	return Reply{Blocks: []Block{
		Paragraph{cl.lang.T("committee.added", c.Name, cl.lang.T("committee.kind."+c.Kind), cl.lang.T("committee.purpose."+c.Purpose), c.ID)},
		Note{cl.lang.T("committee.added_hint", c.ID)},
	}}, nil
}

// checkCommitteeName refuses name with KindConflict when a committee other
// than the one with id self already has it (ignoring case). FerretDB does
// not report duplicates caused by updates, so renames rely on this check.
func (cl *call) checkCommitteeName(name, self string) error {
	existing, err := cl.team.CommitteeByName(cl.ctx, name)
	switch {
	case storage.IsNotFound(err):
		return nil
	case err != nil:
		return err
	case existing.ID == self:
		return nil
	case existing.Status == storage.CommitteeArchived:
		return fail(storage.KindConflict, "err.committee_exists_archived", existing.Name)
	}
	return fail(storage.KindConflict, "err.committee_exists", existing.Name)
}

// committeeList: committee list [status:active|archived] [kind:…]
// [purpose:…] [page:N], with the number of members (archived stakeholders
// not counted).
func committeeList(cl *call) (Reply, error) {
	_, opts, err := cl.splitArgs([]string{"status", "kind", "purpose", "page"})
	if err != nil {
		return Reply{}, err
	}
	status := storage.CommitteeActive
	if v, ok := opts["status"]; ok {
		if status, err = parseNamedEnum(cl.lang, cl.lang.T("field.status"), v, "committee.status.", committeeStatuses); err != nil {
			return Reply{}, err
		}
	}
	page, err := parsePage(opts)
	if err != nil {
		return Reply{}, err
	}
	list, err := cl.team.Committees(cl.ctx, status)
	if err != nil {
		return Reply{}, err
	}
	if len(list) == 0 {
		return Say(cl.lang.T("committee.none_" + status)), nil
	}
	if list, err = cl.committeesOfKind(list, opts); err != nil {
		return Reply{}, err
	}
	if len(list) == 0 {
		return Say(cl.lang.T("committee.none_matching")), nil
	}
	counts, err := cl.memberCounts()
	if err != nil {
		return Reply{}, err
	}
	if err := checkPage(page, len(list)); err != nil {
		return Reply{}, err
	}
	title := cl.lang.T("committee.list_title_"+status, len(list))
	return pagedList(cl.lang, title, len(list), page, func(i int) string {
		c := &list[i]
		return strings.Join([]string{c.ID, c.Name, cl.lang.T("committee.kind." + c.Kind),
			cl.lang.T("committee.purpose." + c.Purpose), cl.lang.T("committee.member_count", counts[c.ID])}, " · ")
	}), nil
}

// committeeShow: committee show <committee>. It lists the members with
// their sector and counts those with decision authority and multipliers.
func committeeShow(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	c, err := cl.resolveCommittee(bare)
	if err != nil {
		return Reply{}, err
	}
	return cl.committeeCard(&c)
}

// committeeCard shows one committee with its fields and members.
func (cl *call) committeeCard(c *storage.Committee) (Reply, error) {
	members, archived, err := cl.committeeMembers(c.ID)
	if err != nil {
		return Reply{}, err
	}
	var fields []Field
	for _, f := range committeeFields {
		if v := f.show(cl.lang, c); v != "" && f.key != "name" {
			fields = append(fields, Field{cl.lang.T("committee.field." + f.key), v})
		}
	}
	fields = append(fields,
		Field{cl.lang.T("field.status"), cl.lang.T("committee.status." + c.Status)},
		Field{cl.lang.T("field.id"), c.ID})
	blocks := []Block{Header{c.Name}, Fields{fields}}
	if len(members) == 0 {
		blocks = append(blocks, Paragraph{cl.lang.T("committee.no_members", c.ID)})
	} else {
		lines := make([]string, len(members))
		decision, multiplier := 0, 0
		for i := range members {
			lines[i] = cl.stakeholderLine(&members[i])
			if members[i].DecisionMaker {
				decision++
			}
			if members[i].Multiplier {
				multiplier++
			}
		}
		blocks = append(blocks,
			Paragraph{cl.lang.T("committee.members_title", len(members))},
			List{lines},
			Paragraph{cl.lang.T("committee.member_stats", decision, len(members), multiplier)})
	}
	if archived > 0 {
		blocks = append(blocks, Note{cl.lang.T("committee.archived_members", archived)})
	}
	return Reply{Blocks: blocks}, nil
}

// committeeEdit: committee edit <committee> field:value…. Only changed
// fields are written and audited; a new name must not be taken by another
// committee. Archived committees are refused.
func committeeEdit(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs(committeeFieldKeys())
	if err != nil {
		return Reply{}, err
	}
	if len(opts) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.committee_edit_nothing", cmdline.Terms{First: cl.command, Keys: true, Items: committeeFieldKeys()})
	}
	before, err := cl.activeCommittee(bare)
	if err != nil {
		return Reply{}, err
	}
	after := before
	var patch storage.CommitteePatch
	var changes []storage.Change
	for _, f := range committeeFields {
		v, ok := opts[f.key]
		if !ok {
			continue
		}
		if err := f.set(cl, v, &after); err != nil {
			return Reply{}, err
		}
		if f.differs(&before, &after) {
			f.patch(&patch, &after)
			changes = append(changes, storage.Change{Field: f.key, Before: f.show(cl.lang, &before), After: f.show(cl.lang, &after)})
		}
	}
	if len(changes) == 0 {
		return Say(cl.lang.T("committee.unchanged", before.Name)), nil
	}
	if storage.NameKey(after.Name) != before.NameKey {
		if err := cl.checkCommitteeName(after.Name, before.ID); err != nil {
			return Reply{}, err
		}
	}
	if err := cl.audited("committee.edit", "committee", before.ID, changes).SetCommittee(cl.ctx, before, patch, cl.now); err != nil {
		if _, lost := storage.ChangedMeanwhile(err); !lost && storage.IsConflict(err) {
			return Reply{}, fail(storage.KindConflict, "err.committee_exists", after.Name)
		}
		return cl.committeeLostRace(err, before)
	}
	lines := make([]string, len(changes))
	for i, ch := range changes {
		lines[i] = fmt.Sprintf("%s: %s → %s", cl.lang.T("committee.field."+ch.Field), orDash(ch.Before), orDash(ch.After))
	}
	return Reply{Blocks: []Block{Paragraph{cl.lang.T("committee.edited", after.Name)}, List{lines}}}, nil
}

// committeeArchive: committee archive <committee>. The committee, its
// members and meetings are kept; it is left out of committee list. Archiving
// an archived committee says so and changes nothing.
func committeeArchive(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	c, err := cl.resolveCommittee(bare)
	if err != nil {
		return Reply{}, err
	}
	if c.Status == storage.CommitteeArchived {
		return Say(cl.lang.T("committee.already_archived", c.Name)), nil
	}
	change := storage.Change{Field: "status", Before: cl.lang.T("committee.status." + c.Status), After: cl.lang.T("committee.status.archived")}
	err = cl.audited("committee.archive", "committee", c.ID, []storage.Change{change}).
		SetCommittee(cl.ctx, c, storage.CommitteePatch{Status: new(storage.CommitteeArchived)}, cl.now)
	if err != nil {
		return cl.committeeLostRace(err, c)
	}
	return Say(cl.lang.T("committee.archived", c.Name)), nil
}

// activeCommittee resolves ref like resolveCommittee and refuses an
// archived committee with KindInvalid: archived committees are not changed.
func (cl *call) activeCommittee(ref []cmdline.Value) (storage.Committee, error) {
	c, err := cl.resolveCommittee(ref)
	if err == nil && c.Status == storage.CommitteeArchived {
		return c, fail(storage.KindInvalid, "err.committee_archived", c.Name)
	}
	return c, err
}

// committeeLostRace answers a change of c that err refused because someone
// changed c first (see lostRace); other errors stay as they are.
func (cl *call) committeeLostRace(err error, c storage.Committee) (Reply, error) {
	return cl.lostRace(err, func() (Reply, error) {
		fresh, err := cl.team.Committee(cl.ctx, c.ID)
		if err != nil {
			return Reply{}, err
		}
		return cl.committeeCard(&fresh)
	}, "committee.changed_meanwhile", c.Name)
}

// committeesOfKind keeps the committees of list with the kind and purpose
// that options kind and purpose ask for (by key or shown name, in either
// language); a value that is neither is refused.
func (cl *call) committeesOfKind(list []storage.Committee, opts map[string]cmdline.Value) ([]storage.Committee, error) {
	for _, o := range []struct {
		key     string
		allowed []string
		of      func(*storage.Committee) string
	}{
		{"kind", storage.CommitteeKinds, func(c *storage.Committee) string { return c.Kind }},
		{"purpose", storage.CommitteePurposes, func(c *storage.Committee) string { return c.Purpose }},
	} {
		v, ok := opts[o.key]
		if !ok {
			continue
		}
		want, err := parseNamedEnum(cl.lang, cl.lang.T("committee.field."+o.key), v, "committee."+o.key+".", o.allowed)
		if err != nil {
			return nil, err
		}
		list = slices.DeleteFunc(list, func(c storage.Committee) bool { return o.of(&c) != want })
	}
	return list, nil
}
