package web

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Request body limits. The body is capped before anything reads it: a form
// parsed without one spooled an anonymous 1 GB sign-in to disk.
const (
	loginBodyBytes = 8 << 10   // a name, a password and a redirect path
	formBodyBytes  = 256 << 10 // a page's form: a reason, a review comment, a reply
	apiBodyBytes   = 1 << 20   // a JSON request: a post and its variants
)

// bodyLimit is the most route pattern reads of a request body: the compose
// forms take an image, the sign-in form a few KB.
func bodyLimit(pattern string) int64 {
	switch pattern {
	case "POST /login":
		return loginBodyBytes
	case "POST /posts", "POST /posts/{id}/edit":
		return maxFormBytes
	}
	if strings.Contains(pattern, " /api/") {
		return apiBodyBytes
	}
	return formBodyBytes
}

// parseForm reads a form body (URL-encoded or multipart) within the limit
// guard set, so an oversized one is refused with 413 before the CSRF check
// or the handler sees an empty form. Other bodies (JSON) are left to the
// handler.
func parseForm(r *http.Request) error {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	switch ct {
	case "multipart/form-data":
		err = r.ParseMultipartForm(1 << 20) // past 1 MB in memory, parts go to temp files, within the limit
	case "application/x-www-form-urlencoded":
		err = r.ParseForm()
	default:
		return nil
	}
	return bodyError(err)
}

// bodyError turns a read error of a capped body into a clear error: one
// over its limit keeps the *http.MaxBytesError, which httpStatus answers
// with 413.
func bodyError(err error) error {
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &tooBig):
		return &post.Error{Code: post.EInvalid, Err: tooBig,
			Message: fmt.Sprintf("the request is larger than the %s this page accepts", sizeWords(tooBig.Limit))}
	}
	return post.Errorf(post.EInvalid, "the form could not be read; reload the page and try again")
}

func sizeWords(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}
