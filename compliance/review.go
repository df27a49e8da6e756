package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// greetingRE finds the name a reply addresses: "Hi Karen", "Dear Mr Lee".
var greetingRE = mustAnchor(`\b(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Sorry)\s*,?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b`, 48)

// safeReply is the template COMPLIANCE.md suggests for every review reply.
const safeReply = "Thank you for your feedback. We can't discuss anyone's care online, but we would like to hear from you: please call our office."

// checkReviewConfirms is REV-01: a reply that confirms the reviewer is a
// patient, or adds visit, treatment or billing facts (S5-S8).
func checkReviewConfirms(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	out := s.phraseFindings("REV-01", "This confirms the reviewer is a patient or mentions their care or bill. A reply must never do that, even to correct the record.", "")
	for i := range out {
		out[i].Suggestion = safeReply
	}
	return out
}

// checkReviewNames is REV-02: the reply names someone the review did not
// (unmasking a pseudonym, S6 and S7). Staff names are fine.
func checkReviewNames(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	review := " " + normalizeName(s.d.ReviewText) + " "
	var out []post.Finding
	add := func(start, end int) {
		name := s.text[start:end]
		if s.isStaffText(name) || strings.Contains(review, " "+normalizeName(name)+" ") || overlapsAny(out, start, end) {
			return
		}
		out = append(out, post.Finding{Start: start, End: end,
			Message:    "The reply names a person the review did not name. Replies must not reveal who a reviewer is.",
			Suggestion: "Remove the name; address the reviewer without naming them."})
	}
	for _, n := range s.personNames() {
		a, b := s.span(n.from, n.to)
		add(a, b)
	}
	for _, m := range s.findAt(greetingRE, greetingAnchor) {
		if !notPlaces[s.text[m[2]:m[3]]] && s.text[m[2]:m[3]] != "Everyone" && s.text[m[2]:m[3]] != "All" && s.text[m[2]:m[3]] != "Again" {
			add(m[2], m[3])
		}
	}
	return out
}

// checkReviewHostile is REV-03: insults and hostility toward a reviewer.
func checkReviewHostile(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	return s.phraseFindings("REV-03", "This reads as hostile or insulting to the reviewer. Replies are public and are judged by everyone.", "")
}

// checkReviewTemplate is REV-04: a reply longer than the safe template.
func checkReviewTemplate(s *scan) []post.Finding {
	if !s.reviewMode() || len(s.sents) <= 2 {
		return nil
	}
	return []post.Finding{{Start: 0, End: 0, Message: "Long replies to reviews tend to reveal things. The safest reply is short and generic.",
		Suggestion: safeReply}}
}

// greetingAnchor finds the words greetingRE starts with.
var greetingAnchor = wordAnchor("hi", "hello", "hey", "dear", "thanks", "thank", "sorry")
