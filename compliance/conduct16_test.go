package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOverheardMocked16 (issue 11, session 16): a patient's words set out
// after a label ("Overheard in exam 2:", "Freshmen at midterms:", "Tailgate
// injuries be like:") and then answered with a retort, an eye-roll, the
// staff's own line ("Us: ...") or a curt "Yes. Yes you do." with a laugh:
// a joke at the patient's expense (PROF-03 block). Words overheard and
// thanked, a child's words, and the staff's own banter pass.
func TestOverheardMocked16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Overheard at the front desk: 'do I really have to take all the pills?' Yes. Yes you do. 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Overheard in the lobby: 'I looked it up and it's definitely cancer.' Us: 'it's a mosquito bite.' 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Freshmen during midterms: 'can I get a note for stress?' Babe, that's called college.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Tailgate injuries be like: 'I just slipped on the grass' 😂 bro, you fell off a camper roof", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Oído en recepción: '¿me puede dar algo para adelgazar rápido?' Señora, esto es un consultorio familiar 💀", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses.
		{text: "Overheard in the waiting room: 'this is the friendliest office in town!' Thank you, we love you too 🥰", want: post.VerdictReview},
		{text: "Overheard at the staff lunch table: 'who ate my yogurt?' The mystery continues 😂", want: post.VerdictPass},
		{text: "Overheard after flu shots: 'that was EASY!' 😂💪 so proud of our little ones", want: post.VerdictPass},
		{text: "Patients often ask: 'Do I need to fast before my blood test?' Yes, for 8 hours. Water is fine.", want: post.VerdictPass},
	})
}

// TestMemeMocked16: a "POV:" or "when the patient ..." meme that shows a
// patient or a group saying or doing something, with a laugh or an
// eye-roll, makes the patient the punchline (PROF-03 block). Staff
// joking about themselves, the weather or the coffee, and kids praised,
// pass.
func TestMemeMocked16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "POV: a linebacker explaining to our nurse that he 'doesn't do needles' 💀", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "POV: it's 4:58 and a family of six walks in with 'one quick question' 🫠", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "pov: tailgate season and every frat bro in town comes in swearing he 'just tripped' lol", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Nurse life: when the patient swears they barely drink and the labs say otherwise 😂 #nursehumor", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Monday mood: when the 8am walk-in insists his 'allergies' have nothing to do with the new cat 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "POV: college juniors walking in the day after spring break thinking it's 'just allergies' 😂", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses.
		{text: "POV: you just finished your first night shift and the sun is coming up 😂", want: post.VerdictPass},
		{text: "POV: the coffee machine finally got fixed 😂☕", want: post.VerdictPass},
		{text: "POV: the first snow comes in sideways and we still open at 8 😂❄️", want: post.VerdictPass},
		{text: "When the patient says thank you and brings cookies for the whole team 🥹", want: post.VerdictPass},
		{text: "POV: your toddler finally lets the dentist count their teeth 😂", want: post.VerdictPass},
		{text: "POV: our new nurse explaining the flu shot to her own grandma 😂 she did great", want: post.VerdictPass},
		{text: "We know needles are scary. When a patient tells us they're nervous, we slow down and explain each step.", want: post.VerdictPass},
	})
}

// TestLowStarMocked16: a post or reply that points at a low-star reviewer
// ("whoever left us 1 star", "Re: that one-star review", "Imagine leaving
// one star because ...") and answers them with a jeer, a retort or an
// eye-roll insults a reviewer in public (PROF-03 block). Low ratings
// answered with thanks or an apology, and reviews praised, pass.
func TestLowStarMocked16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Whoever left us 1 star for 'slow service': maybe don't show up an hour late next time 🤷‍♀️", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "About that 1-star review calling us 'lazy': you were in and out in 20 minutes. Try again.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Reading the one-star reviews out loud at huddle 😂 'worst clinic ever' — ma'am, you came in for a splinter.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Imagine giving a clinic one star because the doctor said to quit vaping. Cope. 🤡", review: "Worst doctor ever.", want: post.VerdictBlock},
		{text: "Whoever gave us 2 stars because we wouldn't refill your Ambien early: we looked you up 🙃", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses.
		{text: "To everyone who left a 1-star review about our wait times: you were right, and we've added two nurses. Thank you.", want: post.VerdictPass},
		{text: "We read every review, even the 1-star ones, and we use them to get better.", want: post.VerdictPass},
		{text: "We read every review, the one-stars too. Si Yu'os Ma'åse' for taking the time.", want: post.VerdictPass},
		{text: "Thanks for all the 5-star reviews this month 😂 you made our whole team smile!", want: post.VerdictPass},
	})
}

// TestGroupScolded16: a kind of person addressed ("Roofers:", "Hockey
// dads:") and told to stop what they do at the clinic is a group scolded
// in public (PROF-03 block). A notice to everyday readers ("Parents:
// please stop calling ..."), health advice ("Smokers: stop smoking"),
// "stop by" and the staff teased pass.
func TestGroupScolded16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Roofers: stop showing up with a nail through your hand and calling it a scratch 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Hockey dads: quit yelling at the front desk about the wait. We see you.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Dear cannery workers, please stop walking in ten minutes before close. It happens every single week.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "PSA to the lake cabin crowd: stop asking us to 'just look' at your rash at the farmers market 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses.
		{text: "Parents: please stop calling the nurse line for refills; the portal is faster.", want: post.VerdictPass},
		{text: "Smokers: stop smoking today, and we'll help you do it. Free quit kits at the front desk.", want: post.VerdictPass},
		{text: "Runners: stop by our booth at the 5K for water and sunscreen!", want: post.VerdictPass},
		{text: "Grandparents, please stop bringing the grandkids to flu clinic if they have a fever.", want: post.VerdictPass},
		{text: "Night shift nurses: stop bringing us cookies, we can't handle it 😂", want: post.VerdictPass},
	})
}

// TestConductShapes16GrowLinearly: texts of nothing but labels, memes or
// low-star jeers stay linear (each shape reads a bounded window).
func TestConductShapes16GrowLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Overheard in exam 2: 'is it bad? ",
		"Overheard: 'x' ",
		"POV: the man says the man says ",
		"pov when the patient when a guy ",
		"1 star from whoever 1-star ",
		"Re: one star reviews, ",
		"Dock workers: stop ",
		"Truckers, stop showing. ",
	} {
		t.Run(unit, func(t *testing.T) { requireLinearText(t, c, unit) })
	}
}
