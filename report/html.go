package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

//go:embed report.html.tmpl
var reportTemplate string

var pageTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"num":   func(p *int64) string { return cmpOr(num(p), "n/a") },
	"pct":   func(p *float64) string { return cmpOr(percent(p), "n/a") },
	"join":  func(s []string) string { return strings.Join(s, ", ") },
	"inc":   func(i int) int { return i + 1 },
	"stars": func(p *float64) string { return cmpOr(stars(p), "n/a") },
	// when is replaced per report with the report's timezone.
	"when": func(t time.Time) string { return t.UTC().Format("Mon 2006-01-02 15:04") },
	"trend": func(p *float64) template.HTML {
		if p == nil {
			return `<span class="na">no trend</span>`
		}
		cls, sign := "up", "▲ +"
		if *p < 0 {
			cls, sign = "down", "▼ "
		}
		return template.HTML(`<span class="` + cls + `">` + sign + strconv.FormatFloat(*p, 'f', 1, 64) + " %</span>")
	},
}).Parse(reportTemplate))

func cmpOr(s, dflt string) string {
	if s == "" {
		return dflt
	}
	return s
}

func percent(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', 2, 64) + " %"
}

// heatRow is one weekday of the heat map as the template draws it.
type heatRow struct {
	Day   string
	Cells []heatCell
}

type heatCell struct {
	Posts int
	Avg   string
	Level int // 0..5, the shade
	Title string
}

// WriteHTML writes r as one self-contained HTML page: inline CSS with print
// rules, inline SVG charts, no script and nothing fetched from elsewhere,
// so it opens offline and prints to PDF from a browser.
func WriteHTML(w io.Writer, r *Report) error {
	loc, err := time.LoadLocation(r.Timezone)
	if err != nil {
		loc = time.UTC
	}
	// With nothing recorded, charts would be empty axes (from -1 to 1) and
	// "best days" a list of zeros: the page says so in words instead.
	noEngagement := r.Summary.Figures.Engagements() == 0
	var ch charts
	if !noEngagement {
		if ch, err = drawCharts(r); err != nil {
			return err
		}
	}
	data := struct {
		R            *Report
		From, Until  string
		Charts       charts
		NoEngagement bool
		Hours        []string
		Heat         []heatRow
	}{R: r, From: r.From.In(loc).Format(time.DateOnly), Until: r.To.In(loc).Add(-time.Second).Format(time.DateOnly),
		Charts: ch, NoEngagement: noEngagement, Heat: heatRows(&r.Heat)}
	for h := range 24 {
		data.Hours = append(data.Hours, fmt.Sprintf("%02d", h))
	}
	funcs := template.FuncMap{"when": func(t time.Time) string { return t.In(loc).Format("Mon 2006-01-02 15:04") }}
	t, err := pageTemplate.Clone()
	if err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	if err := t.Funcs(funcs).Execute(w, data); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return nil
}

func heatRows(h *HeatMap) []heatRow {
	best := 0.0
	for d := range 7 {
		for hr := range 24 {
			best = math.Max(best, h[d][hr].Average())
		}
	}
	out := make([]heatRow, 7)
	for d := range 7 {
		out[d].Day = weekdays[d][:3]
		for hr := range 24 {
			c := h[d][hr]
			hc := heatCell{Posts: c.Posts}
			if c.Posts > 0 {
				hc.Avg = strconv.FormatFloat(c.Average(), 'f', 0, 64)
				hc.Level = 1
				if best > 0 {
					hc.Level = 1 + int(math.Round(4*c.Average()/best))
				}
			}
			hc.Title = fmt.Sprintf("%s %02d:00, %d posts", weekdays[d], hr, c.Posts)
			out[d].Cells = append(out[d].Cells, hc)
		}
	}
	return out
}
