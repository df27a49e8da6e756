package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// userNow reads a user straight from the store.
func (e *testEnv) userNow(name string) *post.User {
	e.t.Helper()
	var u *post.User
	if err := e.db.View(context.Background(), func(tx store.Tx) (err error) { u, err = tx.User(name); return err }); err != nil {
		e.t.Fatal(err)
	}
	return u
}

// TestUserPageAttacks tries the admin's user actions the way an outsider
// would: staff and reviewers posting to them, a form without its CSRF
// token, an admin switching off or demoting themselves. Each is refused and
// changes nothing; the admin's own change goes through.
func TestUserPageAttacks(t *testing.T) {
	tests := []struct {
		name       string
		as         string
		path       string
		form       url.Values
		noCSRF     bool
		wantStatus int
		check      func(u *post.User) bool // on the target after the request
		target     string
	}{
		{"staff disables a doctor", "sam", "/users/drlee/disable", nil, false, http.StatusForbidden, func(u *post.User) bool { return u.Active() }, "drlee"},
		{"staff makes themselves admin", "sam", "/users/sam/role", url.Values{"role": {"admin"}}, false, http.StatusForbidden, func(u *post.User) bool { return u.Role == post.RoleStaff }, "sam"},
		{"reviewer removes staff", "drlee", "/users/sam/remove", nil, false, http.StatusForbidden, func(u *post.User) bool { return !u.Removed }, "sam"},
		{"staff sets a doctor's e-mail", "sam", "/users/drlee/details", url.Values{"email": {"me@evil.example"}, "display_name": {"x"}}, false, http.StatusForbidden, func(u *post.User) bool { return u.Email == "" }, "drlee"},
		{"admin without the CSRF token", "ada", "/users/sam/disable", nil, true, http.StatusForbidden, func(u *post.User) bool { return u.Active() }, "sam"},
		{"admin removes without the CSRF token", "ada", "/users/sam/remove", nil, true, http.StatusForbidden, func(u *post.User) bool { return !u.Removed }, "sam"},
		{"admin disables themselves", "ada", "/users/ada/disable", nil, false, http.StatusConflict, func(u *post.User) bool { return u.Active() }, "ada"},
		{"admin demotes themselves", "ada", "/users/ada/role", url.Values{"role": {"staff"}}, false, http.StatusConflict, func(u *post.User) bool { return u.Role == post.RoleAdmin }, "ada"},
		{"admin removes themselves", "ada", "/users/ada/remove", nil, false, http.StatusConflict, func(u *post.User) bool { return !u.Removed }, "ada"},
		{"admin sets a header-splitting e-mail", "ada", "/users/drlee/details", url.Values{"email": {"a@b.example\r\nBcc: c@d.example"}, "display_name": {"Dr. Lee"}}, false, http.StatusBadRequest, func(u *post.User) bool { return u.Email == "" && u.DisplayName == "" }, "drlee"},
		{"admin disables staff", "ada", "/users/sam/disable", nil, false, http.StatusSeeOther, func(u *post.User) bool { return u.Disabled }, "sam"},
		{"admin makes a doctor admin", "ada", "/users/drlee/role", url.Values{"role": {"admin"}}, false, http.StatusSeeOther, func(u *post.User) bool { return u.Role == post.RoleAdmin }, "drlee"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEnv(t, storeOpts())
			token, csrf := e.session(tc.as)
			form := url.Values{}
			for k, v := range tc.form {
				form[k] = v
			}
			if !tc.noCSRF {
				form.Set("csrf", csrf)
			}
			resp := e.do(http.MethodPost, tc.path, token, form)
			if resp.StatusCode != tc.wantStatus {
				t.Errorf("status %d, want %d: %s", resp.StatusCode, tc.wantStatus, readBody(t, resp))
			}
			if u := e.userNow(tc.target); !tc.check(u) {
				t.Errorf("%s is now %+v", tc.target, *u)
			}
		})
	}
}

// TestRemovedUserIsLockedOutAtOnce: the removed user's open browser
// session and API token stop working with the removal, not when they
// expire; a disabled user's too; the users list keeps naming them.
func TestRemovedUserIsLockedOutAtOnce(t *testing.T) {
	for _, action := range []string{"remove", "disable"} {
		t.Run(action, func(t *testing.T) {
			e := newTestEnv(t, storeOpts())
			ctx := context.Background()
			if _, err := e.cal.EditUser(ctx, calendar.EditUser{Actor: calendar.System, Name: "drlee", DisplayName: ptr("Dr. Kim Lee")}); err != nil {
				t.Fatal(err)
			}
			victim, _ := e.session("drlee")
			if err := e.db.CreateAPIToken(ctx, "pp_drlee-token", store.APIToken{ID: "tok1", User: "drlee", Name: "script"}, "ada"); err != nil {
				t.Fatal(err)
			}
			bearer := func() int {
				req, _ := http.NewRequest(http.MethodGet, e.ts.URL+"/api/review-queue", nil)
				req.Header.Set("Authorization", "Bearer pp_drlee-token")
				resp, err := noRedirect().Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				return resp.StatusCode
			}
			if r := e.do(http.MethodGet, "/review", victim, nil); r.StatusCode != http.StatusOK {
				t.Fatalf("before: the doctor's session gets %d", r.StatusCode)
			}
			if c := bearer(); c != http.StatusOK {
				t.Fatalf("before: the doctor's token gets %d", c)
			}
			admin, csrf := e.session("ada")
			if r := e.do(http.MethodPost, "/users/drlee/"+action, admin, url.Values{"csrf": {csrf}}); r.StatusCode != http.StatusSeeOther {
				t.Fatalf("%s: status %d: %s", action, r.StatusCode, readBody(t, r))
			}
			if r := e.do(http.MethodGet, "/review", victim, nil); !strings.HasPrefix(r.Header.Get("Location"), "/login") {
				t.Errorf("after %s the old cookie gets %d (location %q), want the sign-in page", action, r.StatusCode, r.Header.Get("Location"))
			}
			if c := bearer(); c != http.StatusUnauthorized {
				t.Errorf("after %s the old API token gets %d, want 401", action, c)
			}
			list := readBody(t, e.do(http.MethodGet, "/users", admin, nil))
			if !strings.Contains(list, "Dr. Kim Lee") || !strings.Contains(list, action+"d") {
				t.Errorf("the users list lost the %sd doctor:\n%s", action, list)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// TestDisplayNameWithHTMLIsText: a display name is shown as typed, never
// run as markup, on every page that shows it.
func TestDisplayNameWithHTMLIsText(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	admin, csrf := e.session("ada")
	const evil = `<img src=x onerror=alert(1)>"'`
	if r := e.do(http.MethodPost, "/users/sam/details", admin, url.Values{"csrf": {csrf}, "display_name": {evil}, "email": {""}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("status %d: %s", r.StatusCode, readBody(t, r))
	}
	staff, _ := e.session("sam")
	for _, page := range []struct{ path, token string }{{"/users", admin}, {"/users/sam", admin}, {"/account", staff}} {
		body := readBody(t, e.do(http.MethodGet, page.path, page.token, nil))
		if strings.Contains(body, "<img src=x") {
			t.Errorf("%s puts the display name in as markup", page.path)
		}
		if !strings.Contains(body, "&lt;img src=x onerror=alert(1)&gt;") {
			t.Errorf("%s does not show the display name as text", page.path)
		}
	}
}

// TestOwnNotificationAddress: anyone sets their own notice address on
// their account page; a bad one is refused with what they typed kept.
func TestOwnNotificationAddress(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	token, csrf := e.session("drlee")
	r := e.do(http.MethodPost, "/account/email", token, url.Values{"csrf": {csrf}, "email": {"not an address"}})
	if body := readBody(t, r); r.StatusCode != http.StatusBadRequest || !strings.Contains(body, `value="not an address"`) {
		t.Errorf("a bad address: status %d; want 400 with it kept in the form", r.StatusCode)
	}
	if r := e.do(http.MethodPost, "/account/email", token, url.Values{"csrf": {csrf}, "email": {"lee@clinic.example"}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("status %d: %s", r.StatusCode, readBody(t, r))
	}
	if u := e.userNow("drlee"); u.Email != "lee@clinic.example" {
		t.Errorf("stored %q", u.Email)
	}
	if r := e.do(http.MethodPost, "/account/email", token, url.Values{"email": {"x@evil.example"}}); r.StatusCode != http.StatusForbidden {
		t.Errorf("without the CSRF token: status %d, want 403", r.StatusCode)
	}
}
