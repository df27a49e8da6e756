package web

import (
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/report"
)

// reportForm is the reports page's filter as typed, redrawn on the page.
type reportForm struct {
	From, To string // YYYY-MM-DD in the practice timezone, both included
	Channels []string
	Tags     string // comma separated
}

type reportsData struct {
	Form     reportForm
	Channels []calendar.ChannelInfo
	Report   *report.Report
	// Query is the filter as a query string, for the chart frame and the
	// download links. It is a template.URL because html/template would
	// otherwise escape it as one query value ("?from%3d…"), and the server
	// would quietly report the last 30 days instead of the chosen ones.
	Query template.URL
}

// reportsPage shows the filter, the summary and the report's own charts
// (the self-contained HTML report in a sandboxed frame), with downloads.
func (s *Server) reportsPage(w http.ResponseWriter, r *http.Request) {
	f, q, err := s.reportQuery(r.URL.Query())
	d := reportsData{Form: f, Channels: s.cal.Channels(), Query: template.URL(f.values().Encode())}
	if err != nil {
		s.render(w, r, httpStatus(err), "reports", "Reports", d, s.userMessage(r, err))
		return
	}
	rep, err := report.Build(r.Context(), s.db, q)
	if err != nil {
		s.render(w, r, httpStatus(err), "reports", "Reports", d, s.userMessage(r, err))
		return
	}
	d.Report = rep
	s.render(w, r, http.StatusOK, "reports", "Reports", d, "")
}

// reportQuery reads the filter; an empty period is the last 30 days up to
// and including today in the practice timezone.
func (s *Server) reportQuery(v url.Values) (reportForm, report.Query, error) {
	loc := s.cal.Location()
	today := s.db.Now().In(loc)
	f := reportForm{From: strings.TrimSpace(v.Get("from")), To: strings.TrimSpace(v.Get("to")),
		Tags: strings.TrimSpace(v.Get("tags"))}
	if f.To == "" {
		f.To = today.Format(time.DateOnly)
	}
	if f.From == "" {
		f.From = today.AddDate(0, 0, -29).Format(time.DateOnly)
	}
	q := report.Query{Location: loc, PracticeName: s.opt.Practice.Name}
	// The messages below are fixed words: a link can carry any text, and the
	// page must not say it in the practice's voice (the form's own fields
	// still show what was typed).
	for _, ch := range v["channel"] {
		if _, ok := s.cal.Channel(ch); !ok {
			return f, q, post.Errorf(post.EInvalid, "one of the chosen channels does not exist: pick channels from the list")
		}
		if !slices.Contains(f.Channels, ch) {
			f.Channels = append(f.Channels, ch)
		}
	}
	q.Channels = f.Channels
	for t := range strings.SplitSeq(f.Tags, ",") {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(q.Tags, t) {
			q.Tags = append(q.Tags, t)
		}
	}
	from, err := time.ParseInLocation(time.DateOnly, f.From, loc)
	if err != nil {
		return f, q, post.Errorf(post.EInvalid, "the start date is not a date like 2026-03-01")
	}
	to, err := time.ParseInLocation(time.DateOnly, f.To, loc)
	if err != nil {
		return f, q, post.Errorf(post.EInvalid, "the end date is not a date like 2026-03-31")
	}
	// Said here with the dates as typed: report.Query sees the exclusive
	// end (the next midnight) and would name a day after the one chosen.
	if to.Before(from) {
		return f, q, post.Errorf(post.EInvalid, "the report period must end after it starts: the end date %s is before the start date %s (the end date is included, so a one-day report ends on its start)", f.To, f.From)
	}
	// The end date is included: the report runs to the next midnight.
	q.From, q.To = from, to.AddDate(0, 0, 1)
	return f, q, nil
}

// values is the filter as query parameters.
func (f reportForm) values() url.Values {
	v := url.Values{"from": {f.From}, "to": {f.To}}
	if f.Tags != "" {
		v.Set("tags", f.Tags)
	}
	if len(f.Channels) > 0 {
		v["channel"] = f.Channels
	}
	return v
}
