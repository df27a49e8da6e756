package compliance

import (
	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// Picture descriptions by shape (PRIV-12, session 15, t15photo), beside
// media15.go's surfaces that show nothing legible. Read from every
// picture-describing item of the development sets (docs/COMPLIANCE.md "A
// picture's shapes, counted"):
//   - a pad or stack of forms ("a stack of lab requisition forms") is
//     blank until filled: a doctor looks, where a sign-in sheet blocks;
//   - a surface said too small to read or out of focus, with nothing
//     else said of it, is a surface in the frame: a doctor looks;
//   - one face said visible ("the baby's face visible") blocks only
//     beside care told; a newborn held, or a wheelchair, is no care;
//   - a surface in the picture said to list a day's patients by a word
//     only a roster has ("listing today's follow-ups") blocks.

// pictureSentence is what one sentence says of its picture, read once
// for all the surfaces and faces in it (pictureSentenceOf), so a long
// sentence of many surfaces costs what one does.
type pictureSentence struct {
	si                 int
	inPicture, negated bool // a picture word; "no patients pictured"
	rosterSaid         bool // "today's follow-ups", "this morning's walk-ins"
	unread             bool // "writing too small to read", "out of focus" (surfaceUnread)
	readOut            bool // "too small to read except 'Ortiz — chemo'": what is read is told (unreadYetRead)
	counted            bool // "38 appointments before lunch" (bookingsCounted)
	care               bool // care told: careBySentence
}

// pictureSentences reads sentences of a post with a picture once each;
// hits come in text order, so the last sentence read is kept.
type pictureSentences struct {
	s    *scan
	last pictureSentence
	care []bool
}

func (s *scan) newPictureSentences() *pictureSentences {
	return &pictureSentences{s: s, last: pictureSentence{si: -1}}
}

// of returns what sentence si says of its picture.
func (ps *pictureSentences) of(si int) pictureSentence {
	if ps.last.si == si {
		return ps.last
	}
	s := ps.s
	if ps.care == nil {
		ps.care = s.careBySentence()
	}
	p := pictureSentence{si: si, care: ps.care[si], inPicture: s.sentenceHas("PRIV-12/media", si), negated: s.negatedMedia(si)}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		// "too small to read", unless what can be read is told after it
		// ("... except 'Ortiz — chemo'").
		if w == "small" && t > se.tokStart && s.toks[t-1].low == "too" && !p.unread && !p.readOut {
			// The first "too small" only: what is read after it is read
			// after any later one, and one look keeps the sentence linear.
			p.readOut = s.unreadYetRead(t, si)
			p.unread = !p.readOut
		}
		if w == "todays" || w == "tonights" || (w == "s" && t > se.tokStart && (dayWords.has(s.toks[t-1].low) || dayOwners.has(s.toks[t-1].low))) {
			for k := t + 1; k < se.tokEnd && k <= t+rosterReach; k++ {
				p.rosterSaid = p.rosterSaid || rosterNouns.has(s.toks[k].low)
			}
		}
	}
	p.unread = p.unread || s.surfaceUnread(si)
	p.counted = p.inPicture && s.bookingsCounted(si)
	ps.last = p
	return p
}

// rosterNouns, after a day's possessive, are what only a day's list of
// patients holds: "today's follow-ups", "this morning's walk-ins",
// "Tuesday's callbacks". A day's schedule or list is as often the hours
// or the events, and media15.go reads those.
var rosterNouns = newWordSet([]string{"patients", "pts", "names", "appointments", "appts", "callbacks", "follow", "followups",
	"procedures", "surgeries", "walk", "walkins", "admits", "admissions", "discharges", "bookings", "roster", "census"})

// dayOwners, before "'s", own a day's list as dayWords do: "the day's",
// "this morning's".
var dayOwners = newWordSet([]string{"day", "morning", "afternoon", "evening", "night", "week", "shift"})

// rosterReach is how many words after a day's possessive its roster noun
// may stand: "today's PrEP follow-ups".
const rosterReach = 3

// blankFormWords after a record say it is a kind of form, or a pad of
// them: "a stack of lab requisition forms".
var blankFormWords = newWordSet([]string{"form", "forms", "pad", "pads", "template", "templates"})

// blankForms reports whether the record at tokens [from, to) is a kind
// of form, not a filled one: nothing says whose it is.
func (s *scan) blankForms(from, to int) bool {
	return to < len(s.toks) && blankFormWords.has(s.toks[to].low) && !s.formsFilled(from, to+1)
}

// filledWords after forms say they are someone's: "filled out", "signed
// by Mr. Kim"; ownerWords before a capitalized word say whose they are:
// "for Maria Ortiz".
var (
	filledWords = newWordSet([]string{"filled", "completed", "signed", "stamped", "initialed"})
	ownerWords  = newWordSet([]string{"for", "of", "by", "from", "belonging"})
)

// formReach is how many words after the forms their owner may be told:
// "a stack of lab requisition forms, top one for Maria Ortiz".
const formReach = 6

// formsFilled reports whether the forms at tokens [from, to) are said to
// be someone's (session 15 attack): a name owning them ("Maria Ortiz's
// lab requisition forms"), a name after "for"/"by"/"of" ("forms for
// Maria Ortiz") or "filled out"/"signed" near them. Those carry a
// patient's name and order, as a filled record does, and block.
func (s *scan) formsFilled(from, to int) bool {
	if from >= 2 && s.toks[from-1].low == "s" && s.toks[from-2].capital && s.toks[from-2].kind == tokWord && !s.isStaff(from-2, from-1) {
		return true
	}
	si := s.toks[from].sent
	for k := to; k < s.sents[si].tokEnd && k < to+formReach; k++ {
		w := s.toks[k].low
		if filledWords.has(w) {
			return true
		}
		if ownerWords.has(w) && k+1 < s.sents[si].tokEnd {
			if n := s.toks[k+1]; n.kind == tokWord && n.capital && !s.isStaff(k+1, k+2) {
				return true
			}
		}
	}
	return false
}

// faceWithoutCare reports whether the record hit h is one face said
// visible ("the baby's face visible") in a sentence that tells no care:
// a face is a picture of a person (warned), not a record.
func (s *scan) faceWithoutCare(h hit, p pictureSentence) bool {
	return s.toks[h.from].low == "face" && !p.care
}

// addMediaWarning adds a PRIV-12 warning at tokens [from, to) unless a
// finding already covers them.
func (s *scan) addMediaWarning(out []post.Finding, from, to int, msg string) []post.Finding {
	if a, b := s.span(from, to); overlapsAny(out, a, b) || len(out) >= maxMatches {
		return out
	}
	f := s.finding(from, to, msg)
	f.Severity = post.SeverityWarn
	f.Suggestion = "Crop it out, or check at full size that nothing on it can be read."
	return append(out, f)
}

// surfaceWarning is the message for a surface or a form in the picture
// that nothing says shows anyone's details.
const surfaceWarning = "A screen, board, chart or paper is in the picture this text describes. Check at full size that no patient's name or detail can be read on it."

// careBySentence marks the sentences that tell care: a health detail or
// a sensitive one (PRIV-15, "since his last OD") that is more than the
// one pictured ("a newborn") or their wheelchair (careHit). One pass
// over the hits for every picture word.
func (s *scan) careBySentence() []bool {
	care := make([]bool, len(s.sents))
	for _, h := range s.hitsOf("PRIV-15") {
		care[s.toks[h.from].sent] = true
	}
	for _, h := range s.healthHits() {
		if s.careHit(h) {
			care[s.toks[h.From].sent] = true
		}
	}
	return care
}

// mobilityAids are health words a person in a picture may only be seen
// with: how someone gets about is no care told; "after her amputation"
// beside it is.
var mobilityAids = newWordSet([]string{"wheelchair", "wheelchairs", "walker", "walkers", "cane", "scooter"})

// careHit reports whether health hit h tells care, not only the person
// pictured ("a newborn") or their mobility aid ("in a wheelchair").
func (s *scan) careHit(h health.Hit) bool {
	w := s.toks[h.From].low
	return h.To != h.From+1 || !(mobilityAids.has(w) || bracketPersonWords.has(w))
}

// careShownIn reports whether tokens [from, to) tell care (careHit, or a
// sensitive detail).
func (s *scan) careShownIn(from, to int) bool {
	for _, h := range s.hitsOf("PRIV-15") {
		if h.from >= from && h.from < to {
			return true
		}
	}
	for _, h := range s.healthHits() {
		if h.From >= from && h.From < to && s.careHit(h) {
			return true
		}
	}
	return false
}

// A picture of a schedule whose description quotes its entries ("[image:
// 7:30 Garza, J — sick visit]", "'MALDONADO, ROSA 10:40 pap f/u'",
// "names like 'PETRENKO, I — f/u HTN'") says what the screen shows: a
// patient's name as the schedule writes it, surname first, with the
// visit's time or its reason. Like names on a whiteboard, it blocks.

// entryDashes set off a schedule entry's reason: "Garza, J — sick visit".
var entryDashes = newWordSet([]string{"—", "–", "-", "--"})

// visitReasonWords, after an entry's dash, say why the patient comes:
// "f/u", "pap", "recheck".
var visitReasonWords = newWordSet([]string{"f", "fu", "visit", "check", "recheck", "pap", "physical", "wcc", "follow", "appt", "new",
	"sick", "annual", "consult", "post", "med", "meds", "wound", "prenatal", "bp", "inr", "labs", "shots", "vaccine", "flu"})

// quotedScheduleEntry returns the first token of a schedule entry quoted
// in a sentence that says there is a picture (or just after one), or -1.
func (s *scan) quotedScheduleEntry(sentences *pictureSentences) int {
	for t := 1; t+2 < len(s.toks); t++ {
		if s.toks[t].low != "," || !s.entryName(t-1) || !s.entryName(t+1) || len(s.toks[t+1].low) == 2 {
			continue // "Columbus, OH", "Lopez, RN": a place or a title
		}
		if s.isStaff(t-1, t) || s.isStaff(t+1, t+2) || !s.entryTold(t-1, t+2) {
			continue
		}
		si := s.toks[t].sent
		if sentences.of(si).inPicture || si > 0 && sentences.of(si-1).inPicture {
			return t - 1
		}
	}
	return -1
}

// entryName reports whether token t may be a name in a schedule entry: a
// capitalized word that is no day or month.
func (s *scan) entryName(t int) bool {
	k := s.toks[t]
	return k.kind == tokWord && k.capital && !weekdayWords.has(k.low) && !fullMonths.has(k.low)
}

// entryTold reports whether the name pair at tokens [from, to) is told
// as a schedule tells it: a time before or after it ("7:30 Garza, J",
// "ROSA 10:40"), or a dash and a visit's reason or a health detail after
// it ("GARCIA, R — diabetic f/u", "Kessler, Arne — wound check").
func (s *scan) entryTold(from, to int) bool {
	if from >= 3 && s.toks[from-1].kind == tokNumber && s.toks[from-2].low == ":" ||
		to < len(s.toks) && s.toks[to].kind == tokNumber {
		return true
	}
	if to >= len(s.toks) || !entryDashes.has(s.toks[to].low) {
		return false
	}
	for k := to + 1; k < len(s.toks) && k <= to+3; k++ {
		if visitReasonWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}
