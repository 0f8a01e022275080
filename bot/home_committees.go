package bot

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addHomeSection(40, homeCommittees)
}

// homeCommitteeLimit is how many committees the Home page lists, and
// homeCommitteeButtons how many of them get a button.
const (
	homeCommitteeLimit   = 10
	homeCommitteeButtons = 5
)

// homeCommittees lists the active committees the stakeholders linked to
// the user sit in, by name, with buttons to show them. Users without a
// linked stakeholder get no section.
func homeCommittees(cl *call) ([]Block, error) {
	linked, err := cl.team.StakeholdersBySlackUser(cl.ctx, cl.req.UserID)
	if err != nil || len(linked) == 0 {
		return nil, err
	}
	var ids []string
	for _, s := range linked {
		ms, err := cl.team.MembershipsOf(cl.ctx, s.ID)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			ids = append(ids, m.CommitteeID)
		}
	}
	all, err := cl.team.Committees(cl.ctx, storage.CommitteeActive)
	if err != nil {
		return nil, err
	}
	var mine []storage.Committee
	for _, c := range all {
		if slices.Contains(ids, c.ID) {
			mine = append(mine, c)
		}
	}
	slices.SortFunc(mine, func(a, b storage.Committee) int { return strings.Compare(a.NameKey, b.NameKey) })
	blocks := []Block{Header{cl.lang.T("home.committees", len(mine))}}
	if len(mine) == 0 {
		return append(blocks, Paragraph{cl.lang.T("home.committees_none")}), nil
	}
	var lines []string
	var buttons []Button
	for _, c := range mine[:min(len(mine), homeCommitteeLimit)] {
		lines = append(lines, strings.Join([]string{c.ID, c.Name, cl.lang.T("committee.kind." + c.Kind)}, " · "))
		if len(buttons) < homeCommitteeButtons {
			buttons = append(buttons, Button{Label: cl.lang.T("home.show", c.Name), Command: CommandLine(cl.lang, []string{"committee", "show"}, c.ID)})
		}
	}
	blocks = append(blocks, List{lines})
	if more := len(mine) - homeCommitteeLimit; more > 0 {
		blocks = append(blocks, Note{cl.lang.T("home.committees_more", more)})
	}
	return append(blocks, Buttons{buttons}), nil
}
