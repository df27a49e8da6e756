package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// echoedMyths lowers to a warning a myth stated in one of the two
// sentences after one where the post denied the same myth (a finding
// already a warning that shares a word of four letters or more with it): "Antibiotics don't work
// on colds. A Z-Pak for a cold just upsets your stomach", "'Antibiotics
// for my cold?' Nope. Colds are viruses, antibiotics kill bacteria." The
// later sentence goes on with the debunk; a doctor reads it. A sentence
// that turns ("But a Z-Pak for a cold is worth a try") or a post that
// vouches for the myth still blocks.
func (s *scan) echoedMyths(out []post.Finding) []post.Finding {
	if len(out) < 2 || s.mythEndorsed() {
		return out
	}
	// The denials (warnings) by sentence, so each stated myth looks only
	// at the two sentences before it: comparing every pair of findings
	// made a long post quadratic.
	sentenceOf := func(f post.Finding) int { return s.toks[min(len(s.toks)-1, s.tokenStart(f.Start))].sent }
	denials := map[int][]int{}
	for k := range out {
		if out[k].Severity == post.SeverityWarn {
			si := sentenceOf(out[k])
			denials[si] = append(denials[si], k)
		}
	}
	for i := range out {
		if out[i].Severity != post.SeverityBlock {
			continue
		}
		sj := sentenceOf(out[i])
		if s.turns(sj) || !s.echoesDenial(out, out[i], denials[sj-2], denials[sj-1]) {
			continue
		}
		out[i].Severity, out[i].NeedsHuman, out[i].Suggestion = post.SeverityWarn, true, ""
		out[i].Message = "This goes on about a myth the post has just denied. Check the post states the fact clearly."
		// A myth lowered here is a denial for the sentences after it,
		// as it was when every pair was compared in order.
		denials[sj] = append(denials[sj], i)
	}
	return out
}

// echoesDenial reports whether a denial among the findings at the given
// indexes ends before stated starts and shares a myth word with it.
func (s *scan) echoesDenial(out []post.Finding, stated post.Finding, indexLists ...[]int) bool {
	for _, list := range indexLists {
		for _, k := range list {
			if out[k].End <= stated.Start && s.shareMythWord(out[k], stated) {
				return true
			}
		}
	}
	return false
}

// turnWords in a sentence turn it against what came before: "But a Z-Pak
// is worth a try", "Still, a Z-Pak helps".
var turnWords = newWordSet([]string{"but", "though", "although", "however", "still", "yet", "honestly", "actually"})

// turns reports a word of turnWords in sentence si.
func (s *scan) turns(si int) bool { return s.sentenceHasWord(si, turnWords) }

// shareMythWord reports whether findings a and b share a word of four
// letters or more, a plural's "s" dropped ("colds", "cold").
func (s *scan) shareMythWord(a, b post.Finding) bool {
	fa, ta := s.tokenRange(a.Start, a.End)
	fb, tb := s.tokenRange(b.Start, b.End)
	for x := fa; x < ta && x < len(s.toks); x++ {
		wa := strings.TrimSuffix(s.toks[x].low, "s")
		if len(wa) < 4 || s.toks[x].kind != tokWord {
			continue
		}
		for y := fb; y < tb && y < len(s.toks); y++ {
			if s.toks[y].kind == tokWord && strings.TrimSuffix(s.toks[y].low, "s") == wa {
				return true
			}
		}
	}
	return false
}
