package compliance

// Care as everyone's experience (session 19, t19reply). An empathetic
// reply tells what anyone goes through with an infinitive or a gerund
// ("we know how hard it is to feel sick and leave without a
// prescription", "nobody likes feeling sick in a waiting room", "lo
// difícil que es estar enfermo"): a care word there is said of no one,
// as "being sick" already was (sickAsKind). A "you" or "your" between
// the construction and the word makes it the reader's again.

// experienceInfinitives open an experience anyone has: "it is hard to feel ...",
// "it can be scary to wait ...".
var experienceInfinitives = newWordSet([]string{"be", "feel", "get", "wait", "go", "leave", "sit", "deal", "have", "hear", "live",
	"estar", "sentirse", "tener", "esperar", "vivir"})

// gerundLikers before a gerund make it anyone's: "nobody likes feeling
// sick", "no one enjoys waiting for results".
var gerundLikers = newWordSet([]string{"likes", "like", "enjoys", "enjoy", "loves", "love", "wants", "want"})

// experienceWindow bounds how far back from the care word the
// construction is looked for.
const experienceWindow = 8

// everyonesExperienceAt reports whether the care word at t is inside an
// experience told of anyone: "it is to feel sick", "it can be to wait on
// lab results", "likes feeling sick", "es estar enfermo".
func (s *scan) everyonesExperienceAt(t int) bool {
	si := s.toks[t].sent
	for k := t - 1; k >= 1 && k >= t-experienceWindow && s.toks[k].sent == si; k-- {
		w := s.toks[k].low
		if s.toks[k].kind == tokPunct || personWords.has(w) || inSet(w, "you", "u", "ur", "your", "su", "sus", "le") {
			return false
		}
		prev := s.toks[k-1].low
		switch {
		case experienceInfinitives.has(w) && prev == "to":
			// "it is hard to feel", "it can be to wait", "it's to be".
			for j := k - 2; j >= 0 && j >= k-5 && s.toks[j].sent == si; j-- {
				if s.toks[j].low == "it" {
					return true
				}
			}
			return false
		case experienceInfinitives.has(w) && prev == "es":
			return true // "lo difícil que es estar enfermo"
		case inSet(w, "feeling", "being", "waiting", "getting") && gerundLikers.has(prev):
			return true
		}
	}
	return false
}

// Care as a rule of the practice (session 19, t19reply): a care word
// that names what a policy covers ("infection control", "medication
// policies") or a bare plural in a sentence about policy or privacy ("we
// never confirm appointments online", "our late policy keeps other
// families' appointments on time") is told of everyone, not of the
// reader. "Your appointments" and "the stitches" point at someone and
// stay as they were.

// rulesOfPractice, right after a care word, make it a topic of the practice's
// rules: "infection control", "medication policies".
var rulesOfPractice = newWordSet([]string{"policy", "policies", "rules", "guidelines", "guidance", "protocol", "protocols", "control"})

// policyCues in a sentence make a bare plural care word everyone's.
var policyCues = newWordSet([]string{"policy", "policies", "privacy", "never", "everyone", "everybody", "anyone", "families"})

// careOwners before a care word point it at someone: "your", "the".
var careOwners = newWordSet([]string{"the", "your", "ur", "his", "her", "their", "those", "these", "that", "this", "my", "su", "sus"})

// careAsPolicyAt reports whether the care word at tokens [from,to) is a
// topic of the practice's rules, as above; policySentence is whether its
// sentence has one of policyCues, asked once per sentence by the caller
// (asked per care word, a long sentence of them would cost a pass each).
func (s *scan) careAsPolicyAt(from, to int, policySentence bool) bool {
	si := s.toks[from].sent
	if from > 0 && s.toks[from-1].sent == si && careOwners.has(s.toks[from-1].low) {
		return false
	}
	if to < len(s.toks) && s.toks[to].sent == si && rulesOfPractice.has(s.toks[to].low) {
		return true
	}
	last := s.toks[to-1].low
	return len(last) > 3 && last[len(last)-1] == 's' && policySentence
}
