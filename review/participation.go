package review

import (
	"slices"
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
// in the period.
type Participation struct {
	ID            string `bson:"id" json:"id"`
	Name          string `bson:"name" json:"name"`
	Status        string `bson:"status" json:"status"`
	Sector        string `bson:"sector" json:"sector"`
	DecisionMaker bool   `bson:"decision_maker" json:"decision_maker"`
	Multiplier    bool   `bson:"multiplier" json:"multiplier"`
	// Expected counts the meetings of the period whose members at the time
	// included the stakeholder, of any committee; Present those of them the
	// stakeholder attended. Attendance is Present/Expected, 0 when Expected
	// is 0.
	Expected   int     `bson:"expected" json:"expected"`
	Present    int     `bson:"present" json:"present"`
	Attendance float64 `bson:"attendance" json:"attendance"`
	// Made counts the commitments the stakeholder owns that were created in
	// the period, Done those owned and done now that were marked done in the
	// period (audit "commitment.done"), Overdue those owned and overdue on
	// Today.
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
// An activity is one of: being present at a meeting (at the start of its
// local day), a commitment the stakeholder owns being created, updated or
// the subject of an audit entry, a commitment created by the stakeholder's
// linked Slack user, and an audit entry made by that user.
// With L the length of p and the look-back [p.From − L, p.To):
//
//   - active: an activity in p, and Present/Expected ≥ 0.5 when Expected > 0
//     (a stakeholder expected at no meeting needs only the activity);
//   - fading: not active, but an activity in the look-back: that is, an
//     activity in p with attendance under 50 %, or the last activity in
//     [p.From − L, p.From);
//   - inactive: no activity in the look-back.
func classify(p Period, last time.Time, present, expected int) string {
	switch {
	case p.Contains(last) && (expected == 0 || 2*present >= expected):
		return ClassActive
	case p.lookBack().Contains(last):
		return ClassFading
	default:
		return ClassInactive
	}
}

// participation computes every current stakeholder's participation, by
// name, and counts the classes.
func (n *network) participation(today string, answered map[string]bool) ([]Participation, ClassCounts) {
	last := n.lastActivities()
	present, expected := n.attendance()
	made, done, overdue := n.commitmentCounts(today)
	var out []Participation
	var counts ClassCounts
	for i := range n.stakeholders {
		s := &n.stakeholders[i]
		if s.Status == storage.StatusArchived {
			continue
		}
		pt := Participation{
			ID: s.ID, Name: s.Name, Status: s.Status, Sector: s.Sector,
			DecisionMaker: s.DecisionMaker, Multiplier: s.Multiplier,
			Expected: expected[s.ID], Present: present[s.ID],
			Made: made[s.ID], Done: done[s.ID], Overdue: overdue[s.ID],
			SurveyAnswered: answered[s.ID], LastActivity: last[s.ID],
		}
		if pt.Expected > 0 {
			pt.Attendance = float64(pt.Present) / float64(pt.Expected)
		}
		pt.Class = classify(n.period, pt.LastActivity, pt.Present, pt.Expected)
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

// attendance counts, per stakeholder, the meetings of the period they were
// expected at (members at the time) and attended among those.
func (n *network) attendance() (present, expected map[string]int) {
	present, expected = map[string]int{}, map[string]int{}
	for _, m := range n.meetings {
		if !n.period.Contains(m.start) {
			continue
		}
		for _, id := range m.Members {
			expected[id]++
			if slices.Contains(m.Present, id) {
				present[id]++
			}
		}
	}
	return present, expected
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
// commitments.
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
