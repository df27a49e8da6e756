package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythAnsweredAfterQuote: a quoted or reported myth answered by the
// next sentence ("It can't —", "They don't."), by "we wish!" or reported
// to the reader ("You've heard ...") is a debunk (MIS-01 warn); the same
// myth stated, or followed by "It can't be denied", still blocks.
func TestMythAnsweredAfterQuote(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Every October: 'the flu shot gave me the flu.' It can't — the shot has no live virus in it.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "'Antibiotics will knock out this cold' — we wish! Colds are viruses.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "You've heard vaccines cause autism. Studies of millions of kids found no link.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "The flu shot gave me the flu. It can't be denied, so skip it.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "I've heard it myself: vaccines cause autism.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestReplyHolidayGreetings: holiday and thanks words in a reply ("Ramadan
// Mubarak", "Alf shukr", "a happy Genna") are no one's name (REV-02).
func TestReplyHolidayGreetings(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ramadan Mubarak to you and your family! 🌙", review: "★★★★★ kind staff", want: post.VerdictPass},
		{text: "Alf shukr! We're honored to be your neighbors.", review: "★★★★★ great office", want: post.VerdictPass},
		{text: "Thank you! Wishing you a joyful Genna.", review: "★★★★☆ friendly", want: post.VerdictPass},
		{text: "Eid Mubarak, and thanks for the kind words!", review: "★★★★★", want: post.VerdictPass},
		{text: "Thanks! Say hi to Maryam for us 💛", review: "★★★★★ kind staff", want: post.VerdictBlock, rule: "REV-02"},
	})
}

// TestReplyNextMoveNoVisit: "your next PCS", "your next deployment" is a
// military move, no visit in a series (REV-01).
func TestReplyNextMoveNoVisit(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Fair winds on your next PCS!", review: "★★★★★ great for military families", want: post.VerdictPass},
		{text: "Stay safe on your next deployment, and thanks for the review.", review: "★★★★★", want: post.VerdictPass},
		{text: "See you at your next checkup!", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestPhotoOfYourThings: "bring your pill bottles, or a photo of them" asks
// for a picture of things, no one's picture (PRIV-12).
func TestPhotoOfYourThings(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Bring your medication bottles (or a photo of them) to your physical.", want: post.VerdictPass},
		{text: "Bring the bag of supplements, or a photo of it, to your visit and we'll check for interactions.", want: post.VerdictPass},
		{text: "Our nurses with the kids from the reading program, and a photo of them with the mayor!", want: post.VerdictReview, rule: "PRIV-12"},
	})
}

// TestReplyCareAsGeneralConcern: a reply taking "every concern about
// medication" seriously, or giving the line "para citas" to anyone,
// tells no one's care (REV-01).
func TestReplyCareAsGeneralConcern(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We take every concern about medication seriously. Please call our nurse line at (614) 555-2368.", review: "★☆☆☆☆ wrong dose", want: post.VerdictPass},
		{text: "¡Gracias por su reseña! Para citas en español llame al (614) 555-2368.", review: "★★★★★ muy buena clínica", want: post.VerdictPass},
		{text: "We're sorry about your medication mix-up. Please call us.", review: "★☆☆☆☆ wrong dose", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyDrivesUsCrazy: "it drives us crazy too" agrees with the
// reviewer about a thing; it insults no one (REV-03) and stigmatizes no
// one (PROF-02). Calling the reviewer crazy still blocks.
func TestReplyDrivesUsCrazy(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "You're right, and it drives us crazy too. The landlord is fixing the lot in April.", review: "★ The lot floods when it rains.", want: post.VerdictPass},
		{text: "Agreed, the phone tree drives me nuts as well. A simpler one starts next month.", review: "★★ phone tree", want: post.VerdictPass},
		{text: "You sound crazy. Nobody else has this problem.", review: "★ The lot floods when it rains.", want: post.VerdictBlock, rule: "REV-03"},
	})
}

// TestReplyKurdishThanks: "Zor spas, Shirin gyan!" thanks the reviewer by
// the name the site shows, with a courtesy word after it: a greeting a
// person checks (REV-02 warn), not a name unmasked.
func TestReplyKurdishThanks(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Zor spas, Shirin gyan! 💛", review: "★★★★★ Spas Dr. Barzani 🙏", want: post.VerdictReview, rule: "REV-02"},
		{text: "Sipas, Rojin! See you at the Newroz picnic.", review: "★★★★★", want: post.VerdictReview, rule: "REV-02"},
	})
}
