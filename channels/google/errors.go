package google

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

// apiError is Google's error body: {"error":{"code","message","status",
// "details"}}. Details carry RetryInfo on some 429s and the v4 API's
// ValidationError naming the refused field.
type apiError struct {
	Err struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Status  string `json:"status"`
		Details []struct {
			Type         string `json:"@type"`
			RetryDelay   string `json:"retryDelay"`
			Reason       string `json:"reason"`
			ErrorDetails []struct {
				Code    int    `json:"code"`
				Field   string `json:"field"`
				Message string `json:"message"`
			} `json:"errorDetails"`
		} `json:"details"`
	} `json:"error"`
}

// Error returns Google's raw message; it is kept as the wrapped cause and
// never shown to users, as it may quote the request.
func (e *apiError) Error() string {
	return fmt.Sprintf("google: %d %s %s", e.Err.Code, e.Err.Status, e.Err.Message)
}

// retryDelay is the RetryInfo detail's delay ("90s"), or zero.
func (e *apiError) retryDelay() time.Duration {
	for _, d := range e.Err.Details {
		if strings.HasSuffix(d.Type, "google.rpc.RetryInfo") {
			if v, err := time.ParseDuration(d.RetryDelay); err == nil && v > 0 {
				return v
			}
		}
	}
	return 0
}

// field is the first refused field a ValidationError names, or "".
func (e *apiError) field() string {
	for _, d := range e.Err.Details {
		for _, ed := range d.ErrorDetails {
			if ed.Field != "" {
				return ed.Field
			}
		}
	}
	return ""
}

// rateLimitWait is how long to wait after a 429 that says nothing: Google's
// quotas are per minute.
const rateLimitWait = time.Minute

// maxRetryAfter bounds a Retry-After, in seconds: a day is past any grace
// window, so the delivery fails for a person to look at rather than wait.
const maxRetryAfter = 24 * 60 * 60

// statusError classifies a non-2xx answer.
func statusError(status int, h http.Header, body []byte) *channels.Error {
	var ae apiError
	if json.Unmarshal(body, &ae) != nil || ae.Err.Status == "" {
		ae = apiError{}
		ae.Err.Code = status
	}
	ce := &channels.Error{Status: status, Err: &ae}
	gs := ae.Err.Status
	switch {
	case status == http.StatusUnauthorized || gs == "UNAUTHENTICATED":
		ce.Class, ce.Reason = channels.AuthExpired, "Google refused the access token (expired or revoked); reconnect Google"
	case status == http.StatusForbidden || gs == "PERMISSION_DENIED":
		ce.Class, ce.Reason = channels.AuthExpired, "Google refused access: the connected account must manage this location, and the Google Cloud project needs Business Profile API access (its quota is 0 until Google approves it); reconnect Google once that is in place"
	case status == http.StatusTooManyRequests || gs == "RESOURCE_EXHAUSTED":
		ce.Class, ce.Reason = channels.RateLimited, "Google's quota is used up for now (300 requests and 10 edits a minute per profile)"
		ce.RetryAfter = retryAfter(h, &ae)
	case status == http.StatusConflict && gs == "ALREADY_EXISTS":
		ce.Class, ce.Reason = channels.Duplicate, "Google says the post already exists"
	case status >= 500:
		ce.Class, ce.Reason = channels.Retryable, fmt.Sprintf("Google had a server error (HTTP %d)", status)
	default:
		ce.Class = channels.Permanent
		ce.Reason = fmt.Sprintf("Google refused the request (HTTP %d %s)", status, orWord(gs, "error"))
		if f := ae.field(); f != "" {
			ce.Reason = fmt.Sprintf("Google refused the post's %s (HTTP %d %s)", f, status, orWord(gs, "error"))
			switch {
			case strings.HasPrefix(f, "summary"):
				ce.Reason += ": Google refuses a summary with a phone number or a link in it; put the link in the button, or use the CALL button"
			case strings.HasPrefix(f, "media"):
				ce.Reason += ": Google could not fetch the photo from its signed link; check that [web] public_base_url reaches practicepost's /media/signed/ from the internet"
			}
		}
	}
	return ce
}

// gone reports whether err is Google itself saying a resource does not
// exist (404 with its NOT_FOUND error body). A bare 404, from a proxy or a
// wrong api_base, says nothing about the resource and is not gone.
func gone(err error) bool {
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Status != http.StatusNotFound {
		return false
	}
	var ae *apiError
	return errors.As(ce.Err, &ae) && ae.Err.Status == "NOT_FOUND"
}

func retryAfter(h http.Header, ae *apiError) time.Duration {
	if v, err := strconv.Atoi(strings.TrimSpace(h.Get("Retry-After"))); err == nil && v > 0 {
		// Capped before the multiplication, which would otherwise wrap
		// a huge value into a negative wait ("retry now").
		return time.Duration(min(v, maxRetryAfter)) * time.Second
	}
	if d := ae.retryDelay(); d > 0 {
		return d
	}
	return rateLimitWait
}

func orWord(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
