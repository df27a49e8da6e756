package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Figures named the way history names them (session 27, t27clean: clean
// passing). "This Black History Month we remember Septima Clark, the
// Johns Island teacher whose citizenship schools changed this country",
// "we honor O.W. Gurley and J.B. Stradford, who built Black Wall
// Street": history26 let "we remember" stand, yet the name finder reads
// the surname alone ("Clark", "Stradford"), and two readings kept the
// warning. figureNearby took ", the" after the name for "one of ours"
// (as ", our" is), though an appositive led by "the" says who the
// figure was; it now counts only when the appositive itself says ours
// ("Jim Kelly, the guy from our walking group"). And a surname after
// initials ("J.B. Stradford", "A.G. Gaston") was no whole name
// (wholeName wanted a capitalised word before it); initials are the
// first name. Health, a patient cue, "our" in the sentence and care
// told after still hold the name (publicFrame, historyFigure).

// appositiveWindow bounds how far an appositive is read: a constant, so
// many names stay linear.
const appositiveWindow = 12

// appositiveOurs27 reports whether the appositive starting at token k
// (after ", the") tells one of the practice's own: "our", "us", "my",
// "we" or a neighbour's word (nearbyLeads) before the next comma or the
// sentence's end.
func (s *scan) appositiveOurs27(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	si := s.toks[k].sent
	for j := k; j < len(s.toks) && j < k+appositiveWindow && s.toks[j].sent == si && s.toks[j].low != ","; j++ {
		if w := s.toks[j].low; inSet(w, "our", "us", "my", "we", "ours") || nearbyLeads.has(w) {
			return true
		}
	}
	return false
}

// afterInitials27 reports whether p is a surname read alone right after
// initials ("J.B. Stradford": the tokens "B" and "." before it, joined).
func (s *scan) afterInitials27(p person) bool {
	k := p.from - 1
	if p.kind != names.FirstName || p.to-p.from != 1 || k < 1 || s.toks[k].low != "." || s.toks[k].end+1 != s.toks[p.from].start {
		return false
	}
	i := &s.toks[k-1]
	return i.kind == tokWord && i.capital && i.end-i.start == 1 && i.end == s.toks[k].start && i.sent == s.toks[p.from].sent
}
