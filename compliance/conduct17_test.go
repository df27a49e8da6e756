package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPointedAt17 (issue 11, session 17): a finger pointed at a patient in
// public. A sure pointer ("we know it's you, Dana", "Yes, YOU, in the
// green vest", "you know who you are", "Mrs. You-Know-Who") in a post
// about people blocks (PROF-03); a knowing one ("we see you", "looking at
// you", "we saw.", "We know.", "we can tell") blocks with a laugh, an
// eye-roll, a callout or an excuse in quotes. Warmth to carers, a thank
// you, "Yes, you can ..." and "we know it's hard" pass.
func TestPointedAt17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Whoever keeps taking all the pens from the check-in desk: we know it's you, Dana. Bring them back.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some folks cannot wait their turn. Yes, YOU, the man in the green vest who cut the line this morning.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Fourth late cancel this week from one household. You know who you are.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Quick reminder to skip the extra donut before your glucose test, Mrs. You-Know-Who 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Funny how the warehouse crew's 'migraines' always start on Fridays 🙄 we see you", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Late cancels cost us 30 slots this month. Looking at you, Thursday evening crowd 😤", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Half the softball league came in with 'pulled muscles' the morning after the party. We know.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Half the mill shift only comes in when the boss makes them 😂 we see you, night crew", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Overheard at the front desk today: \"do I need to be awake for my sleep study?\" 😂 can't make this stuff up", want: post.VerdictBlock, rule: "PROF-03"},
		// Near misses.
		{text: "Caregivers, we see you. What you do every day matters, and we're here when you need a break.", want: post.VerdictPass},
		{text: "We see you, moms working nights and running late to pickup. No judgment here — call and we'll hold your slot.", want: post.VerdictPass},
		{text: "You know who you are — thank you for the banana bread, it was gone by 10 😂", want: post.VerdictPass},
		{text: "Yes, you can walk in for a flu shot any weekday until 6.", want: post.VerdictPass},
		{text: "We know it's hard to quit smoking. We know. That's why our nurse calls you every week to check in.", want: post.VerdictPass},
		{text: "We saw 212 kids at the back-to-school clinic! Great job, team.", want: post.VerdictPass},
		{text: "Our nurses joke that they can smell a flu season coming. We can tell, because our coffee budget doubles 😂", want: post.VerdictPass},
	})
}

// TestPointedAtGrowsLinearly: each pointer is read at its own token over
// a few tokens; the quote search stops at the first quote.
func TestPointedAtGrowsLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"we see you 👀 ", "yes, you in the hat, ", "we know it's you, ", "'quoted' and 'again' ",
		"ranking the tally of award ", "guess how many 😂 "} {
		t.Run(unit, func(t *testing.T) {
			requireLinear(t, c, unit, func(n int) Draft {
				return Draft{Text: strings.Repeat(unit, n/len(unit))}
			})
		})
	}
}

// TestScoredForFun17: patients' excuses ranked, what they say tallied, an
// award or a front-desk game made of them, with a laugh or their words in
// quotes, make patients the staff's joke (PROF-03 block). The staff's
// costumes ranked, flu shots counted and a child's brave words crowned
// pass.
func TestScoredForFun17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ranking this month's late-cancel excuses 😂 #2 'my horoscope said stay in' #1 'the cat sat on my keys'", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Today's award for most creative excuse goes to the man who said his knee hurt 'because of Mercury' 🏆", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Front desk bingo: count how many callers ask if we 'take walk-ins' right after reading the sign 🙄 Current tally: 31 callers", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "The MAs keep a tally of 'I read it on TikTok' diagnoses. We're at 58 this month 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Top 3 excuses for a late cancel this month: 3) 'the dog' 2) 'my ride' 1) 'I was too sick to come to the doctor' 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Top 5 reasons to get your flu shot this week 😂 #1 the stickers are cute", want: post.VerdictPass},
		// Near misses.
		{text: "Our staff ranked the best Halloween costumes in the office 🎃😂 Dr. Lee as a giant tooth won.", want: post.VerdictPass},
		{text: "Game of the week: guess how many flu shots we gave on Saturday 😂 (answer: 412!)", want: post.VerdictPass},
		{text: "Today's award for bravest patient goes to the kiddo who said \"that didn't even hurt!\" 😂", want: post.VerdictPass},
	})
}
