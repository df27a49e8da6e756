package compliance

import "github.com/practicepost/practicepost/compliance/health"

// A person in a public role (PRIV-10, issue 11, session 16; tests in
// politics16_test.go): a candidate endorsed or backed for an office, or an
// office holder named with their bill or at a civic act. The health words
// of such a post name a policy ("a champion for mental health parity", "a
// bill to cap insulin", "she'll fight for our hospital"), not anyone's
// care; their own health told ("after her heart surgery", "he beat
// prostate cancer") still makes the name a patient's.

var (
	// campaignVerbs, just before a name, endorse or back a candidate.
	campaignVerbs = newWordSet([]string{"endorse", "endorses", "endorsed", "endorsing", "back", "backs", "backed", "backing",
		"support", "supports", "supported", "supporting", "elect", "reelect", "re-elect", "apoyamos", "apoyar", "respaldamos"})
	// officeSeats, after "for" and a name, are what a candidate runs for:
	// "for state senate", "for the Legislature", "for county commissioner".
	officeSeats = newWordSet([]string{"senate", "senator", "assembly", "legislature", "congress", "council", "commissioner",
		"commission", "mayor", "governor", "board", "delegate", "sheriff", "judge", "treasurer", "clerk", "alderman",
		"alderwoman", "representative", "supervisor", "reelection", "re-election", "office", "concejo", "alcalde", "alcaldesa",
		"gobernador", "gobernadora", "senado"})
	// policyNouns, after an office holder's possessive, are their work:
	// "Senator Kowalski's bill".
	policyNouns = newWordSet([]string{"bill", "bills", "law", "plan", "amendment", "proposal", "ordinance", "resolution", "act",
		"budget", "initiative", "measure", "proclamation"})
	// ownHealthEvents tell a health event as someone's own, wherever the
	// health word stands in the sentence.
	ownHealthEvents = newWordSet([]string{"recovering", "recovery", "diagnosed", "diagnosis", "battling", "beat", "survived",
		"survivor", "undergoing", "underwent", "remission", "hospitalized"})
	// personPronouns put a health word that follows them on one person.
	personPronouns = newWordSet([]string{"his", "her", "their", "he", "she"})
)

// candidate reports whether the person p is named as a candidate for an
// office ("Karen Haugland for county commissioner", "endorse Rep. Ana
// Medeiros") or as an office holder with their policy ("Senator
// Kowalski's bill"), in a post that tells no one's own health.
func (s *scan) candidate(p person) bool {
	if s.cueSent[s.toks[p.from].sent] {
		return false
	}
	titled := s.officeTitled(p)
	return (s.seatAfter(p) || titled && (s.campaignVerbBefore(p) || s.policyPossessive(p))) && !s.ownHealthTold() &&
		!s.treatmentBehind(s.toks[p.from].sent)
}

// civicAct reports an office holder by title ("Mayor Galvez cut the
// ribbon") in a sentence with no health detail, not greeted, in a post
// that tells no one's own health: the health words elsewhere
// ("Accessible for wheelchairs") are the place's.
func (s *scan) civicAct(p person) bool {
	si := s.toks[p.from].sent
	return !s.cueSent[si] && s.officeTitled(p) && !s.healthInSentence(si) && !s.greets(si) && !s.ownHealthTold()
}

// officeTitled reports an office title in p or just before it ("Rep. Ana
// Medeiros", "Senator Kowalski").
func (s *scan) officeTitled(p person) bool {
	se := s.sents[s.toks[p.from].sent]
	for t := max(p.from-2, se.tokStart); t < p.name; t++ {
		if officeWords.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// campaignVerbBefore reports an endorsing verb in the three tokens before
// p ("endorse Rep. Ana Medeiros", "proudly backing Maria Santos").
func (s *scan) campaignVerbBefore(p person) bool {
	se := s.sents[s.toks[p.from].sent]
	for t := p.from - 1; t >= se.tokStart && t >= p.from-3; t-- {
		if campaignVerbs.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// seatAfter reports "for" (or "para") and an office seat within four
// tokens after p: "Karen Haugland for county commissioner".
func (s *scan) seatAfter(p person) bool {
	se := s.sents[s.toks[p.from].sent]
	t := p.to
	if t >= se.tokEnd || !inSet(s.toks[t].low, "for", "para") {
		return false
	}
	for k := t + 1; k < se.tokEnd && k <= t+4; k++ {
		if officeSeats.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// policyPossessive reports p's possessive owning a policy noun within two
// tokens: "Senator Kowalski's bill", "the mayor's new plan".
func (s *scan) policyPossessive(p person) bool {
	t := p.to
	if t < len(s.toks) && s.toks[t].low == "'" {
		t++
	}
	if t >= len(s.toks) || s.toks[t].low != "s" {
		return false
	}
	for k := t + 1; k < len(s.toks) && k <= t+2; k++ {
		if policyNouns.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// ownHealthTold reports a health detail told as one person's own anywhere
// in the post: a pronoun before the health word with no "for" or "to"
// between ("her long fight with breast cancer"; "she'll fight for
// diabetes funding" is a cause), or an own-health word in its sentence
// ("recovering", "diagnosed", "beat").
func (s *scan) ownHealthTold() bool {
	for _, h := range s.healthHits() {
		si := s.toks[h.From].sent
		if s.sentenceHasWord(si, ownHealthEvents) {
			return true
		}
		se := s.sents[si]
		for t := h.From - 1; t >= se.tokStart && t >= h.From-4; t-- {
			w := s.toks[t].low
			if inSet(w, "for", "to", "about", "on") {
				break
			}
			if personPronouns.has(w) {
				return true
			}
		}
	}
	return false
}

// treatmentOff are the words that put a treatment or a stay just behind
// someone (session 16, att16): "Vote Karen Haugland for county
// commissioner — fresh off chemo" tells her care with no pronoun and no
// own-health word; "off" or "out of" a treatment is always someone's.
var treatmentOff = newWordSet([]string{"off", "after", "post", "since"})

// treatmentBehind reports a procedure in sentence si right after "fresh
// off", "just off", "after", "post" ("fresh off chemo", "after her
// bypass" is ownHealthTold's): a treatment someone had, not a policy.
func (s *scan) treatmentBehind(si int) bool {
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent != si || h.Cat != health.Procedure && h.Cat != health.Condition || h.From < 1 {
			continue
		}
		if treatmentOff.has(s.toks[h.From-1].low) {
			return true
		}
	}
	return false
}
