package review

import (
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The kinds of effectiveness flags, in the order Analysis.Flags lists them.
const (
	// FlagNoDecisionMaker: a committee under review has no member with
	// decision authority. Committees: the committee.
	FlagNoDecisionMaker = "no_decision_maker"
	// FlagLowAttendance: a committee under review met in the period and
	// its attendance rate was under 50 %. Committees: it; Rate: the rate.
	FlagLowAttendance = "low_attendance"
	// FlagNoCommitments: a cooperation committee under review has no
	// commitment created or done in the period. Committees: it.
	FlagNoCommitments = "no_commitments"
	// FlagOverlap: two committees under review, each with at least 3
	// members, whose overlap coefficient |A∩B| / min(|A|, |B|) of current
	// members exceeds 0.8. Committees: the two; Stakeholders: the shared
	// members; Count: how many; Rate: the coefficient.
	FlagOverlap = "overlap"
	// FlagSteeringSectorMissing: a sector of the workspace's list, other
	// than "other", that has stakeholders (not archived) in the network
	// but none among the members of the active steering groups. Raised
	// only in a review of the whole network and when an active steering
	// group exists. Committees: the steering groups; Sector: the sector;
	// Count: its stakeholders in the network.
	FlagSteeringSectorMissing = "steering_sector_missing"
	// FlagInactiveDecisionMaker: a confirmed decision maker who sits in a
	// committee in scope and is classified inactive (a proposed
	// stakeholder, or one in no committee, is never flagged).
	// Stakeholders: the decision maker.
	FlagInactiveDecisionMaker = "inactive_decision_maker"
	// FlagOverdue: commitments of the workspace overdue on Today.
	// Commitments: their ids by due day; Count: how many.
	FlagOverdue = "overdue_commitments"
)

// Flag is one finding about the effectiveness of the network's structures.
// Which fields are set depends on Kind (see the Flag… constants). A flag
// with Stakeholders names people: it is for coordinators only.
type Flag struct {
	Kind         string   `bson:"kind" json:"kind"`
	Committees   []Ref    `bson:"committees,omitempty" json:"committees,omitempty"`
	Stakeholders []Ref    `bson:"stakeholders,omitempty" json:"stakeholders,omitempty"`
	Sector       string   `bson:"sector,omitempty" json:"sector,omitempty"`
	Commitments  []string `bson:"commitments,omitempty" json:"commitments,omitempty"`
	Count        int      `bson:"count,omitempty" json:"count,omitempty"`
	Rate         float64  `bson:"rate,omitempty" json:"rate,omitempty"`
}

// overlapThreshold and overlapMinMembers bound FlagOverlap.
const (
	overlapThreshold  = 0.8
	overlapMinMembers = 3
)

// flags computes the effectiveness flags from the summaries in a.
func (n *network) flags(a *Analysis) []Flag {
	out := []Flag{}
	for _, c := range a.Committees {
		if len(c.DecisionMakers) == 0 {
			out = append(out, Flag{Kind: FlagNoDecisionMaker, Committees: []Ref{{ID: c.ID, Name: c.Name}}})
		}
	}
	for _, c := range a.Committees {
		if rate, ok := c.Attendance.Rate(); ok && rate < 0.5 {
			out = append(out, Flag{Kind: FlagLowAttendance, Committees: []Ref{{ID: c.ID, Name: c.Name}}, Rate: rate})
		}
	}
	for _, c := range a.Committees {
		if c.Purpose == storage.PurposeCooperation && c.Commitments == 0 {
			out = append(out, Flag{Kind: FlagNoCommitments, Committees: []Ref{{ID: c.ID, Name: c.Name}}})
		}
	}
	out = append(out, overlaps(a.Committees)...)
	if a.Whole {
		out = append(out, n.steeringSectors()...)
	}
	for _, p := range a.Stakeholders {
		if p.DecisionMaker && p.Status == storage.StatusConfirmed && len(p.Committees) > 0 && p.Class == ClassInactive {
			out = append(out, Flag{Kind: FlagInactiveDecisionMaker, Stakeholders: []Ref{{ID: p.ID, Name: p.Name}}})
		}
	}
	var overdue []string
	for _, c := range n.commitments { // sorted by due day, then id
		if c.Overdue(a.Today) {
			overdue = append(overdue, c.ID)
		}
	}
	if len(overdue) > 0 {
		out = append(out, Flag{Kind: FlagOverdue, Commitments: overdue, Count: len(overdue)})
	}
	return out
}

// overlaps flags the pairs of committees whose current members overlap by
// more than overlapThreshold (overlap coefficient), in name order.
func overlaps(cs []CommitteeSummary) []Flag {
	var out []Flag
	for i := range cs {
		a := cs[i].Members
		if len(a) < overlapMinMembers {
			continue
		}
		inA := map[string]bool{}
		for _, m := range a {
			inA[m.ID] = true
		}
		for j := i + 1; j < len(cs); j++ {
			b := cs[j].Members
			if len(b) < overlapMinMembers {
				continue
			}
			var shared []Ref
			for _, m := range b {
				if inA[m.ID] {
					shared = append(shared, m)
				}
			}
			rate := float64(len(shared)) / float64(min(len(a), len(b)))
			if rate > overlapThreshold {
				out = append(out, Flag{
					Kind:         FlagOverlap,
					Committees:   []Ref{{ID: cs[i].ID, Name: cs[i].Name}, {ID: cs[j].ID, Name: cs[j].Name}},
					Stakeholders: shared, Count: len(shared), Rate: rate,
				})
			}
		}
	}
	return out
}

// steeringSectors flags the listed sectors that have stakeholders in the
// network but none in an active steering group.
func (n *network) steeringSectors() []Flag {
	var steering []Ref
	inSteering := map[string]bool{}
	for _, c := range n.committees {
		if c.Kind != storage.KindSteering || c.Status == storage.CommitteeArchived {
			continue
		}
		steering = append(steering, Ref{ID: c.ID, Name: c.Name})
		for _, s := range n.currentMembers(c.ID) {
			inSteering[s.Sector] = true
		}
	}
	if len(steering) == 0 {
		return nil
	}
	inNetwork := map[string]int{}
	for _, s := range n.stakeholders {
		if s.Status != storage.StatusArchived {
			inNetwork[s.Sector]++
		}
	}
	var out []Flag
	for _, sector := range n.sectors {
		if sector != sectorOther && inNetwork[sector] > 0 && !inSteering[sector] {
			out = append(out, Flag{Kind: FlagSteeringSectorMissing, Committees: steering, Sector: sector, Count: inNetwork[sector]})
		}
	}
	return out
}
