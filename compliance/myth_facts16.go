package compliance

import "github.com/practicepost/practicepost/post"

// Facts a myth-busting post gives that the myth lists read as the myth
// (issue 11, session 16; tests in myth_facts16_test.go).

// predicateJoiners start a new predicate after a negation: in "has no
// live virus and can't give you the flu" the "no" and the "can't" deny
// two things, they do not cancel each other.
var predicateJoiners = newWordSet([]string{"and", "or", "so", "plus"})

// antibioticForBacteria reports a MIS-01 hit whose antibiotic takes
// bacteria as its object ("Colds come from viruses, and antibiotics treat
// bacteria", "antibiotics work on bacteria"): the lesson a cold post
// teaches, with the cold or the virus in an earlier clause. Like any
// fact told in the myth's words ("antibiotics only work on bacteria") it
// reads as denied: a doctor checks it (warn), it is no myth stated. "Antibiotics
// kill bacteria and viruses" still claims the myth, and a cold named after
// the object leaves the hit to the rest of its framing ("antibiotics work
// on bacteria, so they won't shorten a cold" warns by its "won't").
func (s *scan) antibioticForBacteria(h conceptHit) bool {
	for _, p := range h.parts {
		a := p[0]
		if !antibioticWords.has(s.toks[a].low) {
			continue
		}
		// The antibiotic's verb is the next part; its object follows it,
		// after "on" or "against" ("work on bacteria").
		for _, q := range h.parts {
			if q[0] <= a || q[0] > a+3 {
				continue
			}
			o := q[1]
			if o < len(s.toks) && inSet(s.toks[o].low, "on", "against", "only") {
				o++
			}
			if o >= len(s.toks) || !inSet(s.toks[o].low, "bacteria", "bacterial") {
				continue
			}
			// A cold named after the object ("..., so they won't shorten
			// a cold") is the claim's own, read by its framing.
			// A cold the hit reaches after the object may only be said
			// to be viral: "..., and colds are viruses" (session 18).
			return (h.to <= o || s.saidViral(h.to-1)) && !s.virusJoined(o+1) && !s.coldClaimedAfter(o+1)
		}
	}
	return false
}

// coldClaimedAfter reports a cold or a virus named in the dozen tokens
// after token t of its sentence with no negation before it (session 16,
// att16): "antibiotics work on bacteria, so they'll knock out your cold
// too!" claims the myth after the fact; "..., so they won't shorten a
// cold" denies it, and the fact stands.
func (s *scan) coldClaimedAfter(t int) bool {
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t].sent
	for k := t; k < len(s.toks) && k < t+12 && s.toks[k].sent == si; k++ {
		if s.isNegator(k) || inSet(s.toks[k].low, "not", "unlike") {
			return false
		}
		if w := s.toks[k].low; viralWords.has(w) || w == "viruses" {
			// "..., and colds are viruses" says what a cold is, not
			// that the antibiotic treats it (session 18).
			return !s.saidViral(k)
		}
	}
	return false
}

// virusJoined reports "and|or|&" and a viral word (through "viral
// infections") at token t, "bacteria and viruses": the antibiotic's
// object then takes the virus in too.
func (s *scan) virusJoined(t int) bool {
	if t < len(s.toks) && s.toks[t].low == "infections" {
		t++
	}
	if t+1 >= len(s.toks) || !inSet(s.toks[t].low, "and", "or", "&") {
		return false
	}
	w := s.toks[t+1].low
	return viralWords.has(w) || w == "viruses"
}

// statedWithin replaces a denied myth in out that holds the myth at h
// with h's finding when h, the shorter, is stated: in "Cold weather makes
// you sick, so bundle up and you won't catch the flu" the longer match
// reaches the later clause's "won't", but the claim is stated whole before
// it.
func (s *scan) statedWithin(out []post.Finding, h conceptHit) {
	a, b := s.span(h.from, h.to)
	for i := range out {
		f := &out[i]
		if f.Severity != post.SeverityWarn || f.Start > a || f.End < b || f.End-f.Start == b-a {
			continue
		}
		if _, to := s.tokenRange(f.Start, f.End); !s.negatedLater(h.to, to) {
			return // "Detox teas ... don't remove toxins": the denial follows at once
		}
		tmp := []post.Finding{s.mythFinding(h, "a known false health claim")}
		s.quotedToAnswer(tmp, 0, h)
		if tmp[0].Severity == post.SeverityBlock {
			*f = tmp[0]
		}
		return
	}
}

// negatedLater reports a negation in tokens [from, to) that a later clause
// holds: a comma, "so", "and" or "then" comes between from and it.
func (s *scan) negatedLater(from, to int) bool {
	joined := false
	for t := from; t < to; t++ {
		if inSet(s.toks[t].low, ",", "so", "and", "then") {
			joined = true
		}
		if s.isNegator(t) {
			return joined
		}
	}
	return false
}
