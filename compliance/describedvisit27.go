package compliance

import "github.com/practicepost/practicepost/post"

// One person told as coming in for care, with what points at them after
// the person noun (issue 11, session 27, t27privacy; read by kind on dev154
// and dev155's privacy posts the rules passed): "Shout out to the head
// coach of the Reading High girls' basketball team for coming in for her
// physical", "The night bartender at Murphy's Pub stopped in for a blood
// pressure recheck", "The Shreveport firefighter who carried that family
// out of the house fire was in today for his follow-up". Session 26's
// walks (roleShot26, describedVisits26) read the visit only right after
// the person; here a place or team after "of", "at" or "outside", or a
// "who" clause, stands between, and the visit may be told as "has been
// coming in", "for coming in" or "was in". The walks look a bounded number
// of tokens after one person, so they stay linear.

// postPlacePreps27 open a place or a team after a person noun: "the coach
// of the Red Knights", "the bartender at Murphy's", "the guard outside
// Millmont Elementary".
var postPlacePreps27 = newWordSet([]string{"of", "at", "outside", "from", "near", "on", "in", "behind"})

// postStops27 end a place's name: a visit, an auxiliary, a clause, or
// another subject.
var postStops27 = newWordSet([]string{"has", "had", "have", "was", "is", "were", "been", "for", "who", "and", "or", "but",
	"with", "to", "when", "after", "before", "while", "we", "our", "us", "you", "your", "i", "they", "their", "she", "he"})

// otherSubject27 are people other than the one described: a "who" clause
// holding them is no longer about that one ("the guard who waved at our
// patients as they came in").
var otherSubject27 = newWordSet([]string{"we", "our", "us", "you", "your", "i", "they", "them", "their", "everyone",
	"everybody"})

// visitAux27 may stand before the visit verb: "has been coming in", "had
// been stopping by", "also came in".
var visitAux27 = newWordSet([]string{"has", "had", "have", "been", "finally", "also", "just", "faithfully", "even", "too"})

// skipPostModifier27 returns where the words after a person noun (from
// token k) stop telling which one it is, and whether a capitalized name or
// a number marked it: "of the Reading High Red Knights girls' basketball
// team", "at Murphy's Pub", "who carried that family out of the Stoner
// Hill house fire". It returns k, false when no such words follow.
func (s *scan) skipPostModifier27(k, end int) (int, bool) {
	if k >= end {
		return k, false
	}
	switch w := s.toks[k].low; {
	case hurtParticiples27.has(w) && k+2 < end:
		// "the firefighter burned in the Santa Fe Ave warehouse fire",
		// "the rafter pulled out of Alberton Gorge": where the harm came,
		// read as a place.
		j := k + 1
		if s.toks[j].low == "out" && s.toks[j+1].low == "of" {
			j++
		}
		if !postPlacePreps27.has(s.toks[j].low) && s.toks[j].low != "during" {
			return k, false
		}
		if e, marked := s.placeAfter27(j, end); marked {
			return e, true
		}
		return k, false
	case postPlacePreps27.has(w):
		return s.placeAfter27(k, end)
	case w == "who":
		marked := false
		for j := k + 1; j < end && j < k+16; j++ {
			t := s.toks[j]
			if otherSubject27.has(t.low) || t.kind == tokPunct && t.low != "-" && t.low != "'" && t.low != "’" {
				return k, false
			}
			if j > k+1 && s.visitFormAt27(j) >= 0 {
				return j, marked
			}
			if t.kind == tokNumber || t.kind == tokWord && t.capital {
				marked = true
			}
		}
	}
	return k, false
}

// placeAfter27 reads the name of a place or a team after the word at k
// ("of", "at", "in the"), as skipPostModifier27 does.
func (s *scan) placeAfter27(k, end int) (int, bool) {
	j, marked, lower := k+1, false, 0
	for ; j < end && j < k+12; j++ {
		t := s.toks[j]
		switch {
		case t.kind == tokNumber || t.kind == tokWord && t.capital:
			marked = true
		case t.low == "the" || t.low == "'" || t.low == "’" || t.low == "s":
		case t.kind == tokWord && marked && lower < 3 && !postStops27.has(t.low) && !comeInWords26.has(t.low):
			lower++ // "girls' basketball team", "Elementary school"
		default:
			return j, marked
		}
	}
	return j, marked
}

// hurtParticiples27 tell, after a person noun, the harm that marks them:
// "the firefighter burned in the warehouse fire", "the rider hurt at the
// Stock Show".
var hurtParticiples27 = newWordSet([]string{"burned", "burnt", "injured", "hurt", "rescued", "pulled", "trapped", "hit",
	"struck", "thrown", "saved"})

// visitFormAt27 returns where the care words start when a visit is told
// at token j ("came in", "has been coming in", "for coming in", "was in
// today"), or -1.
func (s *scan) visitFormAt27(j int) int {
	se := s.sents[s.toks[j].sent]
	for j < se.tokEnd && visitAux27.has(s.toks[j].low) {
		j++
	}
	if j >= se.tokEnd {
		return -1
	}
	w := s.toks[j].low
	switch {
	case w == "for" && j+1 < se.tokEnd && comeInWords26.has(s.toks[j+1].low):
		return j + 2 // "(thanks to ...) for coming in for her physical"
	case comeInWords26.has(w):
		return j + 1
	case inSet(w, "was", "is", "were") && j+1 < se.tokEnd && s.toks[j+1].low == "in":
		return j + 2 // "was in today for his follow-up"
	}
	return -1
}

// visitAfterPerson27 reports whether, after a person noun (from token k),
// a place or a "who" clause and then a visit for care follow, and whether
// the words between were marked by a name or a number.
func (s *scan) visitAfterPerson27(k int, care func(k, end int) bool) (ok, marked bool) {
	end := s.sents[s.toks[k-1].sent].tokEnd
	j, marked := s.skipPostModifier27(k, end)
	if j == k || j >= end {
		return false, false
	}
	c := s.visitFormAt27(j)
	if c < 0 {
		return false, false
	}
	return care(c, end), marked
}

// visitForCare27 reads what the visit was for as care of one's own: what
// visitForCare26 reads ("for her physical", "for a blood pressure
// recheck"), a health detail with or without an owner ("for wound care")
// and a follow-up ("for his smoke-inhalation follow-up").
func (s *scan) visitForCare27(k, end int) bool {
	if s.visitForCare26(k, end) {
		return true
	}
	return s.visitFor26(k, end, false, 5, func(_, m int) (bool, bool) {
		w := s.toks[m].low
		if w == "followup" || w == "follow" && m+1 < end && s.toks[m+1].low == "up" {
			return true, !s.followUpNotCare27(m, end) // not "a follow-up meeting" (attack27.go)
		}
		if !s.healthStartsAt(m) {
			return false, false
		}
		// "for wound care" is the visitor's own; "for the wound care
		// clinic" the topic of an event.
		if !s.careFieldAt26(m) || s.toks[m+1].low == "care" && (m+2 >= end || !careGivenNouns.has(s.toks[m+2].low)) {
			return true, true
		}
		return false, false
	})
}

// describedNouns27 add to describedNouns26 the people a deed or a post
// marks: "the Shreveport firefighter who carried that family out".
var describedNouns27 = unionWordSet([]*wordSet{describedNouns26}, "firefighter", "paramedic", "emt", "officer", "deputy",
	"trooper", "ranger", "umpire", "referee", "janitor", "custodian", "owner", "chef", "mechanic", "mailman", "postman")

// describedBefore27 is describedAfterVisits27's walk (describedStart). The
// mark may come after the noun ("the coach of the Westview Wildcats"), so
// an unmarked "the" still opens a description and the caller weighs both
// marks (no markNeeded). Since an unmarked start counts, it must stand
// close (reach 6), and an owner before the noun ends the walk ("the team
// and her assistant coach": her coach is someone's, and the "the" further
// back opens another phrase). Titles with "this year's" and abbreviations
// were not read for this kind: a full stop ends the walk.
var describedBefore27 = describedBefore{reach: 6, ownerStops: true}

// describedAfterVisits27 reports the one-person descriptions marked after
// the noun (or before it) and told as coming in for care across a place
// or a "who" clause, each as a PRIV-10 block: "The Tulsa paramedic who
// pulled two kids out of the flood was in yesterday for his tetanus shot".
func (s *scan) describedAfterVisits27() []post.Finding {
	var out []post.Finding
	for n := 1; n < len(s.toks) && len(out) < maxMatches; n++ {
		if !describedNouns27.has(s.toks[n].low) || n+1 >= len(s.toks) || s.toks[n+1].sent != s.toks[n].sent {
			continue
		}
		se := s.sents[s.toks[n].sent]
		from, before := s.describedStart(n, se.tokStart, describedBefore27)
		if from < 0 {
			continue
		}
		ok, after := s.visitAfterPerson27(n+1, s.visitForCare27)
		if !ok || !before && !after {
			continue
		}
		f := s.finding(from, n+1, "This describes one person (where they work, the team they lead, what they did) coming in for care: everyone who knows them knows who it is, and now that they are a patient.")
		f.Suggestion = "Leave out what points at them, or link their signed authorization."
		out = append(out, f)
		n = se.tokEnd - 1 // one finding a sentence
	}
	return out
}
