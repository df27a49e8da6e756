package compliance

import "strings"

// dismissals are the one-word verdicts of a review that gives no stars:
// "Meh.", "Overrated.", "Mediocre at best".
var dismissals = newWordSet([]string{"meh", "mediocre", "overrated", "bleh", "underwhelming", "underwhelmed"})

// dismissiveReview reports a review without stars that dismisses the
// practice in a word. It is as low as a two-star one for an emoji of
// contempt ("Meh to you too 🙄" mocks the reviewer, REV-03); a laugh is
// not read as mockery here, as a grumble may be laughed with.
func dismissiveReview(review string) bool {
	if strings.ContainsAny(review, "★☆⭐") {
		return false
	}
	toks, _ := tokenize(review)
	for _, t := range toks {
		if dismissals.has(t.low) {
			return true
		}
	}
	return false
}

// contemptMarkAt returns the first emoji of contempt in the reply
// (mockingMarks), or -1.
func contemptMarkAt(text string) (at int, mark string) {
	for _, m := range mockingMarks {
		if k := strings.Index(text, m); k >= 0 {
			return k, m
		}
	}
	return -1, ""
}
