package review

import (
	"slices"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Attendance is the one attendance figure of the bot: over a set of
// meetings, Present counts the members present and Expected the members
// the committee had at each meeting (guests count in neither). The rate is
// Present ÷ Expected; a set without expected members has no rate (shown
// as "–", not 0 %). Reviews, committee summaries and the meeting list all
// use it.
type Attendance struct {
	Present  int `bson:"present" json:"present"`
	Expected int `bson:"expected" json:"expected"`
}

// Rate returns Present ÷ Expected, and false when nobody was expected.
func (a Attendance) Rate() (float64, bool) {
	if a.Expected == 0 {
		return 0, false
	}
	return float64(a.Present) / float64(a.Expected), true
}

// Add returns the attendance over both sets of meetings.
func (a Attendance) Add(b Attendance) Attendance {
	return Attendance{Present: a.Present + b.Present, Expected: a.Expected + b.Expected}
}

// MeetingAttendance returns the attendance of one meeting: its members at
// the time, and those of them present.
func MeetingAttendance(m storage.Meeting) Attendance {
	a := Attendance{Expected: len(m.Members)}
	for _, id := range m.Present {
		if slices.Contains(m.Members, id) {
			a.Present++
		}
	}
	return a
}

// MeetingsAttendance returns the attendance over meetings.
func MeetingsAttendance(meetings []storage.Meeting) Attendance {
	var a Attendance
	for _, m := range meetings {
		a = a.Add(MeetingAttendance(m))
	}
	return a
}
