package web

import (
	"encoding/json"
	"net/http"

	"github.com/practicepost/practicepost/post"
)

// httpStatus maps a domain error code to an HTTP status.
func httpStatus(err error) int {
	switch post.ErrorCode(err) {
	case post.EInvalid:
		return http.StatusBadRequest
	case post.ENotFound:
		return http.StatusNotFound
	case post.EConflict:
		return http.StatusConflict
	case post.EForbidden:
		return http.StatusForbidden
	case post.ELocked:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// userMessage is what a person may see about err: the safe message of a
// domain error, and nothing of an internal one (it is logged instead).
func (s *Server) userMessage(r *http.Request, err error) string {
	if post.ErrorCode(err) == post.EInternal {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		return "something went wrong on our side; it has been logged"
	}
	return post.ErrorMessage(err)
}

// writeJSON answers with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client went away: nothing left to tell it
}

// apiError answers with {"error": {"code", "message"}}; status 0 derives
// it from the error code.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error, status int) {
	if status == 0 {
		status = httpStatus(err)
	}
	code := post.ErrorCode(err)
	writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": s.userMessage(r, err)}})
}

// decodeJSON reads a JSON request body of at most 1 MiB into v, refusing
// unknown fields so a typo is an error rather than silently ignored.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return post.Errorf(post.EInvalid, "the request body is not the JSON expected: %v", err)
	}
	return nil
}

// safeNext keeps a post-login redirect on this site: a local path only.
func safeNext(next string) string {
	if len(next) == 0 || next[0] != '/' || (len(next) > 1 && (next[1] == '/' || next[1] == '\\')) {
		return "/calendar"
	}
	return next
}
