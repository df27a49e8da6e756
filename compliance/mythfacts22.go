package compliance

import "github.com/practicepost/practicepost/post"

// Plain cold-and-flu facts in more wordings (MIS-01, issue 11, session 22,
// t22clean; tests in mythfacts22_test.go). mythmirror17.go drops the
// warning on a fact a myth mirrors when the post states it in its own
// voice with no debunk framing; the labelled sets pass three more such
// facts it did not know:
//
//   - an antibiotic denied against viruses with no cold named first:
//     "Antibiotics don't work on viruses." (dev30-254, dev74-277);
//   - cold weather denied as a cause "by itself" or "on its own": "Cold
//     weather doesn't cause colds by itself, viruses do" (dev39-251,
//     dev61-187);
//   - a shot with nothing in it that can infect: "made without any live
//     virus that can infect you", "there's nothing in them that can
//     infect you" (dev36-226, which blocked, and dev106-097).
//
// A "No," opening, a Myth/Fact pair, a quote, hearsay or a question still
// frames the post as a debunk (warn), a turn to a false cause ("but wet
// hair in the cold does", "but they cure a cold") keeps the finding, and
// the myth stated still blocks.

// plainFact22 reports sentence si stating one of the facts above and
// nothing set against it.
func (s *scan) plainFact22(si int) bool {
	switch {
	case s.antibioticVsVirus22(si):
		return !s.turnedAway22(si, false)
	case s.coldWeatherDenied22(si):
		// "Cold weather by itself doesn't cause colds, but packed rooms
		// help viruses spread": the turn gives the rest of the cause.
		return s.trueCauseGiven22(si) && !s.turnedAway22(si, true)
	case s.nothingCanInfect22(si):
		return !s.turnedAway22(si, false)
	}
	return false
}

// turnedAway22 reports a turn word or a cure in sentence si ("but",
// "instead", "cures"): another claim is set against the fact. With
// viralTurn (the weather's part already limited, "by itself"), a "but"
// is allowed: it gives the rest of the cause.
func (s *scan) turnedAway22(si int, viralTurn bool) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if cureRemedies.has(w) && s.cureVerbAfter(t, se.tokEnd) {
			return true
		}
		if factTurnWords.has(w) && !(viralTurn && inSet(w, "but", "though", "although", "however", "yet")) {
			return true
		}
	}
	return false
}

// antibioticVsVirus22 reports an antibiotic, a negation within three
// tokens after it, then "work" and a virus word within five tokens with
// no clause break: "Antibiotics don't work on viruses", "won't work
// against viruses". A bacterium named beside the virus ("viruses or
// bacteria") is no plain fact. Only "work": "antibiotics don't kill
// viruses ... so the pink stuff won't help" and "explaining that
// antibiotics don't fix viruses to a grown man" are labelled review and
// block (dev72-071, dev95-084): the first answers the cure myth, the
// second mocks a patient, and MIS-01's warning is what holds it.
func (s *scan) antibioticVsVirus22(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !antibioticWords.has(s.toks[t].low) {
			continue
		}
		for k := t + 1; k < se.tokEnd && k <= t+3; k++ {
			if !s.isNegator(k) {
				continue
			}
			work := false
			for j := k + 1; j < se.tokEnd && j <= k+5; j++ {
				if clauseBreak(&s.toks[j]) {
					break
				}
				work = work || inSet(s.toks[j].low, "work", "works")
				if work && inSet(s.toks[j].low, "virus", "viruses", "viral") {
					return !s.virusJoined(j + 1)
				}
			}
			break
		}
	}
	return false
}

// coldWeatherDenied22 reports "cold weather" (or "cold air", "the cold")
// followed within six tokens by a negation and then, within three more,
// a cause verb and a cold: "Cold weather (by itself) doesn't cause
// colds", "cold air alone won't give you a cold".
func (s *scan) coldWeatherDenied22(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		if s.toks[t].low != "cold" || !inSet(s.toks[t+1].low, "weather", "air", "temperatures") {
			continue
		}
		for k := t + 2; k < se.tokEnd && k <= t+7; k++ {
			if !s.isNegator(k) {
				continue
			}
			for j := k + 1; j < se.tokEnd && j <= k+3; j++ {
				if causeClaimVerbs.has(s.toks[j].low) || inSet(s.toks[j].low, "make", "makes") {
					return s.coldAfter22(j+1, se.tokEnd)
				}
			}
			return false
		}
	}
	return false
}

// coldAfter22 reports a cold named within three tokens from k: "colds",
// "you a cold", "the flu".
func (s *scan) coldAfter22(k, end int) bool {
	for j := k; j < end && j < k+3; j++ {
		if inSet(s.toks[j].low, "cold", "colds", "flu") {
			return true
		}
	}
	return false
}

// trueCauseGiven22 reports sentence si limiting the weather's part with
// "by itself", "on its own" or "alone": an explanation, not a retort.
// "Cold weather doesn't give you a cold — germs do" and "... — viruses
// do. but wear the hat anyway" answer the myth, and the sets label them
// review (dev49-179, dev63-065).
func (s *scan) trueCauseGiven22(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch w := s.toks[t].low; {
		case w == "alone":
			return true
		case w == "itself" && t > se.tokStart && s.toks[t-1].low == "by":
			return true
		case w == "own" && t > se.tokStart && s.toks[t-1].low == "its":
			return true
		}
	}
	return false
}

// nothingCanInfect22 reports a vaccine sentence in which "nothing",
// "no" or "without" is followed within six tokens by "that can" (or
// "could") and an infect verb: "there's nothing in them that can infect
// you", "made without any live virus that can infect you".
func (s *scan) nothingCanInfect22(si int) bool {
	if !s.sentenceHasWord(si, fluFactShots) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !inSet(s.toks[t].low, "nothing", "no", "without") {
			continue
		}
		for k := t + 1; k+2 < se.tokEnd && k <= t+6; k++ {
			if inSet(s.toks[k].low, "that", "which") && inSet(s.toks[k+1].low, "can", "could") && infectVerbs.has(s.toks[k+2].low) {
				return true
			}
		}
	}
	return false
}

// actuallyOnlyAsked22 reports a post whose only debunk cue is "actually"
// after a question word ("ask us what actually helps"): it asks what
// works, it answers no one (dev30-254). A bare "actually" that corrects
// ("Actually, ...", "it's actually ...") still frames a debunk.
func (s *scan) actuallyOnlyAsked22() bool {
	for _, w := range s.words.list {
		if w != "actually" && debunkCues.has(w) {
			return false
		}
	}
	seen := false
	for t := range s.toks {
		if s.toks[t].low != "actually" {
			continue
		}
		if t == 0 || !inSet(s.toks[t-1].low, "what", "how", "which", "who") {
			return false
		}
		seen = true
	}
	return seen
}

// coldWeatherWords gate the cold-weather fact: a post without them skips it.
var coldWeatherWords = newWordSet([]string{"weather", "air", "temperatures"})

// factDropped22 reports finding f, in sentence si, to be dropped as a
// fact stated plainly: a warning whose sentence states a mirrored fact
// (session 18) or one of the facts above, or a block whose sentence
// says the shot holds nothing that can infect ("made without any live
// virus that can infect you": "without" denies no verb, so the myth
// list read it as stated).
func (s *scan) factDropped22(f post.Finding, si int) bool {
	if f.Severity == post.SeverityBlock {
		// Only the shot's own claim: its span ends on the infect verb
		// or its object, never another myth in the sentence.
		from, to := s.tokenRange(f.Start, f.End)
		infect := false
		for t := from; t < to && t < len(s.toks); t++ {
			infect = infect || infectVerbs.has(s.toks[t].low)
		}
		return infect && s.nothingCanInfect22(si) && !s.turnedAway22(si, false)
	}
	return s.statesMirroredFact(si) || s.plainFact22(si)
}
