package compliance

import "github.com/practicepost/practicepost/compliance/names"

// Staff family news (issue 11, session 19, t19prec): "Hope is out Friday
// for her daughter's graduation in Ames. Dustin is in charge." The kin
// words ("her daughter") are a patient cue, and their window made the
// coworker named beside them a patient's name (PRIV-10 block). When
// every patient cue of the post is a staff member's relative told by
// "his" or "her" after the staff name (addStaffKinByPronoun) named for an
// occasion ("her son's graduation", "his sister's wedding"), and the post
// tells no health detail, no care word and no recovery, the cue
// points at no one's care: the other people named go to a person (warn)
// instead of stopping the post. familyNewsOnly reads the same for a post
// that opens as a celebration; this needs no opener because the kin are
// known to be a staff member's. The relative's own name ("her daughter
// Maya") keeps the cue.

// staffKinNewsOnly reports whether the post's only patient cues are staff
// members' relatives and it tells no care, and p is not a relative so
// named: p is then no patient by those cues.
func (s *scan) staffKinNewsOnly(p person) bool {
	if !s.staffKinNewsDone {
		s.staffKinNews, s.staffKinNewsDone = s.findStaffKinNews(), true
	}
	return s.staffKinNews && !s.namedAfterKin(p)
}

// findStaffKinNews is staffKinNewsOnly's walk over the post's cues.
func (s *scan) findStaffKinNews() bool {
	cues := s.hitsOf("context/patient")
	if len(cues) == 0 {
		return false
	}
	// The cues first: most posts with one ("our patient") fail there,
	// before the health detail is looked for.
	for _, h := range cues {
		if !s.staffKinAt(h.from) || !s.kinEventAfter(h.to) {
			return false
		}
	}
	return s.noCareTold()
}

// kinEvents are a relative's occasions that tell no care: "her son's
// graduation", "his mom's 80th birthday party", "la boda de su hermano"
// is not read (English kin only). A loss, a birth or a visit is not one.
var kinEvents = newWordSet([]string{"graduation", "graduations", "commencement", "wedding", "birthday", "party", "baptism",
	"christening", "communion", "confirmation", "quinceañera", "quince", "mitzvah", "recital", "concert", "play", "game",
	"games", "tournament", "meet", "shower", "reunion", "anniversary", "retirement", "homecoming", "prom", "move-in",
	"move", "swearing-in", "ceremony", "boda", "graduación", "cumpleaños", "bautizo"})

// kinEventAfter reports whether a relative's occasion follows the kin cue
// ending before token t, within five tokens of its sentence ("'s college
// move-in", "'s high school graduation"): the relative is named for the
// occasion, and the unknown loss or operation ("gave his brother a
// kidney", "talked her into a cardiology referral") keeps its cue.
func (s *scan) kinEventAfter(t int) bool {
	if t >= len(s.toks) {
		return false
	}
	si := s.toks[t-1].sent
	for k := t; k < len(s.toks) && k < t+5 && s.toks[k].sent == si; k++ {
		if kinEvents.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// noCareTold reports whether the post holds no health detail, no recovery
// word and no clinical word that tells care (a birthday, an organisation's
// name or a care word naming a thing tell none).
func (s *scan) noCareTold() bool {
	if len(s.healthHits()) > 0 || s.tokensHaveWord(0, len(s.toks), mendedWords) {
		return false
	}
	for _, h := range s.hitsOf("context/clinical") {
		if !s.noCareWord(h) {
			return false
		}
	}
	return true
}

// staffKinAt reports whether a staff member's relative told by a pronoun
// ("her daughter" after "Hope is out Friday for") starts at token t.
func (s *scan) staffKinAt(t int) bool {
	for _, p := range s.people() {
		if p.from == t && isKinByPronoun(s, p) {
			return true
		}
	}
	return false
}

// isKinByPronoun reports whether p is a staff member's relative found by
// addStaffKinByPronoun: the pronoun, maybe an adjective, the kin word.
func isKinByPronoun(s *scan, p person) bool {
	return p.kind == names.Titled && p.name == p.to-1 && kinPronouns.has(s.toks[p.from].low)
}

// namedAfterKin reports whether p is itself a staff member's relative, or
// stands within two tokens after one in its sentence ("her daughter Maya",
// "his son, Eli"): the relative's own name.
func (s *scan) namedAfterKin(p person) bool {
	if isKinByPronoun(s, p) {
		return true
	}
	for _, q := range s.people() {
		if isKinByPronoun(s, q) && p.from >= q.to && p.from <= q.to+2 && s.toks[p.from].sent == s.toks[q.from].sent {
			return true
		}
	}
	return false
}

// kinWeddingsOnly reports whether every wedding the post tells is a
// relative's, owned by "'s" ("out Friday for her son's wedding", "his
// sister's big wedding"; session 19, att19). Found once per scan.
func (s *scan) kinWeddingsOnly() bool {
	if !s.kinWeddingsDone {
		s.kinWeddings, s.kinWeddingsDone = s.findKinWeddings(), true
	}
	return s.kinWeddings
}

// findKinWeddings is kinWeddingsOnly's one walk over the text.
func (s *scan) findKinWeddings() bool {
	told := false
	for t := range s.toks {
		if !inSet(s.toks[t].low, weddingWords...) {
			continue
		}
		told = true
		kin := false
		for k := t - 1; k >= 1 && k >= t-2 && !kin; k-- {
			kin = s.toks[k].low == "s" && (relativeWords.has(s.toks[k-1].low) || kinWords.has(s.toks[k-1].low))
		}
		if !kin {
			return false
		}
	}
	return told
}
