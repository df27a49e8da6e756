package compliance

import (
	"sort"

	"github.com/practicepost/practicepost/post"
)

// Session 17: CLAIM-05's false regulatory claims read by the sentence, not
// the clause. Product posts set the product apart from its status with a
// dash, a colon or a comma ("Elderberry syrup — FDA-approved to prevent
// the flu!", "Bitter melon capsules, FDA approved for blood sugar"), and
// compounded drugs are called the brand across a dash ("Compounded
// tirzepatide — the exact same FDA-approved drug as Zepbound!"). The
// clause-bound lists of CLAIM-05/block miss both.

// Messages of the blocks added here.
const (
	msgFDANonDrug = "A false regulatory claim: the FDA does not approve or clear supplements, herbs, foods, balms, IV hydration or PRP sold this way, and approves nothing to reverse aging, boost immunity, detox or treat hangovers."
	msgFDAClinic  = "A false regulatory claim: the FDA approves, certifies or registers drugs and devices, not a clinic or practice."
	msgCompounded = "Compounded drugs are not FDA-approved and are not the same as a brand-name drug."
)

// fdaPredicateNext are the tokens that may follow an FDA status used as a
// predicate or an aside ("... is FDA-approved for asthma", "— FDA approved
// and covered"); any other word after it is the noun the status qualifies
// ("FDA-approved flu shots"), and the status is of that noun, not of a
// product named earlier in the sentence.
var fdaPredicateNext = newWordSet([]string{"to", "for", "and", "by", "in", "as", "since", "&", "now", "under", "with", "at",
	"y", "para", "et", "pour", "e"})

// fdaHolderWords are a practice as the holder of an FDA status: the FDA
// approves no clinic. A pharmacy or a lab is left out: outsourcing
// facilities do register with the FDA.
var fdaHolderWords = newWordSet([]string{"clinic", "clinics", "practice", "office", "offices", "center", "centre", "facility",
	"we", "team", "providers", "provider", "doctors", "clinica", "clínica", "consultorio"})

// beWords join a subject to an FDA status given as its predicate.
var beWords = newWordSet([]string{"is", "are", "re", "s", "was", "were", "been", "be", "being", "es", "está", "estamos", "somos"})

// fdaStatusFalse makes block the CLAIM-05 warnings in kept whose FDA
// status is said of a non-drug product named before it in the sentence,
// of an aim the FDA approves nothing for, or of the practice itself.
func (s *scan) fdaStatusFalse(kept []post.Finding) {
	if !s.words.has("fda") {
		return
	}
	firstProduct := s.nonDrugBySentence()
	myth := s.mythHeading() // "Myth: elderberry is FDA-approved ..." (session 17, att17)
	for i := range kept {
		f := &kept[i]
		if f.Severity == post.SeverityBlock {
			continue
		}
		from, to := s.tokenRange(f.Start, f.End)
		if from >= len(s.toks) || !s.spanHasWord(from, to, "fda") {
			continue
		}
		if myth >= 0 && myth < from && s.toks[myth].sent == s.toks[from].sent && !s.mythEndorsed() {
			continue // a myth told to be busted: MIS-01 says what it is
		}
		p := firstProduct[s.toks[from].sent]
		switch {
		case s.fdaPredicate(to) && p >= 0 && p < from && s.statusOfProduct(p, from):
			f.Severity, f.Message = post.SeverityBlock, msgFDANonDrug
		case s.fdaAimAfter(to):
			f.Severity, f.Message = post.SeverityBlock, msgFDANonDrug
		case s.fdaOfFacility(from, to):
			f.Severity, f.Message = post.SeverityBlock, msgFDAClinic
		}
	}
}

// nonDrugBySentence returns, by sentence, the first token of a
// CLAIM-05/nondrug product not denied before it ("no herbal wraps"), or -1:
// worked out once, so many FDA claims in a long post cost one pass.
func (s *scan) nonDrugBySentence() []int {
	first := make([]int, len(s.sents))
	for i := range first {
		first[i] = -1
	}
	for _, h := range s.hitsOf("CLAIM-05/nondrug") {
		if si := s.toks[h.from].sent; first[si] < 0 && !s.negatedBefore(h.from) {
			first[si] = h.from
		}
	}
	return first
}

// subjectBreakWords start a clause with a subject of its own between a
// product and an FDA status after a be-verb: "ask about ramelteon, which
// is FDA-approved", "we sell melatonin, but only Rozerem is" (att17).
var subjectBreakWords = newWordSet([]string{"which", "that", "who", "but", "while", "whereas", "although", "though", "unlike"})

// statusOfProduct reports whether the FDA status at token from is said of
// the product at token p. Without a be-verb before it the status is an
// aside to what precedes it ("Elderberry syrup — FDA-approved"); after
// one ("... is FDA-approved") it is its subject's, and the product is that
// subject only in the same clause with no subject of its own between
// ("Skip the elderberry: Tamiflu is FDA-approved" is Tamiflu's; session
// 17, att17).
func (s *scan) statusOfProduct(p, from int) bool {
	be := from - 1
	if be >= 0 && inSet(s.toks[be].low, "now", "also", "fully", "all") {
		be--
	}
	if be < 0 || !beWords.has(s.toks[be].low) {
		return true
	}
	for t := p + 1; t < be; t++ {
		if clauseBreak(&s.toks[t]) || subjectBreakWords.has(s.toks[t].low) {
			return false
		}
	}
	return true
}

// spanHasWord reports whether tokens [from, to) hold the word w.
func (s *scan) spanHasWord(from, to int, w string) bool {
	for t := from; t < to && t < len(s.toks); t++ {
		if s.toks[t].low == w {
			return true
		}
	}
	return false
}

// fdaPredicate reports whether the FDA status ending before token to is a
// predicate or an aside, not an adjective before a noun.
func (s *scan) fdaPredicate(to int) bool {
	if to >= len(s.toks) || s.toks[to].sent != s.toks[to-1].sent {
		return true
	}
	t := &s.toks[to]
	return t.kind != tokWord || fdaPredicateNext.has(t.low)
}

// fdaAimAfter reports an aim of CLAIM-05/aim in the few words after the
// FDA status ending before token to, in its clause: "FDA-cleared to
// reverse aging", "FDA approved for hangovers".
func (s *scan) fdaAimAfter(to int) bool {
	if to >= len(s.toks) || !s.has("CLAIM-05/aim") {
		return false
	}
	si := s.toks[to-1].sent
	hs := s.hitsOf("CLAIM-05/aim")
	// Hits come in text order: the first at or after the status decides.
	i := sort.Search(len(hs), func(i int) bool { return hs[i].from >= to })
	if i == len(hs) {
		return false
	}
	h := hs[i]
	return h.from <= to+6 && s.toks[h.from].sent == si && !s.clauseBreakBetween(to, h.from)
}

// clauseBreakBetween reports a clause break among tokens [a, b).
func (s *scan) clauseBreakBetween(a, b int) bool {
	for t := a; t < b && t < len(s.toks); t++ {
		if clauseBreak(&s.toks[t]) {
			return true
		}
	}
	return false
}

// fdaOfFacility reports an FDA status given to the practice: "an
// FDA-approved clinic", "We are certified by the FDA", "the only clinic
// in town that is FDA-registered". A mammography facility is certified
// under MQSA, so a post about one is left to CLAIM-05's warning.
func (s *scan) fdaOfFacility(from, to int) bool {
	if s.lowerContains("mammogra") || s.words.has("mqsa") {
		return false
	}
	if to < len(s.toks) && s.toks[to].sent == s.toks[from].sent && fdaHolderWords.has(s.toks[to].low) && s.toks[to].low != "we" {
		// "an FDA-approved clinic"; but "made in (from) an FDA-registered
		// facility" is a supplier's, which may be so (att17).
		k := from - 1
		if k >= 0 && inSet(s.toks[k].low, "an", "a", "the") {
			k--
		}
		return k < 0 || !supplierPreps.has(s.toks[k].low)
	}
	// The status as a predicate: a be-verb just before it (or before "by
	// the FDA"), and a practice word in its subject.
	be := from - 1
	if be >= 0 && inSet(s.toks[be].low, "an", "a", "the") {
		be--
	}
	if be < 0 || !beWords.has(s.toks[be].low) || !s.fdaPredicate(to) {
		return false
	}
	si := s.toks[from].sent
	for t := be - 1; t >= 0 && t >= be-8 && s.toks[t].sent == si && !clauseBreak(&s.toks[t]); t-- {
		// "we" holds the status only as the be-verb's own subject ("we
		// are FDA-certified"), not in a clause before it ("the laser we
		// use is FDA-cleared", att17).
		if fdaHolderWords.has(s.toks[t].low) && !(t+1 < be && s.toks[t+1].low == "s") && !s.prepBefore(t, be-8) && (s.toks[t].low != "we" || t == be-1) {
			return true
		}
	}
	return false
}

// supplierPreps before "an FDA-registered facility" make the facility a
// product's source, not the practice.
var supplierPreps = newWordSet([]string{"from", "by", "in", "at", "through", "via"})

// placePreps put a practice word in a phrase of place or owner within a
// subject: "the laser at our office is FDA-cleared" is the laser's status.
var placePreps = newWordSet([]string{"in", "at", "of", "inside", "from", "for", "by", "with"})

// prepBefore reports a placePreps word among the few tokens before t
// (not before lo) in t's clause, the practice word being its object
// (att17): "every device in our office is", "the laser we use at our Elm
// Street office is".
func (s *scan) prepBefore(t, lo int) bool {
	for k := t - 1; k >= 0 && k >= lo && k >= t-4 && s.toks[k].sent == s.toks[t].sent && !clauseBreak(&s.toks[k]); k-- {
		if placePreps.has(s.toks[k].low) {
			return true
		}
		if fdaHolderWords.has(s.toks[k].low) {
			return false
		}
	}
	return false
}

// sameWords say one thing is another: "the same as", "identical to",
// "exact same drug as".
var sameWords = newWordSet([]string{"same", "identical", "equivalent", "identico", "idéntico", "idêntico", "mismo", "misma"})

// compoundedAsBrand returns blocks for a compounded drug called the same
// as a brand anywhere in its sentence (the compounded word and the
// sameness on either side of a dash or a comma): a listed brand, the word
// "brand", or a capitalized name right after "as" or "to". Findings
// already blocked in kept are not repeated.
func (s *scan) compoundedAsBrand(kept []post.Finding) []post.Finding {
	if !s.hasWordIn("compounded", "compounding", "compound", "compounds") || !s.hasAny(sameWords) {
		return kept
	}
	compounded := make([]bool, len(s.sents)) // by sentence, one pass
	for t := range s.toks {
		if inSet(s.toks[t].low, "compounded", "compounding", "compound", "compounds") {
			compounded[s.toks[t].sent] = true
		}
	}
	// At most maxMatches added: each is checked against kept, so an
	// endless post of them would grow with the square of its length
	// (att17: 43 times for 16 times the text).
	added := 0
	for t := 0; t < len(s.toks) && added < maxMatches; t++ {
		if !sameWords.has(s.toks[t].low) || !compounded[s.toks[t].sent] || s.negatedBefore(t) || s.notBefore(t) {
			continue
		}
		end := s.brandAfter(t)
		if end < 0 {
			continue
		}
		if a, b := s.span(t, end); !overlapsBlock(kept, a, b) {
			f := s.finding(t, end, msgCompounded)
			f.Severity = post.SeverityBlock
			kept = append(kept, f)
			added++
		}
	}
	return kept
}

// overlapsBlock reports whether a block finding of fs overlaps bytes
// [a, b); a warning there is the same claim, which the block outranks.
func overlapsBlock(fs []post.Finding, a, b int) bool {
	for _, f := range fs {
		if f.Severity == post.SeverityBlock && f.Start < b && a < f.End {
			return true
		}
	}
	return false
}

// notBefore reports "not" or "aren't" among the three words before t,
// which negatedBefore's bridge words may not reach: "are not the same as".
func (s *scan) notBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		if s.isNegator(k) {
			return true
		}
	}
	return false
}

// sameNotDrug, between a sameness word and "as", say what is the same is
// not the drug: a pharmacy's standards, rules, hours or prices (att17).
var sameNotDrug = newWordSet([]string{"standard", "standards", "rules", "regulations", "hours", "price", "prices", "cost",
	"day", "week", "oversight", "inspections",
	// "a dye-free version with the same dose as the brand" (att17)
	"dose", "doses", "dosage", "dosing", "strength"})

// brandAfter returns the end of the brand a sameness word at t names within
// a few words ("same FDA-approved drug as Zepbound", "identical to
// AndroGel", "the same as the brand"), or -1.
func (s *scan) brandAfter(t int) int {
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+6 && s.toks[k].sent == si; k++ {
		tk := &s.toks[k]
		if tk.low == "-" {
			continue // "FDA-approved" between: "same FDA-approved drug as"
		}
		if tk.kind != tokWord {
			return -1
		}
		if sameNotDrug.has(tk.low) {
			return -1 // "the same sterility standards as USP" (att17)
		}
		if inSet(tk.low, "brand", "brands") || s.hitAt("CLAIM-05/brand", k) {
			return k + 1
		}
		if inSet(tk.low, "as", "to", "que", "a") && k+1 < len(s.toks) && s.toks[k+1].sent == si && s.toks[k+1].kind == tokWord {
			next := &s.toks[k+1]
			if next.capital && !inSet(next.low, "i", "the", "a", "an", "our", "your") {
				return k + 2
			}
		}
	}
	return -1
}
