package x

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// errorBody holds both shapes X uses: RFC 7807 problem details
// (type/title/detail/status) and the legacy {"errors":[{code,message}]}.
type errorBody struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Detail string `json:"detail"`
	Errors []struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Detail  string `json:"detail"`
	} `json:"errors"`
}

// summary is the platform's own words, the problem detail or the first
// legacy message, trimmed so a long echo never fills a reason.
func (e errorBody) summary() string {
	s := e.Detail
	if s == "" && len(e.Errors) > 0 {
		s = e.Errors[0].Message
		if s == "" {
			s = e.Errors[0].Detail
		}
	}
	if s == "" {
		s = e.Title
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

func (e errorBody) hasCode(codes ...int) bool {
	for _, er := range e.Errors {
		for _, c := range codes {
			if er.Code == c {
				return true
			}
		}
	}
	return false
}

// problemType returns the last segment of the problem type URI; X uses both
// api.twitter.com and api.x.com prefixes.
func (e errorBody) problemType() string {
	return e.Type[strings.LastIndex(e.Type, "/")+1:]
}

// classify turns an X error answer into a *channels.Error.
func classify(status int, h http.Header, body []byte, now time.Time) *channels.Error {
	var eb errorBody
	_ = json.Unmarshal(body, &eb) // a body that is not JSON leaves eb empty; the status decides
	said := eb.summary()
	e := &channels.Error{Status: status}
	switch {
	case status == http.StatusUnauthorized:
		e.Class, e.Reason = channels.AuthExpired, "X refused the credentials (expired or revoked); reconnect the X account"
	case status == http.StatusForbidden && (eb.problemType() == "unsupported-authentication" || strings.EqualFold(eb.Title, "Unsupported Authentication")):
		// An app-only bearer token on a user call: only a user login
		// (OAuth 1.0a or OAuth 2.0 user context) fixes it.
		e.Class, e.Reason = channels.AuthExpired, "X refused this kind of login for posting (an app-only token, not a user's); reconnect the X account"
	case status == http.StatusPaymentRequired || eb.problemType() == "credits-depleted":
		e.Class, e.Reason = channels.Permanent, "X API credits are used up; top up in the X developer portal"
	case status == http.StatusForbidden && (strings.Contains(strings.ToLower(said), "duplicate content") || eb.hasCode(187)):
		e.Class, e.Reason = channels.Duplicate, "X refused the post as a duplicate of a recent post on the account"
	case status == http.StatusTooManyRequests && eb.problemType() == "usage-capped":
		e.Class, e.Reason = channels.Permanent, "the X app reached its usage cap: "+said
	case status == http.StatusTooManyRequests:
		e.Class, e.RetryAfter = channels.RateLimited, retryAfter(h, now)
		e.Reason = fmt.Sprintf("X rate limit reached; try again in %s", e.RetryAfter.Round(time.Second))
	case status == http.StatusRequestTimeout || status >= 500:
		e.Class, e.RetryAfter = channels.Retryable, headerSeconds(h.Get("Retry-After"))
		e.Reason = fmt.Sprintf("X had a temporary problem (%s)", orStatus(said, status))
	default:
		e.Class, e.Reason = channels.Permanent, "X refused the request: "+orStatus(said, status)
	}
	return e
}

func orStatus(said string, status int) string {
	if said != "" {
		return said
	}
	return http.StatusText(status)
}

// retryAfter reads when X allows the next call. A spent daily allowance
// (x-user-limit-24hour-* or x-app-limit-24hour-*) wins over the 15-minute
// window, whose reset would come far too early.
func retryAfter(h http.Header, now time.Time) time.Duration {
	for _, p := range []string{"x-user-limit-24hour", "x-app-limit-24hour"} {
		if h.Get(p+"-remaining") == "0" {
			if d := untilEpoch(h.Get(p+"-reset"), now); d > 0 {
				return d
			}
		}
	}
	if d := untilEpoch(h.Get("x-rate-limit-reset"), now); d > 0 {
		return d
	}
	if d := headerSeconds(h.Get("Retry-After")); d > 0 {
		return d
	}
	return 15 * time.Minute // X's window when it says nothing
}

func untilEpoch(v string, now time.Time) time.Duration {
	sec, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil {
		return 0
	}
	return time.Unix(sec, 0).Sub(now)
}

func headerSeconds(v string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}
