package bluesky

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Bluesky shows a link, a mention or a hashtag only where the post's
// record says so: a facet names a byte range of the text (UTF-8, start
// inclusive, end exclusive) and what it is. These rules follow the
// official client's detection (RichText.detectFacets in @atproto/api):
//   - a link is an http(s) URL at the start of the text or after a space or
//     "(", without trailing . , ; : ! ? and without a ")" it did not open;
//     bare domains ("example.org") are not linked;
//   - a mention is @handle at the start or after a space or "(", the
//     handle a domain name (riversideclinic.bsky.social);
//   - a hashtag is # (or the fullwidth ＃) at the start or after a space,
//     up to the next space, without trailing punctuation, not only digits,
//     at most 64 characters, and not the keycap emoji #️⃣.

// Facet kinds.
const (
	FacetLink    = "link"
	FacetMention = "mention"
	FacetTag     = "tag"
)

// Facet is one link, mention or hashtag found in a text: bytes
// [Start, End) of the text, and its value: the URL, the handle (without
// @) or the tag (without #).
type Facet struct {
	Kind       string
	Start, End int
	Value      string
}

// MaxTagLength is the longest hashtag, in characters, without the #.
const MaxTagLength = 64

// space is JavaScript's \s, which the official client's patterns use:
// Go's \s is ASCII only, and a URL would run on through a no-break or
// ideographic space.
const space = `\s\v\pZ\x{feff}`

var (
	linkRe    = regexp.MustCompile(`(?:^|[` + space + `(])(https?://[^` + space + `]+)`)
	mentionRe = regexp.MustCompile(`(?:^|[` + space + `(])(@[a-zA-Z0-9.-]+)`)
	handleRe  = regexp.MustCompile(`^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$`)
)

// validHandle reports whether h is a handle (a domain name).
func validHandle(h string) bool { return len(h) <= 253 && handleRe.MatchString(h) }

// DetectFacets finds the links, mentions and hashtags of text, in text
// order. Mentions still carry handles; Publish resolves them to DIDs.
func DetectFacets(text string) []Facet {
	var out []Facet
	for _, m := range linkRe.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[2], trimLink(text, m[2], m[3])
		if end-start > len("https://") {
			out = append(out, Facet{Kind: FacetLink, Start: start, End: end, Value: text[start:end]})
		}
	}
	for _, m := range mentionRe.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[2], m[3]
		// A handle ends in a letter or digit: "@doc.example." ends a
		// sentence.
		for end > start+1 && (text[end-1] == '.' || text[end-1] == '-') {
			end--
		}
		if h := text[start+1 : end]; validHandle(h) && !inside(out, start) {
			out = append(out, Facet{Kind: FacetMention, Start: start, End: end, Value: strings.ToLower(h)})
		}
	}
	out = append(out, hashtags(text, out)...)
	slices.SortFunc(out, func(a, b Facet) int { return a.Start - b.Start })
	return out
}

// trimLink drops what ends a sentence rather than a URL from text[start:end].
func trimLink(text string, start, end int) int {
	for end > start {
		switch text[end-1] {
		case '.', ',', ';', ':', '!', '?', '"', '\'':
			end--
			continue
		case ')':
			if !strings.Contains(text[start:end-1], "(") {
				end--
				continue
			}
		}
		break
	}
	return end
}

// invisible are characters that end a hashtag though they are not spaces.
const invisible = "\u00ad\u2060\u200a\u200b\u200c\u200d\u20e2"

// hashtags finds the hashtags of text outside the facets already found.
func hashtags(text string, found []Facet) []Facet {
	var out []Facet
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if (r != '#' && r != '＃') || (i > 0 && !unicode.IsSpace(prev)) || inside(found, i) {
			i += size
			continue
		}
		start := i
		body := i + size
		end := body
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if unicode.IsSpace(r) || strings.ContainsRune(invisible, r) {
				break
			}
			end += n
		}
		i = end
		// Trailing punctuation ends a sentence, not the tag.
		for end > body {
			r, n := utf8.DecodeLastRuneInString(text[body:end])
			if !unicode.IsPunct(r) {
				break
			}
			end -= n
		}
		tag := text[body:end]
		if tag == "" || strings.HasPrefix(tag, "\ufe0f") || utf8.RuneCountInString(tag) > MaxTagLength || !hasWordRune(tag) {
			continue
		}
		out = append(out, Facet{Kind: FacetTag, Start: start, End: end, Value: tag})
	}
	return out
}

// hasWordRune reports whether tag has a character that is not a digit,
// space or punctuation: "#1" is not a tag.
func hasWordRune(tag string) bool {
	for _, r := range tag {
		if !unicode.IsDigit(r) && !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return true
		}
	}
	return false
}

// inside reports whether byte at falls in one of the facets.
func inside(fs []Facet, at int) bool {
	for _, f := range fs {
		if at >= f.Start && at < f.End {
			return true
		}
	}
	return false
}

// Measure counts text in graphemes, as Bluesky does (an emoji ZWJ
// sequence, a flag or a letter with combining marks is one), and returns
// the byte offset where the count passes max (len(text) when it fits or
// max is 0). It fits channels.Kind.Measure.
func Measure(text string, max int) (n, over int) {
	over = len(text)
	rest, state, at := text, -1, 0
	for rest != "" {
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		n++
		if max > 0 && n > max && over == len(text) {
			over = at
		}
		at += len(cluster)
	}
	return n, over
}
