package compliance

import "github.com/practicepost/practicepost/post"

// Session 17: antibiotics started early against a cold. "Start antibiotics
// at the first sign of a cold so it doesn't turn into something worse",
// "a Z-Pak at the first sniffle", "Antibiotics work best if you start them
// in the first 48 hours" state a myth (colds, the flu and most sinus
// infections are viral; an early antibiotic prevents nothing) as advice.
// Stated, it blocks (MIS-01); told not to ("don't ask for antibiotics at
// the first sniffle") or framed as a myth, it warns.

var (
	// earlyAntibiotics are antibiotics in the words posts use, Spanish too.
	earlyAntibiotics = newWordSet([]string{"antibiotic", "antibiotics", "zpack", "zpak", "z-pack", "z-pak", "amoxicillin",
		"azithromycin", "augmentin", "antibiótico", "antibióticos"})
	// coldIllnesses are what the myth races: a cold, a sniffle, the flu,
	// a sinus infection (viral in most cases: an antibiotic only after
	// days of it, which no "early" cue says).
	coldIllnesses = newWordSet([]string{"cold", "colds", "sniffle", "sniffles", "sniffly", "flu", "sinus", "congestion",
		"resfriado", "resfriados", "catarro", "catarros", "gripe", "gripa", "virus"})
	// clearlyBacterial illnesses make an early antibiotic the right advice.
	clearlyBacterial = newWordSet([]string{"strep", "pneumonia", "uti", "utis", "sepsis", "lyme", "bacterial", "bacteria",
		"pertussis", "cellulitis", "chlamydia", "gonorrhea", "syphilis", "tb", "tuberculosis", "ear"})
)

// antibioticsEarly adds, through add, the myth of an antibiotic started
// early against a cold: an antibiotic and a cue of earliness ("early",
// "first sign", "first sniffle", "first 48 hours", "temprano", "primer
// día") within a few words in its sentence, in a post about a cold-like
// illness that names nothing clearly bacterial.
func (s *scan) antibioticsEarly(add func(conceptHit)) {
	for t := range s.toks {
		if !s.antibioticAt(t) || s.negatedBefore(t) || s.futileAfter(t) {
			continue
		}
		si := s.toks[t].sent
		if !s.sentenceHasWord(si, coldIllnesses) && (si == 0 || !s.sentenceHasWord(si-1, coldIllnesses)) {
			continue
		}
		if c := s.earlyCueNear(t); c >= 0 {
			add(conceptHit{from: min(t, c), to: max(t, c) + 1, parts: [][2]int{{t, t + 1}, {c, c + 1}}})
			return
		}
	}
}

// curesTheCold reports a cure verb at k whose object is the illness of
// the post ("knocks it out", "clears a sinus infection", "kills the
// virus"), not bacteria ("kills bacteria" is the fact).
func (s *scan) curesTheCold(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3 && s.toks[j].sent == s.toks[k].sent; j++ {
		w := s.toks[j].low
		if inSet(w, "it", "that", "out") || coldIllnesses.has(w) {
			return true
		}
		if clearlyBacterial.has(w) {
			return false
		}
	}
	return false
}

// antibioticAt reports an antibiotic at token t: a word of
// earlyAntibiotics or "Z" before "pak"/"pack".
func (s *scan) antibioticAt(t int) bool {
	w := s.toks[t].low
	return earlyAntibiotics.has(w) || w == "z" && t+1 < len(s.toks) && inSet(s.toks[t+1].low, "pak", "pack")
}

// earlyLook is how many words either side of an antibiotic its cue may
// stand: "Antibiotics work best if you start them in the first 48 hours".
const earlyLook = 12

// earlyCueNear returns the token of a cue of earliness within earlyLook words
// of the antibiotic at t, in its sentence, or -1: "early", "earlier",
// "asap", "right away", "temprano", or "first" before a sign, a symptom,
// a sniffle, a day or a count of hours ("the first 48 hours").
func (s *scan) earlyCueNear(t int) int {
	si := s.toks[t].sent
	for k := max(0, t-earlyLook); k < len(s.toks) && k <= t+earlyLook; k++ {
		if s.toks[k].sent != si {
			continue
		}
		switch w := s.toks[k].low; {
		case inSet(w, "early", "earlier", "asap", "temprano", "pronto"):
			return k
		case w == "right" && k+1 < len(s.toks) && s.toks[k+1].low == "away":
			return k
		case k > t && k <= t+3 && antibioticCures.has(w) && s.curesTheCold(k):
			// "A Z-pak knocks it out in 3 days", "Antibiotics knock a
			// sinus infection out fast": the antibiotic's own verb.
			return k
		case inSet(w, "first", "primer", "primeros", "primera") && k+1 < len(s.toks):
			next := &s.toks[k+1]
			if next.kind == tokNumber || inSet(next.low, "sign", "signs", "sniffle", "sniffles", "symptom", "symptoms", "day", "días", "dia", "día", "síntoma", "síntomas", "tickle", "sneeze", "hint") {
				return k
			}
		}
	}
	return -1
}

// urgeWords, after a negation, urge the reader on: "Don't wait!", "don't
// delay", "never put it off".
var urgeWords = newWordSet([]string{"wait", "delay", "hesitate", "put", "sit", "wait-and-see"})

// urgedOn reports a sentence that opens urging the reader on ("Don't
// wait!", "Don't delay, call today"): a negation that answers no claim,
// so it is no rebuttal of the sentence before.
func (s *scan) urgedOn(se sentence) bool {
	for t := se.tokStart; t < se.tokEnd && t < se.tokStart+3; t++ {
		if s.isNegator(t) && t+1 < se.tokEnd && urgeWords.has(s.toks[t+1].low) {
			return true
		}
	}
	return false
}

// upgradeMyths runs shape, which adds myth hits, and lets each hit that
// states its myth (a block by mythFinding's framing) replace the warnings
// out holds over it: a list entry may have read "so it doesn't turn into
// ..." as the myth's denial, where the shape reads the advice itself.
func (s *scan) upgradeMyths(out []post.Finding, shape func(add func(conceptHit))) []post.Finding {
	shape(func(h conceptHit) {
		f := s.mythFinding(h, "a false health claim")
		if overlapsBlock(out, f.Start, f.End) {
			return
		}
		if f.Severity != post.SeverityBlock {
			out = s.addMyth(out, h, "a false health claim")
			return
		}
		kept := out[:0]
		for _, g := range out {
			if g.Severity == post.SeverityBlock || g.End <= f.Start || f.End <= g.Start {
				kept = append(kept, g)
			}
		}
		out = append(kept, f)
	})
	return out
}

// futileVerbs, after a negation, say the antibiotic does nothing for it:
// "won't help", "don't work", "can't cure".
var futileVerbs = newWordSet([]string{"help", "helps", "work", "works", "cure", "cures", "prevent", "prevents", "shorten",
	"shortens", "stop", "stops", "treat", "treats", "kill", "kills", "fix", "fixes", "needed", "necessary", "ayudan", "sirven", "curan"})

// futileAfter reports the antibiotic at t said, a few words on in its
// sentence, to do nothing ("Antibiotics at the first sign of a cold won't
// help", "are useless"): the myth told in order to deny it (session 17,
// att17).
func (s *scan) futileAfter(t int) bool {
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+earlyLook && s.toks[k].sent == si; k++ {
		w := s.toks[k].low
		if inSet(w, "useless", "pointless", "inútiles", "inutiles") {
			return true
		}
		if s.isNegator(k) {
			for j := k + 1; j < len(s.toks) && j <= k+2 && s.toks[j].sent == si; j++ {
				if futileVerbs.has(s.toks[j].low) {
					return true
				}
			}
		}
	}
	return false
}
