package web

import (
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

type authorizationsData struct {
	List []post.Authorization
	Uses []post.Use
	Form map[string]string
	// Revoked is what the revocation just made did, shown once.
	Revoked *calendar.RevokeResult
}

// authorizationsPage lists patient authorizations, newest first, with the
// form to record one.
func (s *Server) authorizationsPage(w http.ResponseWriter, r *http.Request) {
	s.showAuthorizations(w, r, http.StatusOK, nil, "")
}

func (s *Server) showAuthorizations(w http.ResponseWriter, r *http.Request, status int, form map[string]string, errMsg string) {
	s.showAuthorizationsWith(w, r, status, authorizationsData{Form: form}, errMsg)
}

func (s *Server) showAuthorizationsWith(w http.ResponseWriter, r *http.Request, status int, d authorizationsData, errMsg string) {
	list, err := s.cal.ListAuthorizations(r.Context(), struct{}{})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	slices.Reverse(list)
	d.List, d.Uses = list, post.Uses
	s.render(w, r, status, "authorizations", "Patient authorizations", d, errMsg)
}

// addAuthorization records a signed authorization form.
func (s *Server) addAuthorization(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, post.Errorf(post.EInvalid, "the form could not be read"))
		return
	}
	form := map[string]string{"patient_ref": r.PostFormValue("patient_ref"), "granted": r.PostFormValue("granted"),
		"expires": r.PostFormValue("expires"), "note": r.PostFormValue("note")}
	for _, u := range r.PostForm["use"] {
		form["use_"+u] = "on"
	}
	req := calendar.AddAuthorization{Actor: who(r).actor(), PatientRef: form["patient_ref"], Note: strings.TrimSpace(form["note"])}
	for _, u := range r.PostForm["use"] {
		req.Uses = append(req.Uses, post.Use(u))
	}
	var err error
	loc := s.cal.Location()
	if form["granted"] != "" {
		if req.Granted, err = time.ParseInLocation("2006-01-02", form["granted"], loc); err != nil {
			err = post.Errorf(post.EInvalid, "the signing date %q is not a date", form["granted"])
		}
	}
	if err == nil && form["expires"] != "" {
		if req.Expires, err = time.ParseInLocation("2006-01-02", form["expires"], loc); err != nil {
			err = post.Errorf(post.EInvalid, "the expiry date %q is not a date", form["expires"])
		}
	}
	if err == nil {
		_, err = s.cal.AddAuthorization(r.Context(), req)
	}
	if err != nil {
		s.showAuthorizations(w, r, httpStatus(err), form, s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/authorizations", "added")
}

// revokeAuthorization revokes one; the calendar holds every post using it.
func (s *Server) revokeAuthorization(w http.ResponseWriter, r *http.Request) {
	res, err := s.cal.RevokeAuthorization(r.Context(), calendar.PostRef{Actor: who(r).actor(), ID: r.PathValue("id"),
		Reason: r.PostFormValue("reason")})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if len(res.Held) == 0 && len(res.Live) == 0 {
		redirectDone(w, r, "/authorizations", "revoked")
		return
	}
	// Which posts were held, and which are already out, is worth a page of
	// its own: a flash code cannot name them.
	s.showAuthorizationsWith(w, r, http.StatusOK, authorizationsData{Revoked: res}, "")
}
