package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// passiveRE is a form of "to be" followed by a past participle ending in
// -ed or a common irregular one: write-good's passive check, simplified.
var passiveRE = mustAnchor(`(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w{3,}ed|given|taken|seen|done|made|known|shown|written|held|kept|told|found|sent|paid|brought|bought|put|run|begun|chosen|drawn|eaten|forgotten|gotten|hidden|spoken|stolen|worn)\b`, 64)

// longSentence is READ-03's limit in words.
const longSentence = 25

// checkJargon is READ-02: medical words with a plain alternative.
func checkJargon(s *scan) []post.Finding {
	return s.phraseFindings("READ-02", "A medical or formal word many readers don't know.", "")
}

// checkLongSentences is READ-03: sentences over 25 words, and passive
// voice, which hides who does what.
func checkLongSentences(s *scan) []post.Finding {
	var out []post.Finding
	for _, se := range s.sents {
		words := 0
		for t := se.tokStart; t < se.tokEnd; t++ {
			if s.toks[t].kind != tokPunct {
				words++
			}
		}
		if words > longSentence {
			out = append(out, post.Finding{Start: se.start, End: se.end, Message: "A long sentence (over 25 words) is hard to follow.",
				Suggestion: "Split it in two."})
		}
	}
	for _, m := range s.findAt(passiveRE, wordAnchor("is", "are", "was", "were", "be", "been", "being")) {
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Passive voice hides who does what.", Suggestion: "Say who does it: \"we give\" rather than \"is given\"."})
		}
	}
	return out
}
