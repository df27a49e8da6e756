// Package web is practicepost's browser UI and JSON API for clinic staff and
// doctors: server-rendered html/template pages that work without any
// JavaScript build step, a little plain JavaScript for the live checklist,
// and a documented JSON API under /api/ (see API.md).
//
// Every route states its minimum role in routes.go; one middleware signs the
// user in (session cookie or API bearer token), enforces that role and, for
// cookie sessions, the per-session CSRF token on every unsafe request.
package web

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/templates"
)

// Store is what the web server reads and writes beside the calendar:
// pages' own reads (users, images), sign-in sessions and API tokens, the
// secrets of connect flows, images, review revisions, alerts, the audit
// trail and the inbox's comments. It has no Update: posts, reviews and
// settings change through the calendar. *store.DB implements it.
type Store interface {
	View(ctx context.Context, fn func(store.Tx) error) error
	Now() time.Time
	store.AlertLog
	store.AuditLog
	store.Sessions
	store.APITokens
	store.Secrets
	store.MediaStore
	store.Revisions
	store.Engagement
}

// Options configure the web server. Calendar, DB and Checker are required.
type Options struct {
	Calendar  *calendar.Service
	DB        Store
	Checker   *compliance.Checker
	Templates *templates.Library // may be nil: no template picker
	// Channels are the adapters by channel id, for Verify; the preview
	// page lists the one that is a channels.Outbox.
	Channels map[string]channels.Channel
	// Scheduler reports its health on the channels page; may be nil.
	Scheduler interface{ Health() error }
	Logger    *slog.Logger
	// Secure marks cookies Secure and sends HSTS: set it when serving TLS.
	Secure bool
	// BaseURL is the public address, for OAuth redirect URLs.
	BaseURL string
	// Connectors are the "connect account" flows, by channel id, of the
	// channels whose config has the app's credentials.
	Connectors map[string]channels.Connector
	// Practice fills the practice variables of post templates.
	Practice templates.Practice
	// SessionTTL is how long a sign-in lasts; default 12 hours (a clinic day).
	SessionTTL time.Duration
	// TrustedProxies are the reverse proxies (CIDR ranges or addresses)
	// whose X-Forwarded-For header names the client, for the sign-in
	// limiter. Empty: the peer address is the client.
	TrustedProxies []string
	// SignedMedia opens the images of signed public links
	// (/media/signed/<token>, for networks that fetch a post's images);
	// nil when the config sets no [web] public_base_url: every such link
	// is then not found.
	SignedMedia SignedMedia
}

// SignedMedia checks a signed image link's token and returns the image;
// medialink.Opener implements it. An error for a link that opens nothing
// is answered 404 whatever it says, so a requester learns nothing.
type SignedMedia interface {
	OpenLink(ctx context.Context, token string) (contentType string, data []byte, err error)
}

// Server serves the UI and the API.
type Server struct {
	opt     Options
	cal     *calendar.Service
	db      Store
	log     *slog.Logger
	views   *views
	limiter *loginLimiter
	proxies []netip.Prefix // Options.TrustedProxies, parsed
	handler http.Handler
	// calCache keeps calendar ranges until the store changes.
	calCache calendarCache
	// connects are the OAuth flows started and not yet finished.
	connects connectStates
}

// New builds a server and parses every page template, so a broken template
// fails at start-up rather than on a clinic user's screen.
func New(opt Options) (*Server, error) {
	if opt.Calendar == nil || opt.DB == nil || opt.Checker == nil {
		return nil, errors.New("web: new: Calendar, DB and Checker are required")
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.SessionTTL <= 0 {
		opt.SessionTTL = 12 * time.Hour
	}
	s := &Server{opt: opt, cal: opt.Calendar, db: opt.DB, log: opt.Logger,
		limiter: newLoginLimiter(5, 15*time.Minute, opt.DB.Now, attemptsOf(opt.DB, opt.DB.Now)), connects: connectStates{db: opt.DB}}
	proxies, err := parseProxies(opt.TrustedProxies)
	if err != nil {
		return nil, err
	}
	s.proxies = proxies
	v, err := parseViews(s.funcs())
	if err != nil {
		return nil, err
	}
	s.views = v
	s.handler = s.routes()
	return s, nil
}

// Handler returns the http.Handler serving everything.
func (s *Server) Handler() http.Handler { return s.handler }
