// Package chart draws the pictures of a network review: the committees'
// dimension averages beside the previous review's, the trend of their
// overall scores, the power–interest grid of the stakeholders, the
// participation per committee and the attendance over the period.
//
// Its inputs are plain structs of its own with every word already
// localised by the caller (see Labels), so it knows nothing of the chat
// core or of storage. A Chart can be drawn on any gonum/plot canvas (the
// report draws it as vector graphics into its PDF) or rendered as a PNG
// (what Slack and the console deliver). The pictures stay readable in
// greyscale and for colour-blind readers: series differ by lightness and
// by pattern (hatching, dashes, markers), and values are written out.
package chart

import (
	"bytes"
	"fmt"
	"image/png"
	"runtime"
	"sync"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// The size of every chart: Width × Height points, rendered as PNG at DPI
// dots per inch, which gives PixelWidth × PixelHeight pixels.
const (
	Width       vg.Length = 600
	Height      vg.Length = 400
	DPI                   = 144
	PixelWidth            = 1200
	PixelHeight           = 800
)

// Chart is one picture, ready to be drawn.
type Chart struct {
	// Name is the file name of its PNG ("…-1.png"); Title says what it
	// shows, as the chart's own heading does.
	Name  string
	Title string
	draw  func(dc draw.Canvas)
}

// Draw draws the chart on dc, filling it. The chart adapts to dc's size;
// it looks best at the aspect Width:Height.
func (c Chart) Draw(dc draw.Canvas) { c.draw(dc) }

// Image is a chart rendered as a PNG.
type Image struct {
	Name  string
	Title string
	PNG   []byte
}

// PNG renders the chart as a PixelWidth × PixelHeight PNG on white. It
// fails only when the encoder does.
func (c Chart) PNG() (Image, error) {
	canvas := vgimg.NewWith(vgimg.UseWH(Width, Height), vgimg.UseDPI(DPI))
	c.draw(draw.New(canvas))
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, canvas.Image()); err != nil {
		return Image{}, fmt.Errorf("chart %s: %w", c.Name, err)
	}
	return Image{Name: c.Name, Title: c.Title, PNG: buf.Bytes()}, nil
}

// PNGs renders the charts as PNGs, in order, using every processor. It
// returns the first error of any of them.
func PNGs(charts []Chart) ([]Image, error) {
	images := make([]Image, len(charts))
	errs := make([]error, len(charts))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(charts)) {
		wg.Go(func() {
			for i := range work {
				images[i], errs[i] = charts[i].PNG()
			}
		})
	}
	for i := range charts {
		work <- i
	}
	close(work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return images, nil
}

// pages splits n items into pages of at most per items and returns the
// half-open index ranges, at least one (empty) page when n is 0.
func pages(n, per int) [][2]int {
	if n == 0 {
		return [][2]int{{0, 0}}
	}
	var out [][2]int
	for from := 0; from < n; from += per {
		out = append(out, [2]int{from, min(from+per, n)})
	}
	return out
}

// pagedTitle returns title with " (i/n)" when there are several pages.
func pagedTitle(title string, i, n int) string {
	if n == 1 {
		return title
	}
	return fmt.Sprintf("%s (%d/%d)", title, i+1, n)
}

// pagedName returns the file name of page i of n: base.png, or base-i.png
// when there are several pages.
func pagedName(base string, i, n int) string {
	if n == 1 {
		return base + ".png"
	}
	return fmt.Sprintf("%s-%d.png", base, i+1)
}
