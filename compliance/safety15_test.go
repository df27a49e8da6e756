package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSafetyAdviceIsNoEmergency (session 15, t15clean): PROF-09 asks for
// a "call 911" line when a post tells urgent symptoms. Advice that
// already sends the reader to care when the symptom comes ("if leg cramps
// come with chest pain, call us", "stop if you feel chest tightness")
// has its safety line; heat stroke named in heat-safety advice and an
// overdose named as a town's loss or a reason to carry naloxone tell no
// symptoms to act on. Near misses: symptoms with home remedies only, the
// warning signs of a stroke or an overdose, and "if" advice that sends no
// one to care keep their warning. Rules alone (PRIV-16 disabled).
func TestSafetyAdviceIsNoEmergency(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A care line in the advice itself.
		{text: "Raking leaves counts as exercise. Pace yourself, and stop if you feel chest tightness.", want: post.VerdictPass},
		{text: "If your ankles swell or you have trouble breathing when lying down, call your heart doctor's office.", want: post.VerdictPass},
		{text: "Call us for any fever in a newborn, or for trouble breathing at any age.", want: post.VerdictPass},
		{text: "Cramps after a long shift are usually thirst. If they come with chest pain, call us.", want: post.VerdictPass},
		{text: "Hiking above 10,000 feet? If a headache comes with confusion or trouble breathing, head down and get help.", want: post.VerdictPass},
		// Heat stroke in heat-safety advice; an overdose as a loss or a topic.
		{text: "Roofers: drink water every 20 minutes and rest in the shade. Heat stroke can sneak up on anyone.", want: post.VerdictPass},
		{text: "Know the signs of heat stroke: confusion, hot skin, no sweat.", want: post.VerdictPass},
		{text: "Overdoses hit our county hard this year. Naloxone is in every waiting room, no questions asked.", want: post.VerdictPass},
		{text: "Nobody deserves to die of an overdose. Everyone at our van is treated with respect.", want: post.VerdictPass},

		// Near misses: symptoms with home remedies, warning signs to act
		// on, and conditional advice that sends no one to care.
		{text: "Chest pain while shoveling? Don't ignore it. Rest and take an aspirin.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "If you have chest pain, rest and drink some water.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Know the warning signs of a stroke: face drooping and slurred speech. Act fast.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Know the signs of an overdose: blue lips and slow breathing. Act fast.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "If a coworker has heat stroke, move them to the shade and give them water.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "If you see an overdose, give naloxone and stay with them.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "We lost a friend to an overdose last spring. Naloxone saves lives.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "third overdose tonight, same guy as Monday.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Two overdoses behind the Route 9 laundromat since Saturday. Please carry naloxone.", want: post.VerdictReview},
		{text: "Too many farmers won't call us for chest pain during harvest.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "If your chest hurts on the stairs or you have chest pain at night, call us next month.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "If stairs give you chest pressure, come see us when you can.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "If you get chest pain, call your sister and rest.", want: post.VerdictReview, rule: "PROF-09"},
	})
}

// TestSafetyAdviceLinear: each urgent symptom asks whether its sentence
// sends the reader to care; the sentence is read once, so one long
// sentence of symptoms grows linearly.
func TestSafetyAdviceLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "chest pain, trouble breathing, overdoses, heat stroke and ")
}
