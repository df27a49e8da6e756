package web

import (
	"net/http"
	"strings"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

type usersData struct {
	Users    []post.User
	Tokens   []store.APIToken
	Roles    []post.Role
	Form     map[string]string
	NewToken string // shown once, right after it is made
	TokenFor string
}

// usersPage lists users and API tokens, with the forms to add either.
func (s *Server) usersPage(w http.ResponseWriter, r *http.Request) {
	s.showUsers(w, r, http.StatusOK, usersData{}, "")
}

func (s *Server) showUsers(w http.ResponseWriter, r *http.Request, status int, d usersData, errMsg string) {
	var err error
	if d.Users, err = s.cal.ListUsers(r.Context(), struct{}{}); err == nil {
		d.Tokens, err = s.db.APITokens(r.Context(), "")
	}
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.Roles = []post.Role{post.RoleStaff, post.RoleReviewer, post.RoleAdmin}
	s.render(w, r, status, "users", "Users", d, errMsg)
}

// addUser creates a user.
func (s *Server) addUser(w http.ResponseWriter, r *http.Request) {
	form := map[string]string{"name": r.PostFormValue("name"), "display_name": r.PostFormValue("display_name"),
		"role": r.PostFormValue("role")}
	_, err := s.cal.AddUser(r.Context(), calendar.AddUser{Actor: who(r).actor(), Name: form["name"],
		DisplayName: form["display_name"], Role: post.Role(form["role"]), Password: r.PostFormValue("password")})
	if err != nil {
		s.showUsers(w, r, httpStatus(err), usersData{Form: form}, s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/users", "added")
}

// setPassword sets a user's password; the calendar signs them out
// everywhere and revokes their API tokens in the same transaction.
func (s *Server) setPassword(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	_, err := s.cal.SetPassword(r.Context(), calendar.SetPassword{Actor: who(r).actor(), Name: name, Password: r.PostFormValue("password")})
	if err != nil {
		s.showUsers(w, r, httpStatus(err), usersData{}, s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/users", "password")
}

// createAPIToken makes a bearer token for a user. Only its hash is kept,
// so it is shown this once.
func (s *Server) createAPIToken(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if _, ok := s.activeUser(r, name); !ok {
		s.errorPage(w, r, post.Errorf(post.ENotFound, "no active user called %q", name))
		return
	}
	label := strings.TrimSpace(r.PostFormValue("label"))
	if label == "" || len(label) > 64 {
		s.showUsers(w, r, http.StatusBadRequest, usersData{}, "give the token a short label (up to 64 characters), e.g. the script that uses it")
		return
	}
	token := "pp_" + newToken()
	t := store.APIToken{ID: newToken()[:12], User: name, Name: label, Created: s.db.Now()}
	if err := s.db.CreateAPIToken(r.Context(), token, t, who(r).User.Name); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.log.Info("api token created", "user", name, "token_id", t.ID)
	s.showUsers(w, r, http.StatusOK, usersData{NewToken: token, TokenFor: name}, "")
}

// revokeAPIToken deletes a token.
func (s *Server) revokeAPIToken(w http.ResponseWriter, r *http.Request) {
	if err := s.db.DeleteAPIToken(r.Context(), r.PathValue("id"), who(r).User.Name); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/users", "revoked")
}
