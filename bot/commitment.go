package bot

import (
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Commitments (Zusagen): who promised which concrete measure by when.
//
// The canonical command word is "commit"; "commitment", "zusage" and
// "maßnahme" are aliases, so "commit Eva …" records a commitment and
// "commitment done c4k7m" / "zusage erledigt c4k7m" change one. A stakeholder
// whose name is one of the subcommand words must therefore be quoted.
//
// Status changes: open → in-progress → done, and open or in-progress →
// dropped. A done or dropped commitment is closed: nobody can start, finish,
// drop it or move its due date until a coordinator reopens it ("commitment
// reopen", back to open); notes are always possible.
func init() {
	addCommands(30,
		command{path: []string{"commit"}, role: storage.RoleMember, usage: "usage.commitment_add", run: commitmentAdd},
		command{path: []string{"commitments"}, role: storage.RoleMember, usage: "usage.commitment_list", run: commitmentList},
		command{path: []string{"commit", "show"}, role: storage.RoleMember, usage: "usage.commitment_show", run: commitmentShow},
		command{path: []string{"commit", "start"}, role: storage.RoleMember, usage: "usage.commitment_start", run: commitmentStatus(transitionStart)},
		command{path: []string{"commit", "done"}, role: storage.RoleMember, usage: "usage.commitment_done", run: commitmentStatus(transitionDone)},
		command{path: []string{"commit", "drop"}, role: storage.RoleMember, usage: "usage.commitment_drop", run: commitmentStatus(transitionDrop)},
		command{path: []string{"commit", "reopen"}, role: storage.RoleCoordinator, usage: "usage.commitment_reopen", run: commitmentStatus(transitionReopen)},
		command{path: []string{"commit", "due"}, role: storage.RoleMember, usage: "usage.commitment_due", run: commitmentDue},
		command{path: []string{"commit", "note"}, role: storage.RoleMember, usage: "usage.commitment_note", run: commitmentNote},
	)
	vocabulary.AddWords(map[string]string{
		"commitment": "commit", "zusage": "commit", "maßnahme": "commit",
		"zusagen": "commitments", "maßnahmen": "commitments",
		"beginnen": "start", "starten": "start",
		"erledigt": "done", "erledigen": "done",
		"verwerfen":      "drop",
		"wiedereröffnen": "reopen", "wiederöffnen": "reopen",
		"frist": "due",
		"notiz": "note",
	})
	vocabulary.AddKeys(map[string]string{
		"frist": "due", "bis": "due", "fällig": "due", "faellig": "due",
		"gremium":  "committee",
		"besitzer": "owner", "verantwortlich": "owner", "zuständig": "owner",
		"fällig-vor": "due-before", "frist-vor": "due-before",
	})
}

// commitmentAddKeys are the options of "commit".
var commitmentAddKeys = []string{"due", "committee", "owner"}

// commitmentAdd: commit <owner> <text> due:<date> [committee:<name>].
// The owner may instead be given as owner:…, then every bare word is text.
// Members may only record commitments they own themselves. The first
// commitment of a workspace without a commitment digest sets up the
// default one.
func commitmentAdd(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs(commitmentAddKeys)
	if err != nil {
		return Reply{}, err
	}
	ownerRef, ok := opts["owner"]
	if !ok {
		if len(bare) == 0 {
			return Reply{}, fail(storage.KindInvalid, "err.commitment_owner_missing")
		}
		ownerRef, bare = bare[0], bare[1:]
	}
	text := cmdline.JoinText(bare)
	if text == "" {
		return Reply{}, fail(storage.KindInvalid, "err.commitment_text_missing")
	}
	if err := checkText(cl.lang.T("commitment.field.text"), text); err != nil {
		return Reply{}, err
	}
	dueRef, ok := opts["due"]
	if !ok {
		return Reply{}, fail(storage.KindInvalid, "err.commitment_due_missing")
	}
	due, err := cl.commitmentDueDay(dueRef)
	if err != nil {
		return Reply{}, err
	}
	c := storage.Commitment{Text: text, Due: due, CreatedBy: cl.req.UserID, CreatedAt: cl.now}
	var committee storage.Committee
	if v, ok := opts["committee"]; ok {
		if committee, err = cl.resolveCommittee([]cmdline.Value{v}); err != nil {
			return Reply{}, err
		}
		c.Committee = committee.ID
	}
	owner, err := cl.commitmentOwner(ownerRef)
	if err != nil {
		return Reply{}, err
	}
	if owner.Status == storage.StatusArchived {
		return Reply{}, fail(storage.KindInvalid, "err.commitment_owner_archived", owner.Name)
	}
	if cl.role < storage.RoleCoordinator && owner.SlackUser != cl.req.UserID {
		return Reply{}, cl.needsCoordinator()
	}
	c.Owner = owner.ID
	changes := []storage.Change{
		{Field: "owner", After: owner.Name + " (" + owner.ID + ")"},
		{Field: "text", After: c.Text},
		{Field: "due", After: c.Due},
	}
	if c.Committee != "" {
		changes = append(changes, storage.Change{Field: "committee", After: committee.Name + " (" + committee.ID + ")"})
	}
	if c, err = cl.audited("commitment.add", "commitment", "", changes).AddCommitment(cl.ctx, c); err != nil {
		return Reply{}, err
	}
	reply := Say(cl.lang.T("commitment.added", c.ID, owner.Name, shorten(c.Text, maxShortText)) + " " + cl.dueStated(c.Due))
	reply.Blocks = append(reply.Blocks, cl.defaultDigestNote()...)
	return reply, nil
}

// commitmentDueDay reads a due date, phrases looking ahead (see
// call.parseDay). A day before today is accepted (a commitment made at an
// earlier meeting, recorded late), so is any day from 2000 to ten years
// ahead. It returns the ISO day.
func (cl *call) commitmentDueDay(v cmdline.Value) (string, error) {
	d, err := cl.parseDay(cl.lang.T("commitment.field.due"), v, cmdline.Ahead)
	return d.String(), err
}

// dueStated is the sentence that states the due day understood, with the
// note that it has passed when it has.
func (cl *call) dueStated(due string) string {
	if due < cl.commitmentToday() {
		return cl.lang.T("commitment.due_stated_overdue", cl.lang.StoredDayWithWeekday(due))
	}
	return cl.lang.T("commitment.due_stated", cl.lang.StoredDayWithWeekday(due))
}

// commitmentToday is today's calendar day in the workspace's time zone, in
// the stored form "2006-01-02": what Commitment.Overdue compares with.
func (cl *call) commitmentToday() string { return cmdline.DateOf(cl.now, cl.loc).String() }

// commitmentOwner finds the stakeholder that v names: "me"/"ich" (the
// caller's linked stakeholder), a Slack user (the stakeholder linked to
// them), or a short id or name. It fails with a sentence that says how to
// link a Slack user when none is linked, with KindNotFound for an unknown
// name and with KindConflict, listing the candidates, when several match.
func (cl *call) commitmentOwner(v cmdline.Value) (storage.Stakeholder, error) {
	switch {
	case !v.Quoted && v.Kind == cmdline.Text && (strings.EqualFold(v.Text, "me") || strings.EqualFold(v.Text, "ich")):
		linked, err := cl.linkedStakeholders()
		if err != nil {
			return storage.Stakeholder{}, err
		}
		if len(linked) > 1 {
			return storage.Stakeholder{}, fail(storage.KindConflict, "err.commitment_me_ambiguous", candidateList(linked))
		}
		return linked[0], nil
	case v.Kind == cmdline.User:
		id, err := cmdline.SlackUserID(v)
		if err != nil {
			return storage.Stakeholder{}, err
		}
		found, err := cl.team.StakeholdersBySlackUser(cl.ctx, id)
		switch {
		case err != nil:
			return storage.Stakeholder{}, err
		case len(found) == 0:
			return storage.Stakeholder{}, fail(storage.KindNotFound, "err.commitment_user_not_linked", id)
		case len(found) > 1:
			return storage.Stakeholder{}, fail(storage.KindConflict, "err.commitment_user_ambiguous", id, candidateList(found))
		}
		return found[0], nil
	}
	return cl.resolveStakeholder([]cmdline.Value{v})
}

// linkedStakeholders returns the stakeholders linked to the caller's Slack
// account; none is refused with the sentence that says how to link one.
func (cl *call) linkedStakeholders() ([]storage.Stakeholder, error) {
	linked, err := cl.team.StakeholdersBySlackUser(cl.ctx, cl.req.UserID)
	if err == nil && len(linked) == 0 {
		err = fail(storage.KindInvalid, "err.commitment_no_link", cl.req.UserID)
	}
	return linked, err
}

// needsCoordinator is the refusal of a member's action on someone else's
// commitment.
func (cl *call) needsCoordinator() error {
	return fail(storage.KindForbidden, "err.needs_role", cl.lang.T("role.coordinator"))
}

// loadCommitment reads the commitment whose short id is the first bare
// value and returns it with the remaining values. KindInvalid when no id is
// given, KindNotFound naming the id when there is no such commitment.
func (cl *call) loadCommitment(bare []cmdline.Value) (storage.Commitment, []cmdline.Value, error) {
	if len(bare) == 0 {
		return storage.Commitment{}, nil, fail(storage.KindInvalid, "err.commitment_ref_missing")
	}
	ref := strings.TrimSpace(bare[0].Text)
	c, err := cl.team.Commitment(cl.ctx, ref)
	if storage.IsNotFound(err) {
		return c, nil, fail(storage.KindNotFound, "err.commitment_not_found", ref)
	}
	return c, bare[1:], err
}

// maxShortText is how many characters of a commitment's text lists and
// confirmations show.
const maxShortText = 60

// commitmentStatusName is a status in l, with the overdue marker when the
// commitment is overdue today.
func commitmentStatusName(l i18n.Lang, c *storage.Commitment, today string) string {
	name := l.T("commitment.status." + c.Status)
	if c.Overdue(today) {
		name += " ⚠ " + l.T("commitment.overdue")
	}
	return name
}
