package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPlainFactsNoMyth22: a cold-and-flu post that states only the fact,
// in the practice's own voice, quotes no myth for a doctor to check:
// "antibiotics don't work on viruses", "chilly weather by itself doesn't
// give you a cold, viruses do", "there is nothing in the shot that can
// infect you" (pass). The same fact as the answer to a myth (a "No,"
// opening, a Myth/Fact pair, a quote, hearsay, a question) still warns,
// a fact beside a second, false cause still warns, and the myth itself
// still blocks. The flagged ones come first.
func TestPlainFactsNoMyth22(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still flag: the myth stated.
		{text: "Antibiotics knock out viruses too, so ask for a Z-pak when a cold starts.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Going out in cold weather gives you a cold, so bundle up.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The flu shot gives you a mild flu, so take the next day off.", want: post.VerdictBlock, rule: "MIS-01"},
		// Must still flag: the fact said as an answer to the myth.
		{text: "No, antibiotics don't work on viruses. A Z-pak won't shorten your cold.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics don't work on viruses, whatever your brother-in-law says about his Z-pak.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: a Z-pak clears up a cold. Fact: antibiotics don't work on viruses.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "'A round of antibiotics will fix this cold' — sadly no. Antibiotics don't work on viruses.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Will antibiotics help my cold? Antibiotics don't work on viruses.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "No, cold weather doesn't give you a cold by itself. Viruses do.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "No, the flu shot can't make you sick. There's nothing in it that can infect you.", want: post.VerdictReview, rule: "MIS-01"},
		// Must still flag: a retort to the myth ("— germs do"), a verb
		// other than "work" answering the cure myth.
		{text: "Cold weather doesn't give you a cold — germs do. Winter just crowds us into the same rooms.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics don't kill viruses, so that leftover amoxicillin won't touch your cold.", want: post.VerdictReview, rule: "MIS-01"},
		// Must still flag: the fact beside a second, false cause.
		{text: "Cold weather doesn't cause colds, but wet hair in the cold does.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics don't work on viruses, but they do cure a cold once it turns green.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Flu shots have no live virus that can infect you, and they cause autism.", want: post.VerdictReview, rule: "MIS-01"},

		// Pass: the fact alone, in the practice's voice.
		{text: "Antibiotics won't work on viruses such as colds and flu — ask us what actually eases a cough.", want: post.VerdictPass},
		{text: "Antibiotics don't work against viruses. That's just how germs and drugs work.", want: post.VerdictPass},
		{text: "Rest and fluids get most people through a cold. Antibiotics don't work on viruses, so ask us if you're not sure you need them.", want: post.VerdictPass},
		{text: "Cold weather by itself doesn't cause colds, but packed indoor rooms help viruses spread. Wash your hands.", want: post.VerdictPass},
		{text: "Cold weather doesn't cause colds on its own; winter crowds us indoors where viruses spread.", want: post.VerdictPass},
		{text: "Our flu shots are made without any live virus that can infect you. Expect a sore arm at most.", want: post.VerdictPass},
		{text: "Flu vaccines hold killed virus or one protein, so there's nothing in them that can infect you. A sore arm is normal.", want: post.VerdictPass},
	})
}

// TestPlainFactsNoMyth22Linear: each sentence is read once for the fact;
// a long post of them grows linearly.
func TestPlainFactsNoMyth22Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Antibiotics don't work on viruses. Cold weather by itself doesn't cause colds, viruses do. There's nothing in the flu shot that can infect you. ")
}
