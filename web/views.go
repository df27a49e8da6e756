package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/practicepost/practicepost/post"
)

//go:embed views/*.html
var viewFS embed.FS

//go:embed assets
var assetFS embed.FS

// views holds one parsed template set per page: the layout plus the page.
type views struct {
	pages map[string]*template.Template
}

// parseViews parses every page at start-up (as Miniflux's engine does), so a
// template error stops the daemon instead of breaking one page later.
func parseViews(funcs template.FuncMap) (*views, error) {
	layout, err := template.New("layout.html").Funcs(funcs).ParseFS(viewFS, "views/layout.html")
	if err != nil {
		return nil, fmt.Errorf("web: parse layout: %w", err)
	}
	names, err := fs.Glob(viewFS, "views/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: list views: %w", err)
	}
	v := &views{pages: map[string]*template.Template{}}
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(viewFS, n)
		if err != nil {
			return nil, fmt.Errorf("web: parse %s: %w", base, err)
		}
		v.pages[strings.TrimSuffix(base, ".html")] = t
	}
	return v, nil
}

// page is what every page template gets: the page's own data in Data,
// plus who is signed in, the header counts and the CSRF token.
type page struct {
	Title     string
	User      *post.User
	CSRF      string
	Counts    headerCounts
	Emergency bool
	Flash     string
	Warning   string // a confirmation that asks for more: shown red
	Error     string
	Data      any
	// People names users by their display names (.People.Name login).
	People people
}

// headerCounts are the numbers in the header.
// Alerts is the number of open alerts, counted for reviewers and admins.
// Drafts counts the posts on the drafts page for this user; Returned those
// of the user's own a doctor sent back, for the notice on their next visit.
type headerCounts struct{ NeedsReview, Held, Failed, Unknown, Alerts, Drafts, Returned int }

// render executes a page into a buffer first, so a template error becomes
// a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any, errMsg string) {
	t, ok := s.views.pages[name]
	if !ok {
		panic("web: no view " + name) // a programming error caught by the view test
	}
	done := r.URL.Query().Get("done")
	p := page{Title: title, Data: data, Error: errMsg, Flash: flashes[done], Warning: warnings[done]}
	if id := who(r); id != nil {
		p.User = &id.User
		if id.Session != nil {
			p.CSRF = id.Session.CSRF
		}
		p.Counts, p.Emergency = s.headerCounts(r)
		p.People = s.people(r.Context())
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("render failed", "view", name, "error", err)
		http.Error(w, "the page could not be drawn; it has been logged", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// errorPage shows err on a page of its own with the matching status.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, err error) {
	s.render(w, r, httpStatus(err), "error", "Problem", nil, s.userMessage(r, err))
}

// flashes are the confirmations a redirect may ask for. Only these codes
// are shown, so a crafted link cannot put words on the page.
var flashes = map[string]string{
	"saved": "Saved.", "submitted": "Saved and sent through the checklist.",
	"kept": "Saved as a draft: the checklist found nothing to look at. Give it a time to put it on the calendar.", "reviewed": "Your review is recorded.",
	"held": "The post is held.", "released": "The hold is lifted.", "cancelled": "The post is cancelled.",
	"rescheduled": "The post has its new time.", "confirmed": "Recorded. Thank you for checking.", "stopped": "Emergency stop is on: nothing will be published.",
	"resumed": "The emergency stop is lifted.", "added": "Added.", "revoked": "Revoked.",
	"password": "The password is changed; the user's sessions are signed out and their API tokens revoked.",
	"details":  "Saved.", "email": "Saved: your notices go to this address.",
	"role":     "The role is changed; the user's sessions are signed out and their API tokens revoked.",
	"disabled": "The account is disabled: the user is signed out everywhere and their API tokens are revoked.",
	"enabled":  "The account is enabled: the user can sign in with their password.",
	"removed":  "The user is removed: signed out everywhere, API tokens revoked; their name stays in the history.",
	"paused":   "The channel is paused: nothing will be published on it.", "acked": "The alert is acknowledged.", "connected": "The account is connected and its token is stored encrypted.", "unpaused": "The channel is resumed. Posts held meanwhile stay held until released.",
}

// warnings are confirmations that are not good news: the post is saved
// but cannot go out yet. Shown red, like an error, not as a green flash.
var warnings = map[string]string{
	"needs-doctor": "Saved, but not on its way: a doctor must review this before it can be posted. The checklist's notes are below.",
}

// redirectDone sends the browser to to with confirmation code done shown.
func redirectDone(w http.ResponseWriter, r *http.Request, to, done string) {
	sep := "?"
	if strings.Contains(to, "?") {
		sep = "&"
	}
	http.Redirect(w, r, to+sep+"done="+done, http.StatusSeeOther)
}
