package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/practicepost/practicepost/post"
)

// httpStatus maps a domain error code to an HTTP status.
func httpStatus(err error) int {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge
	}
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
		s.log.Error("request failed", "method", r.Method, "path", post.Clip(r.URL.Path, 128), "error", err)
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

// decodeJSON reads a JSON request body of at most apiBodyBytes into v, refusing
// unknown fields so a typo is an error rather than silently ignored.
//
// Go's decoder quietly turns bytes that are not UTF-8, and \u escapes of
// lone UTF-16 surrogates, into U+FFFD; both are refused first, with their
// offset, so no text is stored other than as sent.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, apiBodyBytes))
	if err != nil {
		if e := bodyError(err); httpStatus(e) == http.StatusRequestEntityTooLarge {
			return e
		}
		return post.Errorf(post.EInvalid, "the request body could not be read: %v", err)
	}
	if err := post.CheckBytes("the request body", string(body)); err != nil {
		return err
	}
	if i, esc := loneSurrogate(body); i >= 0 {
		return post.Errorf(post.EInvalid, "the request body has a lone UTF-16 surrogate (%s) at byte offset %d; send the character itself, or both halves of its pair", esc, i)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return post.Errorf(post.EInvalid, "the request body is not the JSON expected: %v", err)
	}
	return nil
}

// loneSurrogate finds the first \uD800-\uDFFF escape in a JSON text that
// is not a high surrogate followed by a low one, returning its offset and
// text, or -1.
func loneSurrogate(b []byte) (int, string) {
	surrogate := func(i int) (rune, bool) { // the \uXXXX at i, if there is one
		if i+6 > len(b) || b[i] != '\\' || b[i+1] != 'u' {
			return 0, false
		}
		n, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16)
		return rune(n), err == nil
	}
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' {
			continue
		}
		r, ok := surrogate(i)
		switch {
		case !ok:
			i++ // an escape such as \\ or \": skip the escaped byte
		case r >= 0xD800 && r < 0xDC00:
			if lo, ok := surrogate(i + 6); ok && lo >= 0xDC00 && lo < 0xE000 {
				i += 11
				continue
			}
			return i, string(b[i : i+6])
		case r >= 0xDC00 && r < 0xE000:
			return i, string(b[i : i+6])
		default:
			i += 5
		}
	}
	return -1, ""
}

// safeNext keeps a post-login redirect on this site: a local path only.
func safeNext(next string) string {
	if len(next) == 0 || next[0] != '/' || (len(next) > 1 && (next[1] == '/' || next[1] == '\\')) {
		return "/" // home sends each person to their own start page
	}
	return next
}
