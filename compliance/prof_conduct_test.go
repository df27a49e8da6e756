package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestConductStructure: venting and mocking by shape (a one-word retort
// after a story, "Sure, Jan", being yelled at told with sarcasm, a
// rhetorical "why do people ...?", a callout of one person, a post calling
// a reviewer names); the same words in a kind or explaining post pass.
func TestConductStructure(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Patient asked if she could skip the pap because she showered. Ma'am. 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "A guy told us his cousin's friend said vitamins cure strep. Sir.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Had a patient insist her oils would fix her ear infection. Sure, Jan.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Nothing like being yelled at over a $20 copay at 8 am. Love this job.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Got cursed at twice before lunch today.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Why do people wait until Friday at 4:55 to call about a rash? 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Why do parents insist on juice for a stomach bug?", want: post.VerdictReview, rule: "PROF-03"},
		{text: "To the lady in the red coat who parked across three spaces: we noticed.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Cannot believe how many people still skip their flu shot. Do better, everyone.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Anti-vax parents, your kids deserve better than your Facebook research.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Honestly some of y'all need to learn what fasting means before a blood draw.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "That 1-star reviewer is clearly clueless about how insurance works.", want: post.VerdictBlock, rule: "PROF-03"},
		// Kind, explaining or general posts with the same shapes.
		{text: "Why do we ask patients to bring a medication list? It keeps you safe.", want: post.VerdictPass},
		{text: "Why do kids get more colds in winter? More time indoors.", want: post.VerdictPass},
		{text: "To the family who brought us cookies: thank you!", want: post.VerdictPass},
		{text: "Our front desk gets a lot of calls on Mondays. Thanks for your patience, everyone!", want: post.VerdictPass},
		{text: "We read every review, and the latest one is fair: our phones need work.", want: post.VerdictPass},
	})
}

// TestConductAddressAndScolding: a callout of one person with a health
// detail blocks; a conditional scolding warns, and blocks with a slight;
// a post that answers a reviewer by address is read as a reply; a post
// that opens with a person's name and gives them medical advice blocks.
func TestConductAddressAndScolding(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "To the dad in the blue truck who skipped his son's asthma follow-up: we noticed.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "If you can't be bothered to take your meds, don't complain when your pressure is 190.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "If you skip your flu shot, don't complain when you get the flu.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "If you have a fever, don't come to the flu clinic; call us instead.", want: post.VerdictPass},
		{text: "To our 1-star reviewer 'MamaBear22': we have your chart, and your story doesn't match it.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Karen T., since you asked in the comments: yes, you can double your metformin if your sugar stays high.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Hope, our new nurse, starts Monday. Say hi!", want: post.VerdictPass},
		{text: "Some people really should not be allowed to reproduce. Long day in peds 😩", want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestAdviceToANamedPerson: a post that speaks to a person by name, after
// a greeting or a comma, and tells them what their symptom is or what to
// take, blocks (PROF-05); a greeting to everyone does not.
func TestAdviceToANamedPerson(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Hey Tina, that sounds like a pulled muscle. Ice it 20 minutes at a time.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Saw your question on our last post, Jess: at 36 weeks that kind of cramping is usually nothing, just rest.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Hi everyone! Croup season is here. Steam and cool night air can help; call us if breathing is hard.", want: post.VerdictPass},
	})
}

// TestConductDescribedAndLaughedAt: someone described by what they do and
// laughed at, a rhetorical "why do the <people> ..." about a group, a
// reviewer who "can't read", a reviewer answered with "look in a mirror";
// a thank-you to the people who did something passes.
func TestConductDescribedAndLaughedAt(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Vote: the lady who brings a shoebox of loose pills, or the man who argues with the scale? 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Why do the grandpas ALWAYS insist the cuff is broken?", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Some reviewers clearly can't read our posted hours.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Whoever left that 1-star about our tone: maybe look in a mirror first.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "We don't need your business, buddy.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Tavita, I saw your comment: stop taking the ibuprofen on an empty stomach.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Huge thanks to the man who fixed our sign in the storm 😂 legend.", want: post.VerdictPass},
		{text: "Why do the leaves change color? Our kids' corner explains 🍂", want: post.VerdictPass},
	})
}
