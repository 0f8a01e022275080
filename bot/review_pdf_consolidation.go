package bot

import (
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/report"
)

// consolidationBlock tables each committee's answers to the consolidation
// questions under the anonymity rule: a committee with fewer than
// s.MinAnswers answers shows none, and a question with fewer answers than
// that shows no split (the summary holds none either).
func (cl *call) consolidationBlock(s review.Summary) report.Block {
	l := cl.lang
	t := &report.Table{Columns: []report.Column{
		{Title: l.T("report.col.committee"), Weight: 2.4}, {Title: l.T("report.col.question"), Weight: 3.8},
		{Title: l.T("report.col.consolidation"), Weight: 2.8},
	}}
	for _, c := range s.Committees {
		t.Rows = append(t.Rows, consolidationRows(cl, c)...)
	}
	return report.Block{Heading: l.T("report.consolidation"), Table: t, Note: l.T("report.consolidation_note", s.MinAnswers)}
}

// consolidationRows are committee c's rows: one per question, or one
// saying that there are too few answers (the block's note gives the
// threshold) or none.
func consolidationRows(cl *call, c review.CommitteeRatings) [][]string {
	l := cl.lang
	answered := false
	for _, r := range c.Consolidation {
		answered = answered || r.N > 0
	}
	switch {
	case !c.Shown:
		return [][]string{{c.Name, "–", l.T("report.consolidation_too_few")}}
	case !answered:
		return [][]string{{c.Name, "–", l.T("report.consolidation_none")}}
	}
	var rows [][]string
	for _, r := range c.Consolidation {
		value := l.T("report.consolidation_too_few")
		if r.Shown {
			value = l.T("report.consolidation_value", r.Yes, r.Partly, r.No)
		}
		rows = append(rows, []string{c.Name, l.T("review.question." + r.Question), value})
	}
	return rows
}
