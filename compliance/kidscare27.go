package compliance

import "github.com/practicepost/practicepost/post"

// Session 27 (t27reply): the shots of the children a review spoke of,
// told back. "Tell the boys their shots are all up to date", "the twins
// were such troopers getting their 4-year shots", "the kids were great for
// their shots" to a review of "my boys", "my twins", "our children": the
// children are the reviewer's, "their" owns the care, and the reply says
// what they had (REV-01 block). Spanish and Portuguese ("sus vacunas",
// "as vacinas delas") already block on their own words.

// kidsCare27 are the care words a child has at a visit.
var kidsCare27 = newWordSet([]string{"shot", "shots", "vaccine", "vaccines", "vaccinations", "immunizations", "jabs", "boosters",
	"checkups", "check-ups", "physicals", "bloodwork"})

// kidsGroups27 are the children a review tells of and a reply points back
// at with "the": "the boys", "the twins", "the little ones".
var kidsGroups27 = newWordSet([]string{"kids", "boys", "girls", "twins", "triplets", "children", "babies", "littles", "ones", "kiddos", "munchkins"})

// kidsOffer27 make the shots an offer or a rule, not care told: "kids need
// their shots", "bring the kids in for their flu shots".
var kidsOffer27 = newWordSet([]string{"need", "needs", "bring", "book", "schedule", "due", "remember", "forget", "should", "can", "will",
	"if", "when", "every", "any", "get"})

// reviewTellsKids27 reports a review that tells the reviewer's children:
// "my twins", "our kids", "my boys".
func (s *scan) reviewTellsKids27() bool {
	words, _ := s.reviewWords23()
	for i := 1; i < len(words); i++ {
		if inSet(words[i-1], "my", "our") && kidsGroups27.has(words[i]) {
			return true
		}
	}
	return false
}

// kidsCareTold27 reports each sentence of a reply that tells the care of
// the children the review spoke of: "the twins" and "their shots".
func (s *scan) kidsCareTold27() []post.Finding {
	if !s.reviewTellsKids27() {
		return nil
	}
	var out []post.Finding
	for _, se := range s.sents {
		group := -1
		for t := se.tokStart; t < se.tokEnd; t++ {
			w := s.toks[t].low
			switch {
			case kidsOffer27.has(w):
				group = -2 // an offer or a rule: no one's care
			case group == -1 && t > se.tokStart && s.toks[t-1].low == "the" && kidsGroups27.has(w):
				group = t
			case group >= 0 && w == "their":
				for k := t + 1; k < se.tokEnd && k <= t+3; k++ {
					if kidsCare27.has(s.toks[k].low) {
						out = append(out, s.finding(group-1, k+1, "This reply tells the care of the children the review spoke of: it confirms they were treated here, and what they had."))
						t = se.tokEnd
						break
					}
				}
			}
			if group == -2 {
				break
			}
		}
	}
	return out
}
