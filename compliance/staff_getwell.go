package compliance

import "github.com/practicepost/practicepost/post"

// A get-well wish said to a staff member (session 19, found by att19): the
// wish tells that they are ill, and the care it is for, said in the wish's
// sentence or the next one with words, is their own health news ("Get well
// soon Kevin! Hope the new knee feels great.", "Sarah, get well soon! ...
// after your surgery"). staffHealth reads a staff name as the subject of
// its sentence and missed the name spoken to. The wish alone ("Get well
// soon Kevin! We miss you") names no care and is left as it was; a staff
// member who passes the wish on ("Kevin says get well soon to everyone")
// is not the one it is said to.

// getWellFiller may stand between a wish and the name it is said to:
// "get well soon, Dr. Greene", "feel better soon to our Kevin".
var getWellFiller = newWordSet([]string{"well", "better", "soon", "up", "recovery", "speedy", "quickly", "fast", "mend", "on", "the",
	"to", "our", "my", "dear", "dr", "doctor", "nurse", "miss", "mr", "mrs", "ms", "coach"})

// getWellWindow bounds how far after a wish's first word its name is
// looked for; getWellTries bounds the wishes to a staff name whose care
// is looked for (each look reads the post's health details), so a post of
// many wishes stays linear.
const (
	getWellWindow = 7
	getWellTries  = 8
)

// getWellToStaff finds a staff member a get-well wish is said to, with
// care named after the wish in its sentence or in the next sentence with
// words.
func (s *scan) getWellToStaff() []post.Finding {
	if len(s.c.allow.staff) == 0 || !s.words.has("well") && !s.words.has("better") && !s.words.has("up") && !s.words.has("recovery") && !s.words.has("mend") {
		return nil
	}
	tries := 0
	for t := 0; t < len(s.toks) && tries < getWellTries; t++ {
		si := s.toks[t].sent
		end := s.sents[si].tokEnd
		if !s.getWellAt(t, end) {
			continue
		}
		name, after := s.staffSpokenTo(t, end)
		if name < 0 {
			continue
		}
		if tries++; !s.careAfterWish(after, si) {
			continue
		}
		f := s.finding(name, name+1, "This wishes a staff member well for their own care (an illness, a surgery or an injury). It is their health information: post it only with their written OK.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Leave the care out (\"Get well soon, Kevin, we miss you!\"), or have a doctor approve it with the staff member's written OK as the reason."
		return []post.Finding{f}
	}
	return nil
}

// staffSpokenTo returns the staff name the wish at t is said to (-1 for
// none) and the first token after the wish and the name: a name right
// before the wish with only a comma between ("Sarah, get well soon"), or
// one after it with only the wish's words and a title between ("get well
// soon, Dr. Greene").
func (s *scan) staffSpokenTo(t, end int) (name, after int) {
	start := s.sents[s.toks[t].sent].tokStart
	k := t - 1
	for k >= start && s.toks[k].kind == tokPunct && s.toks[k].low == "," {
		k--
	}
	if k >= start && k < t-1 && s.toks[k].capital && s.staffSubject(k) {
		return k, t + 2
	}
	for n := t + 1; n < end && n <= t+getWellWindow; n++ {
		tok := &s.toks[n]
		switch {
		case tok.kind == tokWord && tok.capital && s.staffSubject(n) || s.doctorInitial(n):
			for n+1 < end && s.toks[n+1].capital && s.toks[n+1].kind == tokWord && s.c.allow.staff[s.toks[n+1].low] {
				n++ // "Kevin Tran"
			}
			return n, n + 1
		case tok.kind == tokPunct || getWellFiller.has(tok.low):
		default:
			return -1, 0
		}
	}
	return -1, 0
}

// careAfterWish reports whether a health detail starts at or after token
// from in sentence si, or in the next sentence that has words.
func (s *scan) careAfterWish(from, si int) bool {
	end := s.sents[si].tokEnd
	for n := si + 1; n < len(s.sents) && n <= si+3; n++ {
		if s.sentHasWord(n) {
			end = s.sents[n].tokEnd
			break
		}
	}
	return s.healthInRange(from, end)
}
