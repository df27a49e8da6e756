package mastodon

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// apiError is Mastodon's error body: {"error": "...", "error_description"}.
type apiError struct {
	Message     string `json:"error"`
	Description string `json:"error_description"`
	status      int
}

// Error returns Mastodon's own message; it is kept as the wrapped cause
// and not shown to users (a 422 may quote the status).
func (e *apiError) Error() string { return fmt.Sprintf("mastodon: HTTP %d: %s", e.status, e.Message) }

// rateLimitWait is the wait after a 429 without a usable reset time:
// Mastodon's windows are five minutes.
const rateLimitWait = 5 * time.Minute

// statusError classifies a non-2xx answer.
func statusError(status int, h http.Header, body []byte, now time.Time) *channels.Error {
	ae := &apiError{status: status}
	_ = json.Unmarshal(body, ae) // an unreadable body keeps the status alone
	ce := &channels.Error{Status: status, Err: ae}
	switch {
	case status == http.StatusUnauthorized:
		ce.Class, ce.Reason = channels.AuthExpired, "the Mastodon instance refused the access token (revoked or wrong); reconnect the channel on the Channels page, or put a new token in the config"
	case status == http.StatusForbidden:
		ce.Class, ce.Reason = channels.AuthExpired, "the Mastodon instance refused this action: the token needs the write:statuses, write:media and read scopes, and the account must not be suspended"
	case status == http.StatusTooManyRequests:
		ce.Class, ce.Reason = channels.RateLimited, "Mastodon's rate limit is used up for now (300 requests per 5 minutes by default)"
		ce.RetryAfter = retryAfter(h, now)
	case status == http.StatusUnprocessableEntity && isDuplicate(ae.Message):
		ce.Class, ce.Reason = channels.Duplicate, "the Mastodon instance says this status was already posted"
	case status == http.StatusUnprocessableEntity:
		ce.Class, ce.Reason = channels.Permanent, "the Mastodon instance refused the status as invalid (HTTP 422): too long, a bad attachment or a bad setting"
	case status >= 500:
		ce.Class, ce.Reason = channels.Retryable, fmt.Sprintf("the Mastodon instance had a server error (HTTP %d)", status)
	default:
		ce.Class, ce.Reason = channels.Permanent, fmt.Sprintf("the Mastodon instance refused the request (HTTP %d)", status)
	}
	return ce
}

// isDuplicate: stock Mastodon refuses no duplicate text, but servers with
// anti-spam rules (and forks) answer 422 "... has already been posted";
// that is evidence of an earlier success, to reconcile, not a plain
// refusal.
func isDuplicate(msg string) bool {
	m := strings.ToLower(msg)
	return strings.Contains(m, "already been posted") || strings.Contains(m, "duplicate")
}

// retryAfter reads X-RateLimit-Reset, an ISO 8601 time (not seconds), or
// a Retry-After in seconds from a proxy in front of the instance.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(h.Get("X-RateLimit-Reset"))); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
		return time.Second
	}
	if v, err := strconv.Atoi(strings.TrimSpace(h.Get("Retry-After"))); err == nil && v > 0 {
		// Capped (at a day, past any grace window) before the
		// multiplication, which would wrap a huge value negative.
		return time.Duration(min(v, 24*60*60)) * time.Second
	}
	return rateLimitWait
}
