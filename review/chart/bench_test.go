package chart

import "testing"

// BenchmarkChartsLarge renders every chart of a network the size of the
// seeded large one (200 committees, 2,000 stakeholders, 8 reviews) as
// PNGs: 52 pictures.
func BenchmarkChartsLarge(b *testing.B) {
	in := largeNetwork()
	l := testLabels["de"]
	for b.Loop() {
		if _, err := PNGs(allCharts(l, in)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSummaryChartsLarge renders the first page of the averages and
// of the trend of the large network, as a closing summary shows them.
func BenchmarkSummaryChartsLarge(b *testing.B) {
	in := largeNetwork()
	l := testLabels["de"]
	for b.Loop() {
		if _, err := PNGs([]Chart{AveragesCharts(in.av, l)[0], TrendCharts(in.tr, l)[0]}); err != nil {
			b.Fatal(err)
		}
	}
}
