package compliance

import "github.com/practicepost/practicepost/compliance/health"

// Neighbours' places and dates (session 17, t17prec). A title before a
// capitalized word ("Mr. Otis", "Miss Ruby Gaines", "Grandma Opal") marks
// patient context around it (newScan), because in a patient's story the
// title points at the patient. In a post that thanks, celebrates or
// praises a neighbour and tells no one's health or care at all ("Mr.
// Earl Tidwell, who has fed every stray cat on Polk Street", "Miss Ruby
// Gaines, who has done every crossword since August"), the title is the
// only context, and the street, town or month beside it is the
// neighbour's, not a patient's: the name already goes to a person
// (PRIV-10 warn), so the place and the date need not stop the post. Read
// from dev15-dev83 by kind: every such item was labelled review.

// titleContextOnly reports whether tokens [from, to) are in patient
// context only because a titled name stands near them: no patient cue
// marks them or their sentence, and the post tells no care.
func (s *scan) titleContextOnly(from, to int) bool {
	if from >= len(s.toks) || s.cueSent[s.toks[from].sent] {
		return false
	}
	for t := from; t < to && t < len(s.toks); t++ {
		if s.cueTok[t] {
			return false
		}
	}
	return s.tellsNoCare()
}

// tellsNoCare reports whether the post tells no one's health or care:
// no health detail except a care word naming a thing given ("hats for
// our newborn basket"), no clinical word except one of everyday sense
// (a birthday, an organization's name), no recovery told and nothing
// sensitive. Asked once per post.
func (s *scan) tellsNoCare() bool {
	if !s.noCareDone {
		s.noCare, s.noCareDone = s.findNoCare(), true
	}
	return s.noCare
}

// findNoCare is tellsNoCare's walk over the post's care words.
func (s *scan) findNoCare() bool {
	if s.has("PRIV-15") || s.tokensHaveWord(0, len(s.toks), mendedWords) || s.yourCareGiver() {
		return false
	}
	for _, h := range s.healthHits() {
		if !s.giftCareWord(h.From, h.To) {
			return false
		}
	}
	if s.ownProcedure() || s.lifeSaved() || s.wellWished() {
		return false
	}
	for _, h := range s.hitsOf("context/clinical") {
		if s.careOwned(h.from) || !s.noCareWord(h) && !s.giftCareWord(h.from, h.to) {
			return false
		}
	}
	return true
}

// careOwnerWords, just before a care word, say whose care it is: "your
// home health nurse is running late", "her dialysis team".
var careOwnerWords = newWordSet([]string{"your", "ur", "his", "her", "their", "my", "su", "sus"})

// careOwned reports whether one of the two words before token t owns the
// care word there: the care is someone's, even when it names a nurse or
// a room.
func (s *scan) careOwned(t int) bool {
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if careOwnerWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// yourCarers, a few words after "your", are someone who gives the reader
// care or what they get from it: "your home health nurse is running
// late", "your refill is ready". Told to a titled neighbour, it makes
// them a patient.
var yourCarers = newWordSet([]string{"nurse", "aide", "caregiver", "therapist", "doctor", "doc", "dentist", "provider",
	"prescription", "refill", "refills", "meds", "medicine", "medication", "results", "labs", "appointment", "appt", "visit",
	// "see you at your follow-up in June" (att17)
	"follow", "followup", "checkup", "recheck", "physical", "surgery", "procedure", "scan"})

// yourCareGiver reports whether the post tells the reader of their own
// carer or care: "your" followed within three words by one of yourCarers.
func (s *scan) yourCareGiver() bool {
	if !s.words.has("your") {
		return false
	}
	for t, tk := range s.toks {
		if tk.low == "your" && s.tokensHaveWord(t+1, min(t+4, len(s.toks)), yourCarers) {
			return true
		}
	}
	return false
}

// ownProcedure reports a procedure or a medicine someone owns ("her first
// mammogram with us", "his flu shot"), which healthHits leaves out as a
// service the practice offers: told of a neighbour thanked for something
// else, it is their care (session 17, att17).
func (s *scan) ownProcedure() bool {
	for _, h := range health.Find(s.healthWords(), nil) {
		if (h.Cat == health.Procedure || h.Cat == health.Medicine) && s.careOwned(h.From) {
			return true
		}
	}
	return false
}

// lifeSavedPeople, after "saved", are someone whose life was saved: "the
// ER team that saved him in August" is his care (att17).
var lifeSavedPeople = newWordSet([]string{"him", "her", "them", "me", "his", "my", "their", "hers", "mine", "us"})

// lifeSaved reports "saved" followed by a person: a rescue told of them.
func (s *scan) lifeSaved() bool {
	if !s.words.has("saved") {
		return false
	}
	for t := 0; t+1 < len(s.toks); t++ {
		if s.toks[t].low == "saved" && lifeSavedPeople.has(s.toks[t+1].low) {
			return true
		}
	}
	return false
}

// wellWishers before "feeling better" say whose: the one spoken to or
// of.
var wellWishers = newWordSet([]string{"you", "re", "she", "he", "s", "glad", "hope", "hoping", "u", "ur"})

// wellWished reports a wish that someone is or gets well: "Glad you're
// feeling better", "get well soon". Said to a titled neighbour, it tells
// they were ill (att17).
func (s *scan) wellWished() bool {
	if !s.words.has("better") && !s.words.has("well") {
		return false
	}
	for t := 0; t+1 < len(s.toks); t++ {
		w, next := s.toks[t].low, s.toks[t+1].low
		if w == "get" && next == "well" {
			return true // "get well soon"
		}
		// "Glad you're feeling better", "hope she feels better"; not
		// "the soup made the whole staff feel better".
		if inSet(w, "feeling", "feel", "feels", "doing") && next == "better" && s.tokensHaveWord(max(0, t-3), t, wellWishers) {
			return true
		}
	}
	return false
}
