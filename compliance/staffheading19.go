package compliance

// A staff heading (issue 11, session 19, t19prec): "Staff appreciation:
// Yasmin handled 212 calls on Monday ... Rock star ⭐", "Team spotlight —
// Dee". A staff word opening a post is read as the staff addressed
// (ENDORSE-03, insider reviews), and a star emoji nearby as the review
// asked of them. Before a word of praise or news the staff word heads a
// post about the staff; a review is asked of them only in words that
// write one ("Staff appreciation: now go leave us 5 stars").

// staffHeadingNouns follow a staff word to make a heading about them.
var staffHeadingNouns = newWordSet([]string{"appreciation", "spotlight", "shoutout", "shout", "highlight", "highlights",
	"feature", "recognition", "kudos", "love", "birthday", "birthdays", "anniversary", "anniversaries", "milestone",
	"milestones", "news", "photo", "pic", "pics", "picnic", "potluck", "party", "win", "wins", "pride", "profile",
	"celebration", "superstar", "mvp", "hero", "heroes", "member", "members", "of"})

// staffHeading reports whether sentence se opens with a staff word and a
// heading noun ("Staff appreciation", "Employee of the month", "Team
// member spotlight").
func (s *scan) staffHeading(se sentence) bool {
	t := se.tokStart
	if t+1 >= se.tokEnd || !staffWords[s.toks[t].low] {
		return false
	}
	return staffHeadingNouns.has(s.toks[t+1].low)
}

// reviewAskedInWords reports a review asked by its own verb in sentence
// si (session 19, att19): "review us on Google", "rate him on Yelp",
// "drop her 5 stars", "give us five stars". Under a staff heading these
// ask the staff as "leave us a review" does; a star emoji or "rock star"
// asks nothing.
func (s *scan) reviewAskedInWords(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t+1 < se.tokEnd; t++ {
		w, next := s.toks[t].low, s.toks[t+1].low
		switch {
		case inSet(w, "review", "rate") && inSet(next, "us", "him", "her", "them", "our", "me"):
			return true
		case inSet(w, "drop", "give", "gives"):
			// "drop her 5 stars", "give us five stars"
			for k := t + 2; k < se.tokEnd && k <= t+4; k++ {
				if inSet(s.toks[k].low, "stars", "star") && (s.toks[k-1].kind == tokNumber || s.toks[k-1].low == "five") {
					return true
				}
			}
		}
	}
	return false
}
