package compliance

import "slices"

// att28's attacks on session 28's changes and on what they reach (tests in
// attack28_test.go).

// reviewHasEvent28 reports a word of a gathering in the review
// (reviewEvents26), read once per check: reviewGathering26 asked it at
// each sentence of a reply, tokenizing the whole review each time, so a
// long reply of "See you soon!" to a long review cost their product
// (TestReviewReadOnce28: 16 times both texts took 343 times as long).
// reviewNamesPerson (review_visit.go) had the same cost at each sentence
// of "Named him Al." (414 times) and is answered once per check too.
func (s *scan) reviewHasEvent28() bool {
	if s.reviewEvent28 == 0 {
		s.reviewEvent28 = 1
		if words, _ := s.reviewWords23(); slices.ContainsFunc(words, reviewEvents26.has) {
			s.reviewEvent28 = 2
		}
	}
	return s.reviewEvent28 == 2
}
