package bluesky

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// xrpcError is an XRPC error body: {"error": "Name", "message": "..."}.
type xrpcError struct {
	Name    string `json:"error"`
	Message string `json:"message"`
	status  int
}

// Error returns the server's own words; it is kept as the wrapped cause
// and not shown to users (a validation message may quote the post).
func (e *xrpcError) Error() string {
	return fmt.Sprintf("bluesky: HTTP %d: %s: %s", e.status, e.Name, e.Message)
}

// The XRPC error names the adapter acts on.
const (
	errExpiredToken   = "ExpiredToken"
	errInvalidToken   = "InvalidToken"
	errAuthRequired   = "AuthenticationRequired"
	errRecordNotFound = "RecordNotFound"
	errRateLimit      = "RateLimitExceeded"
	errNotImplemented = "MethodNotImplemented"
)

// rateLimitWait is the wait after a 429 without a usable reset time: the
// PDS's windows are five minutes.
const rateLimitWait = 5 * time.Minute

// statusError classifies a non-2xx answer.
func statusError(status int, h http.Header, body []byte, now time.Time) *channels.Error {
	xe := &xrpcError{status: status}
	_ = json.Unmarshal(body, xe) // an unreadable body keeps the status alone
	ce := &channels.Error{Status: status, Err: xe}
	switch {
	case xe.Name == errExpiredToken || xe.Name == errInvalidToken || status == http.StatusUnauthorized:
		ce.Class, ce.Reason = channels.AuthExpired, "Bluesky refused the login (app password revoked or changed); put a new app password in the config"
	case status == http.StatusForbidden:
		ce.Class, ce.Reason = channels.AuthExpired, "Bluesky refused this action for the account (taken down, deactivated, or an app password without the needed access)"
	case status == http.StatusTooManyRequests || xe.Name == errRateLimit:
		ce.Class, ce.Reason = channels.RateLimited, "Bluesky's rate limit is used up for now"
		ce.RetryAfter = retryAfter(h, now)
	case status == http.StatusRequestEntityTooLarge:
		ce.Class, ce.Reason = channels.Permanent, "Bluesky refused the upload as too large"
	case status >= 500:
		ce.Class, ce.Reason = channels.Retryable, fmt.Sprintf("Bluesky had a server error (HTTP %d)", status)
	case status == http.StatusBadRequest:
		ce.Class, ce.Reason = channels.Permanent, "Bluesky refused the request as invalid (HTTP 400)"
	default:
		ce.Class, ce.Reason = channels.Permanent, fmt.Sprintf("Bluesky refused the request (HTTP %d)", status)
	}
	return ce
}

// errorName returns the XRPC error name in err's chain, "" for none.
func errorName(err error) string {
	var xe *xrpcError
	if errors.As(err, &xe) {
		return xe.Name
	}
	return ""
}

// httpStatus returns the HTTP status of err's answer, 0 for none.
func httpStatus(err error) int {
	var ce *channels.Error
	if errors.As(err, &ce) {
		return ce.Status
	}
	return 0
}

// retryAfter reads RateLimit-Reset, a Unix time in seconds, or a
// Retry-After in seconds from a proxy in front of the server.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if v, err := strconv.ParseInt(strings.TrimSpace(h.Get("RateLimit-Reset")), 10, 64); err == nil && v > 0 {
		if d := time.Unix(v, 0).Sub(now); d > 0 {
			return d
		}
		return time.Second
	}
	if v, err := strconv.Atoi(strings.TrimSpace(h.Get("Retry-After"))); err == nil && v > 0 {
		return time.Duration(v) * time.Second
	}
	return rateLimitWait
}
