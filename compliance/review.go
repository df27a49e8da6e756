package compliance

import (
	"regexp"
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// reviewSignedRE finds a review signed with a name or moniker ("Awful. -
// HappyCamper"): a greeting with another name unmasks the reviewer.
var reviewSignedRE = regexp.MustCompile(`(?:^|\s)[-—–~]\s*\S+(?:\s\S+)?\s*$`)

// greetingRE finds the name a reply addresses: "Hi Karen", "Dear Mr Lee".
var greetingRE = mustAnchor(`\b(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Sorry)\s*,?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b`, 48)

// safeReply is the template COMPLIANCE.md suggests for every review reply.
const safeReply = "Thank you for your feedback. We can't discuss anyone's care online, but we would like to hear from you: please call our office."

// checkReviewConfirms is REV-01: a reply that confirms the reviewer is a
// patient, or adds visit, treatment or billing facts (S5-S8).
func checkReviewConfirms(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	out := s.phraseFindings("REV-01", "This confirms the reviewer is a patient or mentions their care or bill. A reply must never do that, even to correct the record.", "")
	out = append(out, s.replyHealth(out)...)
	for _, f := range s.phraseFindings("REV-01/soft", "This friendly line still tells readers the reviewer came in. A person should decide.", post.SeverityWarn) {
		if !overlapsAny(out, f.Start, f.End) {
			f.NeedsHuman = true
			out = append(out, f)
		}
	}
	for i := range out {
		out[i].Suggestion = safeReply
	}
	return out
}

// youWords address the reviewer; outcomeWords react to how their care went.
var (
	// "re", "ve" and "ll" are the tails of "you're", "you've", "you'll"
	// (the tokenizer splits them off); "we've" is not the reviewer, so
	// addressesYou looks at the word before them.
	youWords     = newWordSet([]string{"you", "your", "yours", "youre", "you're", "yourself"})
	outcomeWords = newWordSet([]string{"glad", "happy", "sorry", "hope", "hoping", "relieved", "pleased", "great", "thrilled", "wonderful"})
)

// wellWishes are friendly lines that still say the reviewer was unwell or
// treated: a person must look ("We hope you're feeling better").
var wellWishes = [][]string{
	{"feeling", "better"}, {"feel", "better"}, {"feels", "better"}, {"get", "well"}, {"speedy", "recovery"}, {"back", "on", "your", "feet"},
	{"on", "the", "mend"}, {"doing", "better"}, {"healing", "well"}, {"heal", "quickly"}, {"heal", "fast"}, {"recover", "quickly"},
}

// replyHealth finds health details in a reply (REV-01): next to "you" or
// a reaction ("So glad your shoulder feels better since the injection")
// the reply confirms the reviewer was treated and blocks; a health word on
// its own, or a get-well wish, goes to a person. Sentences already reported
// by the phrase list are skipped.
func (s *scan) replyHealth(found []post.Finding) []post.Finding {
	var out []post.Finding
	done := make([]bool, len(s.sents))
	for _, f := range found {
		if from, _ := s.tokenRange(f.Start, f.End); from < len(s.toks) {
			done[s.toks[from].sent] = true
		}
	}
	for _, h := range s.healthHits() {
		si := s.toks[h.From].sent
		if done[si] {
			continue
		}
		done[si] = true
		f := s.finding(h.From, h.To, "This reply mentions a health detail; next to \"you\" it tells everyone the reviewer was treated here.")
		if !s.sentenceHasWord(si, youWords) && !s.sentenceHasWord(si, outcomeWords) {
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "This reply mentions a health detail. Make sure it says nothing about the reviewer's own care."
		}
		out = append(out, f)
	}
	// "your shoulder", "your blood sample": the reviewer's own body or
	// care, whatever the word's everyday senses.
	for i := 0; i+1 < len(s.toks); i++ {
		si := s.toks[i].sent
		if done[si] || s.toks[i].low != "your" {
			continue
		}
		// "your shoulder", "your beautiful baby boy", "your new knee".
		for j := i + 1; j < len(s.toks) && j <= i+3 && s.toks[j].kind == tokWord && s.toks[j].sent == si; j++ {
			n, _ := health.At(s.lowWords, j)
			if n == 0 && newbornWords.has(s.toks[j].low) {
				n = 1
			}
			if n > 0 {
				done[si] = true
				out = append(out, s.finding(i, j+n, "This reply names the reviewer's own body or care: it tells everyone they were treated here."))
				break
			}
		}
	}
	for i := range s.toks {
		si := s.toks[i].sent
		if done[si] {
			continue
		}
		for _, w := range wellWishes {
			if i+len(w) <= len(s.toks) && s.toks[i+len(w)-1].sent == si && tokensAre(s.toks[i:i+len(w)], w) {
				done[si] = true
				f := s.finding(i, i+len(w), "A get-well wish tells readers the reviewer was unwell or treated here. A person should decide.")
				f.Severity, f.NeedsHuman = post.SeverityWarn, true
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// newbornWords after "your" in a reply confirm a birth ("your beautiful
// baby boy").
var newbornWords = newWordSet([]string{"baby", "babies", "newborn", "twins", "triplets", "pregnancy", "delivery", "labor"})

// sentenceHasWord reports whether sentence si holds a word of set.
func (s *scan) sentenceHasWord(si int, set *wordSet) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if set.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// tokensAre reports whether toks spell words.
func tokensAre(toks []token, words []string) bool {
	for k, w := range words {
		if toks[k].low != w {
			return false
		}
	}
	return true
}

// checkReviewNames is REV-02: the reply names someone the review did not
// (unmasking a pseudonym, S6 and S7). Staff names are fine.
func checkReviewNames(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	review := " " + normalizeName(s.d.ReviewText) + " "
	var out []post.Finding
	var greeted []post.Finding
	add := func(start, end int, greeting bool) {
		name := s.text[start:end]
		if s.isStaffText(name) || strings.Contains(review, " "+normalizeName(name)+" ") || overlapsAny(out, start, end) || overlapsAny(greeted, start, end) {
			return
		}
		f := post.Finding{Start: start, End: end,
			Message:    "The reply names a person the review did not name. Replies must not reveal who a reviewer is.",
			Suggestion: "Remove the name; address the reviewer without naming them."}
		if greeting && !s.bytesNearHealth(start) && !reviewSignedRE.MatchString(s.d.ReviewText) {
			// "Thanks Denise!": most likely the reviewer's own display
			// name; a person checks it is not a real name behind a
			// nickname.
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Message = "The reply greets the reviewer by name. If the review was posted under a nickname, this reveals who they are."
			greeted = append(greeted, f)
			return
		}
		out = append(out, f)
	}
	for _, m := range s.findAt(greetingRE, greetingAnchor) {
		if !notPlaces[s.text[m[2]:m[3]]] && s.text[m[2]:m[3]] != "Everyone" && s.text[m[2]:m[3]] != "All" && s.text[m[2]:m[3]] != "Again" {
			add(m[2], m[3], true)
		}
	}
	for _, n := range s.personNames() {
		a, b := s.span(n.from, n.to)
		add(a, b, false)
	}
	return append(out, greeted...)
}

// bytesNearHealth reports whether the sentence holding byte b tells a
// health detail.
func (s *scan) bytesNearHealth(b int) bool {
	t := s.tokenStart(b)
	return t < len(s.toks) && s.healthInSentence(s.toks[t].sent)
}

// checkReviewHostile is REV-03: insults and hostility toward a reviewer.
func checkReviewHostile(s *scan) []post.Finding {
	if !s.reviewMode() {
		return nil
	}
	return s.phraseFindings("REV-03", "This reads as hostile or insulting to the reviewer. Replies are public and are judged by everyone.", "")
}

// checkReviewTemplate is REV-04: a reply longer than the safe template.
func checkReviewTemplate(s *scan) []post.Finding {
	if !s.reviewMode() || len(s.sents) <= 2 {
		return nil
	}
	return []post.Finding{{Start: 0, End: 0, Message: "Long replies to reviews tend to reveal things. The safest reply is short and generic.",
		Suggestion: safeReply}}
}

// greetingAnchor finds the words greetingRE starts with.
var greetingAnchor = wordAnchor("hi", "hello", "hey", "dear", "thanks", "thank", "sorry")
