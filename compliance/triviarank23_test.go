package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestTriviaRanked23: a superlative told as a fun fact or as the town's
// history about something that is not the practice ("Fun fact: the
// Georgetown plant is the largest car plant in the world", "the lighthouse
// dates back to 1732 — one of the oldest light stations in the country",
// "the mills once ran one of the largest textile operations in the world")
// ranks no care (CLAIM-02 passes). The practice, its care, its staff or
// its waits ranked the same way still warn, as does a rank with no
// trivia or history cue. The flagged ones come first.
func TestTriviaRanked23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still warn: the practice or its care ranked.
		{text: "Fun fact: our clinic has the shortest wait times in the county.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Did you know? The friendliest nurses in Ohio work right here.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Fun fact: we run the largest diabetes program in the state.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Fun fact: the shortest waits in the county are at the Elm Street office.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Did you know the most advanced heart imaging in the region is on our second floor?", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Fun fact: Maple Family Medicine is the oldest family practice in the state.", want: post.VerdictReview, rule: "CLAIM-02"},
		// Must still warn: a rank of another with no trivia cue.
		{text: "Riverside Bakery makes the biggest cinnamon rolls in the state, and we'd know.", want: post.VerdictReview, rule: "CLAIM-02"},

		// Pass: trivia or history about something that is not the practice.
		{text: "Fun fact: the Georgetown plant is the company's largest car plant in the world.", want: post.VerdictPass},
		{text: "Fun fact: the state university has one of the oldest rubber science programs in the country.", want: post.VerdictPass},
		{text: "The Cape lighthouse dates back to 1732 — one of the oldest light stations in the country. Happy Lighthouse Day!", want: post.VerdictPass},
		{text: "The river mills once ran one of the largest cotton operations in the world. Today the old brick holds apartments.", want: post.VerdictPass},
		{text: "Did you know our town's covered bridge is the longest in the state? Worth a Sunday drive.", want: post.VerdictPass},
	})
}

// TestTriviaRanked23Linear: each rank reads bounded windows; a long post
// of fun-fact ranks grows linearly.
func TestTriviaRanked23Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Fun fact: the old mill was one of the largest cotton operations in the world, and the bridge is the longest in the state, ")
}
