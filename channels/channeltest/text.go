package channeltest

import (
	"errors"
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/practicepost/practicepost/channels"
)

// urlPattern finds links with a scheme, and bare domains with an optional
// path (X shortens both to t.co links).
var urlPattern = regexp.MustCompile(`(?i)\bhttps?://\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?`)

// SameText reports whether a post text a platform holds (found) is the text
// that was sent, ignoring what platforms rewrite: links (X's t.co), HTML
// escapes (X returns &amp;), trailing punctuation glued to a link, and
// surrounding or repeated whitespace.
func SameText(sent, found string) bool {
	return normalizeText(sent) == normalizeText(html.UnescapeString(found))
}

func normalizeText(s string) string {
	s = urlPattern.ReplaceAllStringFunc(s, func(string) string { return "<url>" })
	return strings.Join(strings.Fields(s), " ")
}

func asChannelError(err error) (*channels.Error, bool) {
	var ce *channels.Error
	ok := errors.As(err, &ce)
	return ce, ok
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
