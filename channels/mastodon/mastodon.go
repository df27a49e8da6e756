// Package mastodon publishes to one Mastodon account through the instance's
// REST API with net/http (PLATFORMS.md section 5.2): mattn/go-mastodon sends
// no Idempotency-Key, which is the one thing this adapter is built around.
//
// What makes Mastodon different from the other networks:
//   - every instance is its own API host: the channel's instance setting
//     is the API base, and its limits come from the instance
//     (GET /api/v2/instance, configuration.statuses.max_characters), 500
//     characters with every URL counting 23 when it does not say;
//   - POST /api/v1/statuses takes an Idempotency-Key, which the instance
//     keeps for an hour: the key is derived from the delivery (post and
//     channel), so a retry of a delivery whose answer was lost gets the
//     first status back instead of a second one, even when the account's
//     listing does not show that status yet;
//   - Mastodon refuses no duplicate text, so Publish first looks at the
//     account's recent statuses (verify_credentials, then
//     /api/v1/accounts/{id}/statuses) and answers Duplicate for the same
//     text, in answer to the same status, posted in the last day, which
//     the key (kept an hour) no longer covers;
//   - status content comes back as HTML, turned back into text for
//     reconciliation;
//   - X-RateLimit-Reset is an ISO 8601 time, not seconds.
//
// Errors are {"error": "..."}; 422 is a validation refusal. Media upload
// (POST /api/v2/media, processed asynchronously) is done here. The token
// is given in the config or connected from the web UI (connect.go:
// practicepost registers itself as an OAuth app on the instance, then
// runs the authorization code flow).
package mastodon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// Mastodon's defaults, used when the instance does not say otherwise.
const (
	// DefaultMaxChars is Mastodon's stock status length.
	DefaultMaxChars = 500
	// URLWeight is what every link counts, whatever its length
	// (characters_reserved_per_url).
	URLWeight = 23
	// MaxImages is Mastodon's stock limit of attachments per status.
	MaxImages = 4
)

// Visibilities a status may have.
var visibilities = []string{"public", "unlisted", "private", "direct"}

// maxBody bounds how much of an answer is read.
const maxBody = 4 << 20

// Config is one Mastodon account.
type Config struct {
	// ID is the practicepost channel id, used in logs.
	ID string
	// Instance is the instance's address, e.g. https://mastodon.social:
	// the API base.
	Instance string
	// AccessToken is a user token with the write:statuses, write:media
	// and read:statuses scopes.
	AccessToken string
	// Visibility of new statuses; "public" when empty.
	Visibility string
	// SpoilerText is the content warning every status carries, "" for
	// none (health topics may want one).
	SpoilerText string
	// MaxChars overrides the instance's limit; 0 reads it from the
	// instance (DefaultMaxChars when the instance does not say).
	MaxChars int
	// HTTPClient is used for every call; a 30 s client when nil.
	HTTPClient *http.Client
	// Logger receives debug lines (ids and codes only); discard when nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// MediaPoll is how often an upload still processing is asked about;
	// 500 ms when zero.
	MediaPoll time.Duration
}

// Channel is one Mastodon account. It is safe for concurrent use.
type Channel struct {
	cfg Config
	log *slog.Logger
	api channels.HTTP

	mu        sync.Mutex
	accountID string // from verify_credentials, once known
	maxChars  int    // from the instance, once read
}

// New checks cfg and returns the channel. It makes no network call.
func New(cfg Config) (*Channel, error) {
	var errs []error
	if cfg.ID == "" {
		errs = append(errs, errors.New("channel id is empty"))
	}
	base, err := channels.APIBase(cfg.Instance, "")
	if err != nil {
		errs = append(errs, fmt.Errorf("instance: %w", err))
	}
	cfg.Instance = base
	if cfg.AccessToken == "" {
		errs = append(errs, errors.New("access_token is empty"))
	}
	if cfg.Visibility == "" {
		cfg.Visibility = "public"
	}
	if !validVisibility(cfg.Visibility) {
		errs = append(errs, fmt.Errorf("visibility %q: use public, unlisted, private or direct", cfg.Visibility))
	}
	if cfg.MaxChars < 0 {
		errs = append(errs, errors.New("max_characters is negative"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("mastodon: config: %w", err)
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
	if cfg.MediaPoll <= 0 {
		cfg.MediaPoll = 500 * time.Millisecond
	}
	return newChannel(cfg, cfg.Logger.With("channel", cfg.ID, "platform", "mastodon")), nil
}

// newChannel is the channel on cfg, its defaults set, with the plumbing
// every call to the instance goes through.
func newChannel(cfg Config, log *slog.Logger) *Channel {
	api := channels.HTTP{
		Client: cfg.HTTPClient, Network: "Mastodon", MaxBody: maxBody,
		Lost:        "Mastodon did not answer after the request was sent; check the account before trying again",
		Unreachable: "could not reach the Mastodon instance",
		Refused: func(a channels.Answer) *channels.Error {
			return statusError(a.Status, a.Header, a.Body, cfg.Now())
		},
		Log: log,
	}
	return &Channel{cfg: cfg, log: log, api: api, maxChars: cfg.MaxChars}
}

func validVisibility(v string) bool { return slices.Contains(visibilities, v) }

// request is one call to the instance.
type request struct {
	method, path string
	body         io.Reader
	contentType  string
	header       http.Header
	// write marks a call that may change something, whose lost answer is
	// OutcomeUnknown.
	write bool
}

// call sends r and decodes a 2xx JSON answer into out (when not nil).
// Every failure is a *channels.Error.
func (c *Channel) call(ctx context.Context, r request, out any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, r.method, c.cfg.Instance+r.path, r.body)
	if err != nil {
		return 0, c.api.Unbuildable(err)
	}
	for k, v := range r.header {
		req.Header[k] = v
	}
	if r.contentType != "" {
		req.Header.Set("Content-Type", r.contentType)
	}
	req.Header.Set("Accept", "application/json")
	if c.cfg.AccessToken != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.AccessToken)
	}
	a, err := c.api.Do(req, r.write)
	if err != nil {
		return a.Status, err // 0 when no answer came
	}
	if out != nil {
		if err := json.Unmarshal(a.Body, out); err != nil {
			class, reason := channels.Retryable, "Mastodon sent an answer practicepost cannot read"
			if r.write {
				// The write happened; what it made is unknown.
				class, reason = channels.OutcomeUnknown, "Mastodon accepted the request but its answer is unreadable; check the account before trying again"
			}
			return a.Status, &channels.Error{Class: class, Reason: reason, Status: a.Status, Err: err}
		}
	}
	return a.Status, nil
}

// getJSON is a GET of path into out.
func (c *Channel) getJSON(ctx context.Context, path string, out any) error {
	_, err := c.call(ctx, request{method: http.MethodGet, path: path}, out)
	return err
}

// Interface guard.
var _ channels.Channel = (*Channel)(nil)

// account is the part of Mastodon's Account entity practicepost reads.
type account struct {
	ID          string `json:"id"`
	Username    string `json:"username"`
	Acct        string `json:"acct"`
	DisplayName string `json:"display_name"`
	URL         string `json:"url"`
}

// Verify implements channels.Channel: whose token this is.
func (c *Channel) Verify(ctx context.Context) (post.Account, error) {
	a, err := c.verify(ctx)
	if err != nil {
		return post.Account{}, err
	}
	return post.Account{ID: a.ID, Name: "@" + a.Acct, URL: a.URL}, nil
}

func (c *Channel) verify(ctx context.Context) (account, error) {
	var a account
	if err := c.getJSON(ctx, "/api/v1/accounts/verify_credentials", &a); err != nil {
		return account{}, err
	}
	if a.ID == "" {
		return account{}, &channels.Error{Class: channels.Retryable, Reason: "Mastodon answered verify_credentials without an account id"}
	}
	c.mu.Lock()
	c.accountID = a.ID
	c.mu.Unlock()
	return a, nil
}

// accountIDOf returns the token's account id, asking once.
func (c *Channel) accountIDOf(ctx context.Context) (string, error) {
	c.mu.Lock()
	id := c.accountID
	c.mu.Unlock()
	if id != "" {
		return id, nil
	}
	a, err := c.verify(ctx)
	return a.ID, err
}
