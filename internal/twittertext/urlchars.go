package twittertext

import "strings"

// Character classes of twitter-text's URL regexps (js/src/regexp/*.js in
// twitter/twitter-text), and the path and query grammar built on them.

// urlPunct is twitter-text's "punct" (backslash included): characters that
// end a domain label.
const urlPunct = `!'#%&()*+,\-./:;<=>?@[]^_{|}~$`

// asciiDomainChar is isDomainChar for ASCII, precomputed because it runs for
// every character of every post. twitter-text's class excludes tab to
// carriage return, space and urlPunct, not other control characters.
var asciiDomainChar = func() (t [0x80]bool) {
	for r := rune(0); r < 0x80; r++ {
		t[r] = !(r >= 0x09 && r <= 0x0D) && r != ' ' && !strings.ContainsRune(urlPunct, r)
	}
	return t
}()

// asciiURLPreceding and asciiLabelChar are urlPrecedingChar and
// isLabelChar for ASCII, as tables: the URL scanner asks them about every
// character of a post.
var asciiURLPreceding, asciiLabelChar = func() (pre, label [0x80]bool) {
	for r := rune(0); r < 0x80; r++ {
		pre[r] = urlPrecedingChar(r)
		label[r] = isDomainChar(r) || r == '_' || r == '-'
	}
	return pre, label
}()

// urlPrecedingChar reports whether r may come right before a URL: anything
// but a letter, digit, @ or $ or # (so "foo@bar.com" and "$AAPL.com" are not
// links), or an invalid character.
// The URL scanner asks asciiURLPreceding first for ASCII.
func urlPrecedingChar(r rune) bool {
	switch {
	case isASCIIAlnum(r):
		return false
	case r == '@' || r == '＠' || r == '$' || r == '#' || r == '＃':
		return false
	case isInvalidChar(r):
		return false
	}
	return true
}

// isNoProtocolBlocker reports the characters after which a URL typed without
// "http" is not taken ("foo-bar.com" after "-" is part of a longer word).
func isNoProtocolBlocker(r rune) bool {
	return r == '-' || r == '_' || r == '.' || r == '/'
}

// isDomainChar reports twitter-text's validDomainChars: anything but
// punctuation, spaces, invalid characters and directional marks. Letters of
// any script count, so "☃.net" and "例え.jp" have valid labels.
func isDomainChar(r rune) bool {
	if r < 0x80 {
		return asciiDomainChar[r]
	}
	switch {
	case r == 0x85 || r == 0xA0 || r == 0x1680 || r == 0x180E:
		return false
	case r >= 0x2000 && r <= 0x200A:
		return false
	case r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000:
		return false
	case isInvalidChar(r):
		return false
	case r >= 0x202A && r <= 0x202E, r == 0x061C, r == 0x200E, r == 0x200F, r >= 0x2066 && r <= 0x2069:
		return false // directional formatting characters
	}
	return true
}

// isLabelChar reports characters that may appear inside a domain label.
func isLabelChar(r rune) bool {
	if uint32(r) < 0x80 {
		return asciiLabelChar[r]
	}
	return isDomainChar(r)
}

// isLatinAccent reports twitter-text's latinAccentChars.
func isLatinAccent(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0xD6, r >= 0xD8 && r <= 0xF6, r >= 0xF8 && r <= 0x24F:
		return true
	case r == 0x253 || r == 0x254 || r == 0x256 || r == 0x257 || r == 0x259 || r == 0x25B ||
		r == 0x263 || r == 0x268 || r == 0x26F || r == 0x272 || r == 0x289 || r == 0x28B || r == 0x2BB:
		return true
	case r >= 0x300 && r <= 0x36F, r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	return false
}

// isASCIIDomainChar reports the characters of an "ASCII" host label: letters,
// digits, '-' and Latin accented letters.
func isASCIIDomainChar(r rune) bool { return isASCIIAlnum(r) || r == '-' || isLatinAccent(r) }

func isCyrillic(r rune) bool { return r >= 0x400 && r <= 0x4FF }

// isPathChar reports validGeneralUrlPathChars.
func isPathChar(r rune) bool {
	if isASCIIAlnum(r) || isCyrillic(r) || isLatinAccent(r) || r == 0x2013 {
		return true
	}
	return strings.ContainsRune(`!*';:=+,.$/%#[]-_~@|&`, r)
}

// isPathEndChar reports validUrlPathEndingChars (balanced parentheses aside):
// a path does not end in '.', ',', '!' and the like, so "see example.com/a."
// leaves the full stop out.
func isPathEndChar(r rune) bool {
	if isASCIIAlnum(r) || isCyrillic(r) || isLatinAccent(r) {
		return true
	}
	return r == '+' || r == '-' || r == '=' || r == '_' || r == '#' || r == '/'
}

// matchPath returns the end of the URL path whose body starts at j (just
// after its '/'). twitter-text's path is a run of units, each either path
// characters and (parenthesised) groups ending in an ending character, or a
// lone group: its ending-character class is spliced into the path regexp
// ungrouped, so a group only ends a path where a unit could end just before
// it ("/a(b)" is whole, "/a](b)" stops at "/a"). The longest such run wins.
func matchPath(rs []rune, j int) int {
	lastGood := j
	boundary := true // a unit could end right here
	for j < len(rs) {
		r := rs[j]
		switch {
		case isPathChar(r):
			j++
			boundary = isPathEndChar(r)
		case r == '(':
			end, ok := matchParens(rs, j)
			if !ok {
				return lastGood
			}
			j = end // a group keeps whatever boundary state preceded it
		default:
			return lastGood
		}
		if boundary {
			lastGood = j
		}
	}
	return lastGood
}

// matchParens matches "(chars)" or "(chars(chars)chars)" at j: Wikipedia's
// /Primer_(film), up to one nested level.
func matchParens(rs []rune, j int) (end int, ok bool) {
	k := j + 1
	for k < len(rs) && isPathChar(rs[k]) {
		k++
	}
	if k < len(rs) && rs[k] == ')' && k > j+1 {
		return k + 1, true
	}
	if k >= len(rs) || rs[k] != '(' {
		return 0, false
	}
	inner := k + 1
	k = inner
	for k < len(rs) && isPathChar(rs[k]) {
		k++
	}
	if k == inner || k >= len(rs) || rs[k] != ')' {
		return 0, false
	}
	k++
	for k < len(rs) && isPathChar(rs[k]) {
		k++
	}
	if k < len(rs) && rs[k] == ')' {
		return k + 1, true
	}
	return 0, false
}

// matchQuery returns the end of a query string starting at j ('?'): query
// characters up to the last one that may end a query, or j if none may.
func matchQuery(rs []rune, j int) int {
	end := j
	for k := j + 1; k < len(rs); k++ {
		r := rs[k]
		if !isASCIIAlnum(r) && !strings.ContainsRune(`!?*'@();:&=+$/%#[]-_.,~|`, r) {
			break
		}
		if isASCIIAlnum(r) || strings.ContainsRune(`-_&=#/`, r) {
			end = k + 1
		}
	}
	return end
}
