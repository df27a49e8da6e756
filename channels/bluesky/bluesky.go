// Package bluesky publishes to one Bluesky account through its Personal
// Data Server (PDS) with the AT Protocol's XRPC calls (PLATFORMS.md
// section 5.1), over net/http with a small typed client:
// github.com/bluesky-social/indigo is not on the module proxy this project
// builds from (and has no tagged releases and a large dependency tree), and
// the adapter needs nine calls.
//
// What makes Bluesky different from the other networks:
//   - the login is a handle and an app password: createSession gives a
//     short-lived access token and a long-lived refresh token, kept
//     encrypted in the secret store so a restart reuses them
//     (createSession is limited to a few hundred a day); an expired access
//     token is refreshed with refreshSession, and a refused refresh signs
//     in again;
//   - the post's record key (rkey) is chosen by the client: it is a TID
//     derived from the delivery attempt's id, which the scheduler saves
//     before the call, so the post's address is known before it exists,
//     the same attempt always writes the same address, and whether it
//     exists is one getRecord;
//   - links, mentions and hashtags are not found by the server: the client
//     sends "facets" over UTF-8 byte ranges of the text, and a mention
//     names the account's DID, resolved from its handle;
//   - the limit is 300 graphemes (user-perceived characters);
//   - likes, reposts, replies and quotes are counted by an app view, not
//     the PDS: without one configured they are "not available".
//
// Errors are {"error": "Name", "message": "..."}; rate limits are told in
// RateLimit-Limit, -Remaining, -Reset (a Unix time) and -Policy headers.
package bluesky

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// Bluesky's limits.
const (
	// MaxGraphemes is the length of a post's text, in graphemes.
	MaxGraphemes = 300
	// MaxImages is the number of images one post embeds.
	MaxImages = 4
	// MaxImageBytes is the largest image app.bsky.embed.images takes.
	MaxImageBytes = 1_000_000
	// DefaultPDS is the PDS of accounts made on bsky.app.
	DefaultPDS = "https://bsky.social"
	// PostCollection is the collection posts are records of.
	PostCollection = "app.bsky.feed.post"
)

// maxBody bounds how much of an answer is read.
const maxBody = 4 << 20

// Config is one Bluesky account.
type Config struct {
	// ID is the practicepost channel id, used in logs and the secret name.
	ID string
	// PDS is the account's server, e.g. https://bsky.social: the API base.
	PDS string
	// AppView is the server that counts likes, reposts and replies
	// (https://public.api.bsky.app for the main network); "" when none is
	// configured, which makes engagement and comments "not available".
	AppView string
	// Handle is the account's handle, e.g. riversideclinic.bsky.social.
	Handle string
	// AppPassword is an app password made in the account's settings.
	AppPassword string
	// Secrets keeps the session tokens, encrypted; nil keeps them in
	// memory only (tests).
	Secrets channels.SecretStore
	// HTTPClient is used for every call; a 30 s client when nil.
	HTTPClient *http.Client
	// Logger receives debug lines (ids and codes only); discard when nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

// Channel is one Bluesky account. It is safe for concurrent use.
type Channel struct {
	cfg Config
	log *slog.Logger
	api channels.HTTP // the round trip of every XRPC call

	// mu serialises session changes: two calls that both see an expired
	// token refresh it once.
	mu   sync.Mutex
	sess *session // nil until loaded or created
}

// New checks cfg and returns the channel. It makes no network call.
func New(cfg Config) (*Channel, error) {
	var errs []error
	if cfg.ID == "" {
		errs = append(errs, errors.New("channel id is empty"))
	}
	base, err := channels.APIBase(cfg.PDS, DefaultPDS)
	if err != nil {
		errs = append(errs, fmt.Errorf("pds: %w", err))
	}
	cfg.PDS = base
	if cfg.AppView != "" {
		av, err := channels.APIBase(cfg.AppView, "")
		if err != nil {
			errs = append(errs, fmt.Errorf("app_view: %w", err))
		}
		cfg.AppView = av
	}
	if !validHandle(cfg.Handle) {
		errs = append(errs, fmt.Errorf("handle %q is not a handle such as riversideclinic.bsky.social", cfg.Handle))
	}
	if cfg.AppPassword == "" {
		errs = append(errs, errors.New("app_password is empty"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("bluesky: config: %w", err)
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
	api := channels.HTTP{
		Client: cfg.HTTPClient, Network: "Bluesky", MaxBody: maxBody,
		Lost:        "Bluesky did not answer after the request was sent; check the account before trying again",
		Unreachable: "could not reach Bluesky",
		Refused: func(a channels.Answer) *channels.Error {
			return statusError(a.Status, a.Header, a.Body, cfg.Now())
		},
		// No Log: do logs a refusal itself, with the XRPC error's name.
	}
	return &Channel{cfg: cfg, log: cfg.Logger.With("channel", cfg.ID, "platform", "bluesky"), api: api}, nil
}

// Interface guard.
var _ channels.Channel = (*Channel)(nil)

// xrpc is one XRPC call.
type xrpc struct {
	// base is the server: the PDS, or the app view.
	base   string
	method string // http.MethodGet (query) or http.MethodPost (procedure)
	nsid   string // e.g. com.atproto.repo.createRecord
	query  url.Values
	// body is a JSON value, or raw bytes with contentType (uploadBlob).
	body        any
	raw         []byte
	contentType string
	// write marks a call that may change something, whose lost answer is
	// OutcomeUnknown.
	write bool
}

// do sends x with token (when not empty) and decodes a 2xx JSON answer
// into out (when not nil). Every failure is a *channels.Error; an XRPC
// error answer also wraps an *xrpcError with its name.
func (c *Channel) do(ctx context.Context, x xrpc, token string, out any) error {
	u := x.base + "/xrpc/" + x.nsid
	if len(x.query) > 0 {
		u += "?" + x.query.Encode()
	}
	var body io.Reader
	contentType := x.contentType
	switch {
	case x.raw != nil:
		body = bytes.NewReader(x.raw)
	case x.body != nil:
		buf, err := c.api.JSON(x.body)
		if err != nil {
			return err
		}
		body, contentType = buf, "application/json"
	}
	req, err := http.NewRequestWithContext(ctx, x.method, u, body)
	if err != nil {
		return c.api.Unbuildable(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Accept", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}

	a, err := c.api.Do(req, x.write)
	if err != nil {
		var ce *channels.Error
		if a.Status >= 300 && errors.As(err, &ce) {
			c.log.Debug("bluesky call failed", "nsid", x.nsid, "status", a.Status, "error", errorName(ce), "class", ce.Class.String())
		}
		return err
	}
	if out != nil {
		if err := json.Unmarshal(a.Body, out); err != nil {
			class, reason := channels.Retryable, "Bluesky sent an answer practicepost cannot read"
			if x.write {
				// The write happened; what it made is unknown.
				class, reason = channels.OutcomeUnknown, "Bluesky accepted the request but its answer is unreadable; check the account before trying again"
			}
			return &channels.Error{Class: class, Reason: reason, Status: a.Status, Err: err}
		}
	}
	return nil
}

// pds returns x addressed to the account's PDS.
func (c *Channel) pds(x xrpc) xrpc {
	x.base = c.cfg.PDS
	return x
}
