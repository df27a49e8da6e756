package compliance

import (
	"regexp"

	"github.com/practicepost/practicepost/post"
)

// Rules for networks that refuse or change what a post's text holds
// beyond its length: Google Business Profile refuses phone numbers and
// shows links only in the post's button (docs/PLATFORMS.md section 9).
// The network's kind says so through the Target (NoPhoneInText,
// LinkButton): the checklist names no network.

// phoneInTextRE is a phone number as Google's check refuses it: ten
// digits in the usual groups, with an optional country code. Any number
// counts, the practice's own included: the network wants it in the call
// button.
var phoneInTextRE = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?\(?\b\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}\b`)

// linkInTextRE is a link in the text.
var linkInTextRE = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"']+`)

// textsWhere calls fn with each channel the rule applies to and the text
// it gets.
func textsWhere(s *scan, applies func(Target) bool, fn func(t Target, text string)) {
	for _, t := range s.d.Channels {
		if applies(t) {
			fn(t, textFor(s.d, t.ID))
		}
	}
}

// checkPhoneInText is PLAT-03: a network that refuses a post whose text
// holds a phone number (Google) would fail it at its time; its call
// button dials the practice's listed number instead.
func checkPhoneInText(s *scan) []post.Finding {
	var out []post.Finding
	textsWhere(s, func(t Target) bool { return t.NoPhoneInText }, func(t Target, text string) {
		use := "."
		if t.CallButton != "" {
			use = " and use " + t.CallButton + "."
		}
		for _, m := range phoneInTextRE.FindAllStringIndex(text, -1) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Channel: t.ID,
				Message:    t.Network + " refuses a post with a phone number in its text, so this post would fail on " + t.ID + ".",
				Suggestion: "Take the number out of the text for " + t.ID + use})
		}
	})
	return out
}

// checkLinkInText is PLAT-04: a network that shows a post's text without
// clickable links (Google) shows the post's one link as its button.
func checkLinkInText(s *scan) []post.Finding {
	var out []post.Finding
	textsWhere(s, func(t Target) bool { return t.LinkButton != "" }, func(t Target, text string) {
		ms := linkInTextRE.FindAllStringIndex(text, -1)
		for i, m := range ms {
			msg := t.Network + " does not make links in a post's text clickable; practicepost puts this link in the post's " + t.LinkButton + " button on " + t.ID + "."
			if i > 0 {
				msg = t.Network + " shows one link per post, in its button; this second link stays plain text on " + t.ID + "."
			}
			out = append(out, post.Finding{Start: m[0], End: m[1], Channel: t.ID, Message: msg,
				Suggestion: "Keep one link, and leave it out of the text for " + t.ID + " if the button is enough."})
		}
	})
	return out
}
