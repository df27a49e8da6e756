package compliance

// A clinician or a staff member owning advice (session 20): "Kofi's
// medication tip: keep a list" (Kofi the practice's pharmacist), "Nurse
// Ama's diabetes advice this week", "Dr. Lee's blood pressure talk is
// Thursday". The possessive's head noun is the tip or the talk, and the
// health words between only say what it is about: the topic is no care of
// the one who gives it. Anyone else's tips may be a patient's ("Rosa's
// tips for getting through chemo") and keep the block. "Maria's insulin is in the fridge" owns the health
// thing itself and stays hers; so does her own care told after the tip
// ("Kofi's tip after his knee surgery"), or "who ..." after it.

// adviceNouns are things a person gives others to read or hear. Videos,
// playlists and recipes are left out: "Kofi's surgery video" shows his
// surgery.
var adviceNouns = newWordSet([]string{
	"tip", "tips", "advice", "talk", "talks", "corner", "column", "reminder", "reminders", "pick", "picks", "hack", "hacks",
	"lecture", "webinar", "demo", "guide", "checklist", "take", "quiz", "rundown", "pointers", "wisdom",
})

// adviceOwnerReach is how many words after the "'s" the advice noun may
// stand: "Dr. Lee's blood pressure talk" has two between.
const adviceOwnerReach = 4

// clinicianTitles mark a name as someone who gives care: "Dr. Lee's
// blood pressure talk", "Nurse Ama's diabetes advice". Anyone else's tips
// on a condition may be a patient's own ("Rosa's tips for getting
// through chemo") and stay theirs; so may a coach's, who gives no care
// ("Coach Dale's insulin reminder went off mid-game", att20).
var clinicianTitles = newWordSet([]string{"dr", "doctor", "doc", "dra", "nurse", "np", "pa", "rn", "pharmacist", "dietitian",
	"midwife", "therapist", "counselor"})

// adviceOwner reports whether the name p, tokens [p.from,to), titled as a
// clinician, owns a tip, a talk or advice named within a few words after
// its "'s". Staff names take the same test in staffHealth.
func (s *scan) adviceOwner(p person, to int) bool {
	if to <= p.from || !s.clinicianTitled(p.from) {
		return false
	}
	k := to
	if k < len(s.toks) && inSet(s.toks[k].low, "'", "’") {
		k++
	}
	if to <= p.from || k >= len(s.toks) || s.toks[k].low != "s" || s.toks[k].start-s.toks[to-1].end > 3 {
		return false
	}
	return s.adviceAfterS(k)
}

// adviceAfterS reports whether the possessive "s" at token k owns a tip,
// a talk or advice (adviceNouns) within adviceOwnerReach words, with
// nothing between but words, and the sentence tells no care of the
// owner's own after it. Staff names take the same test (staffHealth):
// "Kofi's medication tip" is the pharmacist's advice, not his medication.
func (s *scan) adviceAfterS(k int) bool {
	sent := s.toks[k].sent
	for j := k + 1; j < len(s.toks) && j <= k+adviceOwnerReach && s.toks[j].sent == sent && s.toks[j].kind == tokWord; j++ {
		if adviceNouns.has(s.toks[j].low) {
			return !s.ownCareAfter(sent, j+1)
		}
		if inSet(s.toks[j].low, "his", "her", "their", "own") || ownStoryWords.has(s.toks[j].low) {
			return false
		}
	}
	return false
}

// ownStoryWords between a possessive and a talk make it the owner's own
// story: "Sarah's breast cancer survivor talk", "Coach Hanson's chemo pep
// talk", "Dr. Lee's chemo diary talk" (att20).
var ownStoryWords = newWordSet([]string{"survivor", "survivors", "diary", "journey", "story", "recovery", "experience", "pep",
	"battle", "fight", "personal"})

// ownCareAfter reports "who", or "his", "her", "he" or "she" with a health
// detail within a few words, from token from on in sentence si (bounded by
// personMarkReach): the care is the owner's.
func (s *scan) ownCareAfter(si, from int) bool {
	end := min(s.sents[si].tokEnd, from+personMarkReach)
	for k := from; k < end; k++ {
		if s.toks[k].low == "who" || inSet(s.toks[k].low, "his", "her", "he", "she") && s.healthStartsWithin(k+1, min(end, k+5)) {
			return true
		}
		// "tips from living with type 1", "what I learned as a patient"
		// (att20): the owner's own care.
		if k+1 < end && (s.toks[k].low == "living" && s.toks[k+1].low == "with" || s.toks[k].low == "a" && s.toks[k+1].low == "patient") {
			return true
		}
	}
	return false
}

// clinicianTitled reports a clinician's title opening the name at token
// from or just before it, its period skipped: "Dr. Lee", "Dra. Reyes",
// "Nurse Ama".
func (s *scan) clinicianTitled(from int) bool {
	if clinicianTitles.has(s.toks[from].low) {
		return true
	}
	k := from - 1
	if k > 0 && s.toks[k].low == "." {
		k--
	}
	return k >= 0 && clinicianTitles.has(s.toks[k].low)
}
