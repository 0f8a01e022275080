package bot

import (
	"strings"

	"github.com/netzwerkbot/netzwerkbot/review"
)

// changesBlocks render the priorities that changed in the period: the
// register, the memberships, the topics and the sector mix then and now.
func changesBlocks(rd reader, a review.Analysis) []Block {
	l, ch := rd.l, a.Changes
	blocks := []Block{Header{l.T("review.changes_title", rd.day(a.Period.From))}}
	// Paragraphs, not fields: a quarter may add hundreds of names, and a
	// paragraph is split where a field would be cut.
	for _, f := range []Field{
		{l.T("field.changes_stakeholders_added"), refNames(ch.StakeholdersAdded)},
		{l.T("field.changes_stakeholders_confirmed"), refNames(ch.StakeholdersConfirmed)},
		{l.T("field.changes_stakeholders_archived"), refNames(ch.StakeholdersArchived)},
		{l.T("field.changes_committees_added"), refNames(ch.CommitteesAdded)},
		{l.T("field.changes_committees_archived"), refNames(ch.CommitteesArchived)},
		{l.T("field.changes_topics_gained"), orDash(strings.Join(ch.TopicsGained, ", "))},
		{l.T("field.changes_topics_lost"), orDash(strings.Join(ch.TopicsLost, ", "))},
	} {
		blocks = append(blocks, Paragraph{f.Label + ": " + f.Value})
	}
	if len(ch.Memberships) > 0 {
		lines := make([]string, len(ch.Memberships))
		for i, m := range ch.Memberships {
			lines[i] = l.T("review.membership_line", m.Committee.Name, refNames(m.Joined), refNames(m.Left))
		}
		blocks = append(blocks, Paragraph{l.T("review.memberships_title")}, List{lines})
	}
	if len(ch.Topics) > 0 {
		lines := make([]string, len(ch.Topics))
		for i, t := range ch.Topics {
			lines[i] = l.T("review.topic_line", t.Topic, t.StakeholdersBefore, t.Stakeholders, t.CommitmentsBefore, t.Commitments)
		}
		blocks = append(blocks, Paragraph{l.T("review.topics_title")}, List{lines})
	}
	note := "review.changes_from_previous"
	if ch.From == review.FromAudit {
		note = "review.changes_from_audit"
	}
	return append(blocks,
		Fields{[]Field{
			{l.T("field.sectors_network"), sectorMixText(rd, ch.SectorsBefore.Network, a.Sectors.Network)},
			{l.T("field.sectors_steering"), sectorMixText(rd, ch.SectorsBefore.Steering, a.Sectors.Steering)},
		}},
		Note{l.T(note)},
	)
}

// sectorMixText shows each sector's count then and now, one per line:
// "Schule: 3 → 4"; "–" when both are empty.
func sectorMixText(rd reader, before, now []review.SectorCount) string {
	then := map[string]int{}
	for _, c := range before {
		then[c.Sector] = c.Count
	}
	var lines []string
	seen := map[string]bool{}
	for _, c := range now {
		seen[c.Sector] = true
		lines = append(lines, rd.sector(c.Sector)+": "+rd.l.T("review.then_now", then[c.Sector], c.Count))
	}
	for _, c := range before {
		if !seen[c.Sector] {
			lines = append(lines, rd.sector(c.Sector)+": "+rd.l.T("review.then_now", c.Count, 0))
		}
	}
	return orDash(strings.Join(lines, "\n"))
}
