package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestConductJabs (issue 11, session 14): jabs at patients with no laugh,
// eye-roll or "to the ... who" (prof_jabs.go), by kind, and the near
// misses of each kind that must pass.
func TestConductJabs(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Hygiene shaming; washing tips and rooms that smell of bread pass.
		{text: "The dock crews roll in at 5 smelling like diesel and bait. Every week.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Warehouse guys, PLEASE shower before your physical. The whole hallway knows when you're here 🤢", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Honestly the orchard crews smell like pesticide and we open every window after them", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Pollen is brutal this week: shower after mowing and keep the windows shut 🌼", want: post.VerdictPass},
		{text: "The front office smells like cinnamon rolls thanks to our volunteer bakers 🥐", want: post.VerdictPass},
		{text: "Our MA is getting married next month! Please shower her with good wishes 💍", want: post.VerdictPass},
		// Anti-vaccine people as a group.
		{text: "Anti-vax dads of the east side: good luck with that polio.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The antivaxxers in our comments section are back. Cool cool.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Worried about something you read about vaccines online? Bring your questions, we'll go through the research together.", want: post.VerdictPass},
		// A hangover pinned on a group.
		{text: "Freshmen kids showing up Sunday with 'the flu' that is really a hangover. Nice try.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Our IV drips are not a hangover cure, and a doctor screens everyone first.", want: post.VerdictPass},
		// "We love you, but" turned on a group addressed.
		{text: "Rodeo guys, we love you, but a sprained wrist is not a reason to skip the line.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "We love our Amish neighbors but y'all, prayer is not a splint.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "To everyone asking for a diagnosis in the comments: we love you, but we can't give advice here. Call us.", want: post.VerdictPass},
		{text: "Reminder: the lot is not for overnight trailers. We love you but we need the spots.", want: post.VerdictPass},
		// Sarcasm about what someone did.
		{text: "Nothing says Tuesday like a grown man whimpering over a tetanus shot.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Nothing like strolling in an hour late and blaming the bridge traffic.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Nothing like a bowl of caldo on a cold day. Stay warm out there!", want: post.VerdictPass},
		// Readers talked down to.
		{text: "Some of y'all from the mill need to learn what an appointment is.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "If you're going to lie about how much you vape, at least leave the mango pod at home.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of you asked about Saturday hours: starting in March, 9 to 1!", want: post.VerdictPass},
		// "Every. Single. Time." at a group.
		{text: "The golf retirees will argue over a copay and then tip the caddie fifty bucks. Every. Single. Time.", want: post.VerdictBlock, rule: "PROF-03"},
		// Retorts to a reviewer, in a reply and in a post.
		{text: "Ma'am, with respect, you were forty minutes late.", review: "★ waited forever", want: post.VerdictBlock},
		{text: "He does. He went to nursing school for that. 🙂", review: "★ the nurse acted like he knew everything", want: post.VerdictBlock},
		{text: "We're an urgent care, not a fast food window, honey.", review: "★★ slow", want: post.VerdictBlock},
		{text: "Our front desk speaks four languages. How many do you speak?", review: "★ nobody speaks english here", want: post.VerdictBlock},
		{text: "Thank you, sir! We'll pass this on to the whole team.", review: "★★★★★ great crew", want: post.VerdictPass},
		{text: "About the 1-star from 'GymRat Tony': bro, a protein shake is not a prescription.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "To whoever left one star because we 'don't speak Hmong': we do. Learn to read the door.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Thank you for all the 5-star reviews this month! Learn more about our new Saturday hours on our site.", want: post.VerdictPass},
	})
}

// TestConductJabsNearMisses: words the jabs read that say something else
// ("they smell like the whole forest" of wreaths, "Bro." as a title,
// Karen the language).
func TestConductJabsNearMisses(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The scouts are selling pine garlands in our lobby this week, and they smell like a whole forest.", want: post.VerdictPass},
		{text: "Thank you! We offer interpreters in Karen, Burmese, Somali and Spanish.", review: "★★★★★ they spoke my language", want: post.VerdictPass},
		// REV-02 asks about the name; "Bro." as a title is no retort (no block).
		{text: "Blessings, Bro. Jenkins! See you at the church health fair 🙏🏾", review: "★★★★★ great team", want: post.VerdictReview},
	})
}

// TestConductJabsRound2 (session 14): people labelled by a quoted saying,
// ranked last, told off with a retort after an overheard story, asked
// "why do <team> fans always ...", and one person who asked us answered
// with advice in public (PROF-05), in English and Spanish.
func TestConductJabsRound2(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The 'my chiropractor said' crowd is back this week. Pick a lane.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Not gonna lie, the 'I read it online' crowd keeps us humble. Bring your printouts, we'll read them together.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Honestly the Saturday brunch crowd is our least favorite demographic.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The ironworkers never come in until the cut is infected. Stubborn, every last one of them.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Overheard at check-in: 'Can I get the flu shot without a needle?' Sir. It is a shot.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Why do Packers fans always show up Monday with a sprained ankle and no story?", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Why do the flu shots always run out in November? Supply chains. Book early!", want: post.VerdictPass},
		{text: "To the roofer who messaged us last night about his wheezing son: use the albuterol inhaler every 4 hours and skip urgent care.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Para el señor que preguntó por la fiebre de su niña: dele acetaminofén cada 6 horas.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "To the neighbor who asked about parking: we added 20 spots behind the building!", want: post.VerdictPass},
	})
}

// TestConductRetortWarmth: a retort word said warmly to a kid is no jab.
func TestConductRetortWarmth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A kid asked me today if nurses get flu shots too. Yes, buddy. Every one of us, every fall.", want: post.VerdictPass},
		{text: "Overheard at the front desk: 'Do I need a mask for a flu shot?' Ma'am. You are holding a cough drop bag.", want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestConductJabsRound3 (session 14): readers scolded as a crowd ("some
// of y'all treat ... like ...") go to a doctor; anti-vax people talked
// about are still named; a post about a one-star review that ends in
// "ma'am" talks down to its writer.
func TestConductJabsRound3(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Some of y'all treat the waiting room like a sports bar. It's a clinic.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Some of you asked if we treat kids: yes, from newborns up!", want: post.VerdictPass},
		{text: "Can we talk about the anti-vax dads in the soccer group chat? Tiring.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "That 2-star from 'RiverRat77' is made up. We are closed on Sundays, sir.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "That 1-star about our billing is invented. We don't even bill on weekends, ma'am.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Rosa has answered our phones for 15 years without a single complaint. Maybe look in the mirror.", review: "★ rude receptionist", want: post.VerdictBlock},
	})
}
