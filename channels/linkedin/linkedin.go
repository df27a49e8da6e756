package linkedin

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/practicepost/practicepost/channels"
)

// maxBody bounds how much of an answer is read.
const maxBody = 4 << 20

// Channel is one LinkedIn organization Page. It is safe for concurrent use.
type Channel struct {
	cfg    Config
	orgURN string
	log    *slog.Logger
	api    channels.HTTP
}

// New checks cfg and returns the channel. It makes no network call; Verify
// does. An old APIVersion is logged as a warning (see VersionWarning).
func New(cfg Config) (*Channel, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	c := &Channel{cfg: cfg, orgURN: "urn:li:organization:" + cfg.OrganizationID, log: cfg.Logger.With("channel", cfg.ID, "platform", "linkedin")}
	c.api = channels.HTTP{
		Client: cfg.HTTPClient, Network: "LinkedIn", MaxBody: maxBody,
		Lost:        "LinkedIn did not answer after the post was sent; check the Page before trying again",
		Unreachable: "could not reach LinkedIn",
		Refused: func(a channels.Answer) *channels.Error {
			return statusError(a.Status, a.Body, cfg.APIVersion, cfg.Now())
		},
		Log:        c.log,
		LogHeaders: map[string]string{"li_uuid": "X-Li-Uuid"}, // LinkedIn support asks for it
	}
	if w := c.VersionWarning(); w != "" {
		c.log.Warn("linkedin api version is old", "api_version", cfg.APIVersion)
	}
	return c, nil
}

// response is a complete answer from LinkedIn.
type response = channels.Answer

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
	return c.api.Do(req, write)
}

func (c *Channel) newRequest(ctx context.Context, method, u string, body any) (*http.Request, error) {
	var rd io.Reader
	ctype := ""
	switch b := body.(type) {
	case nil:
	case []byte:
		rd, ctype = bytes.NewReader(b), "application/octet-stream"
	default:
		buf, err := c.api.JSON(b)
		if err != nil {
			return nil, err
		}
		rd, ctype = buf, "application/json"
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return nil, c.api.Unbuildable(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.AccessToken)
	return req, nil
}

// escapeURN URL-encodes a URN for a path segment or query value.
func escapeURN(urn string) string {
	return url.QueryEscape(urn)
}

// decode reads a JSON answer; a body that does not parse is retryable for
// reads (LinkedIn's edge sometimes serves HTML).
func decode(r response, v any, what string) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("LinkedIn sent %s practicepost cannot read", what), Status: r.Status, Err: err}
	}
	return nil
}

// Interface guard.
var _ channels.Channel = (*Channel)(nil)
