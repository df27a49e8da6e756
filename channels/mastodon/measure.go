package mastodon

import (
	"regexp"
	"sort"
	"unicode/utf8"
)

// Mastodon counts a status as its instance does (StatusLengthValidator):
// every http(s) link as URLWeight whatever its length, a remote mention
// @user@domain as @user, everything else by character. Characters are
// counted as code points, which never undercounts Mastodon's grapheme
// count (a flag emoji is 2 here, 1 there): a status that fits here fits
// there.
var (
	urlRe     = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"']*[^\s<>"'.,;:!?)]`)
	mentionRe = regexp.MustCompile(`(?i)(?:^|[^\w/@])(@[a-z0-9_]+)@[a-z0-9.-]+\.[a-z]{2,}`)
)

// span is a stretch of text with its own weight.
type span struct{ start, end, weight int }

// Measure counts text as Mastodon does and returns the byte offset where
// the count passes max (len(text) when it fits or max is 0). It fits
// channels.Kind.Measure.
func Measure(text string, max int) (n, over int) {
	var spans []span
	for _, m := range urlRe.FindAllStringIndex(text, -1) {
		spans = append(spans, span{m[0], m[1], URLWeight})
	}
	for _, m := range mentionRe.FindAllStringSubmatchIndex(text, -1) {
		if !inside(spans, m[2]) {
			spans = append(spans, span{m[2], m[1], utf8.RuneCountInString(text[m[2]:m[3]])})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	over = len(text)
	add := func(at, w int) {
		n += w
		if max > 0 && n > max && over == len(text) {
			over = at
		}
	}
	i, next := 0, 0
	for i < len(text) {
		if next < len(spans) && spans[next].start == i {
			add(i, spans[next].weight)
			i = spans[next].end
			next++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		add(i, 1)
		i += size
	}
	return n, over
}

func inside(spans []span, at int) bool {
	for _, s := range spans {
		if at >= s.start && at < s.end {
			return true
		}
	}
	return false
}
