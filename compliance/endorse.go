package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// buyReviewRE is an incentive tied to a review (16 CFR 465.4): "leave us a
// 5-star review and get 10% off", "review us for a raffle entry".
var buyReviewRE = mustAnchor(`(?i)\b(?:leave|write|post|give|drop)\s+(?:us\s+)?(?:a\s+|an\s+)?(?:(?:5|five)[- ]?star|positive|great|glowing|good|honest)?\s*reviews?\b[^.!?\n]{0,60}?\b(?:get|receive|earn|win|entered|entry|enter|discount|off|gift|raffle|drawing|prize|coupon|credit|reward)\b|(?i)\breviews?\s+us\b[^.!?\n]{0,30}?\b(?:for|and\s+get|and\s+receive|and\s+win|to\s+win|to\s+get)\b[^.!?\n]{0,30}?\b(?:discount|gift|entry|raffle|drawing|prize|free|coupon|credit|chance|reward|off|win)\b`, 192)

// checkTestimonial is ENDORSE-01: testimonials and success stories. They
// need the patient's authorization (PRIV-13) and a statement of typical
// results (FTC 255.2(b)).
func checkTestimonial(s *scan) []post.Finding {
	var out []post.Finding
	for _, t := range s.testimonials() {
		a, b := s.span(t.from, t.to)
		if overlapsAny(out, a, b) {
			continue
		}
		f := s.finding(t.from, t.to, "A patient testimonial. It needs the patient's authorization and must say what results patients generally get.")
		f.Suggestion = "Add \"Individual results vary; most patients ...\" and link the authorization."
		out = append(out, f)
	}
	return out
}

// checkSponsorship is ENDORSE-02: promo codes, affiliate links and gifts
// with no "#ad", "Sponsored" or "Paid partnership".
func checkSponsorship(s *scan) []post.Finding {
	if s.has("ENDORSE-02/disclosure") {
		return nil
	}
	out := s.phraseFindings("ENDORSE-02", "A sponsorship or affiliate cue with no disclosure. Financial ties must be disclosed clearly.", "")
	for i := range out {
		out[i].Suggestion = "Add \"#ad\" or \"Paid partnership with <brand>\" at the start."
	}
	return out
}

// checkBuyingReviews is ENDORSE-03: offering anything for a review, or
// asking only happy patients for one.
func checkBuyingReviews(s *scan) []post.Finding {
	out := s.phraseFindings("ENDORSE-03", "Asking for reviews with a reward, or only from happy patients, is banned (FTC rule on reviews).", "")
	for _, m := range s.findAtIf(s.hasWordPrefix("review"), buyReviewRE, buyReviewAnchor) {
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Offering something in return for a review is banned (FTC rule on reviews).",
				Suggestion: "Ask everyone for honest feedback, with no reward."})
		}
	}
	return out
}

// checkSuppressingReviews is ENDORSE-04: pressing a reviewer to remove a
// review or threatening them.
func checkSuppressingReviews(s *scan) []post.Finding {
	return s.phraseFindings("ENDORSE-04", "Pressing someone to remove a review, or threatening them, is banned (FTC rule on reviews) and looks bad in public.", "")
}

// buyReviewAnchor finds the words buyReviewRE starts with.
var buyReviewAnchor = wordAnchor("leave", "write", "post", "give", "drop", "review", "reviews")
