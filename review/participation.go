package review

import (
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The participation classes of a stakeholder.
const (
	ClassActive   = "active"
	ClassFading   = "fading"
	ClassInactive = "inactive"
)

// Participation is how one stakeholder (confirmed or proposed) took part
// in the period: the evidence a coordinator needs before a call.
type Participation struct {
	ID            string `bson:"id" json:"id"`
	Name          string `bson:"name" json:"name"`
	Status        string `bson:"status" json:"status"`
	Sector        string `bson:"sector" json:"sector"`
	DecisionMaker bool   `bson:"decision_maker" json:"decision_maker"`
	Multiplier    bool   `bson:"multiplier" json:"multiplier"`
	// Committees are the committees in scope the stakeholder sits in now,
	// by name.
	Committees []Ref `bson:"committees" json:"committees"`
	// Attendance counts the meetings of the period (of the committees in
	// scope) the stakeholder was a member at (Expected) and those of them
	// they attended (Present). Its Rate is the attendance; none when
	// Expected is 0.
	Attendance Attendance `bson:"attendance" json:"attendance"`
	// Made counts the commitments the stakeholder owns that were created in
	// the period, Done those owned and done now that were marked done in the
	// period, Overdue those owned and overdue on Today.
	Made    int `bson:"made" json:"made"`
	Done    int `bson:"done" json:"done"`
	Overdue int `bson:"overdue" json:"overdue"`
	// SurveyAnswered: the stakeholder answered the previous review's survey.
	SurveyAnswered bool `bson:"survey_answered" json:"survey_answered"`
	// LastActivity is the latest activity before the period end (see
	// classify); zero when none is known.
	LastActivity time.Time `bson:"last_activity" json:"last_activity"`
	Class        string    `bson:"class" json:"class"`
}

// classify returns the participation class of a stakeholder for period p.
// An activity is one of: being present at a meeting of a committee in
// scope (at the start of its local day), a commitment the stakeholder owns
// being created, updated or the subject of an audit entry, a commitment
// created by the stakeholder's linked Slack user, and an audit entry made
// by that user. Being present at a meeting that counts in the period
// (present) is an activity in the period, also for a meeting logged late
// (dated before it). With L the length of p and the look-back
// [p.From − L, p.To):
//
//   - active: an activity in p, and Present/Expected ≥ 0.5 when Expected > 0
//     (a stakeholder expected at no meeting needs only the activity);
//   - fading: not active, but an activity in the look-back: that is, an
//     activity in p with attendance under 50 %, or the last activity in
//     [p.From − L, p.From);
//   - inactive: no activity in the look-back.
func classify(p Period, last time.Time, a Attendance, present bool) string {
	inPeriod := present || p.Contains(last)
	switch {
	case inPeriod && (a.Expected == 0 || 2*a.Present >= a.Expected):
		return ClassActive
	case inPeriod || p.lookBack().Contains(last):
		return ClassFading
	default:
		return ClassInactive
	}
}

// participation computes the participation of every stakeholder in scope,
// by name, and counts the classes.
func (n *network) participation(today string, answered map[string]bool) ([]Participation, ClassCounts) {
	last := n.lastActivities()
	attendance := n.attendance()
	made, done, overdue := n.commitmentCounts(today)
	inScope := n.stakeholdersInScope(attendance)
	sits := n.committeesOf()
	var out []Participation
	var counts ClassCounts
	for i := range n.stakeholders {
		s := &n.stakeholders[i]
		if s.Status == storage.StatusArchived || !inScope(s.ID) {
			continue
		}
		pt := Participation{
			ID: s.ID, Name: s.Name, Status: s.Status, Sector: s.Sector,
			DecisionMaker: s.DecisionMaker, Multiplier: s.Multiplier, Committees: orNoRefs(sits[s.ID]),
			Attendance: attendance[s.ID], Made: made[s.ID], Done: done[s.ID], Overdue: overdue[s.ID],
			SurveyAnswered: answered[s.ID], LastActivity: last[s.ID],
		}
		pt.Class = classify(n.period, pt.LastActivity, pt.Attendance, pt.Attendance.Present > 0)
		switch pt.Class {
		case ClassActive:
			counts.Active++
		case ClassFading:
			counts.Fading++
		default:
			counts.Inactive++
		}
		out = append(out, pt)
	}
	return out, counts
}

// stakeholdersInScope returns the test for who is listed: everyone in a
// review of the whole network; in a limited one the current members of
// the reviewed committees and whoever was expected at their meetings.
func (n *network) stakeholdersInScope(attendance map[string]Attendance) func(string) bool {
	if n.scope == nil {
		return func(string) bool { return true }
	}
	in := map[string]bool{}
	for id := range n.scope {
		for _, s := range n.members[id] {
			in[s] = true
		}
	}
	for id, a := range attendance {
		if a.Expected > 0 {
			in[id] = true
		}
	}
	return func(id string) bool { return in[id] }
}

// committeesOf returns, per stakeholder, the committees in scope (not
// archived) they sit in now, by name.
func (n *network) committeesOf() map[string][]Ref {
	out := map[string][]Ref{}
	for _, c := range n.committees { // by name
		if c.Status == storage.CommitteeArchived || !n.inScope(c.ID) {
			continue
		}
		for _, id := range n.members[c.ID] {
			out[id] = append(out[id], Ref{ID: c.ID, Name: c.Name})
		}
	}
	return out
}

// orNoRefs returns refs, or an empty list for nil.
func orNoRefs(refs []Ref) []Ref {
	if refs == nil {
		return []Ref{}
	}
	return refs
}

// attendance returns, per stakeholder, the attendance over the meetings
// that count and whose members at the time included them.
func (n *network) attendance() map[string]Attendance {
	out := map[string]Attendance{}
	for _, m := range n.meetings {
		if !n.counted(m) {
			continue
		}
		present := make(map[string]bool, len(m.Present))
		for _, id := range m.Present {
			present[id] = true
		}
		for _, id := range m.Members {
			a := out[id]
			a.Expected++
			if present[id] {
				a.Present++
			}
			out[id] = a
		}
	}
	return out
}

// commitmentCounts counts, per owner, the commitments made in the period,
// done in the period (done now, with a change to done in the period) and
// overdue on today.
func (n *network) commitmentCounts(today string) (made, done, overdue map[string]int) {
	made, done, overdue = map[string]int{}, map[string]int{}, map[string]int{}
	doneIn := n.doneInPeriod()
	for _, c := range n.commitments {
		if n.period.Contains(c.CreatedAt) {
			made[c.Owner]++
		}
		if doneIn[c.ID] {
			done[c.Owner]++
		}
		if c.Overdue(today) {
			overdue[c.Owner]++
		}
	}
	return made, done, overdue
}

// lastActivities returns, per stakeholder, the latest activity before the
// period end (see classify). Audit entries are read from the look-back
// start only, so an older last activity is known only from meetings and
// commitments. Only meetings of committees in scope are activities.
func (n *network) lastActivities() map[string]time.Time {
	last := map[string]time.Time{}
	see := func(id string, at time.Time) {
		if at.Before(n.period.To) && at.After(last[id]) {
			last[id] = at
		}
	}
	seeUser := func(user string, at time.Time) {
		for _, s := range n.bySlackUser[user] {
			see(s.ID, at)
		}
	}
	for _, m := range n.meetings {
		if !n.inScope(m.CommitteeID) {
			continue
		}
		for _, id := range m.Present {
			see(id, m.start)
		}
	}
	owner := make(map[string]string, len(n.commitments))
	for _, c := range n.commitments {
		owner[c.ID] = c.Owner
		see(c.Owner, c.CreatedAt)
		see(c.Owner, c.UpdatedAt)
		seeUser(c.CreatedBy, c.CreatedAt)
	}
	for _, e := range n.audit {
		seeUser(e.Actor, e.At)
		if e.TargetKind == targetCommitment {
			see(owner[e.TargetID], e.At)
		}
	}
	return last
}
