package compliance

import "github.com/practicepost/practicepost/post"

// True facts that mirror a myth (MIS-01, issue 11, session 18; tests in
// mythmirror17_test.go). Cold and flu season posts teach two facts in the
// very words the myth lists match: "antibiotics work on bacteria, not
// viruses" and "the flu vaccine can't give you the flu". Said as an
// answer to the myth ("No, ...", "Myth: ... Fact: ...", a question, a
// quote, "not true", "your uncle says ...") the post busts a myth, and a
// doctor checks that the fact is clear (warn). Said plainly, in the
// practice's own voice, it is ordinary health education: the labelled
// sets pass it, and a warning there only trains staff to wave MIS-01
// through. So a denied myth (a warning, never a block) whose sentence
// states one of these facts, in a post with no debunk framing, is
// dropped.

var (
	// bacteriaWords are what an antibiotic truly acts on.
	bacteriaWords = newWordSet([]string{"bacteria", "bacterial", "bacterium"})
	// viralCauseWords, after a cold, say it is viral: "colds are viral",
	// "a cold comes from a virus", "colds are caused by viruses".
	viralCauseWords = newWordSet([]string{"viral", "virus", "viruses"})
	// fluFactShots name the shot a flu fact is about.
	fluFactShots = newWordSet([]string{"vaccine", "vaccines", "shot", "shots", "jab", "flu-shot"})
	// infectVerbs are what the flu fact denies the shot does.
	infectVerbs = newWordSet([]string{"give", "cause", "infect"})
	// debunkCues frame a post as an answer to a myth: hearsay ("your
	// uncle says", "we hear", "heard"), belief ("think", "believe",
	// "swear"), and the labels of a myth-busting post ("myth", "fact",
	// "true", "false", "nope").
	debunkCues = newWordSet([]string{"say", "says", "said", "saying", "hear", "heard", "told", "tell", "think", "thinks",
		"thought", "believe", "believes", "swear", "swears", "claim", "claims", "myth", "myths", "mito", "mitos", "fact", "facts",
		"true", "truth", "false", "nope", "nah", "wrong", "busted", "reality", "rumor", "rumors", "misconception", "actually"})
)

// dropMirroredFacts removes from out the warnings whose sentence states
// a true fact a myth mirrors (see the file comment), unless the post
// frames itself as a debunk.
func (s *scan) dropMirroredFacts(out []post.Finding) []post.Finding {
	if len(out) == 0 || !s.factMirrorPossible() || s.debunkFramed() {
		return out
	}
	kept := out[:0]
	for _, f := range out {
		if f.Severity == post.SeverityWarn {
			if from, _ := s.tokenRange(f.Start, f.End); from < len(s.toks) && s.statesMirroredFact(s.toks[from].sent) {
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// factMirrorPossible is the cheap gate: an antibiotic or a vaccine word.
func (s *scan) factMirrorPossible() bool {
	return s.hasAny(antibioticWords) || s.hasAny(fluFactShots)
}

// statesMirroredFact reports sentence si stating the antibiotic fact or
// the flu vaccine fact, or heading the sentence after that states it
// ("Why we don't prescribe antibiotics for a cold: they work on
// bacteria").
func (s *scan) statesMirroredFact(si int) bool {
	if s.antibioticFactIn(si) || s.fluShotFactIn(si) {
		return true
	}
	se := s.sents[si]
	return si+1 < len(s.sents) && s.toks[se.tokEnd-1].low == ":" && (s.antibioticFactIn(si+1) || s.fluShotFactIn(si+1))
}

// antibioticFactIn reports "antibiotics (only) treat / work on / kill
// bacteria" ("they" after an antibiotic named earlier in the sentence
// counts), with no virus joined to the bacteria ("bacteria and
// viruses"), or a cold said to be viral before an antibiotic that is
// denied ("Colds are caused by viruses, so antibiotics won't help").
func (s *scan) antibioticFactIn(si int) bool {
	se := s.sents[si]
	named := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		isDrug := antibioticWords.has(w)
		if !isDrug && !(named && inSet(w, "they", "them")) {
			continue
		}
		named = true
		if b := s.bacteriaAfter(t, se.tokEnd); b >= 0 && !s.virusJoined(b+1) {
			return true
		}
		if isDrug && s.coldSaidViralBefore(se.tokStart, t) && s.negatedAfter(t, se.tokEnd) {
			return true
		}
	}
	return false
}

// bacteriaAfter returns the token of a bacteria word up to four tokens
// after t with no negation or clause break between ("antibiotics only
// work on bacteria"), or -1.
func (s *scan) bacteriaAfter(t, end int) int {
	for k := t + 1; k < end && k <= t+4; k++ {
		if s.isNegator(k) || clauseBreak(&s.toks[k]) {
			return -1
		}
		if bacteriaWords.has(s.toks[k].low) {
			return k
		}
	}
	return -1
}

// coldSaidViralBefore reports a cold and, after it, a viral word among
// tokens [from, to): "Colds are viral", "a cold comes from a virus".
func (s *scan) coldSaidViralBefore(from, to int) bool {
	cold := false
	for k := from; k < to; k++ {
		w := s.toks[k].low
		if inSet(w, "cold", "colds", "flu", "coughs") {
			cold = true
		} else if cold && viralCauseWords.has(w) {
			return true
		}
	}
	return false
}

// negatedAfter reports a negation within three tokens after t: "won't
// help", "don't work", "do nothing".
func (s *scan) negatedAfter(t, end int) bool {
	for k := t + 1; k < end && k <= t+3; k++ {
		if s.isNegator(k) {
			return true
		}
	}
	return false
}

// fluShotFactIn reports a vaccine that "can't / cannot give, cause or
// infect" in sentence si: "the flu vaccine can't give you the flu".
func (s *scan) fluShotFactIn(si int) bool {
	se := s.sents[si]
	if !s.sentenceHasWord(si, fluFactShots) {
		return false
	}
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		switch {
		case s.toks[t].low == "cannot":
			if infectVerbs.has(s.toks[t+1].low) {
				return true
			}
		case s.toks[t].low == "can" && t+2 < se.tokEnd:
			// "can't give", "can not cause"
			if (s.isNegator(t+1) || s.toks[t+1].low == "not") && infectVerbs.has(s.toks[t+2].low) {
				return true
			}
		}
	}
	return false
}

// debunkFramed reports a post framed as an answer to a myth: a myth
// heading, a debunk cue word, a question, a quotation mark, or a "no"
// standing alone ("No, ...", "Flu, no.").
func (s *scan) debunkFramed() bool {
	if s.hasAny(debunkCues) || s.mythHeading() >= 0 {
		return true
	}
	for t := range s.toks {
		switch w := s.toks[t].low; {
		case w == "?":
			return true
		case w == "no" && (t+1 == len(s.toks) || s.toks[t+1].kind == tokPunct):
			return true
		}
	}
	return quotationIn(s.text)
}

// quotationIn reports a quotation mark in text: a double quote, a curly
// quote, or a straight single quote not inside a word (an apostrophe,
// "can't", sits between letters).
func quotationIn(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"':
			return true
		case c == '\'':
			if i == 0 || i+1 == len(text) || !isASCIILetter(text[i-1]) || !isASCIILetter(text[i+1]) {
				return true
			}
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D || text[i+2] == 0x98):
			return true // “ ” ‘ (’ is also the curly apostrophe)
		}
	}
	return false
}

// saidViral reports the cold at k said to be viral right after it:
// "colds are viral", "colds are viruses", "a cold is caused by a virus".
func (s *scan) saidViral(k int) bool {
	if k+1 >= len(s.toks) || !inSet(s.toks[k+1].low, "are", "is", "come", "comes") {
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+5 && s.toks[j].sent == s.toks[k].sent; j++ {
		if viralCauseWords.has(s.toks[j].low) {
			return true
		}
	}
	return false
}
