package web

import (
	"bytes"
	"net/http"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/report"
)

// reportFrameCSP lets the report's own HTML draw in a frame on the reports
// page: it carries inline CSS and inline SVG, no script and nothing from
// elsewhere, so styles are allowed inline and everything else is refused.
const reportFrameCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox"

// reportView serves the self-contained HTML report for the reports page's
// frame, so the page shows exactly the charts of the download.
func (s *Server) reportView(w http.ResponseWriter, r *http.Request) {
	s.writeReport(w, r, "html", false)
}

// reportExport downloads the report as CSV, JSON or self-contained HTML.
func (s *Server) reportExport(w http.ResponseWriter, r *http.Request) {
	s.writeReport(w, r, r.PathValue("format"), true)
}

func (s *Server) writeReport(w http.ResponseWriter, r *http.Request, format string, attach bool) {
	_, q, err := s.reportQuery(r.URL.Query())
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	types := map[string]string{"csv": "text/csv; charset=utf-8", "reviews-csv": "text/csv; charset=utf-8", "json": "application/json", "html": "text/html; charset=utf-8"}
	ctype, ok := types[format]
	if !ok {
		s.errorPage(w, r, post.Errorf(post.ENotFound, "reports download as csv, reviews-csv, json or html"))
		return
	}
	name := "report-" + q.From.Format(time.DateOnly) + "-to-" + q.To.AddDate(0, 0, -1).Format(time.DateOnly) + "." + format
	if format == "reviews-csv" {
		name = "reviews-" + q.From.Format(time.DateOnly) + "-to-" + q.To.AddDate(0, 0, -1).Format(time.DateOnly) + ".csv"
	}
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	if attach {
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	} else {
		h.Set("Content-Security-Policy", reportFrameCSP)
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
	if format == "csv" {
		s.streamCSV(w, r, q, ctype)
		return
	}
	var buf bytes.Buffer
	if format == "reviews-csv" {
		// A few rows per channel: written whole, so a failure is an
		// error page rather than a cut file.
		err = report.WriteReviewsCSV(r.Context(), &buf, s.db, q)
	} else {
		var rep *report.Report
		if rep, err = report.Build(r.Context(), s.db, q); err == nil {
			if format == "json" {
				err = report.WriteJSON(&buf, rep)
			} else {
				err = report.WriteHTML(&buf, rep)
			}
		}
	}
	if err != nil {
		h.Del("Content-Disposition")
		s.errorPage(w, r, err)
		return
	}
	h.Set("Content-Type", ctype)
	_, _ = buf.WriteTo(w)
	s.log.Info("report exported", "format", format, "user", who(r).User.Name, "from", q.From, "to", q.To)
}

// streamCSV streams the CSV export, which has every row and may be large.
// Once rows are on the wire an error cannot become an error page: it is
// logged, and the download ends short.
func (s *Server) streamCSV(w http.ResponseWriter, r *http.Request, q report.Query, ctype string) {
	w.Header().Set("Content-Type", ctype)
	cw := &countingWriter{w: w}
	if err := report.WriteCSV(r.Context(), cw, s.db, q); err != nil {
		if cw.n == 0 {
			w.Header().Del("Content-Disposition")
			s.errorPage(w, r, err)
			return
		}
		s.log.Error("report csv cut short", "user", who(r).User.Name, "bytes", cw.n, "error", err)
		return
	}
	s.log.Info("report exported", "format", "csv", "user", who(r).User.Name, "from", q.From, "to", q.To)
}

// countingWriter tells whether anything was written yet.
type countingWriter struct {
	w interface{ Write([]byte) (int, error) }
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}
