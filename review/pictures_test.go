package review

import (
	"slices"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// ratings returns a committee's ratings with n answers and the averages.
func ratings(id string, n int, avgs ...float64) CommitteeRatings {
	c := CommitteeRatings{ID: id, Name: "Gremium " + id, Answers: n}
	for i, v := range avgs {
		c.Dimensions = append(c.Dimensions, DimensionRating{Dimension: []string{"a", "b"}[i], Average: v})
	}
	return c
}

// The charts leave out a committee with fewer than k answers, and the
// earlier values of a review in which it had fewer.
func TestPicturesKeepTheAnonymityRule(t *testing.T) {
	old := Summary{Responded: 2, Overall: 2, Committees: []CommitteeRatings{ratings("c1", 2, 2, 2), ratings("c2", 3, 1, 3)}}
	prev := Summary{Responded: 5, Overall: 3, Committees: []CommitteeRatings{ratings("c1", 3, 3, 4), ratings("c2", 2, 5, 5)}}
	cur := Summary{Responded: 6, Overall: 4, Committees: []CommitteeRatings{
		ratings("c1", 4, 4, 5), ratings("c2", 3, 2, 4), ratings("c3", 2, 5, 5), ratings("c4", 0)}}

	av := AveragesInput([]string{"a", "b"}, cur, &prev, 3)
	var names []string
	for _, c := range av.Committees {
		names = append(names, c.Name)
	}
	if !slices.Equal(names, []string{"Gremium c1", "Gremium c2"}) {
		t.Fatalf("averages of %v, want c1 and c2 (c3 has 2 answers, c4 none)", names)
	}
	if !slices.Equal(av.Committees[0].Previous, []float64{3, 4}) || av.Committees[1].Previous != nil {
		t.Errorf("previous %v and %v, want c1's and none for c2 (2 answers before)", av.Committees[0].Previous, av.Committees[1].Previous)
	}

	h := []Past{{Summary: old}, {Summary: prev}, {Summary: cur}}
	tr := TrendInput(h, 3, func(storage.Review) string { return "x" })
	if !slices.Equal(tr.Network, []float64{0, 3, 4}) {
		t.Errorf("network %v, want no value where only 2 answered", tr.Network)
	}
	if len(tr.Committees) != 2 || !slices.Equal(tr.Committees[0].Scores, []float64{0, 3.5, 4.5}) ||
		!slices.Equal(tr.Committees[1].Scores, []float64{2, 0, 3}) {
		t.Errorf("trend %+v", tr.Committees)
	}
}
