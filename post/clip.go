package post

import (
	"fmt"
	"unicode/utf8"
)

// Clip shortens s to at most n runes for a log line or an audit entry,
// saying how long it was, so a value taken from a request can never fill a
// disk however long it is. Every logged or audited value that a client
// sent goes through it.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s // n bytes are at most n runes
	}
	i, runes := 0, 0
	for i < len(s) && runes < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		runes++
	}
	if i == len(s) {
		return s
	}
	return fmt.Sprintf("%s…(%d bytes)", s[:i], len(s))
}
