package compliance

import "github.com/practicepost/practicepost/post"

// Routine waivers said with a wink, session 17 (issue 11, CLAIM-07): a
// copay or deductible named, then "forgotten" at the desk ("Tell Yane
// at check-in and we'll just \"forget\" to collect it 😉") or written off
// for a whole group ("we're writing them all off for students"). Either
// tells readers the practice does not charge it: a routine waiver (block).
// "Don't forget to bring your copay", a balance written off for those
// who qualify for financial help (a person decides) and "no copay for
// preventive visits under your plan" are not that.

// forgetVerbs feign forgetting a charge: "we'll just forget to collect it".
var forgetVerbs = newWordSet([]string{"forget", "forgets", "forgot", "forgetting", "lose", "misplace"})

// collectVerbs take a patient's share.
var collectVerbs = newWordSet([]string{"collect", "bill", "charge", "ask", "mention", "run"})

// writeVerbs write a charge off: "writing them all off".
var writeVerbs = newWordSet([]string{"write", "writes", "writing", "wrote", "written"})

// writtenObject may stand between "write" and "off": "them all", "your
// copays", "the deductible".
var writtenObject = newWordSet([]string{"it", "them", "all", "that", "those", "your", "the", "every", "each", "one", "'", "\"", "“", "”"})

// copayDodged17 finds a copay forgotten with a wink or written off for a
// group, the copay named in the sentence or the one before.
func (s *scan) copayDodged17(out []post.Finding) []post.Finding {
	// "off" or a forgetting verb first: most texts have neither, and the
	// copay words' pass is left for those that do.
	if !s.hasWord("off", "forget", "forgets", "forgot", "forgetting", "lose", "misplace") || !s.hasAny(copayWords) {
		return out
	}
	// near remembers copayNear for the last sentence asked about: a long
	// sentence of "write it off" read again for each would grow with its
	// square.
	nearSent, near := -1, false
	for t := range s.toks {
		w := s.toks[t].low
		var end int
		switch {
		case forgetVerbs.has(w) && !s.forgetRefused(t):
			end = s.collectAfter(t)
		case w == "off":
			end = s.writtenOff(t)
		}
		if end == 0 {
			continue
		}
		if s.toks[t].sent != nearSent {
			nearSent, near = s.toks[t].sent, s.copayNear(t)
		}
		if !near {
			continue
		}
		from := max(s.sents[s.toks[t].sent].tokStart, t-3)
		f := s.finding(from, end, "Saying the practice will not collect a copay or deductible advertises a routine waiver. That is not allowed: it misstates the price and can be insurance fraud.")
		f.Severity = post.SeverityBlock
		if s.clauseHas(t, "hardship", "qualify", "qualifies", "case", "eligible") {
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
		}
		if !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
		return out
	}
	return out
}

// forgetRefused reports "don't forget", "never forget": a reminder, not
// a wink.
func (s *scan) forgetRefused(t int) bool {
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if inSet(s.toks[k].low, "don", "dont", "t", "never", "not", "do") {
			return true
		}
	}
	return false
}

// collectAfter returns the end of "to collect", "to bill" within a few
// tokens after the verb at t ("forget\" to collect it"), or 0.
func (s *scan) collectAfter(t int) int {
	for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == s.toks[t].sent; k++ {
		if collectVerbs.has(s.toks[k].low) && s.toks[k-1].low == "to" {
			return k + 1
		}
		if s.toks[k].kind == tokWord && s.toks[k].low != "to" && s.toks[k].low != "about" {
			return 0
		}
	}
	return 0
}

// writtenOff returns the end of "off" at t when a write verb comes just
// before it over pronouns or copay words ("writing them all off"), or 0.
func (s *scan) writtenOff(t int) int {
	for k := t - 1; k >= 0 && k >= t-4 && s.toks[k].sent == s.toks[t].sent; k-- {
		w := s.toks[k].low
		if writeVerbs.has(w) {
			return t + 1
		}
		if !writtenObject.has(w) && !copayWords.has(w) {
			return 0
		}
	}
	return 0
}

// copayNear reports a copay word in the sentence of token t or the one
// before: "Insured but hate your deductible? ... we'll just forget".
func (s *scan) copayNear(t int) bool {
	si := s.toks[t].sent
	return s.sentenceHasWord(si, copayWords) || si > 0 && s.sentenceHasWord(si-1, copayWords)
}
