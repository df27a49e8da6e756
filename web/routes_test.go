package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// TestEveryRouteChecksTheRole walks the whole route table with every role:
// no one below a route's minimum gets in, everyone at or above does.
func TestEveryRouteChecksTheRole(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	p := e.addPost("Our patient John can be reached at 917-555-0142 after his surgery.", time.Now().Add(48*time.Hour))
	roles := []struct {
		user string
		role post.Role
	}{{"", public}, {"sam", post.RoleStaff}, {"drlee", post.RoleReviewer}, {"ada", post.RoleAdmin}}
	// Lifting a hold depends on who put it on as well as on the role (a
	// reviewer's hold needs a reviewer): each role lifts a hold of its own.
	holdAs := func(user string, role post.Role) {
		ctx := context.Background()
		if v, err := e.cal.GetPost(ctx, calendar.PostRef{ID: p.ID}); err == nil && v.Post.Status == post.StatusHeld {
			if _, err := e.cal.ReleasePost(ctx, calendar.PostRef{Actor: calendar.System, ID: p.ID}); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := e.cal.HoldPost(ctx, calendar.PostRef{Actor: calendar.Actor{Name: user, Role: role}, ID: p.ID}); err != nil {
			t.Fatal(err)
		}
	}
	// The user routes disable and remove {name}: a user of its own, so the
	// walk does not lock out the users it signs in as.
	if _, err := e.cal.AddUser(context.Background(), calendar.AddUser{Actor: calendar.System, Name: "victim", Role: post.RoleStaff, Password: testPassword}); err != nil {
		t.Fatal(err)
	}
	for _, rt := range e.srv.table() {
		method, path, _ := strings.Cut(rt.pattern, " ")
		path = strings.NewReplacer("{id}", p.ID, "{hash}", strings.Repeat("ab", 32), "{name}", "victim", "{format}", "csv", "{kind}", "x", "{$}", "").Replace(path)
		for _, who := range roles {
			t.Run(rt.pattern+"/"+nonEmptyName(who.user), func(t *testing.T) {
				token, csrf := "", ""
				if who.user != "" {
					token, csrf = e.session(who.user)
				}
				if rt.pattern == "POST /posts/{id}/release" && who.user != "" {
					holdAs(who.user, who.role)
				}
				var form url.Values
				if method != http.MethodGet {
					form = url.Values{"csrf": {csrf}}
				}
				resp := e.doAPIAware(method, path, token, csrf, form)
				allowed := rt.min == public || (who.user != "" && who.role.AtLeast(rt.min))
				switch {
				case allowed && (resp.StatusCode == http.StatusForbidden || (resp.StatusCode == http.StatusUnauthorized && rt.min != public) ||
					strings.HasPrefix(resp.Header.Get("Location"), "/login?")):
					t.Errorf("%s as %q: status %d (location %q), want access", rt.pattern, who.user, resp.StatusCode, resp.Header.Get("Location"))
				case allowed && resp.StatusCode >= 500:
					t.Errorf("%s as %q: status %d: %s", rt.pattern, who.user, resp.StatusCode, readBody(t, resp))
				case !allowed && who.user == "" && !(resp.StatusCode == http.StatusUnauthorized || strings.HasPrefix(resp.Header.Get("Location"), "/login?")):
					t.Errorf("%s anonymous: status %d, want 401 or a redirect to sign in", rt.pattern, resp.StatusCode)
				case !allowed && who.user != "" && resp.StatusCode != http.StatusForbidden:
					t.Errorf("%s as %s: status %d, want 403", rt.pattern, who.user, resp.StatusCode)
				}
			})
		}
	}
}

func nonEmptyName(s string) string {
	if s == "" {
		return "anonymous"
	}
	return s
}

// doAPIAware sends JSON API requests with the CSRF header and an empty
// JSON body, pages as forms.
func (e *testEnv) doAPIAware(method, path, token, csrf string, form url.Values) *http.Response {
	if !strings.HasPrefix(path, "/api/") || method == http.MethodGet {
		return e.do(method, path, token, form)
	}
	req, _ := http.NewRequest(method, e.ts.URL+path, strings.NewReader("{}"))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", csrf)
	if token != "" {
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: token})
	}
	resp, err := noRedirect().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { resp.Body.Close() })
	return resp
}
