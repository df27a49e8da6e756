// Package facebook publishes to a Facebook Page through the Graph API, using
// github.com/huandu/facebook/v2 for the HTTP plumbing.
//
// Every call is made with the Page access token (never a user token), on a
// Session built here with the configured base URL, HTTP client and a pinned
// Graph API version: the library's App.Session would silently fall back to
// the real host and to unversioned calls. The library ignores HTTP status
// codes and does not expose them, so each call goes through a recording
// HTTP client that keeps the status and headers for classification.
//
// Errors are dispatched on the Graph error code and subcode, not on the HTTP
// status, and turned into *channels.Error values; the adapter never retries.
package facebook

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// DefaultAPIBase is the Graph API host.
const DefaultAPIBase = "https://graph.facebook.com"

// DefaultGraphVersion is the Graph API version practicepost is tested
// against. Versions live about two years; override it in the config when
// Meta retires this one.
const DefaultGraphVersion = "v25.0"

// MaxMessageChars is the longest message a Page post may carry.
const MaxMessageChars = 63206

// Config is one Facebook Page channel.
type Config struct {
	// ID is the practicepost channel id, used in logs and receipts.
	ID string
	// APIBase is the Graph API base URL; DefaultAPIBase when empty.
	APIBase string
	// PageID is the numeric id of the Page posted to.
	PageID string
	// PageAccessToken is the Page token (from a long-lived user token it
	// does not expire, but dies on a password change or role loss).
	PageAccessToken string
	// GraphVersion pins the API version ("v25.0"); DefaultGraphVersion when
	// empty.
	GraphVersion string
	// AppID and AppSecret are the Meta app's credentials. With AppSecret set
	// every call carries appsecret_proof; with both set Verify inspects the
	// token with the app token. Both are optional.
	AppID     string
	AppSecret string
	// HTTPClient is used for every call; a client with a 30 s timeout when
	// nil.
	HTTPClient *http.Client
	// Logger receives debug and warning lines (ids, codes, never text or
	// tokens); slog's discard logger when nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

var graphVersionPattern = regexp.MustCompile(`^v[0-9]+\.[0-9]+$`)

// withDefaults fills in the optional fields and checks the required ones.
func (cfg Config) withDefaults() (Config, error) {
	var errs []error
	if cfg.ID == "" {
		errs = append(errs, errors.New("channel id is empty"))
	}
	if cfg.PageID == "" {
		errs = append(errs, errors.New("page_id is empty; copy it from the Page's About section"))
	} else if strings.ContainsAny(cfg.PageID, "/?#&% ") {
		errs = append(errs, errors.New("page_id must be the Page's numeric id"))
	}
	if cfg.PageAccessToken == "" {
		errs = append(errs, errors.New("page access token is empty; connect the Facebook Page first"))
	}
	if cfg.GraphVersion == "" {
		cfg.GraphVersion = DefaultGraphVersion
	}
	if !graphVersionPattern.MatchString(cfg.GraphVersion) {
		errs = append(errs, fmt.Errorf("graph_version %q is not of the form v25.0", cfg.GraphVersion))
	}
	if base, err := channels.APIBase(cfg.APIBase, DefaultAPIBase); err != nil {
		errs = append(errs, err)
	} else {
		cfg.APIBase = base
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if err := errors.Join(errs...); err != nil {
		return cfg, fmt.Errorf("facebook: config: %w", err)
	}
	return cfg, nil
}
