package bot

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(20,
		command{path: []string{"committee", "members", "add"}, role: storage.RoleCoordinator, usage: "usage.committee_members_add", run: membersAdd},
		command{path: []string{"committee", "members", "remove"}, role: storage.RoleCoordinator, usage: "usage.committee_members_remove", run: membersRemove},
	)
	vocabulary.AddWords(map[string]string{
		"mitglieder": "members", "mitglied": "members", "member": "members",
		"entfernen": "remove", "austragen": "remove",
	})
}

// membersAdd: committee members add <committee> <ref>…. Stakeholders who
// already are members are reported, not added twice (idempotent).
func membersAdd(cl *call) (Reply, error) { return changeMembers(cl, true) }

// membersRemove: committee members remove <committee> <ref>…. Stakeholders
// who are not members are reported; nothing else happens for them.
func membersRemove(cl *call) (Reply, error) { return changeMembers(cl, false) }

// changeMembers adds or removes the stakeholders named after the committee.
// Every reference must resolve (and, to add, not be archived) before
// anything is written; otherwise nothing changes. The committee must not be
// archived. One audit entry lists the memberships that changed.
func changeMembers(cl *call, add bool) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	if len(bare) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.committee_ref_missing")
	}
	c, err := cl.activeCommittee(bare[:1])
	if err != nil {
		return Reply{}, err
	}
	targets, err := cl.resolveStakeholders(refValues(bare[1:]))
	if err != nil {
		return Reply{}, err
	}
	if len(targets) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.member_refs_missing")
	}
	for _, s := range targets {
		if add && s.Status == storage.StatusArchived {
			return Reply{}, fail(storage.KindInvalid, "err.member_archived", s.Name)
		}
	}
	current, err := cl.team.Members(cl.ctx, c.ID)
	if err != nil {
		return Reply{}, err
	}
	member := map[string]bool{}
	for _, m := range current {
		member[m.Stakeholder] = true
	}
	var changed, unchanged, ids []string
	var changes []storage.Change
	for _, s := range targets {
		if member[s.ID] == add || slices.Contains(ids, s.ID) {
			unchanged = append(unchanged, s.Name)
			continue
		}
		changed, ids = append(changed, s.Name), append(ids, s.ID)
		ch := storage.Change{Field: "member", After: s.ID + " " + s.Name}
		if !add {
			ch.Before, ch.After = ch.After, ""
		}
		changes = append(changes, ch)
	}
	if len(changes) > 0 {
		action, addIDs, removeIDs := "committee.member_add", ids, []string(nil)
		if !add {
			action, addIDs, removeIDs = "committee.member_remove", nil, ids
		}
		err := cl.audited(action, "committee", c.ID, changes).SetMembers(cl.ctx, c, addIDs, removeIDs, cl.req.UserID, cl.now)
		if err != nil {
			return cl.committeeLostRace(err, c)
		}
	}
	return membersReply(cl.lang, c.Name, add, changed, unchanged), nil
}

// membersReply says whose membership changed and whose did not.
func membersReply(l i18n.Lang, committee string, add bool, changed, unchanged []string) Reply {
	changedKey, unchangedKey := "committee.members_added", "committee.members_already"
	if !add {
		changedKey, unchangedKey = "committee.members_removed", "committee.members_not_members"
	}
	var blocks []Block
	if len(changed) > 0 {
		blocks = append(blocks, Paragraph{l.T(changedKey, committee, strings.Join(changed, ", "))})
	}
	if len(unchanged) > 0 {
		blocks = append(blocks, Paragraph{l.T(unchangedKey, committee, strings.Join(unchanged, ", "))})
	}
	return Reply{Blocks: blocks}
}

// refValues splits stakeholder references: each value may be a list of
// quoted and unquoted references separated by commas ("s4k7,s8m2",
// "s4k7, s8m2" or "\"Eva Muster\",s8m2"); see cmdline.Value.List.
func refValues(vals []cmdline.Value) []cmdline.Value {
	var out []cmdline.Value
	for _, v := range vals {
		out = append(out, v.List()...)
	}
	return out
}

// resolveStakeholders resolves each reference to one stakeholder, leaving
// out repeats. It fails on the first reference that does not resolve, as
// resolveStakeholder does.
func (cl *call) resolveStakeholders(refs []cmdline.Value) ([]storage.Stakeholder, error) {
	var out []storage.Stakeholder
	seen := map[string]bool{}
	for _, ref := range refs {
		s, err := cl.resolveStakeholder([]cmdline.Value{ref})
		if err != nil {
			return nil, err
		}
		if !seen[s.ID] {
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	return out, nil
}

// committeeMembers returns the committee's members who are not archived,
// sorted by name, and how many archived stakeholders are still members.
func (cl *call) committeeMembers(committee string) ([]storage.Stakeholder, int, error) {
	ms, err := cl.team.Members(cl.ctx, committee)
	if err != nil {
		return nil, 0, err
	}
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.Stakeholder
	}
	all, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{IDs: ids})
	if err != nil {
		return nil, 0, err
	}
	active := all[:0]
	for _, s := range all {
		if s.Status != storage.StatusArchived {
			active = append(active, s)
		}
	}
	return active, len(all) - len(active), nil
}

// memberCounts returns the number of members per committee id, archived
// stakeholders not counted.
func (cl *call) memberCounts() (map[string]int, error) {
	ms, err := cl.team.Members(cl.ctx, "")
	if err != nil {
		return nil, err
	}
	archived, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{Statuses: []string{storage.StatusArchived}})
	if err != nil {
		return nil, err
	}
	skip := map[string]bool{}
	for _, s := range archived {
		skip[s.ID] = true
	}
	counts := map[string]int{}
	for _, m := range ms {
		if !skip[m.Stakeholder] {
			counts[m.CommitteeID]++
		}
	}
	return counts, nil
}

// committeeNamesOf lists the active committees the stakeholder sits in,
// comma-separated and sorted by name; "" when none.
func (cl *call) committeeNamesOf(stakeholder string) (string, error) {
	ms, err := cl.team.MembershipsOf(cl.ctx, stakeholder)
	if err != nil || len(ms) == 0 {
		return "", err
	}
	in := map[string]bool{}
	for _, m := range ms {
		in[m.CommitteeID] = true
	}
	active, err := cl.team.Committees(cl.ctx, storage.CommitteeActive)
	if err != nil {
		return "", err
	}
	var names []string
	for _, c := range active {
		if in[c.ID] {
			names = append(names, c.Name)
		}
	}
	return strings.Join(names, ", "), nil
}
