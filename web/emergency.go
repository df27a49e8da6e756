package web

import (
	"net/http"

	"github.com/practicepost/practicepost/calendar"
)

// emergencyPage shows the practice-wide stop and its switch.
func (s *Server) emergencyPage(w http.ResponseWriter, r *http.Request) {
	st, err := s.cal.Emergency(r.Context(), struct{}{})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "emergency", "Emergency stop", st, "")
}

// emergencyStop holds everything scheduled. Any staff member may pull it.
func (s *Server) emergencyStop(w http.ResponseWriter, r *http.Request) {
	if _, err := s.cal.PauseAll(r.Context(), calendar.PostRef{Actor: who(r).actor(), Reason: r.PostFormValue("reason")}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/emergency", "stopped")
}

// emergencyResume lifts the stop; a reviewer decides what happens to posts
// whose time passed meanwhile.
func (s *Server) emergencyResume(w http.ResponseWriter, r *http.Request) {
	if _, err := s.cal.ResumeAll(r.Context(), calendar.ResumeAll{Actor: who(r).actor(), Late: r.PostFormValue("late")}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/emergency", "resumed")
}
