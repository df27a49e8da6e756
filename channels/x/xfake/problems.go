package xfake

import (
	"net/http"
	"strconv"
	"time"
)

// Problem details and legacy error bodies, as X sends them. Details come
// from X's docs and from bodies other clients recorded (see PLATFORMS.md).
const (
	detailDuplicate = "You are not allowed to create a Tweet with duplicate content."
	detailForbidden = "You are not permitted to perform this action."
	typeInvalid     = "https://api.x.com/2/problems/invalid-request"
	typeCredits     = "https://api.x.com/2/problems/credits-depleted"
	typeNotFound    = "https://api.twitter.com/2/problems/resource-not-found"
)

// legacyCodes maps an HTTP status (and the duplicate case) to the code of
// the legacy {"errors":[{"code","message"}]} body.
var legacyCodes = map[int]struct {
	code int
	msg  string
}{
	http.StatusUnauthorized:       {89, "Invalid or expired token."},
	http.StatusPaymentRequired:    {402, "Your enrolled account does not have any credits to fulfill this request."},
	http.StatusForbidden:          {226, "This request looks like it might be automated."},
	http.StatusTooManyRequests:    {88, "Rate limit exceeded"},
	http.StatusServiceUnavailable: {130, "Over capacity"},
	http.StatusBadRequest:         {44, "Invalid request parameters."},
	http.StatusNotFound:           {34, "Sorry, that page does not exist."},
}

// problem answers an error in problem-details form, or in the legacy form
// when SetLegacyErrors is on. Callers hold s.mu.
func (s *Server) problem(w http.ResponseWriter, status int, typ, title, detail string) {
	if s.legacy {
		lc := legacyCodes[status]
		if detail == detailDuplicate {
			lc.code, lc.msg = 187, "Status is a duplicate."
		}
		writeJSON(w, status, map[string]any{"errors": []map[string]any{{"code": lc.code, "message": lc.msg}}})
		return
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	writeBody(w, map[string]any{"type": typ, "title": title, "detail": detail, "status": status})
}

// invalid answers 400 invalid-request, naming the bad parameter.
func (s *Server) invalid(w http.ResponseWriter, param, msg string) {
	if s.legacy {
		s.problem(w, http.StatusBadRequest, typeInvalid, "Invalid Request", msg)
		return
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusBadRequest)
	writeBody(w, map[string]any{
		"type": typeInvalid, "title": "Invalid Request", "status": 400,
		"detail": "One or more parameters to your request was invalid.",
		"errors": []map[string]any{{"parameters": map[string][]string{param: {}}, "message": msg}},
	})
}

func (s *Server) unauthorized(w http.ResponseWriter) {
	s.problem(w, http.StatusUnauthorized, "about:blank", "Unauthorized", "Unauthorized")
}

// tooManyRequests answers 429 with the 15-minute window reset at reset15
// and, when daily is not zero, an exhausted 24-hour user limit.
func (s *Server) tooManyRequests(w http.ResponseWriter, reset15, daily time.Time) {
	h := w.Header()
	h.Set("x-rate-limit-remaining", "0")
	h.Set("x-rate-limit-reset", strconv.FormatInt(ceilUnix(reset15), 10))
	if !daily.IsZero() {
		h.Set("x-user-limit-24hour-limit", "100")
		h.Set("x-user-limit-24hour-remaining", "0")
		h.Set("x-user-limit-24hour-reset", strconv.FormatInt(ceilUnix(daily), 10))
	}
	s.problem(w, http.StatusTooManyRequests, "about:blank", "Too Many Requests", "Too Many Requests")
}

// ceilUnix rounds t up to whole epoch seconds, as a reset header does.
func ceilUnix(t time.Time) int64 {
	u := t.Unix()
	if t.After(time.Unix(u, 0)) {
		u++
	}
	return u
}
