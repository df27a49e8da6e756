package compliance

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/twittertext"
	"github.com/practicepost/practicepost/post"
)

// mentionRE is an @handle (not the @ of an e-mail address).
var mentionRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9_@.])@([A-Za-z0-9_]{1,30})\b`)

// length measures text the way a channel kind does: X by twitter-text's
// weighted length; LinkedIn and Facebook by UTF-16 code units, which is how
// their JavaScript front ends (and API validators) count characters, so an
// emoji counts 2 there too. This is the safe reading: it never undercounts.
func length(kind, text string) int {
	if kind == "x" {
		n := 0
		for _, c := range xChunks(text) {
			n += twittertext.WeightedLength(c)
		}
		return n
	}
	n := 0
	for _, r := range text {
		n += utf16.RuneLen(r)
	}
	return n
}

// xChunk is the size X texts are measured in. twittertext.WeightedLength
// grows faster than linearly on long runs without spaces ("a.a.a.a...", 8 KB
// takes over a second), so long texts are measured in pieces and summed.
// Cuts fall on whitespace, which no URL, emoji sequence or NFC composition
// crosses, so the sum is exact; only a run of more than xChunk bytes with no
// whitespace is cut mid-run, where a URL crossing the cut may be counted
// twice (an overcount, never an undercount).
const xChunk = 256

func xChunks(text string) []string {
	if len(text) <= xChunk {
		return []string{text}
	}
	var out []string
	for len(text) > xChunk {
		cut := strings.LastIndexAny(text[:xChunk], " \n\t")
		if cut <= 0 {
			cut = xChunk
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		} else {
			cut++ // keep the space with the piece before it
		}
		out = append(out, text[:cut])
		text = text[cut:]
	}
	return append(out, text)
}

func channelFit(kind, text string) ChannelFit {
	l, lim := length(kind, text), Limit(kind)
	return ChannelFit{WeightedLength: l, Limit: lim, Fits: lim == 0 || l <= lim}
}

// checkLength is PLAT-01: the text published on each channel is over that
// channel's limit. The finding carries the channel and spans the text.
func checkLength(s *scan) []post.Finding {
	var out []post.Finding
	for _, t := range s.d.Channels {
		text := textFor(s.d, t.ID)
		fit := channelFit(t.Kind, text)
		if fit.Fits {
			continue
		}
		out = append(out, post.Finding{Start: overflowAt(t.Kind, text, fit.Limit), End: len(text), Channel: t.ID,
			Message:    "The text for " + t.ID + " is " + strconv.Itoa(fit.WeightedLength) + " characters long; the limit there is " + strconv.Itoa(fit.Limit) + ".",
			Suggestion: "Shorten it, or write a shorter version for this channel."})
	}
	return out
}

// overflowAt returns the byte offset where text passes limit on kind: the
// piece (see xChunks) that crosses the limit is found by summing, then the
// rune inside it by binary search, so the cost is one measurement of the
// text plus a few of one piece.
func overflowAt(kind, text string, limit int) int {
	pieces := []string{text}
	if kind == "x" {
		pieces = xChunks(text)
	}
	offset, used := 0, 0
	for _, p := range pieces {
		n := length(kind, p)
		if used+n <= limit {
			used += n
			offset += len(p)
			continue
		}
		// Binary search over rune starts for the longest prefix that fits.
		starts := make([]int, 0, len(p)+1)
		for i := range p {
			starts = append(starts, i)
		}
		starts = append(starts, len(p))
		k := sort.Search(len(starts), func(i int) bool { return used+length(kind, p[:starts[i]]) > limit })
		lo := starts[max(0, k-1)]
		return offset + lo
	}
	return len(text)
}

// checkMentions is PLAT-02: tagging an account that is not on the practice's
// list; it may be a patient.
func checkMentions(s *scan) []post.Finding {
	var out []post.Finding
	for _, m := range s.findIf(s.hasByte("@"), mentionRE) {
		h := s.text[m[2]:m[3]]
		if s.c.allow.handles[lowerASCII(h)] {
			continue
		}
		out = append(out, post.Finding{Start: m[2] - 1, End: m[3], Message: "This tags an account that is not on the practice's list. Make sure it is not a patient.",
			Suggestion: "Remove the tag, or add the account to the practice's handles."})
	}
	return out
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
