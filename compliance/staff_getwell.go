package compliance

import (
	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

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

// Staff spoken to about their own care (att20). Session 20 read more
// names as staff (a pet form with no shared beginning, "Harry" for
// Henry, "Tess" for Teresa; a Cyrillic name declined), which took them
// off the name path that blocked "Harry, we're so proud of you for
// finishing chemo!" or "Welcome back Tess! So glad your chemo is done."
// as a patient's story; the staff walk (staffHealth) reads news told of
// a staff member, not to one. Said to a staff member, "your chemo" is
// "Tess's chemo": their own health, told without their written OK (a
// patient who shares the name is told the same way, and blocks too).

// greetedOpeners say a name is spoken to: "Welcome back Tess", "Thank
// you Harry", "Congratulations Molly", "Congrats to Chuy".
var greetedOpeners = newWordSet([]string{"congrats", "congratulations", "kudos", "welcome", "thank", "thanks", "hi", "hey", "dear",
	"proud", "felicidades", "felicitaciones"})

// ownCareLeads come before the care a name spoken to had: "your chemo",
// "on beating leukemia", "for finishing chemo", "surviving a stroke".
var ownCareLeads = newWordSet([]string{"your", "ur", "beating", "beat", "finishing", "finished", "completing", "completed",
	"surviving", "survived", "su", "tu"})

// greetedWindow bounds how far after a name spoken to its care is looked
// for, so a post of many names stays linear.
const greetedWindow = 24

// staffGreetedCare finds a staff name spoken to (a greeting in the three
// words before it, or the name opening its sentence before a comma) with
// their own care after it, in its sentence or the next: a condition or a
// procedure after one of ownCareLeads (ownCareAt: not a vaccine, not
// care they give, "your diabetes class").
func (s *scan) staffGreetedCare() []post.Finding {
	if len(s.c.allow.staff) == 0 || !s.hasAny(ownCareLeads) || !s.hasStaffWord() {
		return nil
	}
	tries := 0
	for t := 0; t < len(s.toks) && tries < getWellTries; t++ {
		tok := &s.toks[t]
		if tok.kind != tokWord || !tok.capital || len(tok.low) < 3 || !s.staffSubject(t) {
			continue
		}
		si := tok.sent
		start := s.sents[si].tokStart
		greeted := t == start && t+1 < s.sents[si].tokEnd && s.toks[t+1].low == ","
		for k := t - 1; k >= start && k >= t-3 && !greeted; k-- {
			greeted = greetedOpeners.has(s.toks[k].low)
		}
		if !greeted {
			continue
		}
		tries++
		end := min(len(s.toks), t+greetedWindow)
		for k := t + 1; k+1 < end && s.toks[k].sent <= si+1; k++ {
			if ownCareLeads.has(s.toks[k].low) && s.ownCareAt(k+1, min(end, s.sents[s.toks[k].sent].tokEnd), false) {
				f := s.finding(t, t+1, "This tells a staff member, by name, about their own care (an illness, a surgery or an injury). It is their health information: post it only with their written OK.")
				f.Severity = post.SeverityBlock
				f.Suggestion = "Leave the care out (\"Welcome back, Tess!\"), or have a doctor approve it with the staff member's written OK as the reason."
				return []post.Finding{f}
			}
		}
	}
	return nil
}

// diagnosedLeads may stand between a staff name and "diagnosed with":
// "Tess was diagnosed with", "Harry has just been diagnosed with".
var diagnosedLeads = newWordSet([]string{"was", "is", "has", "had", "been", "got", "just", "recently", "finally", "s"})

// cyrillicOwnNews tell one's own care in Russian and Ukrainian around a
// health detail: "перенесла операцию" (underwent surgery), "в больнице"
// (in hospital), "закончила химиотерапию" (finished chemo), "лечится"
// (is being treated), "одужує" (is recovering), "её анализы" (her
// tests).
var cyrillicOwnNews = newWordSet([]string{"перенесла", "перенес", "перенёс", "закончила", "закончил", "лечится", "болеет",
	"больнице", "больничном", "родила", "выздоравливает", "поправляется", "восстанавливается", "прошла", "прошел", "прошёл",
	"одужує", "лікарні", "лікарняному", "пройшла", "пройшов", "народила", "після", "после", "её", "ее", "его", "її", "його"})

// staffOwnDiagnosis finds a staff name told as the one diagnosed ("Tess
// was diagnosed with breast cancer") or come in with care ("Hamid came in
// with chest pain") or, written in Cyrillic, with news
// of their own care in its sentence ("Наша медсестра Светлана в больнице
// после инсульта"): the staff walk reads neither, and session 20's
// spellings took such names off the name path that blocked them (att20).
func (s *scan) staffOwnDiagnosis() []post.Finding {
	if len(s.c.allow.staff) == 0 || !s.words.has("diagnosed") && !s.words.has("came") && !s.words.has("walked") && !s.hasAny(cyrillicOwnNews) ||
		!s.hasStaffWord() {
		return nil
	}
	tries := 0 // sentences read for Cyrillic news: each reads the post's health details
	for t := 0; t < len(s.toks) && tries < getWellTries; t++ {
		tok := &s.toks[t]
		if tok.kind != tokWord || !tok.capital || len(tok.low) < 3 || !s.staffSubject(t) {
			continue
		}
		se := s.sents[tok.sent]
		told := false
		k := t + 1
		for k < se.tokEnd && k <= t+4 && diagnosedLeads.has(s.toks[k].low) {
			k++
		}
		if k > t+1 && k+1 < se.tokEnd && s.toks[k].low == "diagnosed" && s.toks[k+1].low == "with" {
			told = s.ownCareAt(k+2, se.tokEnd, true)
		}
		// "Hamid came in with chest pain", "Liam walked in with a broken
		// arm": the name is the one who came for care. The staff walk
		// reads "came in" as a patient's story the staff member gives
		// care in, and a short form of a staff name ("Hamid" for
		// Mohamed, "Liam" for William) lost the patient's block (att20).
		if !told && t+3 < se.tokEnd && inSet(s.toks[t+1].low, "came", "walked", "limped", "hobbled") && s.toks[t+2].low == "in" && s.toks[t+3].low == "with" {
			told = s.ownCareAt(t+4, se.tokEnd, false)
		}
		if !told && tok.low[0] >= 0xd0 && tok.low[0] <= 0xd3 {
			tries++
			told = s.cyrillicOwnCare(se.tokStart, se.tokEnd)
		}
		if told {
			f := s.finding(t, t+1, "This shares a staff member's own health news (an illness, a surgery, a recovery or a birth). It is their health information: post it only with their written OK.")
			f.Severity = post.SeverityBlock
			f.Suggestion = "Leave the health detail out, or have a doctor approve it with the staff member's written OK as the reason."
			return []post.Finding{f}
		}
		t = se.tokEnd - 1 // one look a sentence
	}
	return nil
}

// cyrillicOwnCare reports a word of cyrillicOwnNews in [from,to) and a
// condition or a procedure (no vaccine) within three words after it.
func (s *scan) cyrillicOwnCare(from, to int) bool {
	for k := from; k < to; k++ {
		if !cyrillicOwnNews.has(s.toks[k].low) {
			continue
		}
		for _, h := range s.healthHits() {
			if h.From > k && h.From <= k+3 && h.From < to && (h.Cat == health.Condition || h.Cat == health.Procedure) && !vaccineWords.has(s.toks[h.From].low) {
				return true
			}
		}
	}
	return false
}
