package channels

import (
	"errors"
	"net/url"
	"strings"
)

// RedactURLError drops the query string and fragment from a *url.Error's
// URL, where platforms put tokens (Graph's access_token, debug_token's
// input_token), so a transport error can be logged and shown safely. Other
// errors are returned as they are.
func RedactURLError(err error) error {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return err
	}
	u := ue.URL
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return &url.Error{Op: ue.Op, URL: u, Err: ue.Err}
}
