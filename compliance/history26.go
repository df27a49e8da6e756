package compliance

// Figures the practice remembers (session 26, t26clean: clean passing).
// "This Black History Month we remember Modjeska Simkins, who fought for
// voting rights", "we honor O.W. Gurley and J.B. Stradford, who built
// Black Wall Street": the "we" of such a sentence is the practice
// remembering, not one of its people beside the name, so historyFigure
// (history20.go) no longer refuses the name for it. A figure still
// living among the readers ("who still cuts hair on Dix Street", "now")
// is a neighbour, and keeps the warning; "our", "us" and "my" still
// refuse, and health, a patient cue or care after the deed still hold
// the name (publicFrame's checks).

// rememberVerbs26 follow "we" in a sentence that remembers a figure.
var rememberVerbs26 = newWordSet([]string{"remember", "honor", "honour", "celebrate", "salute", "recognize", "recognise",
	"commemorate", "remembering", "honoring", "honouring", "celebrating", "saluting", "recognizing", "commemorating"})

// nowWords26 tell of today in a remembered figure's sentence: "who still
// cuts hair", "now runs the shop", "todavía vive aquí".
var nowWords26 = newWordSet([]string{"still", "now", "currently", "today", "todavía", "ahora", "aún", "sigue"})

// weRemember26 reports whether token t is a "we" directly followed by a
// remembrance verb ("we remember", "we honor") in sentence si, a sentence
// that tells nothing of today (nowWords26).
func (s *scan) weRemember26(t, si int) bool {
	if s.toks[t].low != "we" || t+1 >= s.sents[si].tokEnd || !rememberVerbs26.has(s.toks[t+1].low) {
		return false
	}
	for k := s.sents[si].tokStart; k < s.sents[si].tokEnd; k++ {
		if nowWords26.has(s.toks[k].low) {
			return false
		}
	}
	return true
}
