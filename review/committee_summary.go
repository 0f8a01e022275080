package review

import (
	"slices"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// CommitteeSummary is how one committee under review worked in the period.
type CommitteeSummary struct {
	ID      string `bson:"id" json:"id"`
	Name    string `bson:"name" json:"name"`
	Kind    string `bson:"kind" json:"kind"`
	Purpose string `bson:"purpose" json:"purpose"`
	Status  string `bson:"status" json:"status"`
	// Meetings counts the committee's meetings in the period; Present and
	// Expected sum their attendees and their members at the time.
	// Attendance is Present/Expected, 0 when Expected is 0.
	Meetings   int     `bson:"meetings" json:"meetings"`
	Present    int     `bson:"present" json:"present"`
	Expected   int     `bson:"expected" json:"expected"`
	Attendance float64 `bson:"attendance" json:"attendance"`
	// Commitments counts the committee's commitments created or done in
	// the period.
	Commitments int `bson:"commitments" json:"commitments"`
	// Members are the current members not archived, by name; DecisionMakers
	// and Multipliers the members who are.
	Members        []Ref `bson:"members" json:"members"`
	DecisionMakers []Ref `bson:"decision_makers" json:"decision_makers"`
	Multipliers    []Ref `bson:"multipliers" json:"multipliers"`
	// SectorsPresent are the members' sectors in the order of the
	// workspace's sector list (sectors no longer in the list last, sorted);
	// SectorsMissing the sectors of the list no member has.
	SectorsPresent []string `bson:"sectors_present" json:"sectors_present"`
	SectorsMissing []string `bson:"sectors_missing" json:"sectors_missing"`
}

// committeeSummaries summarises the committees under review, by name.
func (n *network) committeeSummaries(reviewed []*storage.Committee) []CommitteeSummary {
	type tally struct{ meetings, present, expected, commitments int }
	tallies := map[string]*tally{}
	get := func(id string) *tally {
		if tallies[id] == nil {
			tallies[id] = &tally{}
		}
		return tallies[id]
	}
	for _, m := range n.meetings {
		if n.period.Contains(m.start) {
			t := get(m.CommitteeID)
			t.meetings++
			t.expected += len(m.Members)
			for _, id := range m.Present {
				if slices.Contains(m.Members, id) {
					t.present++
				}
			}
		}
	}
	doneIn := n.doneInPeriod()
	for _, c := range n.commitments {
		if c.Committee != "" && (n.period.Contains(c.CreatedAt) || doneIn[c.ID]) {
			get(c.Committee).commitments++
		}
	}
	out := make([]CommitteeSummary, 0, len(reviewed))
	for _, c := range reviewed {
		t := get(c.ID)
		cs := CommitteeSummary{
			ID: c.ID, Name: c.Name, Kind: c.Kind, Purpose: c.Purpose, Status: c.Status,
			Meetings: t.meetings, Present: t.present, Expected: t.expected, Commitments: t.commitments,
		}
		if t.expected > 0 {
			cs.Attendance = float64(t.present) / float64(t.expected)
		}
		members := n.currentMembers(c.ID)
		cs.Members = stakeholderRefs(members)
		cs.DecisionMakers = stakeholderRefs(filter(members, func(s *storage.Stakeholder) bool { return s.DecisionMaker }))
		cs.Multipliers = stakeholderRefs(filter(members, func(s *storage.Stakeholder) bool { return s.Multiplier }))
		cs.SectorsPresent, cs.SectorsMissing = n.sectorCoverage(members)
		out = append(out, cs)
	}
	return out
}

// doneInPeriod returns the commitments done now that were marked done in
// the period (their ClosedAt lies in it).
func (n *network) doneInPeriod() map[string]bool {
	done := map[string]bool{}
	for _, c := range n.commitments {
		if c.Status == storage.CommitmentDone && n.period.Contains(c.ClosedAt) {
			done[c.ID] = true
		}
	}
	return done
}

// sectorCoverage returns the sectors the stakeholders ss have (in the order
// of the workspace's list, then any others sorted) and the listed sectors
// none of them has. A stakeholder without a sector adds none.
func (n *network) sectorCoverage(ss []*storage.Stakeholder) (present, missing []string) {
	have := map[string]bool{}
	for _, s := range ss {
		if s.Sector != "" {
			have[s.Sector] = true
		}
	}
	present, missing = []string{}, []string{}
	var others []string
	for _, sector := range n.sectors {
		if have[sector] {
			present = append(present, sector)
			delete(have, sector)
		} else {
			missing = append(missing, sector)
		}
	}
	for sector := range have {
		others = append(others, sector)
	}
	slices.Sort(others)
	return append(present, others...), missing
}

// filter returns the elements of ss for which keep is true.
func filter(ss []*storage.Stakeholder, keep func(*storage.Stakeholder) bool) []*storage.Stakeholder {
	var out []*storage.Stakeholder
	for _, s := range ss {
		if keep(s) {
			out = append(out, s)
		}
	}
	return out
}
