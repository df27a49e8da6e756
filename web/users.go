package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

type usersData struct {
	Users []post.User
	Roles []post.Role
	Form  map[string]string
}

// usersPage lists users, each linking to their own page, with the form to
// add one.
func (s *Server) usersPage(w http.ResponseWriter, r *http.Request) {
	s.showUsers(w, r, http.StatusOK, usersData{}, "")
}

func (s *Server) showUsers(w http.ResponseWriter, r *http.Request, status int, d usersData, errMsg string) {
	var err error
	if d.Users, err = s.cal.ListUsers(r.Context(), struct{}{}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.Roles = allRoles
	s.render(w, r, status, "users", "Users", d, errMsg)
}

var allRoles = []post.Role{post.RoleStaff, post.RoleReviewer, post.RoleAdmin}

// addUser creates a user.
func (s *Server) addUser(w http.ResponseWriter, r *http.Request) {
	form := map[string]string{"name": r.PostFormValue("name"), "display_name": r.PostFormValue("display_name"),
		"role": r.PostFormValue("role"), "email": r.PostFormValue("email")}
	_, err := s.cal.AddUser(r.Context(), calendar.AddUser{Actor: who(r).actor(), Name: form["name"],
		DisplayName: form["display_name"], Role: post.Role(form["role"]), Password: r.PostFormValue("password"), Email: form["email"]})
	if err != nil {
		s.showUsers(w, r, httpStatus(err), usersData{Form: form}, s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/users", "added")
}

// userData is one user's page: their details and every change an admin can
// make, with the user's API tokens.
type userData struct {
	User     post.User
	Self     bool // the admin's own account: no disable, role or remove
	Roles    []post.Role
	Tokens   []store.APIToken
	NewToken string // shown once, right after it is made
	Form     map[string]string
}

// userPage shows one user.
func (s *Server) userPage(w http.ResponseWriter, r *http.Request) {
	s.showUser(w, r, http.StatusOK, userData{}, "")
}

func (s *Server) showUser(w http.ResponseWriter, r *http.Request, status int, d userData, errMsg string) {
	name := r.PathValue("name")
	var u *post.User
	err := s.db.View(r.Context(), func(tx store.Tx) error {
		var err error
		u, err = tx.User(name)
		return err
	})
	if err == nil {
		d.Tokens, err = s.db.APITokens(r.Context(), u.Name)
	}
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.User = *u
	d.User.PasswordHash = ""
	d.Self = u.Name == who(r).User.Name
	d.Roles = allRoles
	if d.Form == nil {
		d.Form = map[string]string{"display_name": u.DisplayName, "email": u.Email}
	}
	s.render(w, r, status, "user", "User "+u.Name, d, errMsg)
}

// userChange runs one change to the user named in the path and goes back
// to their page saying done, or shows the page again with the error and
// what was typed.
func (s *Server) userChange(done string, change func(r *http.Request, actor calendar.Actor, name string) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("name")
		if err := change(r, who(r).actor(), name); err != nil {
			var form map[string]string
			if done == "details" {
				form = map[string]string{"display_name": r.PostFormValue("display_name"), "email": r.PostFormValue("email")}
			}
			s.showUser(w, r, httpStatus(err), userData{Form: form}, s.userMessage(r, err))
			return
		}
		redirectDone(w, r, "/users/"+url.PathEscape(name), done)
	}
}

func (s *Server) editUserDetails(w http.ResponseWriter, r *http.Request) {
	s.userChange("details", func(r *http.Request, actor calendar.Actor, name string) error {
		display, email := r.PostFormValue("display_name"), r.PostFormValue("email")
		_, err := s.cal.EditUser(r.Context(), calendar.EditUser{Actor: actor, Name: name, DisplayName: &display, Email: &email})
		return err
	})(w, r)
}

func (s *Server) setUserRole(w http.ResponseWriter, r *http.Request) {
	s.userChange("role", func(r *http.Request, actor calendar.Actor, name string) error {
		_, err := s.cal.SetRole(r.Context(), calendar.SetRole{Actor: actor, Name: name, Role: post.Role(r.PostFormValue("role"))})
		return err
	})(w, r)
}

func (s *Server) disableUser(w http.ResponseWriter, r *http.Request) {
	s.userChange("disabled", func(r *http.Request, actor calendar.Actor, name string) error {
		_, err := s.cal.DisableUser(r.Context(), calendar.DisableUser{Actor: actor, Name: name, Disabled: true})
		return err
	})(w, r)
}

func (s *Server) enableUser(w http.ResponseWriter, r *http.Request) {
	s.userChange("enabled", func(r *http.Request, actor calendar.Actor, name string) error {
		_, err := s.cal.DisableUser(r.Context(), calendar.DisableUser{Actor: actor, Name: name})
		return err
	})(w, r)
}

func (s *Server) removeUser(w http.ResponseWriter, r *http.Request) {
	s.userChange("removed", func(r *http.Request, actor calendar.Actor, name string) error {
		_, err := s.cal.RemoveUser(r.Context(), calendar.RemoveUser{Actor: actor, Name: name})
		return err
	})(w, r)
}

// setPassword sets a user's password; the calendar signs them out
// everywhere and revokes their API tokens in the same transaction.
func (s *Server) setPassword(w http.ResponseWriter, r *http.Request) {
	s.userChange("password", func(r *http.Request, actor calendar.Actor, name string) error {
		_, err := s.cal.SetPassword(r.Context(), calendar.SetPassword{Actor: actor, Name: name, Password: r.PostFormValue("password")})
		return err
	})(w, r)
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
		s.showUser(w, r, http.StatusBadRequest, userData{}, "give the token a short label (up to 64 characters), e.g. the script that uses it")
		return
	}
	token := "pp_" + newToken()
	t := store.APIToken{ID: newToken()[:12], User: name, Name: label, Created: s.db.Now()}
	if err := s.db.CreateAPIToken(r.Context(), token, t, who(r).User.Name); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.log.Info("api token created", "user", name, "token_id", t.ID)
	s.showUser(w, r, http.StatusOK, userData{NewToken: token}, "")
}

// revokeAPIToken deletes a token.
func (s *Server) revokeAPIToken(w http.ResponseWriter, r *http.Request) {
	if err := s.db.DeleteAPIToken(r.Context(), r.PathValue("id"), who(r).User.Name); err != nil {
		s.errorPage(w, r, err)
		return
	}
	redirectDone(w, r, "/users", "revoked")
}

// accountPage is anyone's own account: who they are, and where their own
// notifications go.
func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) {
	s.showAccount(w, r, http.StatusOK, "", "")
}

func (s *Server) showAccount(w http.ResponseWriter, r *http.Request, status int, typed, errMsg string) {
	u := who(r).User
	if errMsg == "" {
		typed = u.Email
	}
	s.render(w, r, status, "account", "Your account", map[string]any{"User": &u, "Email": typed}, errMsg)
}

// setOwnEmail sets the signed-in user's notification address.
func (s *Server) setOwnEmail(w http.ResponseWriter, r *http.Request) {
	id := who(r)
	email := r.PostFormValue("email")
	if _, err := s.cal.EditUser(r.Context(), calendar.EditUser{Actor: id.actor(), Name: id.User.Name, Email: &email}); err != nil {
		s.showAccount(w, r, httpStatus(err), email, s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/account", "email")
}
