package chart

import (
	"fmt"
	"strconv"
	"strings"
)

// Labels are the words of the charts in the reader's language. Fields
// named …Format are fmt formats with the verbs documented beside them.
// The caller fills them from its catalog; the package has no words of its
// own.
type Labels struct {
	// DecimalComma writes 3,5 instead of 3.5.
	DecimalComma bool
	// PercentFormat formats a whole percentage (%d), "%d %%" or "%d%%".
	PercentFormat string
	// None stands for a value that does not exist ("–").
	None string

	// AveragesTitle heads the averages chart; Current and Previous name
	// its two series ("this review", "previous review"); Score is its
	// value axis ("average rating, 1–5"); New marks a committee never
	// rated before; AnswersFormat (%d) notes a committee's answers.
	AveragesTitle string
	Current       string
	Previous      string
	Score         string
	New           string
	AnswersFormat string

	// TrendTitle heads the trend chart; Committee and Network name its
	// two lines (the committee's overall score and the network's).
	TrendTitle string
	Committee  string
	Network    string

	// GridTitle heads the power–interest grid; Influence and Interest
	// name its axes; Low, Medium and High the levels; the four quadrant
	// names follow; MoreFormat (%d) ends a cell's list of names;
	// UnratedFormat (%d) counts the stakeholders without both levels.
	GridTitle     string
	Influence     string
	Interest      string
	Low           string
	Medium        string
	High          string
	ManageClosely string
	KeepSatisfied string
	KeepInformed  string
	Monitor       string
	MoreFormat    string
	UnratedFormat string

	// ParticipationTitle heads the participation chart; Active, Fading
	// and Inactive name the classes; Members is its value axis;
	// Attendance heads the column of attendance rates.
	ParticipationTitle string
	Active             string
	Fading             string
	Inactive           string
	Members            string
	Attendance         string

	// AttendanceTitle heads the attendance chart; Rate is its value
	// axis; MeetingsFormat (%d) counts the meetings under a bar;
	// ThresholdFormat (%s, the rate written out) names the 50 % line.
	AttendanceTitle string
	Rate            string
	MeetingsFormat  string
	ThresholdFormat string
}

// number writes v with the given decimals in the labels' notation.
func (l *Labels) number(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if l.DecimalComma {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// percent writes the rate r (0–1) as a whole percentage.
func (l *Labels) percent(r float64) string {
	return fmt.Sprintf(l.PercentFormat, int(r*100+0.5))
}
