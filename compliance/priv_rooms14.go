package compliance

// roomPlaceWords tell of a room of the office as a place: what is done to
// it, what moves into it, where it is, what was left in it ("Room 4 is
// getting new floors", "X-ray moved to Room 114", "left a scarf in exam
// room 2").
var roomPlaceWords = newWordSet([]string{"moved", "moving", "move", "moves", "paint", "painted", "painting", "floor", "floors",
	"flooring", "carpet", "lift", "renovation", "renovated", "renovating", "remodel", "remodeled", "closed", "closing", "reopens",
	"reopened", "next", "hall", "hallway", "left", "forgot", "forgotten", "lost", "found", "getting", "installed", "fixed",
	"repaired", "sign", "signs", "view", "window", "fountain", "bubbler"})

// roomOfNoOne reports whether sentence si speaks of a room of the office as
// a place, with no one in it: a word of roomPlaceWords, and no person
// word, pronoun for one person or patient cue other than the room itself.
// "The little guy in Room 4 had croup", "She was in Room 2 on Tuesday"
// place someone.
func (s *scan) roomOfNoOne(si int) bool {
	if !s.sentenceHasWord(si, roomPlaceWords) || s.personInSentence(si) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if w := s.toks[t].low; personWords.has(w) || relativeWords.has(w) || oneDescribed.has(w) && w != "one" ||
			inSet(w, "she", "he", "her", "his", "him", "pt", "patient", "kiddo", "kid", "baby", "guy", "gal") {
			return false
		}
	}
	for _, h := range s.hitsOf("context/patient") {
		if s.toks[h.from].sent == si && !inSet(s.toks[h.from].low, "room", "rm", "bed", "bay") {
			return false
		}
	}
	return true
}
