package review

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// CommitteeRatings are the survey results for one committee.
type CommitteeRatings struct {
	ID   string `bson:"id" json:"id"`
	Name string `bson:"name" json:"name"`
	// Invited counts the invitees who sit in the committee, Answers the
	// answers for it; ResponseRate is Answers ÷ Invited (0 when no one was
	// invited).
	Invited      int     `bson:"invited" json:"invited"`
	Answers      int     `bson:"answers" json:"answers"`
	ResponseRate float64 `bson:"response_rate" json:"response_rate"`
	// Shown is true when Answers reaches the anonymity threshold: only
	// then are Dimensions and Comments filled (else they are empty, and
	// the report says there are too few answers for an anonymous
	// evaluation).
	Shown bool `bson:"shown" json:"shown"`
	// Dimensions follow the review's dimension order.
	Dimensions []DimensionRating `bson:"dimensions" json:"dimensions"`
	// Consolidation holds one result per consolidation question, in order;
	// each shows its split only with enough answers to it.
	Consolidation []ConsolidationResult `bson:"consolidation" json:"consolidation"`
	// Comments are the free-text answers, without names, sorted.
	Comments []string `bson:"comments" json:"comments"`
}

// DimensionRating is the average rating of one dimension in one committee
// and its change against the previous review.
type DimensionRating struct {
	Dimension string `bson:"dimension" json:"dimension"`
	// N counts the ratings, Sum adds them up; Average is Sum ÷ N (2
	// decimals).
	N       int     `bson:"n" json:"n"`
	Sum     int     `bson:"sum" json:"sum"`
	Average float64 `bson:"average" json:"average"`
	// Previous and PreviousN are the previous review's average and number
	// of ratings for the same committee and dimension, set only when both
	// reviews have at least the threshold of ratings (then Trend compares
	// them); else 0.
	Previous  float64 `bson:"previous" json:"previous"`
	PreviousN int     `bson:"previous_n" json:"previous_n"`
	// Trend is TrendUp, TrendDown or TrendSame against Previous; TrendNew
	// when the committee was never rated before; TrendNone when it was,
	// but the previous review has nothing to compare with.
	Trend string `bson:"trend" json:"trend"`
}

// Ratings returns the survey results of committee id; nil for no summary
// (an open review) or a committee not in it.
func (s *Summary) Ratings(id string) *CommitteeRatings {
	if s == nil {
		return nil
	}
	for i := range s.Committees {
		if s.Committees[i].ID == id {
			return &s.Committees[i]
		}
	}
	return nil
}

// committeeRatings evaluates the answers for one committee of r under the
// anonymity threshold k.
func committeeRatings(ref Ref, r storage.Review, answers []storage.SurveyAnswer, prev *Summary, k int) CommitteeRatings {
	dims := r.Dimensions
	c := CommitteeRatings{ID: ref.ID, Name: ref.Name, Dimensions: []DimensionRating{}, Comments: []string{}}
	for _, inv := range r.Invitees {
		if slices.Contains(inv.Committees, ref.ID) {
			c.Invited++
		}
	}
	sums, counts := make([]int, len(dims)), make([]int, len(dims))
	var consolidation [][]string
	var comments []string
	for _, ans := range answers {
		if ans.CommitteeID != ref.ID || len(ans.Ratings) != len(dims) {
			continue
		}
		c.Answers++
		for i, v := range ans.Ratings {
			sums[i] += v
			counts[i]++
		}
		consolidation = append(consolidation, ans.Consolidation)
		if t := strings.TrimSpace(ans.Text); t != "" {
			comments = append(comments, t)
		}
	}
	c.ResponseRate = share(c.Answers, c.Invited)
	c.Consolidation = consolidationResults(consolidation, k)
	if c.Shown = c.Answers >= k; !c.Shown {
		return c
	}
	slices.Sort(comments)
	c.Comments = append(c.Comments, comments...)
	for i, d := range dims {
		dr := DimensionRating{Dimension: d, N: counts[i], Sum: sums[i], Average: round2(float64(sums[i]) / float64(counts[i]))}
		p := prev.dimension(ref.ID, d)
		switch {
		case p != nil && p.N >= k:
			dr.Previous, dr.PreviousN = p.Average, p.N
			dr.Trend = trend(float64(dr.Sum)/float64(dr.N), float64(p.Sum)/float64(p.N))
		case !slices.Contains(prev.rated(), ref.ID):
			dr.Trend = TrendNew
		default:
			dr.Trend = TrendNone
		}
		c.Dimensions = append(c.Dimensions, dr)
	}
	return c
}
