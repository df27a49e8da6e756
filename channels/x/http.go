package x

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/practicepost/practicepost/channels"
)

// maxResponse bounds what is read of an answer; X's largest (100 posts with
// metrics) is far below it.
const maxResponse = 4 << 20

// request is one API call.
type request struct {
	method      string
	path        string // e.g. "/2/tweets"
	query       url.Values
	body        []byte
	contentType string
	// creates is set on calls that change the account (posting): a lost
	// answer then means "may have happened" rather than "did not happen".
	creates bool
}

// do sends req and returns the body of a 2xx answer. Every error is a
// *channels.Error.
func (c *Channel) do(ctx context.Context, req request) ([]byte, *http.Response, error) {
	u := c.base + req.path
	if len(req.query) > 0 {
		u += "?" + req.query.Encode()
	}
	var body io.Reader
	if req.body != nil {
		body = bytes.NewReader(req.body)
	}
	hr, err := http.NewRequestWithContext(ctx, req.method, u, body)
	if err != nil {
		return nil, nil, &channels.Error{Class: channels.Permanent, Reason: "could not build the request to X", Err: err}
	}
	hr, written := channels.Written(hr)
	if req.contentType != "" {
		hr.Header.Set("Content-Type", req.contentType)
	}
	hr.Header.Set("Accept", "application/json")
	if c.tokens != nil {
		tok, err := c.tokens.token(ctx)
		if err != nil {
			return nil, nil, err
		}
		tok.SetAuthHeader(hr)
	}
	resp, err := c.client.Do(hr)
	if err != nil {
		return nil, nil, transportError(ctx, err, req.creates && written())
	}
	defer func() { _ = resp.Body.Close() }()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, resp, transportError(ctx, err, req.creates)
	}
	if resp.StatusCode/100 != 2 {
		return nil, resp, classify(resp.StatusCode, resp.Header, b, c.now())
	}
	return b, resp, nil
}

// transportError classifies a call that got no answer. If the request may
// have reached X and it creates something, nobody knows what happened.
func transportError(ctx context.Context, err error, maybeSent bool) error {
	cause := err
	if ctx.Err() != nil {
		cause = fmt.Errorf("%w (%v)", ctx.Err(), err)
	}
	if maybeSent {
		return &channels.Error{Class: channels.OutcomeUnknown,
			Reason: "the request reached X but no answer came back; the post may or may not be up", Err: cause}
	}
	return &channels.Error{Class: channels.Retryable, Reason: "could not reach X: " + networkReason(err), Err: cause}
}

// networkReason names a network failure without the URL (which is safe,
// but long) in words a clinic user can pass on.
func networkReason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, context.Canceled) {
		return "the operation was cancelled"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "the request timed out"
	}
	return err.Error()
}

// getJSON runs a GET and decodes the answer into v.
func (c *Channel) getJSON(ctx context.Context, path string, q url.Values, v any) error {
	b, _, err := c.do(ctx, request{method: http.MethodGet, path: path, query: q})
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return &channels.Error{Class: channels.Retryable, Reason: "X sent an answer that is not the expected JSON", Err: err}
	}
	return nil
}
