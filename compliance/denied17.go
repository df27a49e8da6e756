package compliance

import (
	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// healWords promise a cure when a post says its care does it; slowed
// ("heal slower"), they tell a risk instead.
var healWords = newWordSet([]string{"heal", "heals", "healing", "recover", "recovers", "recovery"})

// slowingWords after a heal word tell healing slowed or harmed: "Cuts
// heal slower if you smoke", "wounds heal poorly with high sugar".
var slowingWords = newWordSet([]string{"slower", "slowly", "poorly", "badly", "worse", "longer"})

// healingSlowed reports whether the promise finding f holds a heal word
// right before a slowing word ("heal slower", "heal more slowly"): a
// risk factor taught, no result promised (session 17, clean passing).
func (s *scan) healingSlowed(f post.Finding) bool {
	from, to := s.tokenRange(f.Start, f.End)
	for t := from; t < to && t+1 < len(s.toks); t++ {
		if !healWords.has(s.toks[t].low) {
			continue
		}
		next := t + 1
		if s.toks[next].low == "more" && next+1 < len(s.toks) {
			next++
		}
		if slowingWords.has(s.toks[next].low) {
			return true
		}
	}
	return false
}

// goneSubjectSkips are the words of a clause before "gone" that name no
// subject of their own: "it's gone for good" points back at whatever was
// told before, which may be care.
var goneSubjectSkips = newWordSet([]string{"it", "its", "they", "them", "this", "that", "these", "those", "everything", "all",
	"is", "are", "was", "were", "be", "been", "may", "will", "s", "re", "now", "finally", "long", "officially", "the", "a", "an",
	"our", "your", "my", "their", "and", "but", "just", "already"})

// goneLook is the most words before "gone" its subject is looked for in.
const goneLook = 8

// thingGone reports whether the promise word at token t is "gone" said of
// a thing that is no care, no result and no one's health in its clause:
// "the smell is gone, promise", "McCoy may be gone" (a ballpark). Your
// pain, the headaches or "it" gone stay a promise (session 17).
func (s *scan) thingGone(t int) bool {
	if s.toks[t].low != "gone" {
		return false
	}
	cs, _ := s.clauseOf(t)
	words := s.healthWords()
	named := 0
	// A subject stands a few words before "gone": the walk stays there, so
	// a clause of many "gone"s is read once over, not once per "gone".
	for k := max(cs, t-goneLook); k < t; k++ {
		w := s.toks[k].low
		if s.toks[k].kind != tokWord || goneSubjectSkips.has(w) {
			continue
		}
		if n, _ := health.At(words, k); n > 0 || s.careWord(k) || personWords.has(w) || resultWords.has(w) || healWords.has(w) {
			return false
		}
		named++
	}
	return named > 0 && !s.healthInSentence(s.toks[t].sent) && !s.readerAfter(t)
}

// readerAfter reports "and your" or "so is your" after token t in its
// sentence: "The smell is gone, promise — and so is your toenail fungus"
// says the reader's thing gone too (att17).
func (s *scan) readerAfter(t int) bool {
	se := s.sents[s.toks[t].sent]
	for k := t + 2; k < se.tokEnd && k <= t+goneLook+4; k++ {
		if inSet(s.toks[k].low, "your", "ur") && (inSet(s.toks[k-1].low, "and", "plus") ||
			inSet(s.toks[k-1].low, "is", "are") && s.toks[k-2].low == "so") {
			return true // "and so is your ...", "and your ... too"
		}
	}
	return false
}
