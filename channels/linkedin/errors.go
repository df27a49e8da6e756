package linkedin

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// apiError is LinkedIn's error body: message, status and serviceErrorCode
// always, code and errorDetails on some.
type apiError struct {
	Message          string `json:"message"`
	Status           int    `json:"status"`
	ServiceErrorCode int    `json:"serviceErrorCode"`
	Code             string `json:"code"`
	ErrorDetails     struct {
		InputErrors []struct {
			Code        string `json:"code"`
			Description string `json:"description"`
		} `json:"inputErrors"`
	} `json:"errorDetails"`
}

// Error returns the raw message; it is kept as the wrapped cause and never
// shown to users, as it may quote the request.
func (e *apiError) Error() string {
	return fmt.Sprintf("linkedin: %d %s %s", e.Status, e.Code, e.Message)
}

func (e *apiError) hasInputError(code string) bool {
	for _, ie := range e.ErrorDetails.InputErrors {
		if ie.Code == code {
			return true
		}
	}
	return false
}

// duplicateURN finds the existing post's URN in a DUPLICATE_POST message
// ("Content is a duplicate of urn:li:share:7141138937766391808").
var duplicateURN = regexp.MustCompile(`urn:li:(?:share|ugcPost):\d+`)

// statusError classifies a non-2xx answer.
func statusError(status int, body []byte, version string, now time.Time) *channels.Error {
	var ae apiError
	if json.Unmarshal(body, &ae) != nil {
		ae = apiError{Status: status}
	}
	ce := &channels.Error{Status: status, Err: &ae}
	switch {
	case status == http.StatusUnauthorized:
		ce.Class, ce.Reason = channels.AuthExpired, "LinkedIn refused the access token (expired or revoked); reconnect LinkedIn"
	case status == http.StatusForbidden:
		ce.Class, ce.Reason = channels.AuthExpired, "LinkedIn refused access: the connected member must be an administrator of the company Page and grant w_organization_social; reconnect LinkedIn"
	case status == http.StatusUpgradeRequired || ae.Code == "NONEXISTENT_VERSION":
		ce.Class, ce.Reason = channels.Permanent, fmt.Sprintf("LinkedIn retired API version %s; set api_version to a current YYYYMM", version)
	case status == http.StatusTooManyRequests:
		// LinkedIn's limits are daily, reset at midnight UTC, and the
		// answer carries no header saying so.
		ce.Class, ce.Reason = channels.RateLimited, "LinkedIn's daily limit is reached; it resets at midnight UTC"
		ce.RetryAfter = untilMidnightUTC(now)
	case status == http.StatusUnprocessableEntity && (ae.hasInputError("DUPLICATE_POST") || duplicateURN.MatchString(ae.Message)):
		ce.Class, ce.Reason = channels.Duplicate, "LinkedIn refused the post as a duplicate of an existing post"
		ce.ExistingID = duplicateURN.FindString(ae.Message)
	case status >= 500:
		ce.Class, ce.Reason = channels.Retryable, "LinkedIn had a server error"
	default:
		ce.Class = channels.Permanent
		ce.Reason = fmt.Sprintf("LinkedIn refused the request (HTTP %d %s)", status, ae.Code)
		if len(ae.ErrorDetails.InputErrors) > 0 {
			ce.Reason = fmt.Sprintf("LinkedIn refused the request: %s (%s)", ae.ErrorDetails.InputErrors[0].Description, ae.ErrorDetails.InputErrors[0].Code)
		}
	}
	return ce
}

// untilMidnightUTC is how long until LinkedIn's daily counters reset.
func untilMidnightUTC(now time.Time) time.Duration {
	now = now.UTC()
	next := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, time.UTC)
	return next.Sub(now)
}
