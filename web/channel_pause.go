package web

import (
	"net/http"

	"github.com/practicepost/practicepost/calendar"
)

// pauseChannel stops publishing on one channel until an admin resumes it.
// The calendar checks the channel and the reason, stores the pause and
// audits it; the scheduler holds the channel's due posts meanwhile.
func (s *Server) pauseChannel(w http.ResponseWriter, r *http.Request) {
	req := calendar.ChannelPauseRequest{Actor: who(r).actor(), Channel: r.PathValue("id"), Reason: r.PostFormValue("reason")}
	if _, err := s.cal.PauseChannel(r.Context(), req); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/channels", "paused")
}

// resumeChannel lifts a stored pause. Posts held while it was paused stay
// held for a person to release, as the scheduler documents.
func (s *Server) resumeChannel(w http.ResponseWriter, r *http.Request) {
	req := calendar.ChannelPauseRequest{Actor: who(r).actor(), Channel: r.PathValue("id")}
	if _, err := s.cal.ResumeChannel(r.Context(), req); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/channels", "unpaused")
}
