package review

import (
	"math"
	"slices"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The trends of an average against the previous review.
const (
	TrendUp   = "up"
	TrendDown = "down"
	TrendSame = "same" // |Δ| < 0.05
	// TrendNew: the committee (for the overall score: the network) was
	// never rated in an earlier review.
	TrendNew = "new"
	// TrendNone: it was rated before, but the previous review has no value
	// to compare with (too few answers there, or none).
	TrendNone = "none"
)

// sameBand is the change under which an average counts as the same.
const sameBand = 0.05

// Summary is the result of a closed review, stored with it: plain data.
// It keeps the anonymity rule itself: the survey results of a committee
// with fewer than MinAnswers answers (averages, trends, consolidation
// answers, comments) are not in it, only their number, so no consumer can
// show them. NonRespondents and the flags (through the analysis) name
// people and are for coordinators only.
type Summary struct {
	ReviewID string    `bson:"review_id" json:"review_id"`
	ClosedAt time.Time `bson:"closed_at" json:"closed_at"`
	// MinAnswers is the anonymity threshold k applied: the higher of the
	// one the survey promised and the workspace's at closing.
	MinAnswers int `bson:"min_answers" json:"min_answers"`
	// Invited counts the invitees; Responded those who answered for at
	// least one committee; ResponseRate is Responded/Invited (0 when no one
	// was invited).
	Invited      int     `bson:"invited" json:"invited"`
	Responded    int     `bson:"responded" json:"responded"`
	ResponseRate float64 `bson:"response_rate" json:"response_rate"`
	// Overall is the mean of every rating given for the committees shown
	// (2 decimals); OverallN counts those ratings (0: no committee is
	// shown, and Overall is 0).
	Overall  float64 `bson:"overall" json:"overall"`
	OverallN int     `bson:"overall_n" json:"overall_n"`
	// The overall score is compared with the previous review over the same
	// committees and dimensions only: the pairs shown in both reviews.
	// Compared is this review's mean over them, ComparedPrevious the
	// previous one's, ComparedCommittees how many committees they cover.
	// OverallTrend is TrendNew when no earlier review was rated, TrendNone
	// without common pairs, else the trend from ComparedPrevious to
	// Compared; "" when OverallN is 0.
	Compared           float64 `bson:"compared" json:"compared"`
	ComparedPrevious   float64 `bson:"compared_previous" json:"compared_previous"`
	ComparedCommittees int     `bson:"compared_committees" json:"compared_committees"`
	OverallTrend       string  `bson:"overall_trend" json:"overall_trend"`
	// Committees are the reviewed committees in the analysis's order.
	Committees []CommitteeRatings `bson:"committees" json:"committees"`
	Flags      []Flag             `bson:"flags" json:"flags"`
	// Done and Overdue count the commitments done in the period and
	// overdue when the review opened, from the analysis.
	Done    int `bson:"done" json:"done"`
	Overdue int `bson:"overdue" json:"overdue"`
	// NonRespondents are the invitees (stakeholder ids, sorted) who
	// answered for no committee; their names are in the analysis.
	NonRespondents []string `bson:"non_respondents" json:"non_respondents"`
	// Rated are the committees (ids, sorted) that got at least one answer
	// in this review or an earlier one: a committee not in the previous
	// review's Rated is new.
	Rated []string `bson:"rated" json:"rated"`
}

// summarize computes the summary of r from its analysis a, its answers,
// the previous review's summary (nil when none) and the anonymity
// threshold k.
func summarize(r storage.Review, a Analysis, answers []storage.SurveyAnswer, prev *Summary, k int, at time.Time) Summary {
	s := Summary{ReviewID: r.ID, ClosedAt: at.UTC(), MinAnswers: k, Invited: len(r.Invitees), Flags: a.Flags,
		NonRespondents: []string{}, Committees: []CommitteeRatings{}}
	responded := map[string]bool{}
	for _, ans := range answers {
		responded[ans.Stakeholder] = true
	}
	for _, inv := range r.Invitees {
		if responded[inv.Stakeholder] {
			s.Responded++
		} else {
			s.NonRespondents = append(s.NonRespondents, inv.Stakeholder)
		}
	}
	slices.Sort(s.NonRespondents)
	s.ResponseRate = share(s.Responded, s.Invited)
	rated := slices.Clone(prev.rated())
	for _, ref := range a.Reviewed {
		c := committeeRatings(ref, r, answers, prev, k)
		if c.Answers > 0 {
			rated = append(rated, c.ID)
		}
		s.Committees = append(s.Committees, c)
	}
	slices.Sort(rated)
	s.Rated = slices.Compact(rated)
	s.overall(prev)
	for _, p := range a.Stakeholders {
		s.Done += p.Done
	}
	for _, f := range a.Flags {
		if f.Kind == FlagOverdue {
			s.Overdue = f.Count
		}
	}
	return s
}

// overall sets the overall score and its comparison with prev.
func (s *Summary) overall(prev *Summary) {
	var sum, n, curSum, curN, prevSum, prevN int
	compared := map[string]bool{}
	for _, c := range s.Committees {
		for _, d := range c.Dimensions {
			sum, n = sum+d.Sum, n+d.N
			if p := prev.dimension(c.ID, d.Dimension); p != nil && p.N >= s.MinAnswers {
				curSum, curN, prevSum, prevN = curSum+d.Sum, curN+d.N, prevSum+p.Sum, prevN+p.N
				compared[c.ID] = true
			}
		}
	}
	if n == 0 {
		return
	}
	s.Overall, s.OverallN = round2(float64(sum)/float64(n)), n
	switch {
	case len(prev.rated()) == 0:
		s.OverallTrend = TrendNew
	case curN == 0:
		s.OverallTrend = TrendNone
	default:
		cur, was := float64(curSum)/float64(curN), float64(prevSum)/float64(prevN)
		s.Compared, s.ComparedPrevious, s.ComparedCommittees = round2(cur), round2(was), len(compared)
		s.OverallTrend = trend(cur, was)
	}
}

// rated returns the committees rated up to s; none for no summary.
func (s *Summary) rated() []string {
	if s == nil {
		return nil
	}
	return s.Rated
}

// dimension returns the summary's rating of a committee's dimension, nil
// when there is none (no summary, the committee not shown, or another
// dimension).
func (s *Summary) dimension(committee, dim string) *DimensionRating {
	if s == nil {
		return nil
	}
	for _, c := range s.Committees {
		if c.ID != committee {
			continue
		}
		for i := range c.Dimensions {
			if c.Dimensions[i].Dimension == dim {
				return &c.Dimensions[i]
			}
		}
	}
	return nil
}

// trend compares v with the previous value p.
func trend(v, p float64) string {
	switch {
	case math.Abs(v-p) < sameBand:
		return TrendSame
	case v > p:
		return TrendUp
	}
	return TrendDown
}

// share is n/of rounded to 2 decimals, 0 when of is 0.
func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return round2(float64(n) / float64(of))
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }
