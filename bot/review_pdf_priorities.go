package bot

import (
	"strconv"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/review/report"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// prioritiesSection: what was added, confirmed, archived, gained and lost
// since the previous review, the membership changes, the topics whose
// participation changed, the sector mix then and now, and the
// power–interest grid with names.
func (cl *call) prioritiesSection(a review.Analysis, people []storage.Stakeholder, labels chart.Labels) report.Section {
	l := cl.lang
	ch := a.Changes
	sec := report.Section{Title: l.T("report.section_priorities")}
	sec.Blocks = append(sec.Blocks, report.Block{Text: l.T("report.priorities_since", l.Day(a.Period.From.In(cl.loc)))})
	refs := func(rs []review.Ref) []string {
		out := make([]string, len(rs))
		for i, r := range rs {
			out[i] = r.Name
		}
		return out
	}
	for _, part := range []struct {
		key   string
		items []string
	}{
		{"report.stakeholders_added", refs(ch.StakeholdersAdded)}, {"report.stakeholders_confirmed", refs(ch.StakeholdersConfirmed)},
		{"report.stakeholders_archived", refs(ch.StakeholdersArchived)},
		{"report.committees_added", refs(ch.CommitteesAdded)}, {"report.committees_archived", refs(ch.CommitteesArchived)},
		{"report.memberships", membershipItems(cl, ch.Memberships)},
		{"report.topics_gained", ch.TopicsGained}, {"report.topics_lost", ch.TopicsLost},
	} {
		b := report.Block{Heading: l.T(part.key), Items: part.items}
		if len(part.items) == 0 {
			b.Note = l.T("report.none")
		}
		sec.Blocks = append(sec.Blocks, b)
	}
	if len(ch.Topics) > 0 {
		sec.Blocks = append(sec.Blocks, cl.topicChangesBlock(ch.Topics))
	}
	sec.Blocks = append(sec.Blocks, cl.sectorMixBlock(a))
	sec.Blocks = append(sec.Blocks, chartBlocks([]chart.Chart{chart.GridChart(review.GridInput(people, true, ""), labels)})...)
	return sec
}

// membershipItems are the committees whose members changed, each with who
// joined and who left.
func membershipItems(cl *call, ms []review.MembershipChange) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = cl.lang.T("review.membership_line", m.Committee.Name, refNames(m.Joined), refNames(m.Left))
	}
	return out
}

// topicChangesBlock tables the topics whose stakeholders or commitments
// changed, then and now.
func (cl *call) topicChangesBlock(topics []review.TopicChange) report.Block {
	l := cl.lang
	t := &report.Table{Columns: []report.Column{
		{Title: l.T("report.col.topic"), Weight: 3},
		{Title: l.T("report.col.stakeholders_then_now"), Weight: 1.5, Right: true},
		{Title: l.T("report.col.commitments_then_now"), Weight: 1.5, Right: true},
	}}
	for _, c := range topics {
		t.Rows = append(t.Rows, []string{c.Topic,
			l.T("review.then_now", c.StakeholdersBefore, c.Stakeholders), l.T("review.then_now", c.CommitmentsBefore, c.Commitments)})
	}
	return report.Block{Heading: l.T("report.topic_changes"), Table: t}
}

// sectorMixBlock tables the stakeholders per sector in the network and in
// the steering groups, at the period start and now, and says where the
// start came from.
func (cl *call) sectorMixBlock(a review.Analysis) report.Block {
	l, rd := cl.lang, cl.reader()
	before, now := a.Changes.SectorsBefore, a.Sectors
	t := &report.Table{Columns: []report.Column{
		{Title: l.T("report.col.sector"), Weight: 3},
		{Title: l.T("report.col.network_then"), Weight: 1.2, Right: true}, {Title: l.T("report.col.network_now"), Weight: 1.2, Right: true},
		{Title: l.T("report.col.steering_then"), Weight: 1.2, Right: true}, {Title: l.T("report.col.steering_now"), Weight: 1.2, Right: true},
	}}
	mixes := [][]review.SectorCount{before.Network, now.Network, before.Steering, now.Steering}
	for _, sector := range sectorOrder(now.Network, before.Network, now.Steering, before.Steering) {
		row := []string{rd.sector(sector)}
		for _, mix := range mixes {
			row = append(row, strconv.Itoa(sectorCount(mix, sector)))
		}
		t.Rows = append(t.Rows, row)
	}
	note := "review.changes_from_previous"
	if a.Changes.From == review.FromAudit {
		note = "review.changes_from_audit"
	}
	b := report.Block{Heading: l.T("report.sector_mix"), Table: t, Note: l.T(note)}
	if len(t.Rows) == 0 {
		b.Table, b.Note = nil, l.T("report.none")
	}
	return b
}

// sectorOrder lists the sectors of the mixes, each once, in the order of
// their first appearance (each mix is in the workspace's sector order).
func sectorOrder(mixes ...[]review.SectorCount) []string {
	var out []string
	seen := map[string]bool{}
	for _, mix := range mixes {
		for _, c := range mix {
			if !seen[c.Sector] {
				seen[c.Sector] = true
				out = append(out, c.Sector)
			}
		}
	}
	return out
}

// sectorCount returns the count of sector in mix, 0 when it is not there.
func sectorCount(mix []review.SectorCount, sector string) int {
	for _, c := range mix {
		if c.Sector == sector {
			return c.Count
		}
	}
	return 0
}
