package compliance

import (
	"fmt"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyJabShapes16 (issue 11, session 16, t16jab): public replies
// that jab at the reviewer by shape (reply_jabs16.go): pointing them
// elsewhere, blaming what they did, a curt dismissal, mocking where they
// get their beliefs, mocking their spelling. The near misses are the
// polite replies each shape must leave alone.
func TestReplyJabShapes16(t *testing.T) {
	const low = "★ waited two hours, terrible"
	checkRuleCases(t, []familyCase{
		// Pointing elsewhere.
		{text: "A splinter is not an emergency. The hospital's ER is that way 👉", review: low, want: post.VerdictBlock},
		{text: "We can't bend the schedule for you. The mall's that way.", review: low, want: post.VerdictBlock},
		{text: "We're sorry; our ER partners at Mercy are open 24/7 if you need care after hours.", review: low, want: post.VerdictPass},
		{text: "Sorry it was hard to find us! The entrance is that way 👉 past the pharmacy now, and we've added signs.", review: "★★ couldn't find the door", want: post.VerdictPass},
		// Blaming what the reviewer did.
		{text: "If you'd read the sign on the door you'd know we close at five.", review: low, want: post.VerdictBlock},
		{text: "Maybe put your phone down when the nurse is talking next time.", review: low, want: post.VerdictBlock},
		{text: "If you had shown up for your last two visits you would have a refill by now.", review: low, want: post.VerdictBlock},
		{text: "If you'd like to talk it through, please call our office manager.", review: low, want: post.VerdictPass},
		{text: "Please call us so we can make this right.", review: low, want: post.VerdictPass},
		// A curt dismissal.
		{text: "We're done rescheduling you.", review: low, want: post.VerdictBlock},
		{text: "Our doctors trained for twelve years. Let's not.", review: low, want: post.VerdictBlock},
		{text: "We do need 24 hours' notice to reschedule, but we'd be glad to find you a new time. Please call us.", review: low, want: post.VerdictPass},
		{text: "Let's talk: call the front desk and ask for Renee.", review: low, want: post.VerdictPass},
		// Mocking where the reviewer gets their beliefs.
		{text: "Enjoy your essential oils.", review: "★ this clinic pushes big pharma poison", want: post.VerdictBlock},
		{text: "Someone who gets medical advice from TikTok probably shouldn't be grading doctors.", review: low, want: post.VerdictBlock},
		{text: "Enjoy your summer, and thank you for the kind words!", review: "★★★★★ great staff", want: post.VerdictPass},
		{text: "Thank you! Follow us on Facebook for the flu clinic dates.", review: "★★★★★ great staff", want: post.VerdictPass},
		// Mocking their spelling.
		{text: "Whoever taught you to spell owes you a refund.", review: "★ y'all are crooks", want: post.VerdictBlock},
		{text: "The only thief here is whoever taught you to spell. Have a blessed day 🙏", review: "★ y'all are thieves", want: post.VerdictBlock},
		{text: "Reading the posted hours clearly isn't your strong suit.", review: low, want: post.VerdictBlock},
		{text: "Thank you! Pediatrics has always been our strong suit.", review: "★★★★★ great with kids", want: post.VerdictPass},
		{text: "Thank you! Our nurses taught us to read the new portal too.", review: "★★★★★ great staff", want: post.VerdictPass},
		{text: "The only liar here is you, sir.", review: "★ they lied to me", want: post.VerdictBlock},
		{text: "Thank you for your kindness to our staff; the only thing we ask is a call if you'll be late.", review: "★★★★ kind staff", want: post.VerdictPass},
	})
}

// TestReplyJabsGrowLinearly16: replies made of the shapes' own openings
// repeated, each ending a sentence or not, grow linearly (requireLinear).
func TestReplyJabsGrowLinearly16(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"our lot is that way. ", "the lab is that way 👉 past ", "if you had let s not enjoy your advice from ", "done with phone "} {
		draft := func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "★ bad"}
		}
		requireLinear(t, c, fmt.Sprintf("%q", unit), draft)
	}
}
