package compliance

import (
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

// A person's consent claimed in the text (issue 11, session 24, t24names):
// "thanks for letting us share", "she said we could post it", "he asked us
// to share his story", "shared with his dad's ok". The label policy
// blocks a named person's care whatever permission the post claims: the
// signed authorization is PRIV-13's to see linked, and a claim in the
// text is none. Such a claim must not lower the block either.

// consentVerbs24 are what a person lets the practice do with their news:
// "letting us share", "allowing us to post", "por dejarnos compartir".
var consentVerbs24 = newWordSet([]string{"share", "post", "tell", "feature", "film", "celebrate", "brag", "spotlight",
	"highlight", "announce", "mention", "show", "compartir", "publicar", "contar", "compartilhar", "partager"})

// consentAt24 reports whether the word at token k ("letting", "allowing",
// "let") opens a consent to tell someone's news: "letting us share",
// "allowing us to post". Then it is no event organized ("letting us host
// our flu clinic in your lobby"), and care told after it is the person's:
// "thanks for letting us share — his new pacemaker has him back on the
// boat".
func (s *scan) consentAt24(k int) bool {
	j := k + 1
	if j >= len(s.toks) || !inSet(s.toks[j].low, "us", "me") {
		return false
	}
	j++
	if j < len(s.toks) && s.toks[j].low == "to" {
		j++
	}
	return j < len(s.toks) && s.toks[j].sent == s.toks[k].sent && consentVerbs24.has(s.toks[j].low)
}

// consentNouns24 after "with his" or "with mom's" claim a person's leave:
// "shared with his dad's ok", "With her permission:".
var consentNouns24 = newWordSet([]string{"permission", "ok", "okay", "blessing", "consent", "permiso", "permissão"})

// consentWords24 are the words a consent claim needs one of: the gate
// that spares most posts the walk (gate.go).
var consentWords24 = newWordSet([]string{"letting", "allowing", "let", "lets", "said", "says", "told", "asked", "wanted",
	"permission", "ok", "okay", "blessing", "consent", "dejarnos", "permitirnos", "permiso", "deixar", "permissão"})

// consentPolicy24 in the claim's sentence make it a rule or a wish, no
// one's leave: "We never share a story without permission", "Ask before
// you share", "if you let us share".
var consentPolicy24 = newWordSet([]string{"never", "without", "only", "if", "unless", "always", "before", "ask", "please",
	"no", "not", "don", "dont", "won", "will", "would", "nunca", "sin", "sem", "si", "se"})

// consentOwned24 returns the span of a consent claim one person made,
// and whether there is one: "letting us share", "allowing us to post",
// "(he|she|you) said we could post", "asked us to share", "with his
// permission", "shared with mom's ok", "por dejarnos compartir". A rule
// or a wish about permission (consentPolicy24: "we never share without
// permission") and a quote "shared with permission" of no one in
// particular are none.
func (s *scan) consentOwned24() (span, bool) {
	if !s.hasAny(consentWords24) {
		return span{}, false
	}
	// The claims come in text order: the policy words of a sentence are
	// read once, not once per claim in it (a long sentence of claims).
	lastSent, lastPolicy := -1, false
	for k := range s.toks {
		w := s.toks[k].low
		end := -1
		switch {
		case inSet(w, "letting", "allowing") && s.consentAt24(k),
			inSet(w, "let", "lets") && k > 0 && inSet(s.toks[k-1].low, "he", "she", "you", "who", "u") && s.consentAt24(k):
			// "thanks for letting us share", "she let us share"; "Let us
			// share a few tips" is the practice's own offer.
			end = k + 3
		case inSet(w, "dejarnos", "permitirnos") && k+1 < len(s.toks) && consentVerbs24.has(s.toks[k+1].low):
			end = k + 2 // "por dejarnos compartir"
		case inSet(w, "said", "says", "told") && k > 0 && inSet(s.toks[k-1].low, "he", "she", "you", "u"):
			// "she said we could post this", "You told us we could post it".
			j := k + 1
			for j < len(s.toks) && j <= k+3 && inSet(s.toks[j].low, "us", "me", "that", "we", "i") {
				j++
			}
			if j+1 < len(s.toks) && inSet(s.toks[j-1].low, "we", "i") && inSet(s.toks[j].low, "could", "can", "may") &&
				consentVerbs24.has(s.toks[j+1].low) {
				end = j + 2
			}
		case inSet(w, "asked", "wanted") && k+2 < len(s.toks) && s.toks[k+1].low == "us":
			// "he asked us to share his story".
			j := k + 2
			if s.toks[j].low == "to" {
				j++
			}
			if j < len(s.toks) && consentVerbs24.has(s.toks[j].low) {
				end = j + 1
			}
		case consentNouns24.has(w) && k >= 2:
			// "with his permission", "with his dad's ok", "with mom's ok".
			j := k - 1
			if s.toks[j].low == "s" && j >= 2 {
				j -= 2 // the owner and its "'s"
				if inSet(s.toks[j].low, "his", "her") {
					j--
				}
			} else if inSet(s.toks[j].low, "his", "her", "su") {
				j--
			} else {
				continue
			}
			if j >= 0 && inSet(s.toks[j].low, "with", "w", "con", "com") {
				end = k + 1
				k = j // the claim's span opens at "with"
			}
		}
		if end < 0 {
			continue
		}
		end = min(end, len(s.toks))
		if si := s.toks[k].sent; si != lastSent {
			lastSent, lastPolicy = si, s.sentenceHasWord(si, consentPolicy24) || s.questionSentence(si)
		}
		if lastPolicy {
			continue
		}
		return span{k, end}, true
	}
	return span{}, false
}

// consentNamedCare24 is PRIV-10 for a consent claim one person made
// (consentOwned24) in a post that tells someone's own care and names or
// points at someone: "Meet Tsering! Eight months off opioids, and he
// asked us to share his story", "R.J.K. from Lowell: the biopsy came back
// benign. You said we could post it". The claim says a real person is
// meant, so a name no list holds counts (consentSomeone24). A linked
// authorization covering stories or testimonials is the leave the
// claim speaks of.
func (s *scan) consentNamedCare24() []post.Finding {
	sp, ok := s.consentOwned24()
	if !ok || !s.consentOwnCare24() || !s.consentSomeone24() {
		return nil
	}
	if auth, now := s.d.Authorization, s.d.Now; auth.Covers(post.UseStory, now) || auth.Covers(post.UseTestimonial, now) {
		return nil
	}
	f := s.finding(sp.from, sp.to, "The post says the person agreed to be named, next to their own care. A claim in the text is no signed authorization: the name and the care must not appear together.")
	f.Suggestion = "Leave out who it is, or link their signed authorization."
	return []post.Finding{f}
}

// consentOwnCare24 reports a health detail told of someone, not only
// prevention and not in a sentence of advice to everyone.
func (s *scan) consentOwnCare24() bool {
	lastSent, lastGeneral := -1, false // the hits are in text order: each sentence read once
	for _, h := range s.healthHits() {
		prevention := false
		for t := h.From; t < h.To; t++ {
			prevention = prevention || preventionWords.has(s.toks[t].low)
		}
		if prevention {
			continue
		}
		if si := s.toks[h.From].sent; si != lastSent {
			lastSent, lastGeneral = si, s.generalSentence(si, false)
		}
		if !lastGeneral {
			return true
		}
	}
	return false
}

// consentSomeone24 reports whether the post names or points at someone:
// a person the rules read, a handle, or, since the claim says a real
// person is meant, a capitalized word that is no English word, place or
// staff name ("Tsering", "Akech"), or initials written with dots
// ("R.J.K."). Hashtags, handles' words, shouted acronyms and health words
// are none.
func (s *scan) consentSomeone24() bool {
	if len(s.people()) > 0 || len(s.handles()) > 0 {
		return true
	}
	for t := range s.toks {
		tk := &s.toks[t]
		if tk.kind != tokWord || !tk.capital || t > 0 && inSet(s.toks[t-1].low, "#", "@") || s.c.allow.staff[tk.low] {
			continue
		}
		word := s.text[tk.start:tk.end]
		if strings.Contains(word, ".") {
			if len(tk.low) >= 2 && len(tk.low) <= 4 {
				return true // "R.J.K."
			}
			continue
		}
		if utf8.RuneCountInString(tk.low) < 3 || tk.shape.noLower(word) || s.inHealth(t) {
			continue
		}
		if low := names.UnmarkName(tk.low); !names.IsWord(low) && !names.Place(low) {
			return true
		}
	}
	return false
}

// careLetAt24 reports whether the word at token k ("letting") lets the
// practice look at or check that one thing of the person's own: "for
// FINALLY letting us look at that cough", "letting us check that blood
// pressure". "That" points at their body or reading, so it is their care,
// not an event organized ("letting us check blood pressures at your
// church").
func (s *scan) careLetAt24(k int) bool {
	j := k + 1
	if j+2 >= len(s.toks) || !inSet(s.toks[j].low, "us", "me") {
		return false
	}
	j++
	if s.toks[j].low == "take" && j+2 < len(s.toks) && s.toks[j+1].low == "a" {
		j += 2 // "take a look at that mole"
	}
	switch s.toks[j].low {
	case "look":
		return j+2 < len(s.toks) && s.toks[j+1].low == "at" && s.toks[j+2].low == "that"
	case "check":
		return s.toks[j+1].low == "that"
	}
	return false
}
