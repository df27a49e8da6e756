package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestConductLaughingAtAGroup: a group of patients described by what they
// do ("the clients who ...") or labelled by a quoted saying ("the 'my cousin
// said' parents"), with a laugh or an eye-roll, mocks them (block), even
// with no word of contempt; thanks and praise for a group pass.
func TestConductLaughingAtAGroup(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "the 'but I read it online' parents are the reason I need a nap 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Diabetic patients who sneak donuts into the waiting room: we love you but we see you 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Honestly the Tuesday yoga class ladies who always arrive 20 minutes late are why I drink decaf. 😤", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The parents who bring snacks for the whole staff are the real MVPs 😂", want: post.VerdictPass},
		{text: "Thank you to the families who came to our flu clinic today 😂 what a turnout", want: post.VerdictPass},
		{text: "Our vein team saw 800 legs this year (that's 400 people, for the math fans 😂)", want: post.VerdictPass},
	})
}

// TestConductMockVocative: a retort word said as an address ("..., sir",
// "Do the stretches, Karen.") in a post about what people do mocks them.
func TestConductMockVocative(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Some of y'all skip your stretches and then wonder why your back still hurts. Do the stretches, Karen.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "why do the grandpas always say their sugar is high because of the meter 🙃 it's not the meter, sir, it's the pie", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Yes sir, we're open Saturday mornings for flu shots!", want: post.VerdictPass},
		{text: "Thanks for the cookies, Sarah! The whole staff loved them.", want: post.VerdictPass},
	})
}

// TestConductStandIns: the waiting room stands for the patients in it:
// calling it a circus of clowns mocks them.
func TestConductStandIns(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "some days this office is a zoo and the clowns are all in the waiting room 🤡", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our waiting room got a makeover: new chairs and a kids' corner!", want: post.VerdictPass},
	})
}

// TestInvitingPHINegated: telling people NOT to post their results in the
// comments protects them; it does not invite health details.
func TestInvitingPHINegated(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Please don't share your lab results in the comments. We'll always take those conversations to the portal 🔒", want: post.VerdictPass},
		{text: "Never post your insurance ID in a comment; call us instead.", want: post.VerdictPass},
		{text: "Drop your symptoms in the comments and we'll tell you what to do!", want: post.VerdictBlock, rule: "PROF-06"},
	})
}

// TestAdviceToAHandle: a post that tags someone's account and tells them
// what their pain is or what to do for it advises them in public (block).
func TestAdviceToAHandle(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "@tacoma_runner22 dude your stride in that clip is why your shins hurt. cut your mileage in half and ice every night", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@tacoma_runner22 thanks for running our 5k! see you next year 🏃", want: post.VerdictReview, rule: "PLAT-02"},
	})
}

// TestConductHabitsAndSarcasm: what a group always does or thinks, laughed
// at or met with sarcasm; "bless her heart" after a story about someone;
// "some of you" singles readers out.
func TestConductHabitsAndSarcasm(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Some patients really think we're a drive-thru pharmacy 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our anti-vax families really test our patience 😤", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Nothing says Monday like a patient who lies about smoking to your face.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The lady who brought her own remedies list to her visit today. Bless her heart.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of you really need to learn how to take a pill. Lmao", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our patients always make our day 😂 thank you for the cookies!", want: post.VerdictPass},
		{text: "Kids always ask if the fluoride tastes like bubblegum 😂 (it does)", want: post.VerdictPass},
	})
}

// TestConductScriptsAndExasperation: a patient's words set out as a line
// of a script with a retort or the writer's own line ("Patient: ...
// OK buddy."), what "the patient says" met with a side-eye, being cussed
// out told with a one-word "Classy.", and exasperation with what people
// do; a thank-you quoted from a patient passes.
func TestConductScriptsAndExasperation(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Patient at the desk: \"Vitamins are a scam.\" OK buddy.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Me: please don't eat before your blood draw. Patient: brings a breakfast burrito.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "When the patient swears they quit smoking but the car smells like an ashtray 👀", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our front desk got cussed out by a patient over a parking ticket. Classy.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "I will never understand parents who skip the car seat for a short drive.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Patient this morning: \"Thank you for being so patient with me!\" We love our patients.", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "@mike_lifts that's a classic hamstring strain, rest it 2 weeks and do the band work.", want: post.VerdictBlock, rule: "PROF-05"},
	})
}

// TestConductOtherProviders: running down another practice or clinician
// (PROF-03, colleagues and competitors) blocks; a comparison with them goes
// to a person; a referral or a kind word about a colleague passes.
func TestConductOtherProviders(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Unlike the clowns at the walk-in clinic down the street, we actually read your X-rays.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Fixed another botched filler job from the med spa on Elm today.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Real talk: the ER at Mercy General is a joke. Come to us first.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The last dentist you saw clearly didn't know what he was doing.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Whoever did your last crown should lose their license.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Honestly, addicts make the worst patients.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our hygienists are way better than the dentists at Smile Co.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "After hours? The urgent care down the street is open until 9.", want: post.VerdictPass},
		{text: "The worst part of flu season is missing school. Get your shot at our office!", want: post.VerdictPass},
	})
}

// TestAdviceToOnePerson: advice to someone answered by name ("Replying to
// Mark's comment: ...") or singled out ("For the gentleman asking about
// chest pain: stop running and see a cardiologist") blocks; the same
// advice to everyone passes; a review called "full of lies" is REV-03's
// judgement (PROF-03 in a post).
func TestAdviceToOnePerson(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Replying to Mark's comment: yes, you can stop the metformin if your sugars stay under 100.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "For the gentleman asking in the comments about chest pain when he runs: stop running and see a cardiologist this week.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Hi everyone! For mild rashes, hydrocortisone 1% twice a day can help; call us if it spreads.", want: post.VerdictPass},
		{text: "To everyone who asked about flu shots in the comments: walk-ins are welcome Saturday!", want: post.VerdictPass},
		{text: "That one-star review is full of lies, and everyone in town knows it.", want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestConductMoreShapes: people pointed at and described by what they do
// or say, met with a grimace or a liar's nose; a group that "treats the
// front desk like a drive-thru"; "geniuses asking for"; a post replying to
// a one-star review that calls the reviewer names; advice to a person
// addressed by a title and name; a strained or pulled muscle is health.
func TestConductMoreShapes(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "dear Eastside soccer moms who show up 20 min late and then demand to be seen: we see you 😬", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "POV: the 4pm patient says he flosses daily but his gums say otherwise 🤥", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "the number of guys from the warehouse who come in with cut hands because they won't wear gloves 🤦", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Every New Year's Day we get the same parade of hungover geniuses asking for an IV bag 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of y'all parents treat the front desk like a drive-thru. Sit down and wait your turn 😤", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Replying to the 1-star from 'Rob K.': you were rude to our front desk and frankly we're glad you're gone.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Pastor Joel, per your question at church: yes, you can cut your blood pressure pill in half if you feel dizzy.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@sam_lifts305 bro that hamstring pull won't heal if you keep sprinting, ice it and take 2 weeks off.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Our moms' group meets Tuesdays at 10! Bring the babies 😂", want: post.VerdictPass},
	})
}

// TestConductQuotedAndFond: people labelled in quotes and described by
// what they do mock them even with no laugh; a fond "we love you, but"
// callout of everyone who does something, and venting about patients
// yelling at staff, go to a person; a quoted program name passes.
func TestConductQuotedAndFond(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Truth bomb: the 'Dr. Google' parents who show up with 20 printed pages are why Mondays run late.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "To everyone who asks us to \"just take a quick look\" at a rash at the grocery store: we love you, but please book a visit 😂", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Our front desk team are people too. Yelling at them about an insurance denial they didn't cause is not it.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Thank you to our 'Walk with a Doc' walkers who came out in the rain!", want: post.VerdictPass},
	})
}
