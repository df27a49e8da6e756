package compliance

// A question a post quotes to answer it endorses nothing (issue 11,
// session 15, t15clean): "#1 question we get: \"Do y'all take my
// insurance?\" Answer: probably!", "\"Can I bring my abuela to my
// appointment?\" Yes."

// answerWords open the answer to a quoted question: "Yes.", "Nope!",
// "Answer: probably", "It depends on age", "Of course", "Usually not".
var answerWords = newWordSet([]string{"yes", "yep", "yup", "yeah", "no", "nope", "answer", "answers", "depends", "course",
	"absolutely", "sure", "usually", "probably", "definitely", "often", "sometimes", "sí", "si", "oui", "non", "here's", "heres"})

// answerWindow is how many tokens after a quoted question its answer may
// take to show an answer word ("In Oregon the answer depends").
const answerWindow = 6

// quotedQuestion reports whether the quotation in tokens t ends with a
// question mark and the words right after it answer it: a question
// quoted to be answered. A question quoted to mock the asker ("\"can I
// get a note for anxiety?\" Babe, that's called procrastination") has no
// answer word and stays for ENDORSE-01 to weigh.
func (s *scan) quotedQuestion(t span) bool {
	k := t.to - 1
	for k > t.from && s.toks[k].kind == tokPunct && quoteMarks.has(s.toks[k].low) {
		k--
	}
	if k <= t.from || s.toks[k].low != "?" {
		return false
	}
	after := t.to
	for after < len(s.toks) && s.toks[after].kind == tokPunct {
		after++
	}
	for j := after; j < len(s.toks) && j < after+answerWindow; j++ {
		if answerWords.has(s.toks[j].low) {
			return true
		}
	}
	return false
}
