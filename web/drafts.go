package web

import (
	"net/http"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

type draftsData struct {
	Posts []calendar.Unfinished
	All   bool // a reviewer or admin sees everyone's
}

// draftsPage lists the posts no calendar shows: drafts, posts a doctor sent
// back, and posts without a time waiting for review or for a time. Staff see
// their own; reviewers and admins see everyone's.
func (s *Server) draftsPage(w http.ResponseWriter, r *http.Request) {
	q, all := draftsQuery(who(r))
	ps, err := s.cal.Unfinished(r.Context(), q)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "drafts", "Drafts and returned", draftsData{Posts: ps, All: all}, "")
}

// draftsQuery is whose unfinished posts id may see.
func draftsQuery(id *identity) (calendar.UnfinishedQuery, bool) {
	if id.User.Role.AtLeast(post.RoleReviewer) {
		return calendar.UnfinishedQuery{}, true
	}
	return calendar.UnfinishedQuery{Author: id.User.Name}, false
}
