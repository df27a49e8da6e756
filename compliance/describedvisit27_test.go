package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestDescribedAfterVisit27 (session 27, t27privacy): one person known by a
// description whose mark comes after the person noun (a school, a team, a
// bar they work at; a deed told in a "who" clause), told as coming in for
// care in any tense: "has been coming in for", "for coming in for", "was
// in today for". Written before dev156-dev161 were read (the kind was read
// on dev154 and dev155). Everyone who knows the school's guard, the team's
// coach or the rescue knows who it is (PRIV-10 block). The same people on
// a visit for no care, someone else coming in, a crowd, and staff stay
// clean.
func TestDescribedAfterVisit27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The crossing guard at Lincoln Elementary has been coming in twice a week for wound care, and it's finally closing up!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kudos to the assistant coach of the Westview Wildcats varsity soccer team for coming in for his physical before tryouts!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Tulsa paramedic who pulled two kids out of the Mingo Creek flood was in yesterday for his tetanus shot. A true hero 🚑", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The lifeguard at Sandy Point Beach was in this morning for her follow-up, back on the stand soon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The night bartender at Murphy's Pub stopped in on his way home for a blood pressure recheck.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shout out to the owner of Rosie's Diner for stopping by for her flu shot between the breakfast and lunch rush ☕", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "The crossing guard outside Millmont Elementary waved at us as we came in for the staff meeting!", want: post.VerdictPass},
		{text: "The night bartender at Murphy's Pub stopped in to drop off raffle prizes for our health fair.", want: post.VerdictPass},
		{text: "Thanks to the assistant coach of the Westview Wildcats for stopping by with a thank-you card for our front desk!", want: post.VerdictPass},
		{text: "The Tulsa paramedic who pulled two kids out of the Mingo Creek flood was in today to teach our CPR class.", want: post.VerdictPass},
		{text: "The lifeguard at Sandy Point Beach has been coming in every Friday for our CPR refresher class.", want: post.VerdictPass},
		{text: "The Tulsa paramedic who taught our CPR class was in yesterday for a tour of the new wing.", want: post.VerdictPass},
		{text: "Thanks to the owner of Rosie's Diner for stopping by with pie for our staff!", want: post.VerdictPass},
		{text: "The Westview Wildcats soccer team came in for their sports physicals. Go Cats!", want: post.VerdictPass},
		{text: "The lifeguards at Sandy Point Beach were in this morning for a first aid refresher.", want: post.VerdictPass},
	})
}

// TestHurtDescribedVisit27 (session 27, t27privacy): the same person
// marked by where they were hurt, with a participle after the noun ("the
// deputy injured at the Highway 50 crash", "the firefighter burned in the
// Oak Street fire"), told as coming in for care: block. A visit to thank
// or to bring something, and the harm with no visit, stay clean.
func TestHurtDescribedVisit27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The deputy injured at the Highway 50 crash stopped in today for his follow-up. Glad you're on the mend!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The firefighter rescued from the Oak Street warehouse collapse came in this week for wound care 🚒", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The lifeguard pulled out of the Kern River last weekend stopped by to thank our team for her stitches.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "The deputy injured at the Highway 50 crash stopped by with donuts for the front desk.", want: post.VerdictPass},
		{text: "The firefighter rescued from the Oak Street warehouse collapse came in to drop off a thank-you card.", want: post.VerdictPass},
	})
}
