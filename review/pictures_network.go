package review

import (
	"slices"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// ParticipationInput returns the input of the participation chart of
// analysis a: per reviewed committee, its current members by
// participation class, its meetings and its attendance.
func ParticipationInput(a Analysis) chart.Participation {
	class := make(map[string]string, len(a.Stakeholders))
	for _, p := range a.Stakeholders {
		class[p.ID] = p.Class
	}
	var in chart.Participation
	for _, c := range a.Committees {
		rate, _ := c.Attendance.Rate()
		cp := chart.CommitteeParticipation{Name: c.Name, Meetings: c.Meetings, Attendance: rate}
		for _, m := range c.Members {
			switch class[m.ID] {
			case ClassActive:
				cp.Active++
			case ClassFading:
				cp.Fading++
			default:
				cp.Inactive++
			}
		}
		in.Committees = append(in.Committees, cp)
	}
	return in
}

// AttendanceInput returns the input of the attendance chart of analysis
// a: the meetings of the reviewed committees in the period, by calendar
// month in loc (labelled "01/2027"), with present ÷ expected over each
// month's meetings. Only attendees who were members at the time count.
func AttendanceInput(a Analysis, meetings []storage.Meeting, loc *time.Location) chart.Attendance {
	reviewed := make(map[string]bool, len(a.Committees))
	for _, c := range a.Committees {
		reviewed[c.ID] = true
	}
	from := a.Period.From.In(loc)
	to := a.Period.To.Add(-time.Nanosecond).In(loc)
	first, last := from.Format(time.DateOnly), to.Format(time.DateOnly)
	type tally struct{ meetings, present, expected int }
	months := map[string]*tally{}
	var order []string
	for m := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, loc); !m.After(to); m = m.AddDate(0, 1, 0) {
		key := m.Format("2006-01")
		months[key] = &tally{}
		order = append(order, key)
	}
	for _, m := range meetings {
		if !reviewed[m.CommitteeID] || m.Date < first || m.Date > last || len(m.Date) < 7 {
			continue
		}
		t := months[m.Date[:7]]
		if t == nil {
			continue
		}
		t.meetings++
		t.expected += len(m.Members)
		for _, id := range m.Present {
			if slices.Contains(m.Members, id) {
				t.present++
			}
		}
	}
	var in chart.Attendance
	for _, key := range order {
		t := months[key]
		span := chart.AttendanceSpan{Label: key[5:] + "/" + key[:4], Meetings: t.meetings}
		if t.expected > 0 {
			span.Rate = float64(t.present) / float64(t.expected)
		}
		in.Spans = append(in.Spans, span)
	}
	return in
}

// GridInput returns the input of the power–interest grid of the
// stakeholders ss that are not archived, with their names when named is
// set (the coordinators' version) and without otherwise. scope names the
// part of the network shown ("" for all of it).
func GridInput(ss []storage.Stakeholder, named bool, scope string) chart.Grid {
	in := chart.Grid{Scope: scope}
	for _, s := range ss {
		if s.Status == storage.StatusArchived {
			continue
		}
		p := chart.GridPoint{Influence: s.Influence, Interest: s.Interest}
		if named {
			p.Name = s.Name
		}
		in.Stakeholders = append(in.Stakeholders, p)
	}
	return in
}
