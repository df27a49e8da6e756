package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythSeriesHeading17: a myth label with a few words before its colon
// ("Myth Monday:", "Myth #2 in our series:") and a fact label after heads
// a myth-busting post (MIS-01 warn), whatever the myth.
func TestMythSeriesHeading17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Myth Monday: you only need sunscreen at the beach. Fact: UV reaches you on cloudy days too.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth #2 in our series: stretching prevents all sports injuries. Reality: warm-ups help, but nothing prevents all of them.", want: post.VerdictReview, rule: "MIS-01"},
		// Near misses: no fact label, or a myth word in passing.
		{text: "Myth Monday is back next week: send us your questions!", want: post.VerdictPass},
		{text: "The myth of the busy doctor: we always have time for your questions.", want: post.VerdictPass},
	})
}

// TestMythAnsweredNo18: a question asking whether something causes or
// cures an illness, answered "Not exactly" or "Nope", and a claim quoted
// inside a sentence ("Heard at the clinic: '...'") answered "Not true",
// quote a myth to bust it (MIS-01 warn). A question of logistics or a
// quote with no health claim keeps its verdict.
func TestMythAnsweredNo18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Is gout caused by drinking too much milk? Not exactly — genes, weight and some foods all play a part.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Can you catch asthma from a friend? Nope. Asthma isn't contagious.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Overheard in our lobby: 'Only old people get strokes.' Not true — strokes can happen at any age.", want: post.VerdictReview, rule: "MIS-01"},
		// Near misses.
		{text: "Can I bring my kids to my appointment? No problem, the waiting room has toys.", want: post.VerdictPass},
		{text: "Our motto: 'Every patient, every time.' Thanks for a great year!", want: post.VerdictPass},
	})
}

// TestMythHeading18Linear: each label looks two sentences ahead and each
// sentence is read for quotes once; a long post of them grows linearly.
func TestMythHeading18Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Myth Monday: 'colds come from ice.' Is flu caused by rain? Not exactly. Fact: ")
}
