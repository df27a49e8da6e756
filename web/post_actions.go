package web

import (
	"context"
	"net/http"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// postAction runs one simple calendar action on the post in the path and
// returns to the post page.
func (s *Server) postAction(w http.ResponseWriter, r *http.Request, done string,
	fn func(context.Context, calendar.PostRef) (*post.Post, error)) {
	id := r.PathValue("id")
	if _, err := fn(r.Context(), calendar.PostRef{Actor: who(r).actor(), ID: id, Reason: r.PostFormValue("reason")}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/posts/"+id, done)
}

func (s *Server) holdPost(w http.ResponseWriter, r *http.Request) {
	s.postAction(w, r, "held", s.cal.HoldPost)
}

func (s *Server) releasePost(w http.ResponseWriter, r *http.Request) {
	s.postAction(w, r, "released", s.cal.ReleasePost)
}

func (s *Server) cancelPost(w http.ResponseWriter, r *http.Request) {
	s.postAction(w, r, "cancelled", s.cal.CancelPost)
}

// reschedulePost gives a post a new exact time or the next free slot. The
// schedule is part of what an approval vouches for, so the calendar sends
// the post through the checklist again.
func (s *Server) reschedulePost(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	req := calendar.EditPost{Actor: who(r).actor(), ID: id}
	switch r.PostFormValue("when") {
	case "next":
		next := true
		req.NextSlot = &next
	default:
		at, err := time.ParseInLocation("2006-01-02T15:04", r.PostFormValue("at"), s.cal.Location())
		if err != nil {
			s.errorPage(w, r, post.Errorf(post.EInvalid, "pick the new date and time (got %q)", r.PostFormValue("at")))
			return
		}
		if err := calendar.SkippedWallClock(at, "2006-01-02T15:04", r.PostFormValue("at")); err != nil {
			s.errorPage(w, r, err)
			return
		}
		req.At = &at
	}
	if _, err := s.cal.EditPost(r.Context(), req); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/posts/"+id, "rescheduled")
}

// confirmDelivery records what a person found by hand about one channel: a
// manual channel's post posted, or a post whose outcome was unknown found on
// the account (outcome "posted", with its address) or not there ("not_posted").
func (s *Server) confirmDelivery(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	req := calendar.ConfirmManual{Actor: who(r).actor(), ID: id, Channel: r.PostFormValue("channel"), URL: r.PostFormValue("url")}
	switch r.PostFormValue("outcome") {
	case "posted":
	case "not_posted":
		req.NotPosted = true
	default:
		s.errorPage(w, r, post.Errorf(post.EInvalid, "say whether the post is on the account"))
		return
	}
	if _, err := s.cal.ConfirmManual(r.Context(), req); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/posts/"+id, "confirmed")
}
