package compliance

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// mentionRE is an @handle (not the @ of an e-mail address).
var mentionRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9_@.])@([A-Za-z0-9_]{1,30})\b`)

// measure measures text on the target's network, with the channel's
// content warning in front where the network counts it with the text
// (Mastodon), and finds the byte offset in text where it passes the
// target's limit (len(text) when it fits, 0 when the warning alone does).
func measure(t Target, warning, text string) (fit ChannelFit, overflow int) {
	if t.Measure == nil {
		return ChannelFit{Limit: t.Limit, Fits: true}, len(text)
	}
	if !t.ContentWarnings {
		warning = ""
	}
	n, overflow := t.Measure(warning+text, t.Limit)
	overflow = max(overflow-len(warning), 0)
	if t.Limit == 0 {
		overflow = len(text)
	}
	return ChannelFit{WeightedLength: n, Limit: t.Limit, Fits: t.Limit == 0 || n <= t.Limit}, overflow
}

// checkLength is PLAT-01: the text published on each channel is over that
// channel's limit. The finding carries the channel and spans the text from
// where it passes the limit. The texts were measured once for the report
// (scan.overflow).
func checkLength(s *scan) []post.Finding {
	var out []post.Finding
	for i, t := range s.d.Channels {
		text := textFor(s.d, t.ID)
		var o measured
		if i < len(s.overflow) {
			o = s.overflow[i]
		} else {
			o.fit, o.at = measure(t, s.d.ContentWarnings[t.ID], text)
		}
		fit, at := o.fit, o.at
		if fit.Fits {
			continue
		}
		what := "The text for " + t.ID
		if t.ContentWarnings && s.d.ContentWarnings[t.ID] != "" {
			what += " with its content warning"
		}
		if out == nil {
			out = s.found.make(len(s.d.Channels) - i)
		}
		out = append(out, post.Finding{Start: at, End: len(text), Channel: t.ID,
			Message:    what + " is " + strconv.Itoa(fit.WeightedLength) + " characters long; the limit there is " + strconv.Itoa(fit.Limit) + ".",
			Suggestion: "Shorten it, or write a shorter version for this channel."})
	}
	return out
}

// measured is one channel's measurement, kept for PLAT-01.
type measured struct {
	fit ChannelFit
	at  int // byte offset where the text passes the limit
}

// checkMentions is PLAT-02: tagging an account that is not on the practice's
// list; it may be a patient.
func checkMentions(s *scan) []post.Finding {
	var out []post.Finding
	disclosed := -1 // whether the post discloses a paid partnership, asked once
	for _, m := range s.findAround(mentionRE, '@', 1, 32) {
		h := s.text[m[2]:m[3]]
		// Instagram handles go on over dots ("@dr.amal.skin").
		end := m[3]
		for end+1 < len(s.text) && s.text[end] == '.' && isWordByte(s.text[end+1]) {
			end++
			for end < len(s.text) && isWordByte(s.text[end]) {
				end++
			}
		}
		if lh := lowerASCII(h); s.c.allow.handles[lh] || s.c.allow.townOrgHandle(lh) || orgHandle(lh) || businessHandle(lh) ||
			s.c.allow.staffHandle(lowerASCII(s.text[m[2]:end])) {
			continue
		}
		if e, ok := s.repliedHandle(); ok && e == end && s.takenPrivate() {
			continue // the account a reply answers and sends to a private channel
		}
		if s.sponsorNamed(m[2] - 1) {
			if disclosed < 0 {
				disclosed = 0
				if s.has("ENDORSE-02/disclosure") {
					disclosed = 1
				}
			}
			if disclosed == 1 {
				// "Paid partnership with @doralsportsgear ... #ad": the
				// sponsor a disclosed partnership names, not a person
				// tagged.
				continue
			}
		}
		out = append(out, post.Finding{Start: m[2] - 1, End: end, Message: "This tags an account that is not on the practice's list. Make sure it is not a patient.",
			Suggestion: "Remove the tag, or add the account to the practice's handles."})
	}
	return out
}

// businessEndings end the account names of businesses and organizations
// ("@sunrisebakery", "@doralsportsgear", "@bluecanoe_coffee",
// "@oregonredcross"); short ones only after a separator ("@brightskin_co"),
// so "@marco" stays a person.
var businessEndings = []string{"bakery", "cafe", "coffee", "eats", "kitchen", "foods", "market", "gear", "shop", "store", "boutique",
	"redcross", "foodbank", "pantry", "academy", "brewing", "brewery", "fitness", "gym", "yoga", "studio", "salon", "farms", "bank",
	"museum", "zoo", "rescue", "shelter", "bikes", "books", "bookstore", "press", "media", "magazine", "weekly", "daily", "radio",
	"sports", "athletics", "fc", "ymca", "ywca", "rotary", "pharmacy", "rx", "foundation", "nonprofit", "alliance", "coalition",
	"_co", ".co", "_inc", "llc", "truck", "tacos", "pizza", "grill", "diner", "deli", "catering", "supply", "outfitters", "wellness"}

// businessHandle reports whether the account h (lower-case, no @) is a
// business's by the word its name ends in.
func businessHandle(h string) bool {
	for _, w := range businessEndings {
		if strings.HasSuffix(h, w) && len(h) > len(w)+2 {
			return true
		}
	}
	return false
}

// sponsorNamed reports a handle at byte at that a partnership names:
// "partnership with @x", "sponsored by @x", "hosted by @x".
func (s *scan) sponsorNamed(at int) bool {
	t, _ := s.tokenRange(at, at+1)
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if inSet(s.toks[k].low, "with", "by", "partner", "partners", "partnership", "partnered", "sponsor", "sponsored", "collab", "x") {
			return true
		}
	}
	return false
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
