package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"slices"
	"strings"
	"testing"
)

// TestChartsRender renders every chart of the small network in both
// languages and checks each PNG: it decodes, has the documented size and
// is not blank.
func TestChartsRender(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		charts := allCharts(testLabels[lang], smallNetwork())
		names := []string{}
		for _, c := range charts {
			names = append(names, c.Name)
		}
		want := []string{"averages.png", "trend.png", "grid.png", "participation.png", "attendance.png"}
		if !slices.Equal(names, want) {
			t.Fatalf("%s: charts %v, want %v", lang, names, want)
		}
		images, err := PNGs(charts)
		if err != nil {
			t.Fatal(err)
		}
		for i, img := range images {
			if img.Name != charts[i].Name || img.Title == "" {
				t.Errorf("%s: image %d is %q %q, want the chart's name and a title", lang, i, img.Name, img.Title)
			}
			checkPNG(t, lang+"/"+img.Name, img.PNG)
		}
	}
}

// checkPNG fails unless data is a PixelWidth × PixelHeight PNG whose plot
// area (the middle of the picture) has pixels of more than two colours.
func checkPNG(t *testing.T, name string, data []byte) {
	t.Helper()
	m, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	if b := m.Bounds(); b.Dx() != PixelWidth || b.Dy() != PixelHeight {
		t.Errorf("%s: %d×%d pixels, want %d×%d", name, b.Dx(), b.Dy(), PixelWidth, PixelHeight)
	}
	if n := colours(m, image.Rect(PixelWidth/4, PixelHeight/4, 3*PixelWidth/4, 3*PixelHeight/4)); n <= 2 {
		t.Errorf("%s: %d colours in the plot area, want more than 2", name, n)
	}
}

// colours counts the distinct colours of m in r.
func colours(m image.Image, r image.Rectangle) int {
	seen := map[[4]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			cr, cg, cb, ca := m.At(x, y).RGBA()
			seen[[4]uint32{cr, cg, cb, ca}] = true
		}
	}
	return len(seen)
}

// TestChartsPages checks that a large network is split into pages that
// each get their own file name and a numbered title.
func TestChartsPages(t *testing.T) {
	in := largeNetwork()
	l := testLabels["de"]
	for _, tc := range []struct {
		charts []Chart
		pages  int
		first  string
	}{
		{AveragesCharts(in.av, l), 17, "averages-1.png"},
		{TrendCharts(in.tr, l), 23, "trend-1.png"},
		{ParticipationCharts(in.pa, l), 10, "participation-1.png"},
	} {
		if len(tc.charts) != tc.pages || tc.charts[0].Name != tc.first {
			t.Errorf("%d pages starting %q, want %d starting %q", len(tc.charts), tc.charts[0].Name, tc.pages, tc.first)
		}
		if got := tc.charts[1].Title; !strings.HasSuffix(got, fmt.Sprintf("(2/%d)", tc.pages)) {
			t.Errorf("title of page 2 %q, want it numbered", got)
		}
	}
	img, err := TrendCharts(in.tr, l)[22].PNG() // the last page, with 2 panels of 9
	if err != nil {
		t.Fatal(err)
	}
	checkPNG(t, "trend-23.png", img.PNG)
}

// TestEmptyInput: charts of nothing render without failing.
func TestEmptyInput(t *testing.T) {
	l := testLabels["en"]
	charts := allCharts(l, testInput{av: Averages{Dimensions: testDimensions}})
	if _, err := PNGs(charts); err != nil {
		t.Fatal(err)
	}
}

// TestGridCells sorts stakeholders into the nine cells and the quadrants.
func TestGridCells(t *testing.T) {
	cells, unrated := GridCells(Grid{Stakeholders: []GridPoint{
		{Name: "Ada", Influence: LevelHigh, Interest: LevelHigh},
		{Name: "Bea", Influence: LevelHigh, Interest: LevelLow},
		{Name: "Cem", Influence: LevelLow, Interest: LevelHigh},
		{Name: "Dan", Influence: LevelLow, Interest: LevelLow},
		{Name: "Eva", Influence: LevelMedium, Interest: LevelHigh},
		{Name: "Fox", Influence: LevelHigh, Interest: LevelHigh},
		{Influence: LevelHigh, Interest: LevelHigh},
		{Name: "Gus", Influence: "", Interest: LevelHigh},
	}})
	if unrated != 1 {
		t.Errorf("unrated %d, want 1", unrated)
	}
	type want struct {
		inf, intr string
		q         Quadrant
		count     int
		names     []string
	}
	for i, w := range []want{
		{LevelHigh, LevelLow, KeepSatisfied, 1, []string{"Bea"}},
		{LevelHigh, LevelMedium, "", 0, nil},
		{LevelHigh, LevelHigh, ManageClosely, 3, []string{"Ada", "Fox"}},
		{LevelMedium, LevelLow, "", 0, nil},
		{LevelMedium, LevelMedium, "", 0, nil},
		{LevelMedium, LevelHigh, "", 1, []string{"Eva"}},
		{LevelLow, LevelLow, Monitor, 1, []string{"Dan"}},
		{LevelLow, LevelMedium, "", 0, nil},
		{LevelLow, LevelHigh, KeepInformed, 1, []string{"Cem"}},
	} {
		c := cells[i]
		if c.Influence != w.inf || c.Interest != w.intr || c.Quadrant != w.q || c.Count != w.count || !slices.Equal(c.Names, w.names) {
			t.Errorf("cell %d = %+v, want %+v", i, c, w)
		}
	}
}

// TestTrendKeepsTheLastReviews: more than MaxReviews reviews show the
// last ones.
func TestTrendKeepsTheLastReviews(t *testing.T) {
	in := Trend{Reviews: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"},
		Network:    []float64{1, 2, 3, 4, 5, 1, 2, 3, 4, 5},
		Committees: []CommitteeTrend{{Name: "A", Scores: []float64{5, 4, 3, 2, 1, 5, 4, 3, 2, 1}}}}
	got := lastReviews(in)
	if got.Reviews[0] != "3" || len(got.Reviews) != MaxReviews || got.Network[0] != 3 || got.Committees[0].Scores[0] != 3 {
		t.Errorf("lastReviews = %+v", got)
	}
}
