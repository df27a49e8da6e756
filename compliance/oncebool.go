package compliance

// onceBool keeps a yes or no about the review that a check may ask at
// every sentence of a reply: the review is read on the first question
// only, so a long reply to a long review costs their sum, not their
// product (TestReviewReadOnce28, TestAttack27Linear).
type onceBool int8

// get returns the answer, reading it with read on the first call.
func (o *onceBool) get(read func() bool) bool {
	if *o == 0 {
		*o = 1
		if read() {
			*o = 2
		}
	}
	return *o == 2
}
