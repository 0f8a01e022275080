package bot

import (
	"strings"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// participationBlocks render the named participation of an analysis for
// coordinators: the class counts, then the stakeholders grouped inactive,
// fading, active, those who most need a call first (review.CallOrder),
// each with the evidence.
func participationBlocks(rd reader, a review.Analysis) []Block {
	l := rd.l
	blocks := []Block{
		Header{l.T("review.participation_title")},
		Paragraph{l.T("review.classes", a.Counts.Active, a.Counts.Fading, a.Counts.Inactive)},
	}
	for _, g := range a.CallOrder() {
		lines := make([]string, len(g.Stakeholders))
		for i, p := range g.Stakeholders {
			lines[i] = participationLine(rd, p)
		}
		blocks = append(blocks, Paragraph{l.T("review.group."+g.Class, len(g.Stakeholders))}, List{lines})
	}
	return blocks
}

// participationLine is one stakeholder with marks and evidence:
// "Dora Rat [Entscheider/in] · Lenkungsgruppe · Sitzungen: 0 von 3 ·
// Zusagen erfasst: 0, erledigt: 0, überfällig: 0 · zuletzt aktiv: –".
func participationLine(rd reader, p review.Participation) string {
	l := rd.l
	name := p.Name
	if p.DecisionMaker {
		name += " [" + l.T("mark.decision") + "]"
	}
	if p.Multiplier {
		name += " [" + l.T("mark.multiplier") + "]"
	}
	if p.Status == storage.StatusProposed {
		name += " (" + l.T("status.proposed") + ")"
	}
	meetings := "–"
	if p.Attendance.Expected > 0 {
		meetings = l.T("review.of", p.Attendance.Present, p.Attendance.Expected)
	}
	last := "–"
	if !p.LastActivity.IsZero() {
		last = rd.day(p.LastActivity)
	}
	parts := []string{name}
	if len(p.Committees) > 0 {
		parts = append(parts, refNames(p.Committees))
	}
	parts = append(parts,
		l.T("review.evidence_meetings", meetings),
		l.T("review.evidence_commitments", p.Made, p.Done, p.Overdue),
		l.T("review.evidence_last", last))
	return strings.Join(parts, " · ")
}
