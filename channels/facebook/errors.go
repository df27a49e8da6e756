package facebook

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
)

// defaultRateLimitWait is used when Facebook throttles without saying for
// how long (the usage headers only appear "once enough calls were made").
const defaultRateLimitWait = 10 * time.Minute

// classify turns the outcome of one library call into a *channels.Error, or
// nil for a success. The library reports Graph errors by the JSON body only
// and ignores the HTTP status, so both are checked here.
func classify(rec *recorder, err error, write bool) *channels.Error {
	status, header, wrote, transErr := rec.snapshot()
	if transErr != nil {
		return transportError(transErr, wrote, write)
	}
	var fe *fb.Error
	if errors.As(err, &fe) {
		ce := graphError(fe, header)
		ce.Status = status
		ce.Err = err
		return ce
	}
	if err != nil {
		var ue *fb.UnmarshalError
		if errors.As(err, &ue) {
			// A body that is not JSON (an HTML 502 from a proxy): the
			// status is all there is.
			if ce := statusError(status); ce != nil {
				ce.Err = err
				return ce
			}
			if write {
				return &channels.Error{Class: channels.OutcomeUnknown, Reason: "Facebook answered with something that is not a Graph API response; check the Page before trying again", Status: status, Err: err}
			}
			return &channels.Error{Class: channels.Retryable, Reason: "Facebook answered with something that is not a Graph API response", Status: status, Err: err}
		}
		return &channels.Error{Class: channels.Permanent, Reason: "the request to Facebook could not be built", Status: status, Err: err}
	}
	if ce := statusError(status); ce != nil {
		return ce
	}
	return nil
}

// transportError classifies a request that got no complete answer. A write
// that left the machine may have been carried out.
func transportError(err error, wrote, write bool) *channels.Error {
	if write && wrote {
		return &channels.Error{Class: channels.OutcomeUnknown, Reason: "Facebook did not answer after the post was sent; check the Page before trying again", Err: err}
	}
	return &channels.Error{Class: channels.Retryable, Reason: "could not reach Facebook", Err: err}
}

// statusError classifies an HTTP error status that came without a Graph
// error body; nil for a success status.
func statusError(status int) *channels.Error {
	switch {
	case status < 400:
		return nil
	case status == http.StatusTooManyRequests:
		return &channels.Error{Class: channels.RateLimited, Reason: "Facebook asked to slow down", Status: status, RetryAfter: defaultRateLimitWait}
	case status == http.StatusUnauthorized:
		return &channels.Error{Class: channels.AuthExpired, Reason: "Facebook refused the Page token; reconnect the Facebook Page", Status: status}
	case status >= 500:
		return &channels.Error{Class: channels.Retryable, Reason: "Facebook had a server error", Status: status}
	}
	return &channels.Error{Class: channels.Permanent, Reason: "Facebook refused the request", Status: status}
}

// graphError dispatches on the Graph error code and subcode, as Meta's
// error-handling guide says to (the HTTP status is nearly always 400).
func graphError(fe *fb.Error, h http.Header) *channels.Error {
	code := fe.Code
	switch {
	case code == 190 || code == 102:
		return &channels.Error{Class: channels.AuthExpired, Reason: fmt.Sprintf("the Facebook Page token is expired or revoked (code %d, subcode %d); reconnect the Facebook Page", code, fe.ErrorSubcode)}
	case code == 10 || (code >= 200 && code <= 299):
		return &channels.Error{Class: channels.AuthExpired, Reason: fmt.Sprintf("the Facebook Page token lacks a permission (code %d); reconnect the Facebook Page as an admin with pages_manage_posts and pages_read_engagement", code)}
	case code == 4 || code == 17 || code == 32 || code == 341 || code == 613 || (code >= 80000 && code <= 80014):
		wait := regainAccess(h)
		if wait == 0 {
			wait = defaultRateLimitWait
		}
		return &channels.Error{Class: channels.RateLimited, Reason: fmt.Sprintf("Facebook rate limit reached (code %d)", code), RetryAfter: wait}
	case code == 368:
		return &channels.Error{Class: channels.Permanent, Reason: "Facebook temporarily blocked the Page from posting for a policy reason (code 368); check the Page's notifications"}
	case code == 506:
		return &channels.Error{Class: channels.Duplicate, Reason: "Facebook refused the post as a duplicate of the Page's previous post (code 506)"}
	case code == 1 || code == 2 || fe.IsTransient:
		return &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("Facebook had a temporary error (code %d)", code)}
	case code == 1609005:
		return &channels.Error{Class: channels.Permanent, Reason: "Facebook could not read the link in the post; check the URL"}
	}
	return &channels.Error{Class: channels.Permanent, Reason: fmt.Sprintf("Facebook refused the request: %s (code %d, subcode %d)", truncate(fe.Message, 200), code, fe.ErrorSubcode)}
}

// maxRegainWait bounds the wait a usage header asks for: Meta's estimates
// are minutes to hours, and a larger number (or one that would overflow
// time.Duration into a negative wait and a retry storm) is a broken
// header, not a reason to shelve a post for years.
const maxRegainWait = 24 * time.Hour

// usage is one entry of a usage header. Only the wait matters here.
type usage struct {
	EstimatedTimeToRegainAccess int `json:"estimated_time_to_regain_access"`
}

// regainAccess reads the longest estimated_time_to_regain_access (minutes)
// from the JSON usage headers: X-Business-Use-Case-Usage ({"<id>":[{…}]})
// and X-App-Usage / X-Page-Usage ({…}). Zero when none says; at most
// maxRegainWait.
func regainAccess(h http.Header) time.Duration {
	longest := 0
	if v := h.Get("X-Business-Use-Case-Usage"); v != "" {
		var buc map[string][]usage
		if json.Unmarshal([]byte(v), &buc) == nil {
			for _, list := range buc {
				for _, u := range list {
					longest = max(longest, u.EstimatedTimeToRegainAccess)
				}
			}
		}
	}
	for _, name := range []string{"X-App-Usage", "X-Page-Usage"} {
		if v := h.Get(name); v != "" {
			var u usage
			if json.Unmarshal([]byte(v), &u) == nil {
				longest = max(longest, u.EstimatedTimeToRegainAccess)
			}
		}
	}
	if longest > int(maxRegainWait/time.Minute) {
		return maxRegainWait
	}
	return time.Duration(longest) * time.Minute
}

// truncate shortens s to n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
