package linkedin

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"sync/atomic"

	"github.com/practicepost/practicepost/channels"
)

// maxBody bounds how much of an answer is read.
const maxBody = 4 << 20

// Channel is one LinkedIn organization Page. It is safe for concurrent use.
type Channel struct {
	cfg    Config
	orgURN string
	log    *slog.Logger
}

// New checks cfg and returns the channel. It makes no network call; Verify
// does. An old APIVersion is logged as a warning (see VersionWarning).
func New(cfg Config) (*Channel, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	c := &Channel{cfg: cfg, orgURN: "urn:li:organization:" + cfg.OrganizationID, log: cfg.Logger.With("channel", cfg.ID, "platform", "linkedin")}
	if w := c.VersionWarning(); w != "" {
		c.log.Warn("linkedin api version is old", "api_version", cfg.APIVersion)
	}
	return c, nil
}

// response is a complete answer from LinkedIn.
type response struct {
	status int
	header http.Header
	body   []byte
}

// call sends one request to the REST API. pathQuery is the path with its
// already-encoded query (Rest.li List(...) syntax must not be re-encoded).
// write marks a request that may create something, whose lost answer is
// OutcomeUnknown. Every failure comes back as a *channels.Error.
func (c *Channel) call(ctx context.Context, method, pathQuery string, body any, write bool) (response, error) {
	req, err := c.newRequest(ctx, method, c.cfg.APIBase+pathQuery, body)
	if err != nil {
		return response{}, err
	}
	req.Header.Set("LinkedIn-Version", c.cfg.APIVersion)
	req.Header.Set("X-Restli-Protocol-Version", "2.0.0")
	return c.send(req, write)
}

func (c *Channel) newRequest(ctx context.Context, method, u string, body any) (*http.Request, error) {
	var rd io.Reader
	ctype := ""
	switch b := body.(type) {
	case nil:
	case []byte:
		rd, ctype = bytes.NewReader(b), "application/octet-stream"
	default:
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(b); err != nil {
			return nil, &channels.Error{Class: channels.Permanent, Reason: "the request to LinkedIn could not be built", Err: err}
		}
		rd, ctype = &buf, "application/json"
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, &channels.Error{Class: channels.Permanent, Reason: "the request to LinkedIn could not be built", Err: channels.RedactURLError(err)}
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.AccessToken)
	return req, nil
}

// send does the request, reads the whole answer and classifies failures.
func (c *Channel) send(req *http.Request, write bool) (response, error) {
	// WroteRequest runs on the transport's goroutine.
	var wroteFlag atomic.Bool
	trace := &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { wroteFlag.Store(true) }}
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		return response{}, transportError(channels.RedactURLError(err), wroteFlag.Load(), write)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		// The answer was cut: the request certainly arrived.
		return response{}, transportError(channels.RedactURLError(err), true, write)
	}
	r := response{status: resp.StatusCode, header: resp.Header, body: body}
	if resp.StatusCode >= 300 {
		ce := statusError(resp.StatusCode, body, c.cfg.APIVersion, c.cfg.Now())
		c.log.Debug("linkedin call failed", "method", req.Method, "path", req.URL.Path, "status", resp.StatusCode, "class", ce.Class.String(), "li_uuid", resp.Header.Get("X-Li-Uuid"))
		return r, ce
	}
	return r, nil
}

// transportError classifies a request that got no complete answer.
func transportError(err error, wrote, write bool) *channels.Error {
	if write && wrote {
		return &channels.Error{Class: channels.OutcomeUnknown, Reason: "LinkedIn did not answer after the post was sent; check the Page before trying again", Err: err}
	}
	return &channels.Error{Class: channels.Retryable, Reason: "could not reach LinkedIn", Err: err}
}

// escapeURN URL-encodes a URN for a path segment or query value.
func escapeURN(urn string) string {
	return url.QueryEscape(urn)
}

// decode reads a JSON answer; a body that does not parse is retryable for
// reads (LinkedIn's edge sometimes serves HTML).
func decode(r response, v any, what string) error {
	if err := json.Unmarshal(r.body, v); err != nil {
		return &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("LinkedIn sent %s practicepost cannot read", what), Status: r.status, Err: err}
	}
	return nil
}

// Interface guard.
var _ channels.Channel = (*Channel)(nil)
