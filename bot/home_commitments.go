package bot

import (
	"slices"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addHomeSection(30, homeCommitments)
}

// homeCommitmentLimit is how many commitments the Home page shows with
// their buttons; each takes three Slack blocks, and a Home tab holds 100.
const homeCommitmentLimit = 8

// homeCommitments lists the unfinished commitments of the stakeholders
// linked to the user, due first (so the overdue ones lead), each with the
// buttons to start or finish it. Past homeCommitmentLimit a note points to
// "commitments mine". Users without a linked stakeholder get no section:
// the identity section already says how to link one.
func homeCommitments(cl *call) ([]Block, error) {
	linked, err := cl.team.StakeholdersBySlackUser(cl.ctx, cl.req.UserID)
	if err != nil || len(linked) == 0 {
		return nil, err
	}
	names := make(map[string]string, len(linked))
	ids := make([]string, len(linked))
	for i, s := range linked {
		ids[i], names[s.ID] = s.ID, s.Name
	}
	list, err := cl.team.Commitments(cl.ctx, storage.CommitmentFilter{Owners: ids, Statuses: storage.CommitmentUnfinished})
	if err != nil {
		return nil, err
	}
	today := cl.commitmentToday()
	overdue := 0
	for i := range list {
		if list[i].Overdue(today) {
			overdue++
		}
	}
	blocks := []Block{Header{cl.lang.T("home.commitments", len(list))}}
	if len(list) == 0 {
		return append(blocks, Paragraph{cl.lang.T("home.commitments_none")}), nil
	}
	if overdue > 0 {
		blocks = append(blocks, Paragraph{cl.lang.T("home.commitments_overdue", overdue)})
	}
	for i := range list[:min(len(list), homeCommitmentLimit)] {
		c := &list[i]
		blocks = append(blocks, Paragraph{commitmentLine(cl.lang, c, names, today)}, Buttons{cl.homeCommitmentButtons(c)})
	}
	if more := len(list) - homeCommitmentLimit; more > 0 {
		blocks = append(blocks, Note{cl.lang.T("home.commitments_more", more)},
			Buttons{[]Button{{Label: cl.lang.T("home.commitments_all"), Command: CommandLine(cl.lang, []string{"commitments"}, cl.lang.T("commitment.word.mine"))}}})
	}
	return blocks, nil
}

// homeCommitmentButtons offers starting (when open) and finishing an
// unfinished commitment; each button runs the typed command.
func (cl *call) homeCommitmentButtons(c *storage.Commitment) []Button {
	var out []Button
	for _, b := range []struct {
		tr    transition
		style string
	}{{transitionStart, ""}, {transitionDone, "primary"}} {
		if slices.Contains(b.tr.from, c.Status) {
			out = append(out, Button{Label: cl.lang.T("commitment.button." + b.tr.verb), Command: CommandLine(cl.lang, []string{"commit", b.tr.verb}, c.ID), Style: b.style})
		}
	}
	return out
}
