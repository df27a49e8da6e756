package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// copayFeignedUnknown finds a copay or deductible asked about and then
// feigned unknown: "Copay? What copay 😉", "Deductible? Never heard of
// her", "Copay? Don't know her". The joke says the practice does not charge
// it: a routine waiver (CLAIM-07 block), though no waiving verb is said.
// "Copay? What copay applies depends on your plan" goes on to tell one,
// and is no joke.
func (s *scan) copayFeignedUnknown(out []post.Finding) []post.Finding {
	// A question mark first: one look-up turns away most texts, where
	// the copay words would walk all of its words. "Co-pay? What co-pay
	// 😉" is the same joke (session 16, att16).
	if !s.words.has("?") || !s.hasAny(copayWords) && !(s.words.has("co") && s.words.has("pay")) {
		return out
	}
	for si := 0; si+1 < len(s.sents); si++ {
		if !s.copayQuestion(si) {
			continue
		}
		next := s.sents[si+1]
		if (s.interjectionOnly(next) || s.wordless(next)) && si+2 < len(s.sents) {
			next = s.sents[si+2] // "Copay? Pfft. What copay.", "Copay?? What copay"
		}
		if !s.feignsUnknown(next) {
			continue
		}
		from, to := s.sents[si].start, s.feignEnd(next)
		if overlapsAny(out, from, to) {
			continue
		}
		return append(out, post.Finding{Start: from, End: to, Severity: post.SeverityBlock,
			Message: "Joking that there is no copay or deductible says the practice waives it. Advertising a waiver is not allowed: it misstates the price and can be insurance fraud."})
	}
	return out
}

// copayQuestion reports a sentence that is only a copay word asked about:
// "Copay?", "Your deductible?", "Co-pay?".
func (s *scan) copayQuestion(si int) bool {
	se := s.sents[si]
	if se.tokEnd-se.tokStart < 2 || s.toks[se.tokEnd-1].low != "?" {
		return false
	}
	words, named := 0, false
	for t := se.tokStart; t < se.tokEnd-1; t++ {
		if s.toks[t].kind != tokWord {
			continue
		}
		words++
		named = named || copayWords.has(s.toks[t].low) || s.toks[t].low == "pay" && t > se.tokStart && s.copayAt(t-1) == t+1 ||
			s.toks[t].low == "pay" && t > se.tokStart+1 && s.copayAt(t-2) == t+1
	}
	return named && words <= 3
}

// feignsUnknown reports a sentence opening with a feigned "what is that":
// "What copay" ending there (or at an emoji), "Never heard of her|it",
// "Don't know her", "Who?".
func (s *scan) feignsUnknown(se sentence) bool {
	t := se.tokStart
	at := func(k int) string {
		if k < se.tokEnd {
			return s.toks[k].low
		}
		return ""
	}
	// "LOL never heard of it", "We don't know her": a laugh or a "we"
	// before the feint is the same joke (session 16, att16).
	for t < se.tokEnd && feintOpeners.has(at(t)) {
		t++
	}
	switch {
	case at(t) == "what" && s.copayAt(t+1) > 0:
		k := s.copayAt(t + 1)
		return k >= se.tokEnd || s.toks[k].kind != tokWord
	case at(t) == "never" && at(t+1) == "heard" && at(t+2) == "of":
		return s.feignedObject(se, t+3)
	case inSet(at(t), "don", "dont", "idk") && at(t+1) == "t" && at(t+2) == "know":
		return s.feignedObject(se, t+3)
	case inSet(at(t), "don", "dont", "idk") && at(t+1) == "know":
		return s.feignedObject(se, t+2)
	case at(t) == "who" && at(t+1) == "?":
		return true
	}
	return false
}

// feintOpeners may open a feigned "what copay": a laugh, an interjection,
// "we" or "I" ("We don't know her").
var feintOpeners = newWordSet([]string{"lol", "lmao", "haha", "hahaha", "ha", "pfft", "psh", "pssh", "um", "umm", "uh", "hmm",
	"hm", "we", "i", "honestly", "sorry", "wait"})

// copayAt returns the token after a copay word at k, "co pay" or "co-pay"
// taken as one ("What co-pay 😉"), or 0 when none is there.
func (s *scan) copayAt(k int) int {
	if k >= len(s.toks) {
		return 0
	}
	if copayWords.has(s.toks[k].low) {
		return k + 1
	}
	if s.toks[k].low != "co" {
		return 0
	}
	if k+1 < len(s.toks) && s.toks[k+1].low == "pay" {
		return k + 2
	}
	if k+2 < len(s.toks) && inSet(s.toks[k+1].low, "-", "‑", "–") && s.toks[k+2].low == "pay" {
		return k + 3
	}
	return 0
}

// interjectionOnly reports a sentence of one interjection ("Pfft.",
// "LOL.", "Ha!") between the copay asked and the feint.
func (s *scan) interjectionOnly(se sentence) bool {
	words := 0
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.toks[t].kind == tokWord {
			if words++; words > 1 || !feintOpeners.has(s.toks[t].low) || inSet(s.toks[t].low, "we", "i") {
				return false
			}
		}
	}
	return words == 1
}

// wordless reports a sentence of marks alone: the second "?" of "Copay??".
func (s *scan) wordless(se sentence) bool {
	for t := se.tokStart; t < se.tokEnd; t++ {
		if s.toks[t].kind == tokWord {
			return false
		}
	}
	return true
}

// feignedObject reports that the feigned "never heard of" or "don't know"
// takes the copay as "her", "him", "it" or "them" and stops there, the
// reply no question (session 16, att16): "Never heard of her", "Don't
// know her 😉". "Never heard of one being this confusing", "Don't know
// yours? Call the number on your card" and "Don't know what it is?" go
// on to help.
func (s *scan) feignedObject(se sentence, k int) bool {
	if k >= se.tokEnd || !inSet(s.toks[k].low, "her", "him", "it", "them", "that", "she", "he") {
		return false
	}
	if k+1 < se.tokEnd && s.toks[k+1].kind == tokWord {
		return false
	}
	return s.toks[se.tokEnd-1].low != "?"
}

// feignEnd returns the byte end of the feigned reply in se: its first
// few tokens, up to any emoji after them.
func (s *scan) feignEnd(se sentence) int {
	last := min(se.tokStart+4, se.tokEnd) - 1
	return s.toks[last].end
}

// coverTopics, right after the copay word, make "covering" a topic
// covered: "We're covering deductibles 101 on our blog", "covering all
// the copay questions tonight".
var coverTopics = newWordSet([]string{"101", "questions", "question", "basics", "explained", "faq", "faqs", "myths", "q", "tips", "terms"})

// publicPayers in a waiver's sentence name a program or a plan that pays,
// not the practice: "No copay for kids' vaccines all month under the state
// VFC program".
var publicPayers = newWordSet([]string{"vfc", "medicaid", "medicare", "chip"})

// waiversOfOthers drops or softens the waiver findings that are no
// waiver of the practice's (session 16, att16): a copay word taught as a
// topic ("We're covering deductibles 101") is none; one covered by
// someone named before "covering" who is not the practice ("the county is
// covering everyone's copays") or under a program or a plan ("under the
// state VFC program") is a price claim a person checks (warn), not a
// routine waiver.
func (s *scan) waiversOfOthers(out []post.Finding) []post.Finding {
	kept := out[:0]
	for _, f := range out {
		from, to := s.tokenRange(f.Start, f.End)
		if from >= len(s.toks) {
			kept = append(kept, f)
			continue
		}
		if s.coverTopic(from, to) {
			continue
		}
		if s.coveredByOther(from) || s.underProgram(from, to) {
			f.Severity = post.SeverityWarn
		}
		kept = append(kept, f)
	}
	return kept
}

// coverTopic reports a waiver phrase "covering" a copay word that a topic
// word follows: "We're covering deductibles 101". Only "covering" reads
// so: "we skip your copay, every visit, no questions asked" is a waiver.
func (s *scan) coverTopic(from, to int) bool {
	if to >= len(s.toks) || to-1 <= from || !coverTopics.has(s.toks[to].low) || s.toks[to].sent != s.toks[from].sent {
		return false
	}
	last := s.toks[to-1].low
	if !copayWords.has(last) && !strings.HasPrefix(last, "deductible") {
		return false
	}
	for t := from; t < to; t++ {
		if inSet(s.toks[t].low, "covering", "cover") {
			return true
		}
	}
	return false
}

// coveredByOther reports a waiver phrase opening with "covering" or
// "cover" whose clause names another payer before it and no "we", "our"
// or practice: "the county is covering everyone's copays".
func (s *scan) coveredByOther(from int) bool {
	if !inSet(s.toks[from].low, "covering", "cover") {
		return false
	}
	cs, _ := s.clauseOf(from)
	other := false
	for t := max(cs, from-8); t < from; t++ {
		if inSet(s.toks[t].low, "we", "our", "us", "i") || practiceWord(s, t) && s.toks[t].capital {
			return false
		}
		other = other || otherPayers.has(s.toks[t].low)
	}
	return other
}

// otherPayers, before "covering", name who pays that is not the practice.
var otherPayers = newWordSet([]string{"county", "state", "city", "government", "insurer", "insurers", "insurance", "employer",
	"employers", "union", "grant", "sponsor", "sponsors", "foundation", "district", "medicaid", "medicare", "program", "department"})

// underProgram reports "under", "through" or "via" a public payer (a
// state, county, city or federal program, Medicaid, Medicare, CHIP, VFC) in the
// few tokens after the waiver phrase's end (to).
func (s *scan) underProgram(from, to int) bool {
	si := s.toks[from].sent
	for t := to; t < len(s.toks) && t < to+8 && s.toks[t].sent == si; t++ {
		if !inSet(s.toks[t].low, "under", "through", "via") {
			continue
		}
		for k := t + 1; k < len(s.toks) && k <= t+5 && s.toks[k].sent == si; k++ {
			w := s.toks[k].low
			if inSet(w, "our", "my", "we") {
				break // "through our loyalty program" is the practice's own
			}
			if publicPayers.has(w) {
				return true
			}
			if leads, ok := publicBodyLeads[s.toks[k-1].low]; ok && inSet(w, "program", "programs") && leads.has(w) {
				return true // "the state program", "the county program"
			}
		}
	}
	return false
}
