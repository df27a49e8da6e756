package report

import (
	"bytes"
	"fmt"
	"html/template"
	"image/color"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

var (
	ink    = color.RGBA{R: 0x1f, G: 0x4e, B: 0x79, A: 0xff}
	accent = color.RGBA{R: 0x2e, G: 0x8b, B: 0x57, A: 0xff}
)

// svgOf renders p as an SVG element to inline in HTML: the XML prolog and
// the generator comment go, and the fixed size becomes a viewBox the page
// can scale (and print).
func svgOf(p *plot.Plot, w, h vg.Length) (template.HTML, error) {
	c := vgsvg.New(w, h)
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("report: chart: %w", err)
	}
	s := buf.String()
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	// Every string in the SVG came from our own labels, which the plot
	// library escapes as XML text, so it is safe to inline.
	return template.HTML(s), nil // #nosec G203 -- built above from escaped plot output
}

// dailyChart draws engagements per day of publication over the period.
func dailyChart(days []Day) (template.HTML, error) {
	p := plot.New()
	p.Title.Text = "Engagements by day of publication"
	p.Y.Label.Text = "engagements"
	p.Y.Min = 0
	pts := make(plotter.XYs, len(days))
	for i, d := range days {
		pts[i].X, pts[i].Y = float64(i), float64(d.Engagements)
	}
	line, err := plotter.NewLine(pts)
	if err != nil {
		return "", fmt.Errorf("report: chart: %w", err)
	}
	line.Color = ink
	line.Width = vg.Points(1.2)
	p.Add(line, plotter.NewGrid())
	p.X.Tick.Marker = dayTicks(days)
	return svgOf(p, 18*vg.Centimeter, 7*vg.Centimeter)
}

// dayTicks labels about eight evenly spaced days.
func dayTicks(days []Day) plot.ConstantTicks {
	if len(days) == 0 {
		return nil
	}
	step := max(1, len(days)/8)
	var ticks plot.ConstantTicks
	for i := 0; i < len(days); i += step {
		ticks = append(ticks, plot.Tick{Value: float64(i), Label: days[i].Date[5:]})
	}
	return ticks
}

// barChart draws one bar per label.
func barChart(title, yLabel string, labels []string, values []float64) (template.HTML, error) {
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = yLabel
	if len(values) == 0 {
		labels, values = []string{"no data"}, []float64{0}
	}
	bars, err := plotter.NewBarChart(plotter.Values(values), vg.Points(22))
	if err != nil {
		return "", fmt.Errorf("report: chart: %w", err)
	}
	bars.Color = accent
	bars.LineStyle.Width = 0
	p.Add(bars)
	p.NominalX(labels...)
	p.Y.Min = 0
	return svgOf(p, 12*vg.Centimeter, 7*vg.Centimeter)
}

// charts are the report's SVG charts.
type charts struct {
	Daily, Channels, Topics template.HTML
}

func drawCharts(r *Report) (charts, error) {
	var c charts
	var err error
	if c.Daily, err = dailyChart(r.Daily); err != nil {
		return c, err
	}
	var labels []string
	var values []float64
	for _, ch := range r.ByChan {
		labels = append(labels, ch.Channel)
		values = append(values, float64(ch.Figures.Engagements()))
	}
	if c.Channels, err = barChart("Engagements by channel", "engagements", labels, values); err != nil {
		return c, err
	}
	labels, values = nil, nil
	for i, t := range r.Topics {
		if i == 8 {
			break
		}
		labels = append(labels, t.Tag)
		values = append(values, t.Average)
	}
	c.Topics, err = barChart("Topics: engagements per post", "average", labels, values)
	return c, err
}
