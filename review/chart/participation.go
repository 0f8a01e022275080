package chart

import (
	"strconv"
)

// Participation is the input of the participation chart: per committee
// how many current members are active, fading and inactive, and the
// committee's attendance in the period.
type Participation struct {
	Committees []CommitteeParticipation
}

// CommitteeParticipation is one committee's row.
type CommitteeParticipation struct {
	Name                     string
	Active, Fading, Inactive int
	// Meetings counts the committee's meetings in the period; Attendance
	// is present ÷ expected over them (0–1), meaningless without meetings.
	Meetings   int
	Attendance float64
}

// participationPerPage is how many committees one page shows.
const participationPerPage = 20

// ParticipationCharts returns the charts of the members' participation
// per committee: one stacked bar per committee, active dark, fading
// orange and hatched, inactive light grey, each part with its count, and
// the committee's attendance beside it ("–" without meetings). Many
// committees make several pages (participation.png or participation-1.png, …).
func ParticipationCharts(in Participation, l Labels) []Chart {
	ps := pages(len(in.Committees), participationPerPage)
	most := 1
	for _, c := range in.Committees {
		most = max(most, c.Active+c.Fading+c.Inactive)
	}
	out := make([]Chart, len(ps))
	for i, pg := range ps {
		rc := participationPage(in.Committees[pg[0]:pg[1]], most, &l)
		rc.title = pagedTitle(l.ParticipationTitle, i, len(ps))
		out[i] = Chart{Name: pagedName("participation", i, len(ps)), Title: rc.title, draw: rc.draw}
	}
	return out
}

// classBars are the looks of the active, fading and inactive parts.
var classBars = []hbar{{fill: blue, labelColor: white}, {fill: orange, hatch: true}, {fill: lightGrey}}

// participationPage lays out one page; most is the largest committee of
// all pages, so every page has the same scale.
func participationPage(cs []CommitteeParticipation, most int, l *Labels) rowChart {
	rc := rowChart{
		axis:       l.Members,
		rightTitle: l.Attendance,
		right:      []string{},
		legend: []swatch{
			{label: l.Active, fill: blue}, {label: l.Fading, fill: orange, hatch: true}, {label: l.Inactive, fill: lightGrey},
		},
	}
	ticks := memberTicks(most)
	panel := rowPanel{max: ticks[len(ticks)-1], ticks: ticks, tick: func(v float64) string { return strconv.Itoa(int(v)) }}
	const thick = 0.7
	for row, c := range cs {
		rc.names = append(rc.names, rowName{name: shorten(c.Name, 34), note: l.Meetings(c.Meetings)})
		at := 0.0
		for k, n := range []int{c.Active, c.Fading, c.Inactive} {
			if n == 0 {
				continue
			}
			b := classBars[k]
			b.row, b.thick, b.from, b.to, b.label, b.inside = row, thick, at, at+float64(n), strconv.Itoa(n), true
			panel.bars = append(panel.bars, b)
			at += float64(n)
		}
		attendance := l.None
		if c.Meetings > 0 {
			attendance = l.Percent(c.Attendance)
		}
		rc.right = append(rc.right, attendance)
	}
	rc.panels = []rowPanel{panel}
	return rc
}

// memberTicks returns about five round ticks from 0 to at least most.
func memberTicks(most int) []float64 {
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 500} {
		step = s
		if most/s <= 5 {
			break
		}
	}
	var out []float64
	for v := 0; ; v += step {
		out = append(out, float64(v))
		if v >= most {
			return out
		}
	}
}
