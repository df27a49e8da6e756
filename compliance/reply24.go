package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// Replies that wish or are glad that the reader's body, injury or
// condition takes its course (session 24, t24reply). Each shape held only
// a warning (a wish "assumes a condition") or nothing, while every
// development set labels it block (REV-01):
//   - English: a wish or gladness about a body part, an injury, a
//     condition or the care on it, owned or pointed at, with its course:
//     "hope that shoulder holds up", "hope the ribs heal up quick", "glad
//     the ear infection cleared up", "hope the stomach bug is gone". The
//     practice knows which part was hurt: told, it is the reader's care.
//     The review's own part wished back ("hope that sprained ankle is
//     holding up" to "sprained my ankle") is left to the older rules.
//   - Spanish and Portuguese: gladness that a reading, a wound or a body
//     part of the reader's is better, in words the health data does not
//     hold ("qué bueno que el azúcar bajó a 140", "nos alegra que la
//     herida ya esté sanando", "que bom que a pressão baixou").
//   - Arabic: a get-well wish that names what from ("نتمنى لوالدتك الشفاء
//     العاجل من التهاب المفاصل", a speedy recovery from arthritis). The wish
//     alone ("نتمنى لك الشفاء العاجل") stays a warning.
//
// A wish for the reader as a whole ("hope you're on the mend"), a heart
// after a loss ("hope your heart heals"), the practice's own things ("the
// new parking lot holds up") and "this cough" (session 13: a wish that
// only assumes) are left as they were.

// courseHeal24 are the verbs of a course told of a body or care: heal,
// hold up, clear up, be gone. The set gates the rule (gate.go).
var courseHeal24 = newWordSet([]string{"heal", "heals", "healed", "healing", "hold", "holds", "held", "holding", "clear", "clears",
	"cleared", "clearing", "gone"})

// courseGap24 stand between the body part and its course: "is all
// cleared up", "keeps healing", "has finally healed".
var courseGap24 = newWordSet([]string{"is", "are", "was", "were", "s", "has", "have", "had", "been", "all", "finally", "already",
	"now", "keeps", "keep", "kept", "will", "ll", "should", "still", "completely", "totally", "fully", "starting", "started", "to",
	"continues", "continue", "nicely", "properly"})

// courseOwners own or point at the part: "your knee", "that shoulder",
// "the ribs". "This" and "these" are left out: "hope this cough is gone"
// keeps session 13's warning.
var courseOwners = newWordSet([]string{"the", "that", "those", "your", "ur", "his", "her", "their", "yer"})

// courseCare24 are hurts and care on one body the health data does not
// read as a detail: "the cut", "that burn", "the cast".
var courseCare24 = newWordSet([]string{"cut", "cuts", "burn", "burns", "scrape", "scrapes", "wound", "wounds", "bite", "bites",
	"blister", "blisters", "bruise", "bruises", "bug", "stitches", "sutures", "incision", "cast", "splint", "boot", "brace",
	"crown", "graft", "gash", "sting", "stings"})

// courseNotBody24 are a body in words of feeling, not care: "hope your
// heart heals" after a loss.
var courseNotBody24 = newWordSet([]string{"heart", "hearts", "soul", "spirit", "spirits", "mind", "body", "family", "everything"})

// courseWishes24 are the wish or gladness the course is told in.
var courseWishes24 = newWordSet([]string{"hope", "hopes", "hoping", "hopefully", "glad", "happy", "wishing", "praying",
	"relieved", "trust", "thrilled", "delighted"})

// courseAt reports, at token v of a sentence starting at token start, a
// course verb told of a body part, injury or care the reader owns or both
// sides point at, after the sentence's first wish or gladness (token
// wish); it returns where the part starts.
func (s *scan) courseAt(v, start, wish int) (int, bool) {
	w := s.toks[v].low
	if !courseHeal24.has(w) {
		return 0, false
	}
	switch w {
	case "hold", "holds", "held", "holding", "clear", "clears", "cleared", "clearing":
		if v+1 >= len(s.toks) || s.toks[v+1].low != "up" || s.toks[v+1].sent != s.toks[v].sent {
			return 0, false
		}
	}
	k, gaps := v-1, 0
	for k >= start && gaps < 4 && courseGap24.has(s.toks[k].low) {
		k--
		gaps++
	}
	if w == "gone" && gaps == 0 {
		return 0, false // "gone" is a state only after "is", "are", "'s"
	}
	if k < start || !s.courseNoun(k) || courseNotBody24.has(s.toks[k].low) {
		return 0, false
	}
	// The part may take a word or two before it: "that hand laceration",
	// "the left knee", "the boys' ear infections".
	p := k
	for p-1 >= start && p > k-3 && (s.courseNoun(p-1) || inSet(s.toks[p-1].low, "left", "right", "sprained", "broken", "new")) {
		p--
	}
	for d := p - 1; d >= start && d >= p-4; d-- {
		t := s.toks[d]
		if courseOwners.has(t.low) {
			if d > start && inSet(s.toks[d-1].low, "on", "in", "at", "of", "from", "to", "with", "under", "around", "near", "behind", "across") {
				return 0, false // "the spots on your arm clear up": the spots take the course, not the arm
			}
			return d, wish < d && !s.reviewHasTerm24(k)
		}
		if t.kind == tokPunct && t.low != "'" && t.low != "’" || t.kind == tokNumber {
			return 0, false
		}
	}
	return 0, false
}

// courseNoun reports a body part, injury, condition or care at token t.
func (s *scan) courseNoun(t int) bool {
	if courseCare24.has(s.toks[t].low) {
		return true
	}
	if s.toks[t].kind != tokWord {
		return false
	}
	// A body part alone is no detail to healthHits ("that wrist"): the
	// term at the word is asked too.
	n, _ := health.At(s.healthWords(), t)
	return n > 0 || s.inHealth(t)
}

// reviewHasTerm24 reports the part at token k in the review's own health
// words: "hope that sprained ankle is holding up" to "sprained my ankle"
// is the review's words wished back, which session 13 lets pass.
func (s *scan) reviewHasTerm24(k int) bool {
	s.reviewWords23() // read once per check (attack23.go)
	w := s.toks[k].low
	return s.reviewTermWords[w] || s.reviewTermWords[strings.TrimSuffix(w, "s")] || s.reviewTermWords[w+"s"]
}

// firstWish24 returns the first wish or gladness in tokens [from, to),
// or -1: found once per sentence, so a long sentence is read once.
func (s *scan) firstWish24(from, to int) int {
	for t := from; t < to; t++ {
		if courseWishes24.has(s.toks[t].low) {
			return t
		}
	}
	return -1
}

// gladOpeners24 are gladness in Spanish and Portuguese that a thing is so:
// "nos alegra que", "qué bueno que", "que bom que".
var gladOpeners24 = []string{"nos alegra", "me alegra", "nos alegramos", "qué bueno que", "que bueno que", "qué bien que", "que bien que",
	"nos da gusto que", "que bom que", "ficamos felizes", "fico feliz", "qué gusto que", "que gusto que"}

// gladCare24 are a reading, a wound or a body part in Spanish and
// Portuguese that the health data does not hold. The set gates the rule.
var gladCare24 = newWordSet([]string{"presión", "presion", "azúcar", "azucar", "glucosa", "herida", "heridas", "puntos", "fractura",
	"tos", "fiebre", "infección", "infeccion", "rodilla", "tobillo", "muñeca", "espalda", "hombro", "cadera", "colesterol",
	"pressão", "pressao", "açúcar", "acucar", "glicose", "ferida", "feridas", "pontos", "fratura", "febre", "infecção", "joelho",
	"tornozelo", "costas", "ombro", "quadril", "glicemia"})

// gladCareOwners stand before the reader's reading or wound: "la
// presión", "su azúcar", "a ferida".
var gladCareOwners = newWordSet([]string{"la", "el", "los", "las", "su", "sus", "tu", "tus", "a", "o", "as", "os", "sua", "seu", "suas",
	"seus", "mi"})

// gladCareForeign24 reports sentence si glad, in Spanish or Portuguese,
// that the reader's reading, wound or body part is better.
func (s *scan) gladCareForeign24(si int) bool {
	se := s.sents[si]
	low := strings.ToLower(s.text[se.start:se.end])
	op, ok := containsAny(low, gladOpeners24)
	if !ok {
		return false
	}
	from := se.start + strings.Index(low, op) + len(op)
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		if s.toks[t].start >= from && gladCare24.has(s.toks[t].low) && gladCareOwners.has(s.toks[t-1].low) &&
			!s.gladThingOf24At(t, se.tokEnd) { // "la presión del agua" (attack24.go)
			return true
		}
	}
	return false
}

// arabicRecoveryWords are the get-well wish in Arabic ("الشفاء", the
// recovery). The set gates the rule.
var arabicRecoveryWords = newWordSet([]string{"الشفاء", "بالشفاء", "شفاء"})

// arabicRecoveryFrom reports sentence si wishing, in Arabic, a recovery
// from something named: "الشفاء العاجل من التهاب المفاصل".
func (s *scan) arabicRecoveryFrom(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !arabicRecoveryWords.has(s.toks[t].low) {
			continue
		}
		for k := t + 1; k < se.tokEnd && k <= t+3; k++ {
			if s.toks[k].low == "من" && k+1 < se.tokEnd && s.toks[k+1].kind == tokWord &&
				!recoveryFromNotCondition24.has(s.toks[k+1].low) { // "من الله", from God (attack24.go)
				return true
			}
		}
	}
	return false
}

// replyCourse24 finds the kinds above in the sentences still open.
func (s *scan) replyCourse24(open []bool) []post.Finding {
	c := sentenceFindings{s: s, done: open}
	heal, glad, arabic := s.hasAny(courseHeal24), s.hasAny(gladCare24), s.hasAny(arabicRecoveryWords)
	if !heal && !glad && !arabic {
		return nil
	}
	for si, se := range s.sents {
		if open[si] {
			continue
		}
		switch {
		case glad && s.gladCareForeign24(si):
			c.addSentence(si, false, "This reply is glad the reviewer's reading or wound is better: it tells everyone they were treated here.")
		case arabic && s.arabicRecoveryFrom(si):
			c.addSentence(si, false, "This wish names what the reviewer (or their relative) is recovering from: it tells their condition in public.")
		case heal:
			wish := s.firstWish24(se.tokStart, se.tokEnd)
			if wish < 0 {
				continue
			}
			for v := wish + 1; v < se.tokEnd; v++ {
				if p, ok := s.courseAt(v, se.tokStart, wish); ok {
					c.add(si, p, v+1, false, "This reply tells how the reviewer's injury or condition is healing: it tells everyone what they were treated for.")
					break
				}
			}
		}
	}
	return c.out
}
