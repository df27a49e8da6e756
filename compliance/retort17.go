package compliance

import "github.com/practicepost/practicepost/post"

// Retorts to a patient's own words, session 18 (issue 11, PROF-03): a
// patient quoted, then answered with a sarcastic address that ends the
// line: "'I'm allergic to pain' is not a real allergy, sir.", "you 'only
// had 2 beers' 🍺 sure, Jan". The quote makes the post a story about
// someone even when no word for people names them. "Yes, sir." agreeing,
// and "Sure, buddy, a tiny pinch" answering a child's question, are no
// retorts: the first gainsays nothing and the second goes on.
//
// A callout by kin or by what someone is ("To the uncle in the Raiders
// jersey who argued ...", "To the student who told Summer ...") with an
// eye-roll or a laugh mocks that person, as a callout of "the guy who"
// does.

// gainsayWords contradict what was just quoted: "is not a real allergy".
var gainsayWords = newWordSet([]string{"not", "no", "nope", "t", "never", "isn", "doesn", "ain"})

// quotedGainsaid17 reports a retort at token t that ends sentence si, in
// a sentence that gainsays. The caller has seen a quote in the text.
func (s *scan) quotedGainsaid17(si, t int) bool {
	se := s.sents[si]
	if t+1 < se.tokEnd && s.toks[t+1].low == "," {
		return false
	}
	return s.sentenceHasWord(si, gainsayWords)
}

// quotedSureJan17 reports "sure, Jan" at token t ending its clause: "you
// 'only had 2 beers' sure, Jan". The caller has seen a quote in the text.
func (s *scan) quotedSureJan17(t int) bool {
	if !inSet(s.toks[t].low, "sure", "ok", "okay") {
		return false // "Yes, ma'am" agrees
	}
	end := t + 2
	if s.toks[t+1].low == "," {
		end = t + 3
	}
	return s.closesClause(end)
}

// kinCalled17 are people a callout names by kin or by what they are,
// besides calloutNouns: "To the uncle in the Raiders jersey".
var kinCalled17 = newWordSet([]string{"uncle", "auntie", "aunty", "aunt", "tío", "tía", "tio", "tia", "grandma", "grandpa", "abuela",
	"abuelo", "señora", "señor", "student", "gentleman", "dude", "fella", "sir", "bro"})

// kinCalledOut17 finds "to the <kin> who|in|from|with|on" in a post with
// a laugh or an eye-roll that thanks or praises no one ("you made our
// day 😂", "proud of you 😂").
func (s *scan) kinCalledOut17() (post.Finding, bool) {
	if !s.hasAny(kinCalled17) || !s.hasWord("to") || !s.hasAny(laughWords) && !s.hasAny(contemptEmoji) {
		return post.Finding{}, false
	}
	for i := 0; i+3 < len(s.toks); i++ {
		if s.toks[i].low != "to" || s.toks[i+1].low != "the" {
			continue
		}
		for k := i + 2; k+1 < len(s.toks) && k <= i+4 && s.toks[k].sent == s.toks[i].sent; k++ {
			if kinCalled17.has(s.toks[k].low) && inSet(s.toks[k+1].low, "who", "in", "from", "with", "on") {
				if s.hasAny(pointGratitude) || s.hasAny(scornThanks) {
					return post.Finding{}, false
				}
				return s.finding(i, k+1, "This calls out one person others may recognise and laughs at them. Posts are public and that person reads them."), true
			}
		}
	}
	return post.Finding{}, false
}
