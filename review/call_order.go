package review

import (
	"cmp"
	"slices"
)

// ParticipationGroup is the stakeholders of one participation class.
type ParticipationGroup struct {
	Class        string          `json:"class"`
	Stakeholders []Participation `json:"stakeholders"`
}

// callClasses is the order in which CallOrder lists the classes: those
// who dropped out, then those who are slipping, then the active.
var callClasses = []string{ClassInactive, ClassFading, ClassActive}

// CallOrder groups the analysis's stakeholders by class (inactive, fading,
// active; a group without stakeholders is left out) and sorts each group
// so the ones that most need a call come first: decision makers, then
// multipliers, then the others; among equals those with more overdue
// commitments, then the longest without activity (none known first), then
// by name. It does not change a.
func (a Analysis) CallOrder() []ParticipationGroup {
	var out []ParticipationGroup
	for _, class := range callClasses {
		var list []Participation
		for _, p := range a.Stakeholders {
			if p.Class == class {
				list = append(list, p)
			}
		}
		if len(list) == 0 {
			continue
		}
		slices.SortStableFunc(list, byCallNeed)
		out = append(out, ParticipationGroup{Class: class, Stakeholders: list})
	}
	return out
}

// byCallNeed orders two stakeholders of one class by how much a call is
// needed (see CallOrder); the analysis's name order breaks ties.
func byCallNeed(a, b Participation) int {
	return cmp.Or(
		cmp.Compare(weight(b), weight(a)),
		cmp.Compare(b.Overdue, a.Overdue),
		a.LastActivity.Compare(b.LastActivity),
	)
}

// weight ranks decision makers over multipliers over the others.
func weight(p Participation) int {
	switch {
	case p.DecisionMaker:
		return 2
	case p.Multiplier:
		return 1
	}
	return 0
}
