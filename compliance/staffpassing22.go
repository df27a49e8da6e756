package compliance

import "github.com/practicepost/practicepost/compliance/health"

// A staff member's (or a staff member's relative's) own health told in
// passing, in the everyday words the staff walk did not read (issue 11,
// session 22, t22staff; read by kind on the dev sets' privacy posts the
// rules alone passed): "Kevin is battling pneumonia this week" (no
// "through"), "walking with a cane", "hobbling around in a boot", "out
// three weeks because his appendix decided to quit on him", a signed "my
// own little procedure" or "I finally got the celiac diagnosis", "baby #2
// is due in March" after a dash, Spanish "luchando contra la neumonía",
// Swahili "anapona baada ya upasuaji" (recovering after surgery). Each is
// the staff member's health information, as their surgery is
// (docs/COMPLIANCE.md, staff's own health). Every helper looks a few
// words on or back from one token, so the walk stays linear.

// staffHealth22Cues are the words ownHealth22At needs one of, for the
// gate of staffHealth.
var staffHealth22Cues = newWordSet([]string{"battling", "fighting", "powering", "pushing", "toughing", "soldiering",
	"luchando", "peleando", "cane", "walker", "crutches", "boot", "cast", "sling", "wheelchair", "because", "my",
	"diagnosis", "due", "anapona", "amelazwa"})

// walkingAids are what a staff member is told walking with or in: "with
// a cane", "in a boot".
var walkingAidsWith = newWordSet([]string{"cane", "walker", "crutches", "crutch"})
var walkingAidsIn = newWordSet([]string{"boot", "cast", "sling", "wheelchair", "brace"})

// aidVerbs come before "with" or "in" and a walking aid: "walking with a
// cane", "hobbling around in a boot", "is in a cast".
var aidVerbs = newWordSet([]string{"walking", "hobbling", "limping", "around", "is", "s", "still", "now", "getting", "been",
	"was", "stuck"})

// absentWords before "because" make the reason the absence's: "out three
// weeks because his appendix ...".
var absentWords = newWordSet([]string{"out", "off", "away", "home", "missed", "leave", "absent", "gone"})

// notAilingParts are body parts said of a feeling, not of a hurt: "because
// his heart is in it".
var notAilingParts = newWordSet([]string{"head", "hand", "hands", "face", "heart", "mind", "eyes", "eye", "feet", "foot", "back"})

// ownHealth22At reports, at token t of the stretch [from,to) told after a
// staff member's name, their own health news in the words above. With
// self the post is signed by the staff member: "my" is theirs.
func (s *scan) ownHealth22At(t, from, to int, self bool) bool {
	w := s.toks[t].low
	switch {
	case poweringWords.has(w) && t+1 < to && s.toks[t+1].low != "through" && t > from:
		// "is battling pneumonia this week"; not "battling the flu season
		// crowds", nor "fighting for better diabetes care", nor "get well
		// soon to everyone fighting the flu" (the staff member must be the
		// one fighting: a verb of being right before).
		if !inSet(s.toks[t-1].low, "is", "s", "been", "was", "still", "now", "currently", "m", "am") {
			return false
		}
		return s.conditionOwned21(t+1, to) && !s.foughtAmongMany21(t+1, to)
	case (w == "luchando" || w == "peleando") && t+2 < to && s.toks[t+1].low == "contra":
		// "está luchando contra la neumonía esta semana"
		k := t + 2
		if k+1 < to && ownersBeforeDetail.has(s.toks[k].low) {
			k++
		}
		h, ok := s.healthHitAt(k)
		return ok && h.Cat == health.Condition && h.To <= to && !s.vaccination(h) &&
			(s.detailEnds21(h.To) || spanishDetailEnds22.has(s.toks[h.To].low))
	case w == "with" && t > from && aidVerbs.has(s.toks[t-1].low) && t+1 < to:
		// "walking with a cane for a bit"; not "walking with the heart
		// walk team".
		k := t + 1
		if s.toks[k].low == "a" && k+1 < to {
			k++
		}
		return walkingAidsWith.has(s.toks[k].low) && s.detailEnds21(k+1)
	case w == "in" && t > from && aidVerbs.has(s.toks[t-1].low) && t+2 < to && s.toks[t+1].low == "a":
		// "hobbling around in a boot", "is in a cast"; not "in a cast of
		// volunteers".
		return walkingAidsIn.has(s.toks[t+2].low) && s.detailEnds21(t+3) && !(t+3 < to && s.toks[t+3].low == "of")
	case w == "because" && t+2 < to && inSet(s.toks[t+1].low, "his", "her", "their") && s.absentBefore22(t, from):
		// "out three weeks because his appendix decided to quit on him";
		// not "because his vacation got extended".
		n, cat := health.At(s.healthWords(), t+2)
		if n == 0 || cat == health.BodyPart && notAilingParts.has(s.toks[t+2].low) {
			return false
		}
		return cat == health.BodyPart || cat == health.Condition || cat == health.Procedure && !s.vaccination(health.Hit{From: t + 2, To: t + 2 + n, Cat: cat})
	case self && w == "my" && t+2 < to && s.toks[t+1].low == "own":
		// signed: "out Mon–Wed for my own little procedure"; not "my own
		// little vacation".
		k := t + 2
		if inSet(s.toks[k].low, "little", "tiny", "small", "minor", "quick") && k+1 < to {
			k++
		}
		h, ok := s.healthHitAt(k)
		return ok && h.To <= to && (h.Cat == health.Procedure || h.Cat == health.Condition) && !s.vaccination(h) && s.detailEnds21(h.To)
	case w == "diagnosis" && t >= from+2 && (self && s.afterI(t-3) || t <= from+5):
		// "I finally got the celiac diagnosis", "Kevin got the lupus
		// diagnosis"; not "the celiac diagnosis handouts".
		k := t - 1
		if !(s.toks[k].low == "celiac" || s.conditionEndsAt22(t)) || !s.detailEnds21(t+1) {
			return false
		}
		for j := k - 1; j >= from && j >= k-3; j-- {
			if inSet(s.toks[j].low, "got", "had", "received", "gotten", "get") {
				return true
			}
		}
	case w == "due" && t >= from+2 && inSet(s.toks[t-1].low, "is", "s", "are"):
		// "— baby #2 is due in March"; not "RSVPs are due in March".
		for k := t - 2; k >= from && k >= t-4; k-- {
			if inSet(s.toks[k].low, "baby", "babies", "twins", "bebé", "bebe") {
				return s.dueWhen(t+1, to)
			}
		}
	case w == "anapona" && t+3 < to && s.toks[t+1].low == "baada" && s.toks[t+2].low == "ya":
		// Swahili: "anapona baada ya upasuaji wa goti", recovering after
		// knee surgery; not "anasafiri" (travelling).
		return s.healthStartsAt(t + 3)
	case w == "amelazwa":
		// Swahili: "amelazwa hospitalini", admitted to hospital.
		return true
	}
	return false
}

// conditionEndsAt22 reports whether a condition ends right before token t.
func (s *scan) conditionEndsAt22(t int) bool {
	_, ok := s.conditionEnding(t)
	return ok
}

// absentBefore22 reports whether an absence word comes in the eight words
// before "because" at t, within the stretch from from.
func (s *scan) absentBefore22(t, from int) bool {
	for k := t - 1; k >= from && k >= t-8; k-- {
		if absentWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// contractedVerbs22 after "Kevin's" make the "'s" "is" (contractedIs):
// "Kevin's walking with a cane", "Sarah's battling the flu".
var contractedVerbs22 = newWordSet([]string{"walking", "hobbling", "limping", "battling", "fighting", "on", "expecting"})

// spanishDetailEnds22 may follow a condition told as someone's own in
// Spanish: "luchando contra la neumonía esta semana".
var spanishDetailEnds22 = newWordSet([]string{"esta", "este", "desde", "y", "pero", "hoy", "ya", "otra", "todavía", "aún"})

// honorSuffixes22 follow a given name as a title does: "Anita ji's
// nephew", "Nasrin apa's nephew", "Kenji san's mother".
var honorSuffixes22 = newWordSet([]string{"ji", "apa", "san", "garu", "didi", "bhai", "sahib", "saab", "dai", "baji", "jee"})

// staffKinEnd22 returns where "'s" and a relative start after the staff
// name ending at token to, past an honorific said after the name ("Anita
// ji's nephew"), or -1.
func (s *scan) staffKinEnd22(to int) int {
	if to+2 < len(s.toks) && honorSuffixes22.has(s.toks[to].low) && !s.toks[to].capital && s.toks[to+1].low == "s" {
		return to + 1
	}
	return -1
}

// presentPronouns22 open a sentence that goes on about the one named
// before: "She is in our care now".
var presentPronouns22 = newWordSet([]string{"she", "he", "they", "ella", "él", "el"})

// presentMarks22 tell that a sentence is of the present days, not of
// history: "now", "today", "in our care".
var presentMarks22 = newWordSet([]string{"now", "currently", "today", "tonight", "ahora", "hoy", "care", "cuidado"})

// presentCareAfter22 reports whether one of the two sentences after si
// opens with a pronoun and tells a health detail of the present days:
// a history or heritage frame that turns to the figure's care now
// ("Hispanic Heritage Month: Rosa Martinez opened the first clinic in
// 1962. She is in our care now after her stroke."). "She cared for every
// family for forty years" tells no health of hers and stays history.
func (s *scan) presentCareAfter22(si int) bool {
	for n := si + 1; n < len(s.sents) && n <= si+2; n++ {
		se := s.sents[n]
		if se.tokStart >= se.tokEnd || !presentPronouns22.has(s.toks[se.tokStart].low) {
			continue
		}
		now, care := false, false
		for t := se.tokStart; t < se.tokEnd && t < se.tokStart+24; t++ {
			now = now || presentMarks22.has(s.toks[t].low)
			if h, ok := s.healthHitAt(t); ok && h.Cat == health.Condition || ok && h.Cat == health.Procedure && !s.vaccination(h) {
				care = true
			}
		}
		if now && care {
			return true
		}
	}
	return false
}
