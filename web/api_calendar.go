package web

import (
	"net/http"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// apiCalendar: GET /api/calendar?from=RFC3339&to=RFC3339&channel=&status=&tag=
func (s *Server) apiCalendar(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	cq := calendar.CalendarQuery{Channel: q.Get("channel"), Status: post.Status(q.Get("status")), Tag: q.Get("tag")}
	var err error
	if cq.From, err = time.Parse(time.RFC3339, q.Get("from")); err != nil {
		s.apiError(w, r, post.Errorf(post.EInvalid, "from must be an RFC 3339 time, e.g. 2027-03-01T00:00:00Z"), 0)
		return
	}
	if cq.To, err = time.Parse(time.RFC3339, q.Get("to")); err != nil {
		s.apiError(w, r, post.Errorf(post.EInvalid, "to must be an RFC 3339 time, e.g. 2027-04-01T00:00:00Z"), 0)
		return
	}
	if cq.To.Sub(cq.From) > 366*24*time.Hour {
		s.apiError(w, r, post.Errorf(post.EInvalid, "ask for at most a year at a time"), 0)
		return
	}
	entries, err := s.cal.Calendar(r.Context(), cq)
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"entries": orEmpty(entries)})
}

// apiCounts: GET /api/counts, the numbers people must act on.
func (s *Server) apiCounts(w http.ResponseWriter, r *http.Request) {
	c, err := s.cal.Counts(r.Context(), struct{}{})
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, c)
}
