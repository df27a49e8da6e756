package compliance

import (
	"regexp"
	"strconv"
	"unicode/utf16"

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
		return twittertext.WeightedLength(text)
	}
	n := 0
	for _, r := range text {
		n += utf16.RuneLen(r)
	}
	return n
}

func channelFit(kind, text string) ChannelFit {
	l, lim := length(kind, text), Limit(kind)
	return ChannelFit{WeightedLength: l, Limit: lim, Fits: lim == 0 || l <= lim}
}

// checkLength is PLAT-01: the text published on each channel is over that
// channel's limit. The finding carries the channel and spans the text. The
// lengths were measured once for the report (scan.fits).
func checkLength(s *scan) []post.Finding {
	var out []post.Finding
	for _, t := range s.d.Channels {
		text := textFor(s.d, t.ID)
		fit, ok := s.fits[t.ID]
		if !ok {
			fit = channelFit(t.Kind, text)
		}
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
// first character, emoji or link past it on X; the first rune whose UTF-16
// units go past it elsewhere.
func overflowAt(kind, text string, limit int) int {
	if kind == "x" {
		return twittertext.Overflow(text, limit)
	}
	n := 0
	for i, r := range text {
		if n += utf16.RuneLen(r); n > limit {
			return i
		}
	}
	return len(text)
}

// checkMentions is PLAT-02: tagging an account that is not on the practice's
// list; it may be a patient.
func checkMentions(s *scan) []post.Finding {
	var out []post.Finding
	for _, m := range s.findAround(mentionRE, '@', 1, 32) {
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
