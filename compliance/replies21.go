package compliance

import "strings"

// Replies that confirm no care (issue 11, session 21, t21clean): a
// thank-you for the stars (ENDORSE-03), "you came out" to an event, and
// the review's own word said back in the plural (REV-01).

// ratingThanksWords open a thank-you.
var ratingThanksWords = newWordSet([]string{"thanks", "thank", "thx", "ty", "gracias", "mahalo", "merci", "obrigado", "obrigada"})

// ratingThanked reports whether sentence si, or the one before it, thanks
// the reader for a rating they gave ("Thanks for the stars!", "Thank you
// for the five stars ⭐") and sentence si asks nothing in words (no
// "leave", "write", "share" ...): a thank-you for a review given asks for
// none, though its star emoji reads as one drawn.
func (s *scan) ratingThanked(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if w := s.toks[t].low; askWords.has(w) && w != "⭐" {
			return false
		}
	}
	for _, k := range [...]int{si, si - 1} {
		if k < 0 {
			continue
		}
		ke := s.sents[k]
		for t := ke.tokStart; t < ke.tokEnd && t < ke.tokStart+3; t++ {
			if !ratingThanksWords.has(s.toks[t].low) {
				continue
			}
			// "thanks for the (five) stars|review|rating".
			for j := t + 1; j < ke.tokEnd && j <= t+6; j++ {
				if w := s.toks[j].low; inSet(w, "stars", "star", "rating", "ratings", "review", "reviews", "⭐") {
					return true
				}
			}
		}
	}
	return false
}

// pluralEchoed reports whether said, a reply's word for a visit, is the
// review's own word with a plural "s" ("we can't discuss appointments" to
// "my appointment"): the reply repeats what the review told, of visits in
// general. A treatment said back ("the flu shots are quick" to "fastest
// flu shot ever") still goes to a person.
func pluralEchoed(review, said string) bool {
	base, ok := strings.CutSuffix(said, "s")
	return ok && inSet(base, "appointment", "visit", "cita", "consulta") && strings.Contains(review, " "+base)
}
