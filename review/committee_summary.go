package review

import (
	"slices"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// sectorOther is the catch-all sector: never reported as missing.
const sectorOther = "other"

// CommitteeSummary is how one committee under review worked in the period.
type CommitteeSummary struct {
	ID      string `bson:"id" json:"id"`
	Name    string `bson:"name" json:"name"`
	Kind    string `bson:"kind" json:"kind"`
	Purpose string `bson:"purpose" json:"purpose"`
	Status  string `bson:"status" json:"status"`
	// Meetings counts the committee's meetings that count in the period;
	// Attendance is over them (no rate, shown as "–", without meetings).
	Meetings   int        `bson:"meetings" json:"meetings"`
	Attendance Attendance `bson:"attendance" json:"attendance"`
	// Commitments counts the committee's commitments created or done in
	// the period.
	Commitments int `bson:"commitments" json:"commitments"`
	// DoneOnTime and DoneLate count the committee's commitments done now
	// that were marked done in the period, on or before their due day and
	// after it (the local day of marking, in the workspace's zone);
	// Overdue those unfinished and overdue on Today. Together they are the
	// "getting into action" figures; see ActionRate.
	DoneOnTime int `bson:"done_on_time" json:"done_on_time"`
	DoneLate   int `bson:"done_late" json:"done_late"`
	Overdue    int `bson:"overdue" json:"overdue"`
	// Members are the current members not archived, by name; DecisionMakers
	// and Multipliers the members who are.
	Members        []Ref `bson:"members" json:"members"`
	DecisionMakers []Ref `bson:"decision_makers" json:"decision_makers"`
	Multipliers    []Ref `bson:"multipliers" json:"multipliers"`
	// SectorsPresent are the members' sectors in the order of the
	// workspace's sector list (sectors no longer in the list last, sorted);
	// SectorsMissing the sectors of the list no member has, "other"
	// excepted.
	SectorsPresent []string `bson:"sectors_present" json:"sectors_present"`
	SectorsMissing []string `bson:"sectors_missing" json:"sectors_missing"`
}

// ActionRate returns the share of the committee's due commitments that
// were done on time: DoneOnTime ÷ (DoneOnTime + DoneLate + Overdue), and
// false when there are none.
func (c CommitteeSummary) ActionRate() (float64, bool) {
	due := c.DoneOnTime + c.DoneLate + c.Overdue
	if due == 0 {
		return 0, false
	}
	return float64(c.DoneOnTime) / float64(due), true
}

// committeeTally is what committeeSummaries counts per committee.
type committeeTally struct {
	meetings                           int
	attendance                         Attendance
	commitments, onTime, late, overdue int
}

// committeeSummaries summarises the committees under review, by name.
func (n *network) committeeSummaries(reviewed []*storage.Committee, today string) []CommitteeSummary {
	tallies := map[string]*committeeTally{}
	get := func(id string) *committeeTally {
		if tallies[id] == nil {
			tallies[id] = &committeeTally{}
		}
		return tallies[id]
	}
	for _, m := range n.meetings {
		if n.counted(m) {
			t := get(m.CommitteeID)
			t.meetings++
			t.attendance = t.attendance.Add(MeetingAttendance(*m.Meeting))
		}
	}
	doneIn := n.doneInPeriod()
	for _, c := range n.commitments {
		if c.Committee == "" {
			continue
		}
		t := get(c.Committee)
		if n.period.Contains(c.CreatedAt) || doneIn[c.ID] {
			t.commitments++
		}
		switch {
		case doneIn[c.ID] && n.localDay(c.ClosedAt) <= c.Due:
			t.onTime++
		case doneIn[c.ID]:
			t.late++
		case c.Overdue(today):
			t.overdue++
		}
	}
	out := make([]CommitteeSummary, 0, len(reviewed))
	for _, c := range reviewed {
		t := get(c.ID)
		cs := CommitteeSummary{
			ID: c.ID, Name: c.Name, Kind: c.Kind, Purpose: c.Purpose, Status: c.Status,
			Meetings: t.meetings, Attendance: t.attendance, Commitments: t.commitments,
			DoneOnTime: t.onTime, DoneLate: t.late, Overdue: t.overdue,
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

// localDay returns t's day ("2006-01-02") in the workspace's zone.
func (n *network) localDay(t time.Time) string { return t.In(n.zone).Format(time.DateOnly) }

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
// none of them has, "other" excepted. A stakeholder without a sector adds
// none.
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
		switch {
		case have[sector]:
			present = append(present, sector)
			delete(have, sector)
		case sector != sectorOther:
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
