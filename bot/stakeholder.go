package bot

import (
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"

	"fmt"
	"strconv"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(10,
		command{path: []string{"stakeholder", "add"}, role: storage.RoleMember, usage: "usage.stakeholder_add", run: stakeholderAdd},
		command{path: []string{"stakeholder", "list"}, role: storage.RoleMember, usage: "usage.stakeholder_list", run: stakeholderList},
		command{path: []string{"stakeholder", "show"}, role: storage.RoleMember, usage: "usage.stakeholder_show", run: stakeholderShow},
		command{path: []string{"stakeholder", "edit"}, role: storage.RoleCoordinator, usage: "usage.stakeholder_edit", run: stakeholderEdit},
		command{path: []string{"stakeholder", "confirm"}, role: storage.RoleCoordinator, usage: "usage.stakeholder_confirm", run: stakeholderConfirm},
		command{path: []string{"stakeholder", "archive"}, role: storage.RoleCoordinator, usage: "usage.stakeholder_archive", run: stakeholderArchive},
	)
}

// pageSize is how many entries a list shows per page.
const pageSize = 25

// stakeholderAdd: stakeholder add <name> [field:value…]. Coordinators add
// confirmed stakeholders; members propose them.
func stakeholderAdd(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs(stakeholderFieldKeys())
	if err != nil {
		return Reply{}, err
	}
	s := storage.Stakeholder{Name: cmdline.JoinText(bare)}
	if v, ok := opts["name"]; ok {
		s.Name = v.Text
	}
	if err := checkName(s.Name); err != nil {
		return Reply{}, err
	}
	for _, f := range stakeholderFields {
		if v, ok := opts[f.key]; ok {
			if err := f.set(cl, v, &s); err != nil {
				return Reply{}, err
			}
		}
	}
	s.Status = storage.StatusConfirmed
	if cl.role < storage.RoleCoordinator {
		s.Status = storage.StatusProposed
	}
	linkNote, err := cl.linkOnAdd(&s)
	if err != nil {
		return Reply{}, err
	}
	s.CreatedBy, s.CreatedAt, s.UpdatedAt = cl.req.UserID, cl.now, cl.now
	namesakes, err := cl.team.StakeholdersByName(cl.ctx, s.Name)
	if err != nil {
		return Reply{}, err
	}
	s, err = cl.audited("stakeholder.add", "stakeholder", "", cl.addedChanges(&s)).AddStakeholder(cl.ctx, s)
	if err != nil {
		return Reply{}, err
	}
	if err := cl.keepSector(s.Sector); err != nil {
		return Reply{}, err
	}
	key := "stakeholder.added"
	if s.Status == storage.StatusProposed {
		key = "stakeholder.proposed"
	}
	blocks := []Block{Paragraph{cl.lang.T(key, s.Name, s.ID)}}
	if linkNote != "" {
		blocks = append(blocks, Note{linkNote})
	}
	if len(namesakes) > 0 {
		// Two people may share a name; say so, in case this one was a
		// duplicate entry.
		blocks = append(blocks, Note{cl.lang.T("stakeholder.namesakes", candidateList(namesakes))})
	}
	return Reply{Blocks: blocks}, nil
}

// addedChanges lists the set fields of a new stakeholder for the audit.
func (cl *call) addedChanges(s *storage.Stakeholder) []storage.Change {
	var out []storage.Change
	for _, f := range stakeholderFields {
		if b, isBool := f.get(s).(bool); isBool && !b {
			continue
		}
		if v := f.show(cl, s); v != "" {
			out = append(out, storage.Change{Field: f.key, After: v})
		}
	}
	return out
}

// stakeholderLine is the one-line summary used in lists.
func (cl *call) stakeholderLine(s *storage.Stakeholder) string {
	parts := []string{s.ID, s.Name}
	if s.Org != "" {
		parts = append(parts, s.Org)
	}
	if s.Sector != "" {
		parts = append(parts, cl.sectorLabel(s.Sector))
	}
	line := strings.Join(parts, " · ")
	var marks []string
	if s.DecisionMaker {
		marks = append(marks, cl.lang.T("mark.decision"))
	}
	if s.Multiplier {
		marks = append(marks, cl.lang.T("mark.multiplier"))
	}
	if s.Status == storage.StatusProposed {
		marks = append(marks, cl.lang.T("status.proposed"))
	}
	if len(marks) > 0 {
		line += " [" + strings.Join(marks, ", ") + "]"
	}
	return line
}

// parsePage reads page:N (1-based); it defaults to 1.
func parsePage(opts map[string]cmdline.Value) (int, error) {
	v, ok := opts["page"]
	if !ok {
		return 1, nil
	}
	n, err := strconv.Atoi(v.Text)
	if err != nil || n < 1 {
		return 0, fail(storage.KindInvalid, "err.bad_page", v.Text)
	}
	return n, nil
}

// checkPage refuses a page (1-based) beyond the last of a list of total
// entries, naming the last page.
func checkPage(page, total int) error {
	if pages := max(1, (total+pageSize-1)/pageSize); page > pages {
		return fail(storage.KindInvalid, "err.page_beyond", strconv.Itoa(pages), strconv.Itoa(page))
	}
	return nil
}

// pageNote tells which page of how many is shown and, before the last,
// how to see the next one.
func pageNote(l i18n.Lang, page, pages int) Note {
	if page >= pages {
		return Note{l.T("list.page_last", page, pages)}
	}
	return Note{l.T("list.page", page, pages, strconv.Itoa(page+1))}
}

// pagedList renders page (1-based, see checkPage) of total lines with a
// title and a note that tells how to see the next page.
func pagedList(l i18n.Lang, title string, total, page int, line func(i int) string) Reply {
	pages := (total + pageSize - 1) / pageSize
	page = min(page, pages)
	start := (page - 1) * pageSize
	end := min(start+pageSize, total)
	items := make([]string, 0, end-start)
	for i := start; i < end; i++ {
		items = append(items, line(i))
	}
	blocks := []Block{Header{title}, List{items}}
	if pages > 1 {
		blocks = append(blocks, pageNote(l, page, pages))
	}
	return Reply{Blocks: blocks}
}

// stakeholderShow: stakeholder show <ref>.
func stakeholderShow(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	s, err := cl.resolveStakeholder(bare)
	if err != nil {
		return Reply{}, err
	}
	return cl.stakeholderCard(&s)
}

// stakeholderCard shows one stakeholder with every set field and the
// committees they sit in.
func (cl *call) stakeholderCard(s *storage.Stakeholder) (Reply, error) {
	var fields []Field
	for _, f := range stakeholderFields {
		if v := f.show(cl, s); v != "" && f.key != "name" {
			fields = append(fields, Field{cl.lang.T("field." + f.key), v})
		}
	}
	committees, err := cl.committeeNamesOf(s.ID)
	if err != nil {
		return Reply{}, err
	}
	if committees != "" {
		fields = append(fields, Field{cl.lang.T("stakeholder.field.committees"), committees})
	}
	if s.RequestedUser != "" {
		fields = append(fields, Field{cl.lang.T("stakeholder.field.requested_user"), showUser(s.RequestedUser)})
	}
	fields = append(fields,
		Field{cl.lang.T("field.status"), cl.lang.T("status." + s.Status)},
		Field{cl.lang.T("field.id"), s.ID})
	return Reply{Blocks: []Block{Header{s.Name}, Fields{fields}}}, nil
}

// stakeholderEdit: stakeholder edit <ref> field:value…. Only changed
// fields are written and audited; an edit that changes nothing says so.
func stakeholderEdit(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs(stakeholderFieldKeys())
	if err != nil {
		return Reply{}, err
	}
	if len(opts) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.edit_nothing", cmdline.Terms{First: cl.command, Keys: true, Items: stakeholderFieldKeys()})
	}
	before, err := cl.resolveStakeholder(bare)
	if err != nil {
		return Reply{}, err
	}
	after := before
	after.Topics = append([]string(nil), before.Topics...)
	var patch storage.StakeholderPatch
	var changes []storage.Change
	for _, f := range stakeholderFields {
		v, ok := opts[f.key]
		if !ok {
			continue
		}
		if err := f.set(cl, v, &after); err != nil {
			return Reply{}, err
		}
		if old, now := f.show(cl, &before), f.show(cl, &after); old != now {
			f.patch(&patch, &after)
			changes = append(changes, storage.Change{Field: f.key, Before: old, After: now})
		}
	}
	if len(changes) == 0 {
		return Say(cl.lang.T("stakeholder.unchanged", before.Name)), nil
	}
	if err := cl.linkOnEdit(before, after, &patch); err != nil {
		return Reply{}, err
	}
	if err := cl.audited("stakeholder.edit", "stakeholder", before.ID, changes).SetStakeholder(cl.ctx, before, patch, cl.now); err != nil {
		return cl.stakeholderLostRace(err, before)
	}
	if patch.Sector != nil {
		if err := cl.keepSector(*patch.Sector); err != nil {
			return Reply{}, err
		}
	}
	lines := make([]string, len(changes))
	for i, ch := range changes {
		lines[i] = fmt.Sprintf("%s: %s → %s", cl.lang.T("field."+ch.Field), orDash(ch.Before), orDash(ch.After))
	}
	return Reply{Blocks: []Block{Paragraph{cl.lang.T("stakeholder.edited", after.Name)}, List{lines}}}, nil
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// stakeholderLostRace answers a change of s that err refused because
// someone changed s first (see lostRace); other errors stay as they are.
func (cl *call) stakeholderLostRace(err error, s storage.Stakeholder) (Reply, error) {
	return cl.lostRace(err, func() (Reply, error) {
		fresh, err := cl.team.Stakeholder(cl.ctx, s.ID)
		if err != nil {
			return Reply{}, err
		}
		return cl.stakeholderCard(&fresh)
	}, "stakeholder.changed_meanwhile", s.Name)
}
