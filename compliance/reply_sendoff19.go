package compliance

import "github.com/practicepost/practicepost/post"

// Sending the reviewer away (issue 11, session 19, t19reply). A reply that
// answers a complaint with the door is conduct toward a reviewer (REV-03),
// whatever the wording or language. Three shapes:
//
//   - displeasure met with other clinics: "if the wait bothers you that
//     much, there are plenty of other clinics", "Not happy? Lots of
//     pharmacies would love your business", "si no le gusta, hay otras
//     clínicas", "kung ayaw mo, maraming ibang klinika". The displeasure
//     is in the sentence or the one before; other clinics told with no
//     displeasure ("if you need weekend hours, other clinics in the
//     network are open") are help, and "our other clinic" is our own;
//   - the fault put on the reviewer: "maybe the problem was you", "you're
//     the problem", "el problema es usted" ("the problem was on our end,
//     not yours" takes it);
//   - "nobody is forcing you to come here", "no one's making you stay".

// otherPlaces are where a reviewer is sent: clinics, doctors, pharmacies,
// in the languages the reply sets use.
var otherPlaces = newWordSet([]string{"clinic", "clinics", "doctor", "doctors", "dentist", "dentists", "practice", "practices",
	"office", "offices", "pharmacy", "pharmacies", "hospital", "hospitals", "place", "places", "provider", "providers",
	"therapist", "therapists", "clínica", "clínicas", "médico", "médicos", "medico", "medicos", "doctores",
	"lugar", "lugares", "consultorio", "consultorios", "farmacia", "farmacias", "klinika", "doktor", "ospital", "botika",
	"khám", "sĩ", "chỗ", "nơi", "klinik", "doktè", "kote", "lopital", "famasi", "rug", "dhakhtar", "meel", "isbitaal", "cisbitaal"})

// otherBefore come before a place that is not ours: "other clinics",
// "lots of clinics", "muchas otras clínicas", "ibang klinika", "lòt
// klinik". otherAfter come after it: "phòng khám khác", "rug kale".
var (
	otherBefore = newWordSet([]string{"other", "another", "different", "otra", "otras", "otro", "otros", "ibang", "iba",
		"lòt", "plenty", "lots", "many", "tons", "muchas", "muchos", "maraming", "anpil"})
	otherAfter = newWordSet([]string{"khác", "kale"})
	// seekVerbs before "a clinic" send the reader to one: "find a
	// clinic back home".
	seekVerbs = newWordSet([]string{"find", "try", "pick", "busque", "busca", "hanap", "maghanap", "tìm", "chèche", "raadi"})
	// ourPlaceWords before "other" make the place ours: "our other clinic".
	ourPlaceWords = newWordSet([]string{"our", "nuestra", "nuestras", "nuestro", "nuestros", "aming", "nou"})
)

// sendoffTriggers gate the three shapes by one look at the text's words.
var sendoffTriggers = newWordSet(append(otherPlaces.list(), "problem", "issue", "problema", "nobody", "no", "nadie", "noone"))

// elsewhereAt reports whether a place word at t is another practice:
// "other clinics", "plenty of other clinics", "lots of clinics", "find a
// clinic", "phòng khám khác"; not "our other clinic".
func (s *scan) elsewhereAt(t int) bool {
	si := s.toks[t].sent
	if t+1 < len(s.toks) && s.toks[t+1].sent == si && otherAfter.has(s.toks[t+1].low) {
		return true
	}
	for k := t - 1; k >= t-3 && k >= 0 && s.toks[k].sent == si; k-- {
		w := s.toks[k].low
		switch {
		case otherBefore.has(w):
			return !(k > 0 && s.toks[k-1].sent == si && ourPlaceWords.has(s.toks[k-1].low))
		case (w == "a" || w == "an" || w == "un" || w == "una" || w == "yon") && k > 0 && seekVerbs.has(s.toks[k-1].low):
			return true
		}
	}
	return false
}

// displeasureIn reports whether sentence si tells the reader's displeasure
// with us: "bothers you", "too much for you", "a problem for you",
// "don't like", "not happy", "can't stand", "no le gusta", "ayaw mo",
// "không thích", "pa renmen", "aadan jeclayn".
func (s *scan) displeasureIn(si int) bool {
	sent := s.sents[si]
	at := func(i int, ws ...string) bool { return i < sent.tokEnd && inSet(s.toks[i].low, ws...) }
	you := func(i int) bool { return at(i, "you", "u", "ya") }
	for i := sent.tokStart; i < sent.tokEnd; i++ {
		switch w := s.toks[i].low; w {
		case "bother", "bothers", "bothered", "bothering", "upsets", "offends":
			if you(i + 1) {
				return true
			}
		case "too":
			// "too much for you", "too hard for you".
			if at(i+2, "for") && you(i+3) {
				return true
			}
		case "problem", "issue":
			if at(i+1, "for") && you(i+2) {
				return true
			}
		case "like", "love", "enjoy":
			if i >= 2 && (s.toks[i-1].low == "t" && inSet(s.toks[i-2].low, "don", "didn") || s.toks[i-1].low == "not" && s.toks[i-2].low == "do") ||
				i >= 1 && inSet(s.toks[i-1].low, "dont", "didnt") {
				return true
			}
		case "happy", "satisfied", "pleased", "contento", "contenta", "kontan", "satisfè", "renmen", "thích", "hài", "gusta", "gustó":
			// "not happy", "no le gusta", "pa renmen", "không thích".
			for k := i - 1; k >= i-2 && k >= sent.tokStart; k-- {
				if inSet(s.toks[k].low, "not", "no", "pa", "không") {
					return true
				}
			}
		case "unhappy", "ayaw", "jeclayn", "jeceshid", "jeclid":
			return true
		case "stand", "handle":
			if i >= 2 && s.toks[i-1].low == "t" && s.toks[i-2].low == "can" || i >= 1 && inSet(s.toks[i-1].low, "cannot", "cant") {
				return true
			}
		}
	}
	return false
}

// clauseEndsAt reports whether token t ends its clause: the text's or the
// sentence's end, or punctuation, or "not" ("you, not our staff").
func (s *scan) clauseEndsAt(t int) bool {
	if t+1 >= len(s.toks) || s.toks[t+1].sent != s.toks[t].sent {
		return true
	}
	next := s.toks[t+1]
	// "you all" ends it only when nothing follows: "the problem is you
	// all"; not "the problem was you all waiting in the cold" (att19).
	return next.kind == tokPunct || isSymbolToken(next.low) || next.low == "not" || next.low == "all" && s.endsRightAfter(t+1)
}

// endsRightAfter reports whether the text, the sentence or a punctuation
// mark comes right after token t (one look: "you all all all" is no
// chain to follow).
func (s *scan) endsRightAfter(t int) bool {
	if t+1 >= len(s.toks) || s.toks[t+1].sent != s.toks[t].sent {
		return true
	}
	next := s.toks[t+1]
	return next.kind == tokPunct || isSymbolToken(next.low)
}

// faultOnReviewer finds "the problem was you", "the issue might be you",
// "el problema es usted" and "you're the problem" at token t: the span.
func (s *scan) faultOnReviewer(t int) (int, int, bool) {
	si, w := s.toks[t].sent, s.toks[t].low
	if w != "problem" && w != "issue" && w != "problema" {
		return 0, 0, false
	}
	// "you're the problem", "you are the issue".
	if t >= 3 && s.toks[t-1].low == "the" && inSet(s.toks[t-2].low, "re", "are", "were") && inSet(s.toks[t-3].low, "you", "u") &&
		s.toks[t-3].sent == si && s.clauseEndsAt(t) {
		return t - 3, t + 1, true
	}
	// "the problem was you": a verb or two, then the reader alone.
	for k := t + 1; k <= t+3 && k < len(s.toks) && s.toks[k].sent == si; k++ {
		switch s.toks[k].low {
		case "was", "is", "s", "might", "may", "could", "be", "es", "era", "fue", "eres":
			continue
		case "you", "u", "usted", "tú", "tu", "ikaw":
			if k > t+1 && s.clauseEndsAt(k) {
				return t, k + 1, true
			}
		}
		break
	}
	return 0, 0, false
}

// forcedToCome finds "nobody is forcing you to come here", "no one's
// making you stay", "nadie le obliga": the span. "No one should have to
// wait" forces no one.
func (s *scan) forcedToCome(t int) (int, int, bool) {
	si := s.toks[t].sent
	k := t + 1
	switch s.toks[t].low {
	case "no":
		if k >= len(s.toks) || s.toks[k].low != "one" {
			return 0, 0, false
		}
		k++
	case "nobody", "noone", "nadie":
	default:
		return 0, 0, false
	}
	if k < len(s.toks) && inSet(s.toks[k].low, "is", "s", "was") {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k+1].sent != si || !inSet(s.toks[k].low, "forcing", "forced", "forces", "making", "made", "makes", "obliga", "obligó") ||
		!inSet(s.toks[k+1].low, "you", "u", "le", "lo", "la", "te") {
		return 0, 0, false
	}
	end := k + 2
	if s.clauseEndsAt(k + 1) {
		return t, end, true
	}
	next := s.toks[end].low
	if next == "to" || next == "a" {
		end++
		if end < len(s.toks) && s.toks[end].sent == si {
			next = s.toks[end].low
		}
	}
	if inSet(next, "come", "stay", "return", "keep", "be", "choose", "use", "visit", "venir", "volver", "regresar", "quedarse") &&
		!s.optionAfter(end+1) {
		return t, end + 1, true
	}
	return 0, 0, false
}

// optionAfter reports whether the words from k make "nobody is forcing
// you to use" an option of ours, not the door (session 19, att19): a
// thing of the office named after it ("use the portal", "usar la
// aplicación") that is no place, or "anymore" in the clause ("nobody's
// making you come back for a second visit anymore").
func (s *scan) optionAfter(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	si := s.toks[k].sent
	if s.toks[k].sent == si && inSet(s.toks[k].low, "the", "a", "an", "that", "this", "la", "el", "una", "un") &&
		k+1 < len(s.toks) && s.toks[k+1].sent == si && !otherPlaces.has(s.toks[k+1].low) {
		return true
	}
	for t := k; t < len(s.toks) && t < k+8 && s.toks[t].sent == si && s.toks[t].kind != tokPunct; t++ {
		if inSet(s.toks[t].low, "anymore", "longer") {
			return true
		}
	}
	return false
}

// referWords before another place in its sentence make it a referral, an
// offer of help: "we can refer you to another doctor", "te podemos
// referir a otra clínica". "Help" counts only before "find" ("help you
// find a provider who is a better fit"): "we can't help you, try another
// clinic" is the door.
var referWords = newWordSet([]string{"refer", "referral", "referrals", "connect", "transfer", "referir", "referirle", "referirte"})

// elsewhereHelpOrLikeness reports whether the other place at t is an
// offer of help or a likeness, not a door (session 19, att19): a
// referral before it in its sentence, or "same" or "included" just after
// it ("other clinics included", "many other practices have the same
// problem").
func (s *scan) elsewhereHelpOrLikeness(t int) bool {
	si := s.toks[t].sent
	for k := t - 1; k >= t-8 && k >= 0 && s.toks[k].sent == si; k-- {
		w := s.toks[k].low
		if referWords.has(w) || inSet(w, "find", "finding", "encontrar") && s.helpToFind(k) {
			return true
		}
	}
	for k := t + 1; k <= t+5 && k < len(s.toks) && s.toks[k].sent == si; k++ {
		if inSet(s.toks[k].low, "same", "included", "incluidas", "incluidos") {
			return true
		}
	}
	return false
}

// helpToFind reports "help" (or "ayudar") one or two words before the
// "find" at k: "help find", "help you find".
func (s *scan) helpToFind(k int) bool {
	for j := k - 1; j >= k-2 && j >= 0; j-- {
		if inSet(s.toks[j].low, "help", "helping", "ayudar", "ayudarle", "ayudarte") {
			return true
		}
	}
	return false
}

// replySendoff finds the shapes above in a reply to a review (REV-03).
func (s *scan) replySendoff() (post.Finding, bool) {
	if !s.reviewMode() || !s.hasAny(sendoffTriggers) {
		return post.Finding{}, false
	}
	displeased := make(map[int]bool, 2) // by sentence, asked once each
	displeasure := func(si int) bool {
		d, ok := displeased[si]
		if !ok {
			d = s.displeasureIn(si)
			displeased[si] = d
		}
		return d
	}
	for t := range s.toks {
		if from, to, ok := s.faultOnReviewer(t); ok {
			return s.finding(from, to, "This reply puts the fault on the reviewer. Posts are public: answer with thanks and an offer to talk offline."), true
		}
		if from, to, ok := s.forcedToCome(t); ok {
			return s.finding(from, to, "This reply tells the reviewer to stay away. Posts are public: answer with thanks and an offer to talk offline."), true
		}
		si := s.toks[t].sent
		if otherPlaces.has(s.toks[t].low) && s.elsewhereAt(t) && (displeasure(si) || si > 0 && displeasure(si-1)) && !s.elsewhereHelpOrLikeness(t) {
			return s.finding(t, t+1, "This reply sends an unhappy reviewer to other clinics. Posts are public: answer with thanks and an offer to talk offline."), true
		}
	}
	return post.Finding{}, false
}
