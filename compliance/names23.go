package compliance

import (
	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// People told by a name shape the rules did not read, with their care
// (issue 11, session 23, t23names): trivia of the practice's own care,
// a kin word used as the name, and players by number or position
// (roles23.go).

// triviaCareHere23 reports whether sentence si, where toldAsTrivia read a
// whole name as trivia, places a health detail at the practice: "Fun
// fact: Dana Whitfield had her gallbladder out here in 2003!", "Dato
// curioso: Lucía Ferreira tuvo su cirugía de rodilla aquí". That is a
// patient's care told as the practice's past, not a figure's fame. A
// famous athlete's injury told as trivia ("Fun fact: Babe Ruth had his
// tonsils out in 1923", "right here in Baltimore") places no care here:
// att22 blocked any trivia with a health detail and lost that trap.
func (s *scan) triviaCareHere23(si int) bool {
	return s.sentenceFact(factCareHere, si, s.findCareHere23)
}

// careHereNouns after "at our" or "in our" are the practice's places of
// care: "at our clinic", "in our birth center".
var careHereNouns = newWordSet([]string{"clinic", "clinics", "office", "offices", "practice", "center", "centre", "hospital",
	"suite", "unit", "birth", "urgent", "er", "surgery", "surgical", "exam", "clínica", "clinica", "consultorio", "oficina",
	"centro"})

// findCareHere23 is triviaCareHere23, read from the text.
func (s *scan) findCareHere23(si int) bool {
	if !s.healthInSentence(si) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		next := ""
		if t+1 < se.tokEnd {
			next = s.toks[t+1].low
		}
		switch w {
		case "here":
			// "here in 2003", "here!": the practice. "right here in
			// Baltimore" places it in a town; "here's" and "here is"
			// present something.
			if t == se.tokStart || inSet(next, "s", "is", "are", "comes", "we", "you") {
				continue
			}
			if inSet(next, "in", "at", "on") && t+2 < se.tokEnd && s.toks[t+2].capital && s.toks[t+2].kind == tokWord {
				continue
			}
			return true
		case "aquí", "acá", "aqui", "aca":
			if inSet(next, "en", "in") && t+2 < se.tokEnd && s.toks[t+2].capital && s.toks[t+2].kind == tokWord {
				continue // "aquí en San Antonio": a town
			}
			return true
		case "with", "con":
			if inSet(next, "us", "nosotros", "nosotras") {
				return true
			}
		case "at", "in", "en":
			if !inSet(next, "our", "nuestra", "nuestro") {
				continue
			}
			for k := t + 2; k < se.tokEnd && k <= t+4; k++ {
				if careHereNouns.has(s.toks[k].low) {
					return true
				}
			}
		}
	}
	return false
}

// kinAlone23 are kin words a family uses as the name of one elder or
// parent: "Pops is home after his bypass", "Meemaw finished chemo!".
var kinAlone23 = newWordSet([]string{"grandma", "grandpa", "granny", "gramps", "grandad", "granddad", "granddaddy", "grandaddy",
	"grandmama", "grandmother", "grandfather", "nana", "pops", "papaw", "pawpaw", "meemaw", "memaw", "mamaw", "mawmaw",
	"abuela", "abuelo", "abuelita", "abuelito", "auntie", "aunty", "nonna", "nonno", "oma", "opa", "bubbe", "zayde", "lola",
	"lolo", "tita", "tito", "tía", "tío", "vovó", "vovô", "mom", "dad", "mama", "papa", "momma", "daddy", "mommy"})

// nicknameLeads23 open a nickname ("Big Moose", "Lil Tony"): the words of
// names.NicknameShape's lead.
var nicknameLeads23 = newWordSet([]string{"big", "lil", "little", "tiny", "ol", "old", "young"})

// kinVerbs23 after a kin word opening a sentence tell what the person did
// or how they are: "Pops is home", "Meemaw finished chemo", "Abuela salió
// del hospital".
var kinVerbs23 = newWordSet([]string{"is", "was", "had", "has", "got", "finished", "completed", "came", "went", "walked",
	"rang", "beat", "survived", "underwent", "started", "just", "finally", "officially", "made", "left", "broke", "tore",
	"salió", "está", "esta", "tuvo", "ya", "terminó", "termino"})

// kinAloneCare23 is PRIV-10 for a kin word used as the name, or a
// nickname of two words that no rule took for a person for want of a
// "he" or "she" (issue 11, session 23): one that opens its sentence, is
// followed by what a person does ("is", "finished", "got") and then care
// of theirs in the same sentence, not only prevention. "Pops is home
// after his bypass", "Meemaw finished chemo!", "Abuela salió del hospital
// después de su cirugía", "Big Moose is back at the rink after knee
// surgery". Everyone's family, or the whole rink, knows who it is. An order or a question
// to the reader ("Call Grandma to remind her about her flu shot", "Does
// Grandma have her flu shot?"), a crowd ("Moms, your kids need
// boosters"), a condition ("If Grandma is home after hip surgery") and a
// shot or checkup modelled ("Grandma got her flu shot today, have you?")
// name no one.
func (s *scan) kinAloneCare23() []post.Finding {
	if !s.hasAny(kinAlone23) && !s.hasAny(nicknameLeads23) {
		return nil
	}
	s.people() // s.nameWords, for the nickname's shape
	var out []post.Finding
	var hits []health.Hit
	hi, asked := 0, false
	for si, se := range s.sents {
		t := se.tokStart
		for t < se.tokEnd && s.toks[t].kind == tokPunct {
			t++ // "🎉 Auntie finished her last round of chemo!"
		}
		if t+1 >= se.tokEnd {
			continue // a sentence of marks alone, or of one word
		}
		end := t + 1 // the name: a kin word, or a nickname of two words
		if t+2 < se.tokEnd && t+2 < len(s.nameWords) && names.NicknameShape(s.nameWords, t) {
			end = t + 2 // "Big Moose is back at the rink after knee surgery"
		} else if !kinAlone23.has(s.toks[t].low) {
			continue
		}
		if end >= se.tokEnd || !kinVerbs23.has(s.toks[end].low) && !s.kinIs23(end, se.tokEnd) {
			continue
		}
		if s.c.allow.staff[s.toks[t].low] || s.personAt(t) || s.questionSentence(si) || !s.healthInSentence(si) {
			continue
		}
		if !asked {
			hits, asked = s.healthHits(), true
		}
		// The hits are in text order, and so are the sentences: one
		// index walks them once for the whole post.
		for hi < len(hits) && hits[hi].From < end {
			hi++
		}
		if !s.ownCareFrom23(hits, hi, si) || s.historical(si) {
			continue
		}
		f := s.finding(t, end, "This names a person by a kin word or a nickname next to their own care: the family and their neighbours know who it is. Names must not appear with a patient's story.")
		f.Suggestion = "Leave out who it is, or link their signed authorization."
		out = append(out, f)
		if len(out) >= maxMatches {
			break
		}
	}
	return out
}

// kinIsAfter23 are the words after a kin word's "'s" that make it "is":
// "Grandma's home after her surgery", not "Grandma's recipes".
var kinIsAfter23 = newWordSet([]string{"home", "back", "doing", "recovering", "walking", "out", "done", "finally", "officially",
	"feeling", "up", "off", "cancer"})

// kinIs23 reports whether the "s" at token k, before end, is "is".
func (s *scan) kinIs23(k, end int) bool {
	return s.toks[k].low == "s" && k+1 < end && kinIsAfter23.has(s.toks[k+1].low)
}

// ownCareFrom23 reports whether the health details from hits[hi] on in
// sentence si hold one that is not prevention everyone is told to get
// ("Grandma got her flu shot today, have you?" models a shot). It reads
// only the details of that sentence.
func (s *scan) ownCareFrom23(hits []health.Hit, hi, si int) bool {
	for ; hi < len(hits) && s.toks[hits[hi].From].sent == si; hi++ {
		prevention := false
		for t := hits[hi].From; t < hits[hi].To; t++ {
			prevention = prevention || preventionWords.has(s.toks[t].low)
		}
		if !prevention {
			return true
		}
	}
	return false
}

// questionSentence reports whether sentence si ends in a question mark.
func (s *scan) questionSentence(si int) bool {
	se := s.sents[si]
	for t := se.tokEnd - 1; t >= se.tokStart; t-- {
		if s.toks[t].kind != tokPunct {
			return false
		}
		if s.toks[t].low == "?" {
			return true
		}
	}
	return false
}
