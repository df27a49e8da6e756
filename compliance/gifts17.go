package compliance

// Gifts for the newest patients (session 17, t17prec). gifts14 reads a
// care word before the thing given ("lap blankets for the infusion
// chairs", "beanies for our newborn bags"); neighbours who knit, sew or
// crochet for the babies born at a practice are told the other way
// round, the thing first and the babies after "for": "a hat for every
// new baby in our waiting room", "a cap for every baby born at our birth
// center", "a blanket for each newborn". The babies are whom the gift is
// for, not anyone's care; the giver's own care after the verb still
// blocks (giftCareWord).

// recipientFillers stand between "for" and the babies a gift is for:
// "for every new baby", "for all our newborns".
var recipientFillers = newWordSet([]string{"every", "each", "all", "our", "the", "new", "little", "of", "a", "those"})

// giftRecipientWords are the newest patients a gift is made for.
var giftRecipientWords = newWordSet([]string{"baby", "babies", "newborn", "newborns", "infant", "infants", "bebé", "bebés"})

// giftRecipient reports whether the care word at token from is whom a
// thing given is for: a baby word after "for" and a few fillers, the
// thing (giftThings) just before "for"; or "born" right after such a
// baby ("every baby born at our birth center").
func (s *scan) giftRecipient(from int) bool {
	if from > 0 && s.toks[from].low == "born" && giftRecipientWords.has(s.toks[from-1].low) {
		from--
	}
	if !giftRecipientWords.has(s.toks[from].low) {
		return false
	}
	k := from - 1
	for k >= 0 && k >= from-3 && recipientFillers.has(s.toks[k].low) {
		k--
	}
	if k < 1 || s.toks[k].low != "for" || s.toks[k].sent != s.toks[from].sent {
		return false
	}
	return giftThings.has(s.toks[k-1].low)
}

// sinceYear reports whether token t is "since" before a number ("has
// knitted a hat for every baby since 2015"): how long the giving has gone
// on, not "since her surgery".
func (s *scan) sinceYear(t int) bool {
	return s.toks[t].low == "since" && t+1 < len(s.toks) && s.toks[t+1].kind == tokNumber
}

// practicePlace reports whether the care word at tokens [from, to) names
// one of the practice's own places: "our" or "the" before it and a care
// room after it ("at our birth center", "the infusion suite").
func (s *scan) practicePlace(from, to int) bool {
	return from > 0 && inSet(s.toks[from-1].low, "our", "the") && to < len(s.toks) && careRooms.has(s.toks[to].low) &&
		s.toks[to].sent == s.toks[from].sent
}
