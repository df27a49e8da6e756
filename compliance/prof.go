package compliance

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

var (
	// adviceRE is second-person advice to change a treatment.
	adviceRE = mustAnchor(`(?i)\byou\s+(?:should|must|need\s+to|have\s+to|ought\s+to|can)\s+(?:stop|quit|double|increase|decrease|lower|switch|skip|come\s+off|taper)\b[^.!?\n]{0,40}\b(?:meds?|medications?|pills?|insulin|dose|dosage|antibiotics?|prescriptions?|statins?|inhalers?|treatment|antidepressants?)\b`, 128)
	// phiInviteRE asks the public to send personal health information.
	phiInviteRE = mustAnchor(`(?i)\b(?:dm|pm|message|inbox|comment|reply|send|tell|share|post|drop|text|email|e-mail|list)\b(?:\s+(?:us|me|below|here|with|in\s+the\s+comments|privately))*\s+(?:your|ur)\s+(?:full\s+|current\s+)?(?:symptoms|date\s+of\s+birth|birth\s?date|birthday|dob|insurance(?:\s+(?:id|card|number|info|details))?|member\s+id|policy\s+number|ssn|social\s+security(?:\s+number)?|medical\s+history|diagnos[ie]s|medications|meds|test\s+results|lab\s+results|x-?rays)\b`, 128)
	exclaimRE   = regexp.MustCompile(`[!?]{3,}|!{2,}`)
)

// checkProfanity is PROF-01: rated profanity; surely profane blocks, maybe
// profane warns.
func checkProfanity(s *scan) []post.Finding {
	out := s.phraseFindings("PROF-01/block", "Profanity. A practice's posts must stay professional.", post.SeverityBlock)
	return append(out, s.phraseFindings("PROF-01/warn", "Possibly crude wording for a practice's post.", post.SeverityWarn)...)
}

// checkStigma is PROF-02: stigmatizing wording, with the person-first
// alternative.
func checkStigma(s *scan) []post.Finding {
	return s.phraseFindings("PROF-02", "Wording that can stigmatize patients.", "")
}

// checkDisparaging is PROF-03: disparaging patients, colleagues or
// competitors.
func checkDisparaging(s *scan) []post.Finding {
	return s.phraseFindings("PROF-03", "This disparages patients, colleagues or competitors.", "")
}

// checkPolitics is PROF-04: political topics, noted per practice policy.
func checkPolitics(s *scan) []post.Finding {
	return s.phraseFindings("PROF-04", "A political or controversial topic. Check it fits the practice's policy.", "")
}

// checkPersonalAdvice is PROF-05: individual medical advice through a
// public post.
func checkPersonalAdvice(s *scan) []post.Finding {
	out := s.phraseFindings("PROF-05", "Individual medical advice in a public post. Advice needs a visit, not a comment.", "")
	for _, m := range s.findAtIf(s.words["you"], adviceRE, adviceAnchor) {
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Telling readers to change a medicine or dose. That needs their own doctor.",
				Suggestion: "Talk to your doctor before changing any medicine."})
		}
	}
	return out
}

// checkInvitingPHI is PROF-06: asking the public to post or send symptoms,
// birth dates or insurance numbers.
func checkInvitingPHI(s *scan) []post.Finding {
	out := s.phraseFindings("PROF-06", "This invites people to share health or personal details in public or by message.", "")
	for _, m := range s.findAtIf(s.hasWord("your", "ur"), phiInviteRE, phiInviteStart) {
		if !overlapsAny(out, m[0], m[1]) {
			out = append(out, post.Finding{Start: m[0], End: m[1], Message: "This invites people to share health or personal details in public or by message."})
		}
	}
	for i := range out {
		out[i].Suggestion = "Ask people to call the office instead."
	}
	return out
}

// phiInviteAnchor finds the verbs phiInviteRE starts with ("e" is e-mail's).
var phiInviteAnchor = wordAnchor("dm", "pm", "message", "inbox", "comment", "reply", "send", "tell", "share", "post", "drop", "text",
	"email", "e", "list")

// shoutingAcronyms are all-caps words that are names, not shouting.
var shoutingAcronyms = map[string]bool{"COVID": true, "FAQ": true, "ADHD": true, "COPD": true, "CPR": true, "HIPAA": true, "NOTE": false}

// checkShouting is PROF-07: many all-caps words, "!!!", emoji floods and
// hashtag walls.
func checkShouting(s *scan) []post.Finding {
	var out []post.Finding
	caps, words, hashtags, emoji := 0, 0, 0, 0
	for i, t := range s.toks {
		switch t.kind {
		case tokWord:
			words++
			w := s.text[t.start:t.end]
			if utf8.RuneCountInString(w) >= 4 && isCapitals(w) && !shoutingAcronyms[w] {
				caps++
			}
		case tokPunct:
			if t.low == "#" && i+1 < len(s.toks) && s.toks[i+1].start == t.end {
				hashtags++
			}
			if r, _ := utf8.DecodeRuneInString(t.low); unicode.Is(unicode.So, r) {
				emoji++
			}
		}
	}
	all := func(msg string) {
		out = append(out, post.Finding{Start: 0, End: 0, Message: msg})
	}
	if caps > 3 {
		all("Many words in capitals read as shouting.")
	}
	if hashtags > 5 {
		all("More than five hashtags looks like spam.")
	}
	if words > 0 && emoji > 3 && emoji*4 > words {
		all("Many emoji for the amount of text.")
	}
	for _, m := range s.findIf(strings.Contains(s.text, "!!") || strings.Contains(s.text, "??") || strings.Contains(s.text, "?!") || strings.Contains(s.text, "!?"), exclaimRE) {
		out = append(out, post.Finding{Start: m[0], End: m[1], Message: "Repeated exclamation marks read as shouting.", Suggestion: "!"})
	}
	return out
}

// checkSpelling is PROF-08: common misspellings.
func checkSpelling(s *scan) []post.Finding {
	return s.phraseFindings("PROF-08", "Possible misspelling.", "")
}

// checkSafetyLine is PROF-09: urgent symptoms with no "call 911" or "988"
// line.
// A condition named as a risk or as something to prevent ("lowers your
// risk of heart disease, stroke and diabetes") does not count.
func checkSafetyLine(s *scan) []post.Finding {
	if s.has("PROF-09/safety") {
		return nil
	}
	for _, h := range s.hits["PROF-09"] {
		if s.namedAsRisk(h) {
			continue
		}
		f := s.finding(h.from, h.to, "The post mentions urgent symptoms but does not tell readers to call 911 (or 988 for a mental-health crisis).")
		f.Suggestion = "Add: \"If you have these symptoms, call 911 now.\""
		return []post.Finding{f}
	}
	return nil
}

// riskWindow is how many tokens before a condition a risk word may stand
// ("lower your risk of heart disease, high blood pressure and stroke").
const riskWindow = 10

// namedAsRisk reports whether the condition hit h is named as a risk: a
// PROF-09/risk word up to riskWindow tokens before it in its sentence, with
// no symptom word ("signs", "symptoms") between, or right after it
// ("stroke risk").
func (s *scan) namedAsRisk(h hit) bool {
	sent := s.toks[h.from].sent
	if h.to < len(s.toks) && s.toks[h.to].sent == sent && s.hitAt("PROF-09/risk", h.to) {
		return true
	}
	for t := h.from - 1; t >= 0 && t >= h.from-riskWindow && s.toks[t].sent == sent; t-- {
		if s.hitAt("PROF-09/symptom", t) {
			return false
		}
		if s.hitAt("PROF-09/risk", t) {
			return true
		}
	}
	return false
}

// Anchors of adviceRE and phiInviteRE, built once.
var (
	adviceAnchor   = allAnchor(wordAnchor("you"), followedBy("should", "must", "need", "have", "ought", "can"))
	phiInviteStart = allAnchor(phiInviteAnchor, withinTokens(12, wordAnchor("your", "ur")))
)

// isCapitals reports whether w is written in capitals: upper-casing leaves
// it as it is and lower-casing changes it. ASCII words are checked byte by
// byte, without building the two copies.
func isCapitals(w string) bool {
	upper := false
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= utf8.RuneSelf:
			return strings.ToUpper(w) == w && strings.ToLower(w) != w
		case 'a' <= b && b <= 'z':
			return false
		case 'A' <= b && b <= 'Z':
			upper = true
		}
	}
	return upper
}
