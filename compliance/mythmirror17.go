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
	if len(out) == 0 || !s.factMirrorPossible() || s.debunkFramed() || s.mythBesideFact() {
		return out
	}
	kept := out[:0]
	for _, f := range out {
		if f.Severity == post.SeverityWarn || f.Severity == post.SeverityBlock {
			if from, _ := s.tokenRange(f.Start, f.End); from < len(s.toks) && s.factDropped22(f, s.toks[from].sent) {
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// factMirrorPossible is the cheap gate: an antibiotic or a vaccine word.
func (s *scan) factMirrorPossible() bool {
	return s.hasAny(antibioticWords) || s.hasAny(fluFactShots) || s.hasAny(coldWeatherWords)
}

// statesMirroredFact reports sentence si stating the antibiotic fact or
// the flu vaccine fact, or heading the sentence after that states it
// ("Why we don't prescribe antibiotics for a cold: they work on
// bacteria").
func (s *scan) statesMirroredFact(si int) bool {
	if s.factAloneIn(si) {
		return true
	}
	se := s.sents[si]
	return si+1 < len(s.sents) && s.toks[se.tokEnd-1].low == ":" && s.factAloneIn(si+1)
}

// factAloneIn reports sentence si stating the antibiotic fact or the flu
// vaccine fact and nothing set against it: no "but", "though" or
// "instead" turning to another claim, and no remedy or cure put in the
// drug's place. "The flu vaccine can't give you the flu, but it can give
// you autism", "antibiotics only work on bacteria, so for viruses use
// colloidal silver instead" and "antibiotics kill bacteria, not viruses,
// so take garlic to cure your cold" tell a myth beside the fact; a doctor
// checks them (session 18, att18).
func (s *scan) factAloneIn(si int) bool {
	if !s.antibioticFactIn(si) && !s.fluShotFactIn(si) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if factTurnWords.has(w) || cureRemedies.has(w) && s.cureVerbAfter(t, se.tokEnd) {
			return false
		}
	}
	return true
}

// cureVerbAfter reports a cure verb in the few tokens after the remedy at
// t: "oregano oil is what knocks out a cold"; not "a spoon of honey for
// kids over 1", a comfort beside rest and fluids.
func (s *scan) cureVerbAfter(t, end int) bool {
	for k := t + 1; k < end && k <= t+5; k++ {
		if cureVerbs.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// factTurnWords set another claim against a fact in its sentence, or
// put a cure in the drug's place.
var factTurnWords = newWordSet([]string{"but", "though", "although", "however", "yet", "instead", "except", "whereas",
	"cure", "cures", "cured", "curing", "heal", "heals", "healed"})

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
	if s.hasAny(debunkCues) && !s.actuallyOnlyAsked22() && !s.factHeadingOnly24() || s.mythHeading() >= 0 {
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

// causeClaimVerbs say something gives or causes an illness: "They do
// cause miscarriages", "It can give you Guillain-Barre".
var causeClaimVerbs = newWordSet([]string{"give", "gives", "gave", "giving", "cause", "causes", "caused", "causing"})

// mythBesideFact reports a claim elsewhere in the post that the mirrored
// fact does not answer, so the post is no plain fact: something said,
// with no negation just before, to give or cause an illness ("Flu shots
// cannot cause the flu. They do cause miscarriages, though."), or a cold
// or the flu said to be bacterial ("Antibiotics kill bacteria, not
// viruses. Colds are caused by bacteria after day three."). "Caused by a
// virus" is the fact itself. One pass over the tokens (session 18,
// att18).
func (s *scan) mythBesideFact() bool {
	for t := range s.toks {
		w := s.toks[t].low
		switch {
		case causeClaimVerbs.has(w) && !s.negatedJustBefore(t) && !s.byVirusAfter(t) && s.illnessGivenAt(t):
			return true
		case inSet(w, "cold", "colds", "flu") && s.saidBacterial(t):
			return true
		}
	}
	return false
}

// mildEffects are what a shot truly gives for a day: "What it can give
// you: a sore arm".
var mildEffects = newWordSet([]string{"sore", "soreness", "arm", "tired", "tiredness", "achy", "ache", "redness", "swelling",
	"protection", "immunity", "peace", "chance"})

// illnessGivenAt reports the give or cause verb at t followed, past
// "you" and an article, by an illness other than a shot's mild effects:
// "cause miscarriages", "gives you Guillain-Barre".
func (s *scan) illnessGivenAt(t int) bool {
	k := t + 1
	for n := 0; n < 3 && k < len(s.toks) && inSet(s.toks[k].low, "you", "people", "kids", "some", "a", "an", "the", "your"); n++ {
		k++
	}
	if k >= len(s.toks) || s.toks[k].sent != s.toks[t].sent || mildEffects.has(s.toks[k].low) || s.toks[k].kind == tokPunct {
		return false
	}
	_, ok := s.healthHitAt(k)
	return ok || s.toks[k].capital
}

// negatedJustBefore reports a negation in the three tokens before t in
// its sentence: "can't give", "does not cause", "never gives".
func (s *scan) negatedJustBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		if s.isNegator(k) {
			return true
		}
	}
	return false
}

// byVirusAfter reports "by" and a viral word right after the verb at t:
// "caused by viruses", "caused by a virus".
func (s *scan) byVirusAfter(t int) bool {
	if t+2 >= len(s.toks) || s.toks[t+1].low != "by" {
		return false
	}
	k := t + 2
	if inSet(s.toks[k].low, "a", "the") && k+1 < len(s.toks) {
		k++
	}
	return viralCauseWords.has(s.toks[k].low)
}

// saidBacterial reports the cold or flu at k said to be bacterial in the
// next few words with no negation between: "colds are caused by
// bacteria", "colds turn bacterial after 3 days".
func (s *scan) saidBacterial(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+5 && s.toks[j].sent == s.toks[k].sent; j++ {
		if s.isNegator(j) || clauseBreak(&s.toks[j]) {
			return false
		}
		if bacteriaWords.has(s.toks[j].low) {
			return true
		}
	}
	return false
}
