package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// A practice's posts are written by its staff, so the writer who signs in
// ("JB here 👋", "Dr. B here.") and tells their own illness, surgery or
// test in the first person ("back on the nurse line after my own round
// with COVID", "My own mammogram came back clear", "I'll be out 2 weeks
// for knee surgery") shares a staff member's own health news, as "Kevin
// had back surgery" is (docs/COMPLIANCE.md, staff's own health), even
// when the sign-in is initials or a title and an initial the staff list
// does not resolve.

// boutWords name a spell of an illness: "my own round with COVID", "a
// bout of pneumonia".
var boutWords = newWordSet([]string{"round", "bout", "battle", "fight", "case", "run"})

// awayWords say the writer is away or back: "I'm out", "I'll be off".
var awayWords = newWordSet([]string{"out", "off", "away", "back", "home", "gone"})

// writerOwnHealth finds, in a signed post, the writer's own health told in
// the first person: "my" before a condition or a procedure (through "own", a
// modifier, or a spell of it: "my own round with COVID"), or "I" away
// for or after one ("I'll be out 2 weeks for knee surgery"). A shot shown
// as an example, a class or patients the writer runs, and a relative's
// care ("my daughter's graduation", "my mom's surgery") are left to the
// other rules.
func (s *scan) writerOwnHealth(found []post.Finding) []post.Finding {
	if s.reviewMode() || !s.words.has("my") && !s.words.has("i") {
		return nil
	}
	var out []post.Finding
	// What is asked of a whole sentence (the first token that acts on
	// the writer, whether it is quoted or a question) is asked once a
	// sentence: a long sentence of many "my" hits would otherwise be
	// walked once per hit.
	type sentenceAnswers struct {
		agent  int
		quoted bool
	}
	answers := map[int]sentenceAnswers{}
	answer := func(si int) sentenceAnswers {
		a, ok := answers[si]
		if !ok {
			a = sentenceAnswers{agent: s.agentFrom(si), quoted: s.quotedOrAsked(si)}
			answers[si] = a
		}
		return a
	}
	for _, h := range s.healthHits() {
		if h.Cat != health.Condition && h.Cat != health.Procedure || h.From == 0 || s.vaccination(h) || s.fieldAfter(h.To) {
			// not "my hip replacement patients", "my diabetes class"
			continue
		}
		from, ok := s.firstPersonOwnerBefore(h.From)
		if !ok {
			continue
		}
		// "'I finally understand my diabetes.' — a patient", "can I take
		// my BP pill with coffee?", "Dr. Patel's treatment cleared my
		// hives": someone else's words, or anyone's.
		if a := answer(s.toks[from].sent); a.quoted || s.toks[from].low == "my" && a.agent >= 0 && a.agent < from {
			continue
		}
		a, b := s.span(from, h.To)
		if overlapsAny(found, a, b) || overlapsAny(out, a, b) {
			continue
		}
		f := s.finding(from, h.To, "This tells the writer's own health news (an illness, a surgery, a test). It is a staff member's health information: post it only with their written OK.")
		f.Suggestion = "Leave the health detail out (\"I'm out until the 15th\"), or have a doctor approve it with the staff member's written OK as the reason."
		out = append(out, f)
		if len(out) >= maxMatches {
			break
		}
	}
	return out
}

// agentFrom returns the first token of sentence si that acts on the
// writer, -1 for none: a doctor or a nurse by title and name, or a staff
// member ("Dr. Patel's treatment cleared my hives"), whose "my" is a
// patient's words about the practice, not the writer's own news. The
// writer signing in ("Kevin here", "Dr. B here") is no one else, and a
// title alone names a service ("the nurse line").
func (s *scan) agentFrom(si int) int {
	se := s.sents[si]
	from := se.tokStart
	if here := s.signInEnd(); here > from {
		from = here
	}
	for t := from; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if staffTitles.has(w) {
			k := t + 1
			if k < se.tokEnd && s.toks[k].low == "." {
				k++
			}
			if k < se.tokEnd && s.toks[k].capital {
				return t
			}
			continue
		}
		if s.toks[t].capital && s.c.allow.staffWords.has(w) {
			return t
		}
	}
	return -1
}

// firstPersonOwnerBefore reports whether the health detail at token k is
// told as the writer's own news in a post the writer signs in at its
// start ("JB here 👋", "Dr. B here."), whoever the signer is, and where
// that telling starts: "my" before it (past "own", a modifier or a spell:
// "my own round with COVID", "my own mammogram came back clear"), or "I"
// away earlier in the sentence with "for"/"after" before it ("I'll be out
// 2 weeks for knee surgery"). The staff rule (staffSignedHealth) reads
// posts a listed staff member signs; this one reads the sign-in of initials
// or a title and an initial the staff list does not resolve. Unsigned,
// "I" is the page's own voice.
func (s *scan) firstPersonOwnerBefore(k int) (int, bool) {
	si := s.toks[k].sent
	start := s.sents[si].tokStart
	j := k - 1
	if j-1 > start && inSet(s.toks[j].low, "with", "of") && boutWords.has(s.toks[j-1].low) {
		j -= 2 // "round with", "bout of"
	}
	own := false
	for n := 0; n < 2 && j > start && (s.toks[j].low == "own" || ownModifier.has(s.toks[j].low)); n++ {
		own = own || s.toks[j].low == "own"
		j--
	}
	if j < start || s.signInEnd() == 0 {
		return 0, false // unsigned, "I" is the page's own voice (staffself15_test.go)
	}
	my := s.toks[j].low == "my"
	if my {
		return j, true
	}
	link := j
	if my {
		link = j - 1
	}
	if link < start || !inSet(s.toks[link].low, "for", "after", "from", "following") {
		return 0, false
	}
	away := false
	for t := link - 1; t >= start && t >= link-8; t-- {
		switch w := s.toks[t].low; {
		case awayWords.has(w):
			away = true
		case w == "i" && away:
			return t, true
		case inSet(w, "you", "we", "he", "she", "they", "everyone"):
			return 0, false // someone else is away
		}
	}
	return 0, false
}

// quotedOrAsked reports whether sentence si is in quotation marks or asks
// a question.
func (s *scan) quotedOrAsked(si int) bool {
	se := s.sents[si]
	text := s.text[se.start:se.end]
	if strings.ContainsAny(text, "\"“”?") {
		return true
	}
	return strings.HasPrefix(text, "'") || strings.HasPrefix(text, "‘")
}

// notSigners open a post with "here" without signing it: "Everyone here
// at Maple", "Spring is here".
var notSigners = newWordSet([]string{"everyone", "everybody", "all", "we", "you", "it", "its", "this", "that", "what", "who", "nobody",
	"someone", "things", "spring", "summer", "fall", "autumn", "winter", "season", "flu", "cold", "allergy"})

// signInEnd returns the token after the "here" with which the writer
// signs in at the post's start, 0 for none: a name, initials or a title
// and a name, then "here" ("JB here 👋", "Rusty here —", "Dr. B here.").
func (s *scan) signInEnd() int {
	for t := 1; t < len(s.toks) && t <= 3; t++ {
		if s.toks[t].low == "here" && s.toks[0].capital && !notSigners.has(s.toks[0].low) {
			return t + 1
		}
	}
	return 0
}
