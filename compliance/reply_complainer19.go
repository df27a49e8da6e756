package compliance

import "github.com/practicepost/practicepost/post"

// The reviewer cast as a complainer (issue 11, session 19, t19reply). A
// reply that answers a review with "some people just want something to
// complain about" mocks the reviewer (REV-03), in any wording:
//
//   - complaining about anything: "would complain about anything", "se
//     queja de todo", "plenyen pou anyen";
//   - looking for something to complain about: "always find something to
//     complain about", "siempre encuentran algo de qué quejarse" ("if you
//     have anything to complain about, call us" invites it);
//   - people in general who complain, said now: "some folks just love
//     complaining", "hay gente que se queja" ("some patients complained
//     about parking, so we added spaces" tells what happened);
//   - the name for one: "complainer", "reklamador", "puro reklamo".

// complainVerbs are complaining said now or always, not once.
var complainVerbs = newWordSet([]string{"complain", "complains", "complaining", "whine", "whines", "whining", "queja", "quejan",
	"quejarse", "quejando", "plenyen", "plenn"})

// complainerNames call the reader a complainer.
var complainerNames = newWordSet([]string{"complainer", "complainers", "whiner", "whiners", "reklamador", "reklamadora", "reklamadoras"})

// generalPeople are people at large: "some folks", "certain people", "hay
// gente", "gen moun".
var generalPeople = newWordSet([]string{"people", "folks", "ppl", "reviewers", "patients", "customers", "gente", "personas", "moun"})

// seekingWords look for a thing to complain about: "always find something".
var seekingWords = newWordSet([]string{"find", "finds", "finding", "look", "looking", "want", "wants", "searching", "always",
	"encuentra", "encuentran", "busca", "buscan", "buscando", "siempre"})

// complainerAt reports whether the word at t casts someone as a complainer.
func (s *scan) complainerAt(t int) bool {
	si, w := s.toks[t].sent, s.toks[t].low
	if (complainerNames.has(w) || complainVerbs.has(w)) && s.complainNegated(t) {
		return false // "you are not a complainer", "our team never complains" (att19)
	}
	if complainerNames.has(w) {
		return true
	}
	before := func(k int) string {
		if k >= 0 && s.toks[k].sent == si {
			return s.toks[k].low
		}
		return ""
	}
	after := func(k int) string {
		if k < len(s.toks) && s.toks[k].sent == si {
			return s.toks[k].low
		}
		return ""
	}
	if w == "reklamo" {
		return before(t-1) == "puro"
	}
	if !complainVerbs.has(w) {
		return false
	}
	// About anything at all.
	if (after(t+1) == "about" || after(t+1) == "de" || after(t+1) == "pou") && inSet(after(t+2), "anything", "everything", "todo", "anyen") {
		return true
	}
	// Something sought to complain about: "find something to complain",
	// "encuentran algo de qué quejarse".
	sought := before(t-1) == "to" && inSet(before(t-2), "something", "anything")
	soughtSpanish := inSet(before(t-1), "qué", "que") && before(t-2) == "de" && before(t-3) == "algo"
	if sought || soughtSpanish {
		for k := t - 3; k >= t-6; k-- {
			if seekingWords.has(before(k)) {
				return true
			}
		}
	}
	// People at large who complain: "some folks just love complaining".
	for k := t - 1; k >= t-6; k-- {
		if b := before(k); generalPeople.has(b) {
			// "Some people complain about our parking, so we added
			// spaces": a matter of ours told, feedback heard (att19).
			return inSet(before(k-1), "some", "certain", "hay", "gen", "algunas", "algunos", "ciertas", "ciertos") && !s.complaintMatterAfter(t)
		}
	}
	return false
}

// replyComplainer finds the shapes above in a reply to a review (REV-03).
func (s *scan) replyComplainer() (post.Finding, bool) {
	if !s.reviewMode() || !s.hasAny(complainVerbs) && !s.hasAny(complainerNames) && !s.words.has("reklamo") {
		return post.Finding{}, false
	}
	for t := range s.toks {
		if s.complainerAt(t) {
			return s.finding(t, t+1, "This reply casts the reviewer as a complainer. Posts are public: answer with thanks and an offer to talk offline."), true
		}
	}
	return post.Finding{}, false
}

// complainNegated reports "not", "never" or "no" (or "n't") within four
// words before the complaint word at t in its sentence: "you are not a
// complainer", "never feel like a complainer", "our team never complains
// about anything" (session 19, att19).
func (s *scan) complainNegated(t int) bool {
	si := s.toks[t].sent
	for k := t + 1; k < len(s.toks) && k <= t+4 && s.toks[k].sent == si; k++ {
		if inSet(s.toks[k].low, "you", "u", "usted") {
			return false // "nobody complains but you", "not everyone is a complainer like you"
		}
	}
	for k := t - 1; k >= 0 && k >= t-4 && s.toks[k].sent == si; k-- {
		if inSet(s.toks[k].low, "not", "never", "no", "nunca", "t", "nobody", "pa") {
			return true
		}
	}
	return false
}

// complaintMatterAfter reports a concrete matter of the practice after
// the complaint word at t: "complain about our parking", "complain that
// the portal is hard to use", "se quejan de la espera". Complaining about
// anything, or with nothing after it, is the mockery.
func (s *scan) complaintMatterAfter(t int) bool {
	si := s.toks[t].sent
	if t+2 >= len(s.toks) || s.toks[t+2].sent != si || !inSet(s.toks[t+1].low, "about", "that", "of", "de", "sobre", "que") {
		return false
	}
	return inSet(s.toks[t+2].low, "our", "the", "your", "la", "el", "los", "las", "nuestra", "nuestro", "nuestros", "nuestras", "wait", "parking", "billing", "prices")
}
