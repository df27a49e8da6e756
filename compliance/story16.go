package compliance

// The practice telling how it treats patient stories, rather than telling
// one (issue 11, session 16, t16clean; read by kind on the posts labelled
// pass of dev..dev82): "We only share a patient story when that person
// has signed a written release", "When we share a patient story it's with
// written permission", "Why don't we post patient stories?"; and the
// practice's patient code, portal or survey ("Our patient code of conduct
// is posted ..."). PRIV-11 and ENDORSE-01 read "patient story" and "our
// patient" as a story told.

// storyPolicyMarks, before "patient story" in its sentence, make it a
// rule the practice keeps: when, if, only, never, why, or a negation.
var storyPolicyMarks = newWordSet([]string{"when", "whenever", "if", "only", "never", "why", "policy", "don", "dont", "not",
	"won", "wont", "no"})

// storyPolicy reports whether the phrase at tokens [from,to), holding
// "story" or "stories", is the practice's rule about patient stories: a
// policy mark before it in its sentence, the practice speaking ("we",
// "our", "us"), and no person, no patient cue and no health in the
// sentence ("When Marisol shared her patient story" tells hers; "a story
// like this one: his bypass went perfectly" tells one).
func (s *scan) storyPolicy(from, to int) bool {
	story := false
	for k := from; k < to; k++ {
		story = story || inSet(s.toks[k].low, "story", "stories")
	}
	if !story {
		return false
	}
	si := s.toks[from].sent
	if !s.sentenceHasWord(si, ourWords) || s.personInSentence(si) || s.healthInSentence(si) || s.sentenceHas("context/clinical", si) {
		return false
	}
	for k := s.sents[si].tokStart; k < from; k++ {
		if storyPolicyMarks.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// patientCompounds after "our patient" make it a thing of the practice's
// for every patient: "our patient portal", "our patient code of conduct",
// "our patient advocate".
var patientCompounds = newWordSet([]string{"code", "portal", "advocate", "advocates", "handbook", "survey", "surveys",
	"navigator", "navigators", "rights", "experience", "services", "forms", "form", "parking", "lounge", "entrance", "policy",
	"policies", "education", "newsletter", "line", "liaison", "coordinator", "coordinators", "relations", "council"})

// patientCompound reports whether the PRIV-11 phrase at tokens [from,to)
// is "our patient" before one of patientCompounds.
func (s *scan) patientCompound(from, to int) bool {
	return to-from == 2 && s.toks[from].low == "our" && s.toks[from+1].low == "patient" && to < len(s.toks) &&
		patientCompounds.has(s.toks[to].low) && s.toks[to].sent == s.toks[from].sent
}
