package compliance

import (
	"strings"
	"unicode/utf8"
)

// containsAnyOf reports whether s holds any of the characters of chars, as
// strings.ContainsAny does. ContainsAny falls back to decoding s rune by
// rune, and looking each rune up in chars, when chars is not all ASCII
// ("—–-", "'‘"): about 25 instructions per byte of a post, for a question
// some rules ask of every text. Here each character is one search of s
// instead: strings.IndexByte for an ASCII one, strings.Contains of its
// UTF-8 bytes for the others. That answers the same: valid UTF-8 decodes
// at every lead byte, so a character's bytes found anywhere in s are that
// character, and chars holds no U+FFFD that an invalid byte could decode to.
func containsAnyOf(s, chars string) bool {
	for i := 0; i < len(chars); {
		if c := chars[i]; c < utf8.RuneSelf {
			if strings.IndexByte(s, c) >= 0 {
				return true
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(chars[i:])
		if strings.Contains(s, chars[i:i+n]) {
			return true
		}
		i += n
	}
	return false
}
