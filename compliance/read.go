package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// passiveRE is a form of "to be" followed by a past participle ending in
// -ed or a common irregular one: write-good's passive check, simplified.
var passiveRE = mustAnchor(`(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w{3,}ed|given|taken|seen|done|made|known|shown|written|held|kept|told|found|sent|paid|brought|bought|put|run|begun|chosen|drawn|eaten|forgotten|gotten|hidden|spoken|stolen|worn)\b`, 64)

// participles are passiveRE's irregular past participles, a wordSet: its
// length bits turn away most words without hashing them.
var participles = newWordSet([]string{"given", "taken", "seen", "done", "made", "known", "shown",
	"written", "held", "kept", "told", "found", "sent", "paid", "brought", "bought",
	"put", "run", "begun", "chosen", "drawn", "eaten", "forgotten", "gotten",
	"hidden", "spoken", "stolen", "worn"})

// beforeParticiple matches a form of "to be" followed by a word that may be
// a past participle, directly or after an -ly adverb. Words are read as \w
// runs of the text, as passiveRE reads them.
func beforeParticiple(s *scan, i int) bool {
	p := s.toks[i].end
	for k := 0; k < 2; k++ {
		for p < len(s.text) && isSpaceByte(s.text[p]) {
			p++
		}
		q := p
		for q < len(s.text) && isWordByte(s.text[q]) {
			q++
		}
		w := strings.ToLower(s.text[p:q])
		if strings.HasSuffix(w, "ed") || participles.has(w) {
			return true
		}
		if !strings.HasSuffix(w, "ly") {
			return false
		}
		p = q
	}
	return false
}

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
		if se.tokEnd-se.tokStart <= longSentence {
			continue // fewer tokens than a long sentence has words
		}
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
	for _, m := range s.findAt(passiveRE, passiveAnchor) {
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Passive voice hides who does what.", Suggestion: "Say who does it: \"we give\" rather than \"is given\"."})
		}
	}
	return out
}

// passiveAnchor finds a form of "to be" before a possible participle.
var passiveAnchor = allAnchor(wordAnchor("is", "are", "was", "were", "be", "been", "being"), beforeParticiple)
