package chart

// Labels are the words and number formats of the charts in the reader's
// language. Fields named …Format are fmt formats with the verbs documented
// beside them; the functions write numbers and counted nouns. The caller
// fills them from its catalog; the package has no words of its own.
type Labels struct {
	// Number writes v with the given decimals in the reader's notation
	// (3,5 in German); Percent writes a rate (0–1) as a whole percentage
	// (42 % in German, 42% in English).
	Number  func(v float64, decimals int) string
	Percent func(rate float64) string
	// None stands for a value that does not exist ("–").
	None string

	// AveragesTitle heads the averages chart; Current and Previous name
	// its two series ("this review", "previous review"); Score is its
	// value axis ("average rating, 1–5"); New marks a committee never
	// rated before; Answers writes a committee's count of answers
	// ("3 Antworten").
	AveragesTitle string
	Current       string
	Previous      string
	Score         string
	New           string
	Answers       func(n int) string

	// TrendTitle heads the trend chart; Committee and Network name its
	// two lines (the committee's overall score and the network's).
	TrendTitle string
	Committee  string
	Network    string

	// GridTitle heads the power–interest grid; Influence and Interest
	// name its axes; Low, Medium and High the levels; the four quadrant
	// names follow; More ends a cell's list of names with the count
	// left out ("+ 2 weitere"); Unrated counts the stakeholders without
	// both levels.
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
	More          func(n int) string
	Unrated       func(n int) string

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
	// axis; Meetings counts the meetings under a bar ("2 Sitzungen");
	// ThresholdFormat (%s, the rate written out) names the 50 % line.
	AttendanceTitle string
	Rate            string
	Meetings        func(n int) string
	ThresholdFormat string
}
