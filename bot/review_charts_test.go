package bot_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"slices"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Every chart of a review renders for the seeded small network after two
// answered and closed reviews, in both languages: each PNG decodes, has the
// chart size and more than two colours in its plot area.
func TestChartsOfTheSeededSmallNetwork(t *testing.T) {
	h := newReviewClock(t, "2027-01-15 10:30")
	h.seeded()
	var last string
	for round, wall := range []string{"2027-01-15 10:30", "2027-03-15 10:30"} {
		h.set(wall)
		h.ok(coord, "überprüfung starten zeitraum:7d", "ist gestartet")
		last = h.openReviewID()
		h.answerEveryCommittee(last, round)
		h.ok(coord, "überprüfung abschließen "+last, "Ergebnis der Netzwerküberprüfung "+last)
	}
	for _, lang := range []string{"de", "en"} {
		h.do(admin, "einstellungen sprache "+lang)
		charts := h.reviewCharts(last)
		var names []string
		for _, c := range charts {
			names = append(names, c.Name)
		}
		for _, want := range []string{"averages.png", "trend.png", "participation.png", "attendance.png"} {
			if !slices.Contains(names, want) {
				t.Errorf("%s: no %s among %v", lang, want, names)
			}
		}
		images, err := chart.PNGs(charts)
		if err != nil {
			t.Fatal(err)
		}
		for _, img := range images {
			checkChartPNG(t, lang+"/"+img.Name, img.PNG)
		}
		grid := h.reply(coord, map[string]string{"de": "akteur raster", "en": "stakeholder grid"}[lang])
		if grid.File == nil {
			t.Fatalf("%s: the grid came without a picture", lang)
		}
		checkChartPNG(t, lang+"/grid.png", grid.File.Content)
	}
}

// answerEveryCommittee lets every linked member answer review id for each
// active committee they sit in, with ratings that differ per round.
func (h *reviewClock) answerEveryCommittee(id string, round int) {
	h.t.Helper()
	ctx := context.Background()
	committees, err := h.team().Committees(ctx, storage.CommitteeActive)
	if err != nil {
		h.t.Fatal(err)
	}
	answered := 0
	for _, c := range committees {
		for i, m := range h.memberIDs(c.ID) {
			if s := h.stakeholder(m); s.SlackUser != "" {
				score := []string{"2", "3", "4", "5"}[(i+round)%4]
				h.do(s.SlackUser, "überprüfung antworten "+id+" "+c.ID+" "+score+" "+score+" 4 3")
				answered++
			}
		}
	}
	if answered == 0 || h.answers(id) == 0 {
		h.t.Fatalf("review %s: %d answers tried, %d stored", id, answered, h.answers(id))
	}
}

// reviewCharts renders the charts of the closed review id as the closing
// summary and the report do, in the workspace's language.
func (h *reviewClock) reviewCharts(id string) []chart.Chart {
	h.t.Helper()
	ctx := context.Background()
	r, err := h.team().Review(ctx, id)
	if err != nil {
		h.t.Fatal(err)
	}
	s, closed, err := review.SummaryOf(r)
	if err != nil || !closed {
		h.t.Fatalf("summary of %s: closed %v, %v", id, closed, err)
	}
	words, err := h.core.ChartWords(ctx, h.team(), r)
	if err != nil {
		h.t.Fatal(err)
	}
	charts, err := review.SummaryCharts(ctx, h.team(), r, s, 3, words, berlinZone)
	if err != nil {
		h.t.Fatal(err)
	}
	a, err := review.AnalysisOf(r)
	if err != nil {
		h.t.Fatal(err)
	}
	meetings, err := h.team().Meetings(ctx, "")
	if err != nil {
		h.t.Fatal(err)
	}
	charts = append(charts, chart.ParticipationCharts(review.ParticipationInput(a), words.Labels)...)
	return append(charts, chart.AttendanceChart(review.AttendanceInput(a, meetings, berlinZone), words.Labels))
}

// checkChartPNG fails unless data is a chart-sized PNG whose plot area (the
// middle of the picture) has pixels of more than two colours.
func checkChartPNG(t *testing.T, name string, data []byte) {
	t.Helper()
	m, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	b := m.Bounds()
	if b.Dx() != chart.PixelWidth || b.Dy() != chart.PixelHeight {
		t.Errorf("%s: %d×%d pixels, want %d×%d", name, b.Dx(), b.Dy(), chart.PixelWidth, chart.PixelHeight)
	}
	seen := map[[4]uint32]bool{}
	plot := image.Rect(b.Dx()/4, b.Dy()/4, 3*b.Dx()/4, 3*b.Dy()/4)
	for y := plot.Min.Y; y < plot.Max.Y; y += 2 {
		for x := plot.Min.X; x < plot.Max.X; x += 2 {
			cr, cg, cb, ca := m.At(x, y).RGBA()
			seen[[4]uint32{cr, cg, cb, ca}] = true
		}
	}
	if len(seen) <= 2 {
		t.Errorf("%s: %d colours in the plot area, want more than 2", name, len(seen))
	}
}
