package instagram

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
)

// defaultRateLimitWait is used when Meta throttles without saying for how
// long.
const defaultRateLimitWait = 10 * time.Minute

// maxRegainWait bounds the wait a usage header asks for: Meta's
// estimates are minutes to hours, and a larger number (or one that would
// overflow time.Duration into a negative wait and a retry storm) is a
// broken header, not a reason to shelve a post for years.
const maxRegainWait = 24 * time.Hour

// dailyLimitWait is how long a post waits after Instagram's own refusal
// for the daily publishing limit (subcode 2207042), when the account's
// media do not say when the oldest post leaves the window.
const dailyLimitWait = time.Hour

// Instagram's error subcodes (developers.facebook.com, instagram-platform
// error codes), as the adapter acts on them.
const (
	subTimeout       = 2207003 // fetching the image took too long
	subExpired       = 2207020 // the container expired: make a new one
	subServer        = 2207001
	subCreateFailed  = 2207032
	subUploadUnknown = 2207053
	subNotReady      = 2207027 // "Media ID is not available": still processing
	subPermission    = 2207006 // missing permission or token: new container
	subSpam          = 2207051 // suspected spam, repeated content
	subDailyLimit    = 2207042
	subInactive      = 2207050 // the account is checkpointed or restricted
	subTooLarge      = 2207004
	subFormat        = 2207005
	subAspect        = 2207009
	subCaption       = 2207010
	subFetch         = 2207052 // the image could not be fetched from its URL
)

// classify turns one library call's outcome into a *channels.Error, or nil
// for a success. The library reads only the JSON body, so the status and
// the transport are checked here.
func classify(w *wire, err error, write bool) *channels.Error {
	status, header, sent, terr := w.outcome()
	if terr != nil {
		if errors.Is(terr, errAnswerTooLarge) {
			if write {
				return &channels.Error{Class: channels.OutcomeUnknown, Reason: "Instagram's answer to the post was larger than any Graph answer, so it was not read; practicepost looks at the account before trying again", Status: status, Err: terr}
			}
			return &channels.Error{Class: channels.Retryable, Reason: "Instagram's answer was larger than any Graph answer, so it was not read", Status: status, Err: terr}
		}
		if write && sent {
			return &channels.Error{Class: channels.OutcomeUnknown, Reason: "Instagram did not answer after the post was sent; practicepost looks at the account before trying again", Err: terr}
		}
		return &channels.Error{Class: channels.Retryable, Reason: "could not reach Instagram", Err: terr}
	}
	var fe *fb.Error
	if errors.As(err, &fe) {
		ce := graphError(fe, header)
		ce.Status, ce.Err = status, err
		return ce
	}
	if err != nil {
		var ue *fb.UnmarshalError
		if !errors.As(err, &ue) {
			return &channels.Error{Class: channels.Permanent, Reason: "the request to Instagram could not be built", Status: status, Err: err}
		}
		if ce := statusError(status); ce != nil {
			ce.Err = err
			return ce
		}
		if write {
			return &channels.Error{Class: channels.OutcomeUnknown, Reason: "Instagram answered with something that is not a Graph API response; practicepost looks at the account before trying again", Status: status, Err: err}
		}
		return &channels.Error{Class: channels.Retryable, Reason: "Instagram answered with something that is not a Graph API response", Status: status, Err: err}
	}
	return statusError(status)
}

// statusError classifies an HTTP error status without a Graph error body;
// nil for a success.
func statusError(status int) *channels.Error {
	switch {
	case status < 400:
		return nil
	case status == http.StatusTooManyRequests:
		return &channels.Error{Class: channels.RateLimited, Reason: "Instagram asked to slow down", Status: status, RetryAfter: defaultRateLimitWait}
	case status == http.StatusUnauthorized:
		return &channels.Error{Class: channels.AuthExpired, Reason: "Instagram refused the token; reconnect the Instagram account", Status: status}
	case status >= 500:
		return &channels.Error{Class: channels.Retryable, Reason: "Instagram had a server error", Status: status}
	}
	return &channels.Error{Class: channels.Permanent, Reason: "Instagram refused the request", Status: status}
}

// graphError dispatches on Instagram's subcode first (it says what to do
// about a container), then on the Graph code as for Facebook Pages.
func graphError(fe *fb.Error, h http.Header) *channels.Error {
	code, sub := fe.Code, fe.ErrorSubcode
	perm := func(why string) *channels.Error {
		return &channels.Error{Class: channels.Permanent, Reason: fmt.Sprintf("Instagram refused the post: %s (code %d, subcode %d)", why, code, sub)}
	}
	switch sub {
	case subTimeout, subExpired, subServer, subCreateFailed, subUploadUnknown, subNotReady, subPermission:
		return &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("Instagram had a temporary problem with the post's media (code %d, subcode %d)", code, sub)}
	case subDailyLimit:
		return &channels.Error{Class: channels.RateLimited, Reason: "Instagram's limit of posts a day through the API is reached; the post waits", RetryAfter: dailyLimitWait}
	case subSpam:
		// Instagram says this of repeated content: evidence that an
		// earlier attempt may have gone out, to be looked up.
		return &channels.Error{Class: channels.Duplicate, Reason: "Instagram refused the post as repeated or spam-like activity (subcode 2207051); practicepost looks for an earlier copy, and a person checks the account if there is none"}
	case subInactive:
		return &channels.Error{Class: channels.AuthExpired, Reason: "the Instagram account is inactive, checkpointed or restricted (subcode 2207050); sign in to the Instagram app, do what it asks, then reconnect"}
	case subTooLarge:
		return perm("the image is too large (at most 8 MiB)")
	case subFormat:
		return perm("the image format is not supported")
	case subAspect:
		return perm("the image's aspect ratio is outside 4:5 to 1.91:1")
	case subCaption:
		return perm("the caption is too long")
	case subFetch:
		return perm("Instagram could not fetch the image from practicepost's public link; check [web] public_base_url")
	}
	switch {
	case code == 190 || code == 102:
		return &channels.Error{Class: channels.AuthExpired, Reason: fmt.Sprintf("the token of the Page linked to Instagram is expired or revoked (code %d, subcode %d); reconnect the Instagram account", code, sub)}
	case code == 10 || (code >= 200 && code <= 299):
		return &channels.Error{Class: channels.AuthExpired, Reason: fmt.Sprintf("the token lacks a permission (code %d); reconnect the Instagram account and allow instagram_basic and instagram_content_publish", code)}
	case code == 4 || code == 17 || code == 32 || code == 341 || code == 613 || (code >= 80000 && code <= 80014):
		wait := regainAccess(h)
		if wait == 0 {
			wait = defaultRateLimitWait
		}
		return &channels.Error{Class: channels.RateLimited, Reason: fmt.Sprintf("Instagram rate limit reached (code %d)", code), RetryAfter: wait}
	case code == 368:
		return &channels.Error{Class: channels.Permanent, Reason: "Meta temporarily blocked the account from posting for a policy reason (code 368); check the account's notifications"}
	case code == 1 || code == 2 || code == -1 || code == -2 || fe.IsTransient:
		return &channels.Error{Class: channels.Retryable, Reason: fmt.Sprintf("Instagram had a temporary error (code %d)", code)}
	}
	return perm(clip(fe.Message, 200))
}

// regainAccess reads the longest estimated_time_to_regain_access (minutes)
// from the usage headers: X-Business-Use-Case-Usage ({"<id>":[{…}]}) and
// X-App-Usage ({…}). Zero when none says; at most maxRegainWait.
func regainAccess(h http.Header) time.Duration {
	type usage struct {
		Wait int `json:"estimated_time_to_regain_access"`
	}
	longest := 0
	var buc map[string][]usage
	if json.Unmarshal([]byte(h.Get("X-Business-Use-Case-Usage")), &buc) == nil {
		for _, list := range buc {
			for _, u := range list {
				longest = max(longest, u.Wait)
			}
		}
	}
	var app usage
	if json.Unmarshal([]byte(h.Get("X-App-Usage")), &app) == nil {
		longest = max(longest, app.Wait)
	}
	if longest > int(maxRegainWait/time.Minute) {
		return maxRegainWait
	}
	return time.Duration(longest) * time.Minute
}

// clip shortens s to n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
