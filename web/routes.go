package web

import (
	"io/fs"
	"net/http"
	"net/url"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// public is the minimum "role" of routes anyone may open.
const public post.Role = ""

// route is one line of the route table: pattern, the least role that may
// use it, and its handler.
type route struct {
	pattern string
	min     post.Role
	handler http.HandlerFunc
}

// table lists every route. Changing a role here changes it everywhere: the
// one middleware in guard enforces it, and the role test walks this table.
func (s *Server) table() []route {
	staff, reviewer, admin := post.RoleStaff, post.RoleReviewer, post.RoleAdmin
	return []route{
		{"GET /login", public, s.loginPage},
		{"POST /login", public, s.login},
		{"POST /logout", staff, s.logout},
		{"GET /healthz", public, s.healthz},
		// Networks that fetch a post's images (Google) have no session:
		// the signed token is the whole permission.
		{"GET /media/signed/{token}", public, s.signedMedia},

		{"GET /{$}", staff, s.home},
		{"GET /calendar", staff, s.calendarPage},
		{"GET /drafts", staff, s.draftsPage},
		{"GET /posts/new", staff, s.composePage},
		{"POST /posts", staff, s.createPost},
		{"GET /posts/{id}", staff, s.postPage},
		{"GET /posts/{id}/edit", staff, s.editPage},
		{"POST /posts/{id}/edit", staff, s.updatePost},
		{"POST /posts/{id}/reschedule", staff, s.reschedulePost},
		{"POST /posts/{id}/hold", staff, s.holdPost},
		{"POST /posts/{id}/release", staff, s.releasePost},
		{"POST /posts/{id}/cancel", staff, s.cancelPost},
		{"POST /posts/{id}/confirm", staff, s.confirmDelivery},
		{"GET /media/{hash}", staff, s.mediaFile},

		{"GET /review", reviewer, s.reviewQueue},
		{"GET /review/{id}", reviewer, s.reviewPage},
		{"POST /posts/{id}/review", reviewer, s.reviewPost},
		{"GET /alerts", reviewer, s.alertsPage},
		{"POST /alerts/{id}/ack", reviewer, s.ackAlert},

		{"GET /reports", staff, s.reportsPage},
		{"GET /reports/view", staff, s.reportView},
		{"GET /reports/export/{format}", staff, s.reportExport},

		{"GET /preview", staff, s.previewPage},
		{"GET /inbox", staff, s.inboxPage},
		{"GET /inbox/reply", staff, s.replyPage},
		{"POST /inbox/reply", staff, s.draftReply},

		{"GET /authorizations", staff, s.authorizationsPage},
		{"POST /authorizations", staff, s.addAuthorization},
		{"POST /authorizations/{id}/revoke", staff, s.revokeAuthorization},

		{"GET /account", staff, s.accountPage},
		{"POST /account/email", staff, s.setOwnEmail},

		{"GET /emergency", staff, s.emergencyPage},
		{"POST /emergency/stop", staff, s.emergencyStop},
		{"POST /emergency/resume", reviewer, s.emergencyResume},

		{"GET /channels", admin, s.channelsPage},
		{"POST /channels/{id}/verify", admin, s.verifyChannel},
		{"POST /channels/{id}/pause", admin, s.pauseChannel},
		{"POST /channels/{id}/resume", admin, s.resumeChannel},
		{"POST /channels/{id}/connect", admin, s.connectChannel},
		{"GET /connect/{kind}/callback", admin, s.connectCallback},
		{"POST /connect/{kind}/callback", admin, s.connectFragment},
		{"POST /connect/{kind}/pick", admin, s.connectPicked},
		{"GET /users", admin, s.usersPage},
		{"POST /users", admin, s.addUser},
		{"GET /users/{name}", admin, s.userPage},
		{"POST /users/{name}/details", admin, s.editUserDetails},
		{"POST /users/{name}/role", admin, s.setUserRole},
		{"POST /users/{name}/disable", admin, s.disableUser},
		{"POST /users/{name}/enable", admin, s.enableUser},
		{"POST /users/{name}/remove", admin, s.removeUser},
		{"POST /users/{name}/password", admin, s.setPassword},
		{"POST /users/{name}/tokens", admin, s.createAPIToken},
		{"POST /tokens/{id}/revoke", admin, s.revokeAPIToken},
		{"GET /audit", admin, s.auditPage},
		{"GET /audit/export", admin, s.auditExport},

		{"GET /api/posts", staff, s.apiListPosts},
		{"POST /api/posts", staff, s.apiCreatePost},
		{"GET /api/posts/{id}", staff, s.apiGetPost},
		{"PATCH /api/posts/{id}", staff, s.apiEditPost},
		{"DELETE /api/posts/{id}", staff, s.apiCancelPost},
		{"POST /api/posts/{id}/review", reviewer, s.apiReviewPost},
		{"GET /api/review-queue", reviewer, s.apiReviewQueue},
		{"GET /api/calendar", staff, s.apiCalendar},
		{"GET /api/counts", staff, s.apiCounts},
		{"POST /api/check", staff, s.apiCheck},
	}
}

// routes builds the handler: security headers and cross-origin protection
// around a mux whose every route is wrapped in guard.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.table() {
		mux.Handle(rt.pattern, s.guard(rt))
	}
	sub, _ := fs.Sub(assetFS, "assets") // the directory is embedded: cannot fail
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", cacheAssets(http.FileServerFS(sub))))
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.log.Warn("cross-origin request refused", "method", post.Clip(r.Method, 16), "path", post.Clip(r.URL.Path, 128))
		http.Error(w, "cross-origin request refused", http.StatusForbidden)
	}))
	return securityHeaders(s.opt.Secure, cop.Handler(mux))
}

// guard signs the request in and enforces the route's minimum role and,
// for unsafe methods from a browser session, the CSRF token.
func (s *Server) guard(rt route) http.Handler {
	api := strings.Contains(rt.pattern, " /api/")
	limit := bodyLimit(rt.pattern)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil && r.Body != http.NoBody {
			r.Body = http.MaxBytesReader(w, r.Body, limit)
		}
		id := s.identify(r)
		if id != nil && id.Bearer && !api {
			id = nil // API tokens open the API only, never the pages
		}
		if rt.min != public {
			if id == nil {
				if api {
					s.apiError(w, r, post.Errorf(post.EForbidden, "sign in or send an API token"), http.StatusUnauthorized)
					return
				}
				http.Redirect(w, r, "/login?next="+url.QueryEscape(safeNext(r.URL.RequestURI())), http.StatusSeeOther)
				return
			}
			if !id.User.Role.AtLeast(rt.min) {
				s.fail(w, r, api, post.Errorf(post.EForbidden, "this needs the %s role; you are %s", rt.min, id.User.Role))
				return
			}
		}
		// The form is read here, within the route's limit, before the CSRF
		// check reads its token: an oversized one gets a clear 413.
		if unsafeMethod(r.Method) {
			if err := parseForm(r); err != nil {
				s.fail(w, r, api, err)
				return
			}
		}
		// Public forms (sign-in) act for nobody yet: cross-origin protection
		// covers them, and a stale session must not block signing in again.
		if rt.min != public && unsafeMethod(r.Method) && !csrfOK(r, id) {
			s.log.Warn("csrf token refused", "path", post.Clip(r.URL.Path, 128), "user", id.User.Name)
			s.fail(w, r, api, post.Errorf(post.EForbidden, "the form expired or came from another site; reload the page and try again"))
			return
		}
		if id != nil {
			r = r.WithContext(withIdentity(r.Context(), id))
		}
		rt.handler(w, r)
	})
}

func unsafeMethod(m string) bool {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, api bool, err error) {
	if api {
		s.apiError(w, r, err, 0)
		return
	}
	s.errorPage(w, r, err)
}

// healthz is ok while the scheduler beats, no channel call has outlived its
// timeout (Scheduler.Health) and the data folder takes writes.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if err := s.db.WriteProbe(); err != nil {
		s.log.Error("health: store write probe failed", "error", err)
		http.Error(w, "store: the data folder takes no writes (disk full or read-only?)", http.StatusServiceUnavailable)
		return
	}
	if s.opt.Scheduler != nil {
		if err := s.opt.Scheduler.Health(); err != nil {
			http.Error(w, "scheduler: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
}

// home is where signing in lands: a doctor with posts waiting lands on the
// review queue, everyone else on the calendar.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	if id := who(r); id != nil && id.User.Role.AtLeast(post.RoleReviewer) {
		waiting, err := s.cal.StatusCounts(r.Context(), post.StatusNeedsReview)
		if err == nil && waiting[0] > 0 {
			http.Redirect(w, r, "/review", http.StatusSeeOther)
			return
		}
	}
	http.Redirect(w, r, "/calendar", http.StatusSeeOther)
}
