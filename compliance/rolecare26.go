package compliance

// A town's one-person office or post told as getting a shot at the
// practice (issue 11, session 26, t26privacy; read by kind on dev149 and
// dev150's privacy posts the rules passed): "Even the mayor rolled up a
// sleeve at our flu clinic this morning!", "Even the mayor rolled up a
// sleeve! Thanks for stopping by our office for your flu shot". Everyone
// in town knows who the mayor is, so the post tells that one person is a
// patient and what they got (PRIV-10 block). A sleeve rolled up is the
// shot itself; "rolled up their sleeves" (plural) is as often work done,
// and the words the rules already read ("got her flu shot") block on
// their own. The walks look a few tokens either side of one verb, so they
// stay linear.

// sleeveVerbs26 roll a sleeve up: "rolled up a sleeve", "rolls her sleeve
// up". The imperative "roll up a sleeve!" asks every reader.
var sleeveVerbs26 = newWordSet([]string{"rolled", "rolls", "rolling"})

// sleeveOwners26 stand between the verb and "sleeve": "a sleeve", "her
// sleeve".
var sleeveOwners26 = newWordSet([]string{"a", "his", "her", "their", "one", "the"})

// roleFillers26 may stand between the role and the verb: "the mayor
// finally rolled up a sleeve", "the sheriff also rolled".
var roleFillers26 = newWordSet([]string{"finally", "also", "even", "just", "too", "herself", "himself", "happily", "gladly", "bravely"})

// roleShot26 reports whether the one-person role p is told as getting a
// shot: p rolls up a sleeve in its own sentence (before the verb, or as
// the answer to "Look who rolled up a sleeve ...: the fire chief!"), comes
// in for a check or a shot ("the mayor stopped by our office for a blood
// pressure check", "thank you to the mayor for stopping by for ..."), or
// the next sentence thanks them for coming in for "your" care.
func (s *scan) roleShot26(p person) bool {
	si := s.toks[p.from].sent
	se := s.sents[si]
	for k := se.tokStart; k < se.tokEnd; k++ {
		if !sleeveVerbs26.has(s.toks[k].low) || !s.sleeveAfter26(k, se.tokEnd) {
			continue
		}
		if p.to <= k {
			j := p.to
			for j < k && roleFillers26.has(s.toks[j].low) {
				j++
			}
			if j == k {
				return true
			}
		} else if p.from > k && k > se.tokStart && s.toks[k-1].low == "who" {
			return true // "Look who rolled up a sleeve today: the fire chief!"
		}
	}
	for k := p.to; k < se.tokEnd && k <= p.to+3; k++ {
		w := s.toks[k].low
		if comeInWords26.has(w) {
			if s.visitForCare26(k+1, se.tokEnd) {
				return true // "the sheriff stopped by for a cholesterol check"
			}
			break
		}
		if !roleFillers26.has(w) && w != "for" {
			break
		}
	}
	if ok, _ := s.visitAfterPerson27(p.to, s.visitForCare27); ok {
		return true // "the head coach of the Red Knights for coming in for her physical" (describedvisit27.go)
	}
	if si+1 < len(s.sents) {
		return s.thanksForYourCare26(si + 1)
	}
	return false
}

// sleeveAfter26 reports whether a single sleeve is rolled up after the verb
// at token k: "rolled up a sleeve", "rolled her sleeve up".
func (s *scan) sleeveAfter26(k, end int) bool {
	j := k + 1
	up := false
	if j < end && s.toks[j].low == "up" {
		up = true
		j++
	}
	if j < end && sleeveOwners26.has(s.toks[j].low) {
		j++
	}
	if j >= end || s.toks[j].low != "sleeve" {
		return false
	}
	return up || j+1 < end && s.toks[j+1].low == "up"
}

// visitVerbs26 bring someone in, told of them: "the mayor stopped by",
// "the night-shift nurse who stops in". comeInWords26 adds the forms a
// thanks uses ("thanks for stopping by", "for coming in") and "pops";
// describedVisits26 reads only visitVerbs26 (one list, one built from it).
var visitVerbs26 = []string{"came", "comes", "stops", "stopped", "dropped", "drops", "popped", "swung"}

// comeInWords26 tell a visit, in a thanks or told of a one-person role:
// "thanks for stopping by", "for coming in", "the sheriff stopped by".
var comeInWords26 = newWordSet(append([]string{"stopping", "coming", "dropping", "popping", "swinging", "pops"}, visitVerbs26...))

// visitItems26 are what one comes in for that is their own care: "for a
// blood pressure check", "for his annual physical", "for her B12 shot".
var visitItems26 = newWordSet([]string{"check", "checks", "checkup", "screening", "physical", "shot", "shots", "booster",
	"vaccine", "exam", "test", "reading", "recheck", "jab"})

// visitOwners26 open what one came in for: "for a", "for his".
var visitOwners26 = newWordSet([]string{"a", "an", "his", "her", "their"})

// visitFor26 is the one scan of what a visit was for, after a visit verb
// (from token k): the first "for" within ten tokens, then an owner ("a",
// "his", ...), required or not, then up to span words read by item, which
// reports whether the word at m decides (found) and how (ok). A preposition
// or a non-word ends the phrase: "for a chat about sports physicals" is not
// a physical. Shared by the one-person role told as coming in
// (visitForCare26) and the one-person description (visitForOwnCare26).
func (s *scan) visitFor26(k, end int, ownerRequired bool, span int, item func(from, m int) (found, ok bool)) bool {
	for j := k; j < end && j < k+10; j++ {
		if s.toks[j].low != "for" {
			continue
		}
		i := j + 1
		if i < end && visitOwners26.has(s.toks[i].low) {
			i++
		} else if ownerRequired {
			continue // "for stopping by ... for a check": a later "for" may still tell it
		}
		for m := i; m < end && m < i+span; m++ {
			if found, ok := item(i, m); found {
				return ok
			}
			if s.toks[m].kind != tokWord || inSet(s.toks[m].low, "of", "about", "with", "to", "and", "on", "at") {
				break
			}
		}
		return false
	}
	return false
}

// visitForCare26 reports whether, after a visit verb (from token k), the
// sentence tells what the visit was for as care, with an owner: "stopped
// by our Elm St office for a blood pressure check"; not "for a tour of our
// urgent care wing" nor "for a chat about sports physicals".
func (s *scan) visitForCare26(k, end int) bool {
	return s.visitFor26(k, end, true, 5, func(from, m int) (bool, bool) {
		if !visitItems26.has(s.toks[m].low) {
			return false, false
		}
		return true, s.ownCareItem26(from, m, end)
	})
}

// thanksForYourCare26 reports whether sentence sj thanks someone for coming
// in for "your" care, with no one else spoken to by name: "Thanks for
// stopping by our office for your flu shot"; not "Thanks for getting your
// flu shot, Springfield!".
func (s *scan) thanksForYourCare26(sj int) bool {
	se := s.sents[sj]
	k := se.tokStart
	for k < se.tokEnd && s.toks[k].kind != tokWord {
		k++ // "💉 Thanks for ..."
	}
	if k >= se.tokEnd {
		return false
	}
	switch s.toks[k].low {
	case "thanks":
		k++
	case "thank":
		k++
		if k < se.tokEnd && s.toks[k].low == "you" {
			k++
		}
	default:
		return false
	}
	if k+1 >= se.tokEnd || s.toks[k].low != "for" || !comeInWords26.has(s.toks[k+1].low) {
		return false
	}
	your := false
	for j := k + 2; j < se.tokEnd; j++ {
		if s.toks[j].low == "," && j+1 < se.tokEnd && s.toks[j+1].kind == tokWord {
			return false // a vocative: the town or someone else spoken to
		}
		if s.toks[j].low == "your" && j+1 < se.tokEnd {
			if _, ok := s.healthHitAt(j + 1); ok || vaccineWords.has(s.toks[j+1].low) {
				your = true
			}
		}
	}
	return your
}
