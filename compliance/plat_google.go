package compliance

import (
	"regexp"

	"github.com/practicepost/practicepost/post"
)

// Google Business Profile's own rules for a post's summary (PLATFORMS.md
// section 9). They key off the target's kind: the checklist imports no
// adapter.

// googlePhoneRE is a phone number as Google's check refuses it: ten digits
// in the usual groups, with an optional country code. Any number counts,
// the practice's own included: Google wants it in the CALL button.
var googlePhoneRE = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?\(?\b\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}\b`)

// googleLinkRE is a link in the text.
var googleLinkRE = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"']+`)

// googleTexts calls fn with each Google channel and the text it gets.
func googleTexts(s *scan, fn func(t Target, text string)) {
	for _, t := range s.d.Channels {
		if t.Kind == "google" {
			fn(t, textFor(s.d, t.ID))
		}
	}
}

// checkGooglePhone is PLAT-03: Google refuses a post whose summary holds a
// phone number, so it would fail at its time; the CALL button dials the
// practice's listed number instead.
func checkGooglePhone(s *scan) []post.Finding {
	var out []post.Finding
	googleTexts(s, func(t Target, text string) {
		for _, m := range googlePhoneRE.FindAllStringIndex(text, -1) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Channel: t.ID,
				Message:    "Google refuses a post with a phone number in its text, so this post would fail on " + t.ID + ".",
				Suggestion: `Take the number out of the text for ` + t.ID + ` and use the channel's CALL button (button = "CALL" in its settings), which dials the number on the practice's Google listing.`})
		}
	})
	return out
}

// checkGoogleLink is PLAT-04: Google shows a post's text without clickable
// links; the post's one link is its button.
func checkGoogleLink(s *scan) []post.Finding {
	var out []post.Finding
	googleTexts(s, func(t Target, text string) {
		ms := googleLinkRE.FindAllStringIndex(text, -1)
		for i, m := range ms {
			msg := "Google does not make links in a post's text clickable; practicepost puts this link in the post's LEARN MORE button on " + t.ID + "."
			if i > 0 {
				msg = "Google shows one link per post, in its button; this second link stays plain text on " + t.ID + "."
			}
			out = append(out, post.Finding{Start: m[0], End: m[1], Channel: t.ID, Message: msg,
				Suggestion: "Keep one link, and leave it out of the text for " + t.ID + " if the button is enough."})
		}
	})
	return out
}
