package compliance

import "github.com/practicepost/practicepost/post"

// Cases of an illness counted on one named street (session 24,
// t24privacy, PRIV-07). A county's or a city's case count is public
// health; "two cases of whooping cough this week on S. 16th St near
// Mitchell Street" or "a cluster of hepatitis A cases on Bolivar Street"
// tells the block whose illness it is. locatorCrowd lets a locator go
// when its sentence reports cases (a count is a crowd's); here a case
// word ("cases", "cluster", "outbreak") and a health word, then within a
// dozen words "on" or "along" a capitalized or numbered name ending in a
// street word, block. An event on the street ("our flu shot clinic on
// Main Street"), parking and road work name no illness counted there.

// clusterWords24 count an illness in one place.
var clusterWords24 = newWordSet([]string{"cases", "case", "cluster", "outbreak", "casos", "brote"})

// streetClusters24 finds streets where the post counts cases of an
// illness.
func (s *scan) streetClusters24() []post.Finding {
	if !s.hasAny(clusterWords24) || !s.hasAny(streetWordSet) {
		return nil
	}
	var out []post.Finding
	last := -1
	for k := range s.toks {
		si := s.toks[k].sent
		if si == last || !clusterWords24.has(s.toks[k].low) {
			continue
		}
		if !s.healthInSentence(si) || s.sentenceHasWord(si, eventWords) {
			continue
		}
		for m := k + 1; s.sameSent(m, si) && m <= k+12; m++ {
			if !inSet(s.toks[m].low, "on", "along", "en") {
				continue
			}
			if e, ok := s.namedStreet24(m+1, si); ok {
				out = append(out, s.finding(m+1, e, "Cases of an illness counted on one street tell the neighbours whose illness it is."))
				last = si
				break
			}
		}
		if len(out) >= maxMatches {
			break
		}
	}
	return out
}

// namedStreet24 reports whether a street's name starts at token n: up to
// four capitalized, numbered or initial words ("S. 16th", "Bolivar"; the
// tokenizer may end a sentence after the initial's point), then a street
// word. end is past the street word.
func (s *scan) namedStreet24(n, si int) (int, bool) {
	words := 0
	for m := n; m < len(s.toks) && m <= n+5; m++ {
		t := &s.toks[m]
		if t.sent != si {
			if !(m >= 2 && s.toks[m-1].low == "." && len(s.toks[m-2].low) == 1) {
				return 0, false // a sentence ends here, not after an initial ("S. 16th St")
			}
			si = t.sent
		}
		if t.kind == tokPunct && t.low == "." {
			continue
		}
		if words > 0 && streetWordSet.has(t.low) {
			return m + 1, true
		}
		if t.kind == tokNumber || t.kind == tokWord && (t.capital || ordinalWord(t.low) || inSet(s.text[t.start:t.end], "N", "S", "E", "W")) {
			words++
			continue
		}
		return 0, false
	}
	return 0, false
}
