package bot

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// commitmentSelections maps the words of "commitments" that choose which
// statuses to list to their canonical selection.
var commitmentSelections = map[string]string{
	"open": "open", "offen": "open", "offene": "open",
	"overdue": "overdue", "überfällig": "overdue", "überfällige": "overdue", "ueberfaellig": "overdue",
	"in-progress": "in-progress", "in-bearbeitung": "in-progress", "laufend": "in-progress", "laufende": "in-progress",
	"done": "done", "erledigt": "done", "erledigte": "done",
	"dropped": "dropped", "verworfen": "dropped", "verworfene": "dropped",
	"all": "all", "alle": "all",
}

// mineWords select the caller's own commitments.
var mineWords = []string{"mine", "my", "meine", "mein", "meins"}

// commitmentList: commitments [mine] [open|overdue|in-progress|done|
// dropped|all] [owner:…] [committee:…] [due-before:<date>] [page:N].
// Without a selection it lists the unfinished (open and in-progress)
// commitments, sorted by due date.
func commitmentList(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"owner", "committee", "due-before", "page"})
	if err != nil {
		return Reply{}, err
	}
	sel, mine, err := commitmentSelection(cl.lang, bare)
	if err != nil {
		return Reply{}, err
	}
	today := cl.commitmentToday()
	f := storage.CommitmentFilter{}
	switch sel {
	case "open":
		f.Statuses = storage.CommitmentUnfinished
	case "overdue":
		f.OverdueOn = today
	case "all":
	default:
		f.Statuses = []string{sel}
	}
	if f.Owners, err = cl.commitmentOwnerFilter(mine, opts); err != nil {
		return Reply{}, err
	}
	if v, ok := opts["committee"]; ok {
		committee, err := cl.resolveCommittee([]cmdline.Value{v})
		if err != nil {
			return Reply{}, err
		}
		f.Committee = committee.ID
	}
	if v, ok := opts["due-before"]; ok {
		d, err := cl.parseDay(cl.lang.T("commitment.due_before_label"), v, cmdline.Ahead)
		if err != nil {
			return Reply{}, err
		}
		f.DueBefore = d.String()
	}
	page, err := parsePage(opts)
	if err != nil {
		return Reply{}, err
	}
	shown, total, page, err := cl.commitmentPage(f, page)
	if err != nil {
		return Reply{}, err
	}
	if total == 0 {
		return Say(cl.lang.T("commitment.none")), nil
	}
	names, err := cl.ownerNames(shown)
	if err != nil {
		return Reply{}, err
	}
	start := (page - 1) * pageSize
	title := cl.lang.T("commitment.title."+sel, total)
	if f.DueBefore != "" {
		title += " · " + cl.lang.T("commitment.due_before_label") + " " + cl.lang.StoredDayWithWeekday(f.DueBefore)
	}
	return pagedList(cl.lang, title, total, page, func(i int) string {
		return commitmentLine(cl.lang, &shown[i-start], names, today)
	}), nil
}

// commitmentPage returns the commitments that page (1-based) of the list
// f selects shows, how many the list has, and the page. A page beyond the
// last of a list that is not empty is refused (see checkPage).
func (cl *call) commitmentPage(f storage.CommitmentFilter, page int) ([]storage.Commitment, int, int, error) {
	shown, total, err := cl.team.CommitmentPage(cl.ctx, f, (page-1)*pageSize, pageSize)
	if err == nil && total > 0 {
		err = checkPage(page, total)
	}
	return shown, total, page, err
}

// commitmentSelection reads the bare words of "commitments": at most one
// status selection (default "open") and "mine", returned as typed ("" when
// not given). Anything else is refused.
func commitmentSelection(l i18n.Lang, bare []cmdline.Value) (sel, mine string, err error) {
	typed := ""
	for _, v := range bare {
		word := strings.ToLower(v.Text)
		if slices.Contains(mineWords, word) {
			mine = v.Text
			continue
		}
		s, ok := commitmentSelections[word]
		if !ok {
			return "", "", fail(storage.KindInvalid, "err.commitment_unknown_filter", v.Text, l.T("commitment.selections"))
		}
		if sel != "" && s != sel {
			return "", "", fail(storage.KindInvalid, "err.commitment_two_filters", typed, v.Text)
		}
		sel, typed = s, v.Text
	}
	if sel == "" {
		sel = "open"
	}
	return sel, mine, nil
}

// commitmentOwnerFilter returns the owners to list: the caller's linked
// stakeholders for mine (the word as typed, or ""), the one stakeholder of
// owner:…, or nil for everyone. Both together are refused.
func (cl *call) commitmentOwnerFilter(mine string, opts map[string]cmdline.Value) ([]string, error) {
	v, byOwner := opts["owner"]
	switch {
	case mine != "" && byOwner:
		return nil, fail(storage.KindInvalid, "err.commitment_two_filters", mine, v.Text)
	case byOwner:
		s, err := cl.commitmentOwner(v)
		return []string{s.ID}, err
	case mine != "":
		linked, err := cl.linkedStakeholders()
		ids := make([]string, len(linked))
		for i, s := range linked {
			ids[i] = s.ID
		}
		return ids, err
	}
	return nil, nil
}

// ownerNames returns the names of the owners of list (one page) by
// stakeholder id, read one by one by _id; an owner that does not exist
// has no name.
func (cl *call) ownerNames(list []storage.Commitment) (map[string]string, error) {
	names := map[string]string{}
	for _, c := range list {
		if _, ok := names[c.Owner]; ok {
			continue
		}
		s, err := cl.team.Stakeholder(cl.ctx, c.Owner)
		if err != nil && !storage.IsNotFound(err) {
			return nil, err
		}
		names[c.Owner] = s.Name
	}
	return names, nil
}

// commitmentLine is the one-line summary used in lists: id, owner, text
// (shortened), due date, status and the overdue marker.
func commitmentLine(l i18n.Lang, c *storage.Commitment, names map[string]string, today string) string {
	owner := names[c.Owner]
	if owner == "" {
		owner = c.Owner
	}
	return strings.Join([]string{c.ID, owner, shorten(c.Text, maxShortText), l.StoredDay(c.Due), commitmentStatusName(l, c, today)}, " · ")
}
