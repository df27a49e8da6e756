package compliance

// A person the post thanks or greets by name, then tells of their own care
// (issue 11, session 25, t25privacy; read by kind on dev142-dev144's privacy
// posts the rules only warned on): "Mil gracias a Don Pancho for the
// tamales! And yes, your blood pressure was perfect today", "Coach
// Martínez of the Nampa Bulldogs — thanks for coming in for your cardiac
// follow-up", "congrats on YOUR numbers coming down, pastor", "So glad the
// knee is holding up", "for finally letting us look at that cough". The
// post speaks to the one it thanks, so "your" is theirs: everyone reading
// learns they are a patient, and of what. The name's finding was a warning
// (a neighbour thanked, the health word a topic) because the care is told
// in words the health data reads as everyday ones (a reading, a result, a
// follow-up) or in another sentence. Advice to every reader after the
// thanks ("get your blood pressure checked", "your flu shot is free this
// week") tells no result and stays a warning. Each helper reads a bounded
// window after the name, so the check stays linear.

// thanks25Words thank or greet the one named: the post speaks to them.
var thanks25Words = newWordSet([]string{"thanks", "thank", "thx", "ty", "gracias", "obrigada", "obrigado", "obrigadu", "merci",
	"mahalo", "congrats", "congratulations", "felicidades", "felicitaciones", "parabéns", "parabens", "shoutout", "kudos"})

// thankedReadings25 are readings a person's own numbers are told in, which
// noticeCareNouns leaves out: "YOUR numbers coming down", "a sua glicose
// estava ótima". Care only with a result after them (thankedResult25).
var thankedReadings25 = newWordSet([]string{"numbers", "levels", "glicose", "glicemia", "glucosa", "glucose", "colesterol",
	"pressão", "pressao", "triglycerides", "weight", "peso"})

// thankedResults25 tell how a reading or a test came out.
var thankedResults25 = newWordSet([]string{"perfect", "perfecta", "perfecto", "perfeita", "perfeito", "normal", "normales",
	"negative", "negativo", "negativa", "clear", "great", "good", "excellent", "fine", "healthy", "improved", "better", "lower",
	"target", "range", "ótima", "ótimo", "otima", "otimo", "excelente", "excelentes", "buena", "bueno", "buenos", "buenas", "boa",
	"bom", "mejor", "melhor", "down", "gone", "amazing", "awesome", "beautiful"})

// thankedCopulas25 come between a reading and its result: "was perfect",
// "salió perfecta", "estava ótima".
var thankedCopulas25 = newWordSet([]string{"was", "were", "is", "are", "s", "looked", "looks", "looking", "came", "comes", "stayed",
	"stays", "been", "es", "fue", "está", "esta", "estaba", "estuvo", "salió", "salio", "salieron", "foi", "estava", "ficou", "right",
	"all", "so", "really", "totally", "super", "muy", "bien", "back", "on", "in", "today", "this", "morning", "hoy", "hoje"})

// thankedTrends25 tell a reading going the right way without a copula:
// "your cholesterol coming down", "su azúcar bajó".
var thankedTrends25 = newWordSet([]string{"coming", "going", "dropped", "dropping", "improving", "improved", "bajó", "bajo",
	"baixou", "melhorou", "mejoró", "mejoro"})

// thankedOutcomes25 stand before a test as its result: "your negative
// test", "your own clear mammogram".
var thankedOutcomes25 = newWordSet([]string{"negative", "normal", "clear", "clean", "perfect", "good", "great", "negativo", "negativa"})

// thankedVisits25 before "for" or "with" and "your" tell a visit or a
// trust for the care named: "thanks for coming in for your cardiac
// follow-up", "for trusting us with your blood pressure".
var thankedVisits25 = newWordSet([]string{"coming", "came", "trusting", "trusted", "stopping", "stopped", "choosing", "chose",
	"seeing"})

// thankedGroups25 between "your" and the care make it a group's: "your
// team's physicals", "your church's health fair".
var thankedGroups25 = newWordSet([]string{"team", "teams", "squad", "kids", "players", "students", "crew", "class", "staff",
	"employees", "members", "church", "congregation", "family", "families", "workers", "club", "school", "shop", "store", "s"})

// thankedLookVerbs25 after "letting us" or "let us" tell care given: "for
// finally letting us check that wheeze", "let us look at that cough".
var thankedLookVerbs25 = newWordSet([]string{"check", "look", "see", "treat", "fix", "examine", "test", "listen"})

// thankedReach25 bounds how far after the name the care is read.
const thankedReach25 = 40

// thankedOwnCare25 reports whether person p is thanked or greeted (or
// spoken to alone in the post's opening sentence) and the post then tells
// them of their own care.
func (s *scan) thankedOwnCare25(p person) bool {
	if !s.thankedPerson25(p) {
		return false
	}
	si := s.toks[p.from].sent
	end := min(len(s.toks), p.to+thankedReach25)
	for sj := si; sj < len(s.sents) && sj <= si+2; sj++ {
		from, to := max(s.sents[sj].tokStart, p.to), min(s.sents[sj].tokEnd, end)
		if from >= to {
			continue
		}
		wish := s.firstWish24(from, to)
		for k := from; k < to; k++ {
			w := s.toks[k].low
			switch {
			case noticePossessives.has(w) && s.thankedCareAfter25(k):
				return true
			case wish >= 0 && k > wish && courseHeal24.has(w):
				// "So glad the knee is holding up" (reply24.go's course)
				if _, ok := s.courseAt(k, from, wish); ok {
					return true
				}
			case (w == "letting" || w == "let") && k+3 < to && s.toks[k+1].low == "us":
				// "for finally letting us check that wheeze"
				if s.lookedAt25(k+2, to) {
					return true
				}
			}
		}
	}
	return false
}

// thankedPerson25 reports whether p is thanked or greeted in their own
// sentence ("Mil gracias a Don Pancho", "Coach Ruiz — thanks for ...")
// or is all the opening sentence says ("እንኳን ደስ አለዎት Ato Bekele!").
func (s *scan) thankedPerson25(p person) bool {
	si := s.toks[p.from].sent
	se := s.sents[si]
	for k := max(se.tokStart, p.from-8); k < se.tokEnd && k < p.to+12; k++ {
		if thanks25Words.has(s.toks[k].low) {
			return true
		}
	}
	if si != 0 || se.tokEnd-se.tokStart > 8 || p.to >= se.tokEnd {
		return false
	}
	return inSet(s.toks[p.to].low, "!", ",", "—", ":")
}

// thankedCareAfter25 reports, at the possessive at token k, care of the
// one spoken to told with how it came out or with their visit for it:
// "your blood pressure was perfect today", "your negative test", "for
// coming in for your cardiac follow-up"; not "your flu shot is free",
// "get your blood pressure checked", "your team's physicals".
func (s *scan) thankedCareAfter25(k int) bool {
	se := s.toks[k].sent
	j := -1
	if c, ok := s.noticeCareNoun(k); ok {
		j = c
	} else {
		for n := k + 1; n < len(s.toks) && n <= k+3 && s.toks[n].sent == se; n++ {
			if thankedReadings25.has(s.toks[n].low) {
				j = n
				break
			}
		}
	}
	if j < 0 {
		return false
	}
	outcome := false
	for n := k + 1; n < j; n++ {
		w := s.toks[n].low
		if thankedGroups25.has(w) {
			return false // "your team's physicals"
		}
		outcome = outcome || thankedOutcomes25.has(w)
	}
	if vaccineWords.has(s.toks[j].low) && !inSet(s.toks[j].low, "flu", "covid") {
		return false // a shot is the example set to every reader
	}
	if outcome {
		return true
	}
	if k >= 2 && inSet(s.toks[k-1].low, "for", "with") {
		for n := k - 2; n >= 0 && n >= k-5 && s.toks[n].sent == se; n-- {
			if thankedVisits25.has(s.toks[n].low) {
				return true
			}
		}
	}
	return s.thankedResult25(j)
}

// thankedResult25 reports how the care at token j came out, within six
// words: a trend ("coming down", "bajó") or a result after a copula ("was
// perfect", "salió perfecta", "was right on target"); not "is a good
// idea", "is free".
func (s *scan) thankedResult25(j int) bool {
	copula := false
	for r := j + 1; r < len(s.toks) && r <= j+6 && s.toks[r].sent == s.toks[j].sent; r++ {
		w := s.toks[r].low
		switch {
		case thankedTrends25.has(w):
			return w != "coming" && w != "going" || r+1 < len(s.toks) && s.toks[r+1].low == "down"
		case copula && thankedResults25.has(w):
			return !s.resultForAnyone25(r) // "is better when you move" (att25)
		case thankedCopulas25.has(w):
			copula = true
		case noticeReadingWords.has(w) && !copula:
			// "your sugar numbers were great"
		default:
			return false
		}
	}
	return false
}

// lookedAt25 reports, from token k after "letting us", care given to one
// thing of the person's: "check that wheeze", "look at that cough".
func (s *scan) lookedAt25(k, end int) bool {
	if k >= end || !thankedLookVerbs25.has(s.toks[k].low) {
		return false
	}
	k++
	if k < end && inSet(s.toks[k].low, "at", "on", "out") {
		k++
	}
	if k+1 >= end || !inSet(s.toks[k].low, "that", "your", "those", "his", "her") {
		return false
	}
	k++
	if k+1 < end && ownModifier.has(s.toks[k].low) {
		k++ // "that bad knee"
	}
	return s.courseNoun(k) && !courseNotBody24.has(s.toks[k].low)
}
