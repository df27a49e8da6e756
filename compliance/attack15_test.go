package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 15):
// patient disclosures dressed in the shapes the new rules let through,
// and clean posts in the shapes the new rules stop. Our own wording.

// TestBlurredSurfaceReadOut: a surface said blurred, partly visible or too
// small to read whose description goes on to say what can be read on it
// ("reads ...", "you can make out ...", "chart partly visible: Ortiz,
// diabetic foot ulcer") blocks as a legible one does (PRIV-12); a blurred
// surface with nothing read off it stays a warning.
func TestBlurredSurfaceReadOut(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Morning huddle! [photo: whiteboard slightly blurred behind Dr. Patel, reads \"Ortiz 9am biopsy\"]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: board slightly blurred, but you can make out \"Ortiz — biopsy 9am\"]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: label partly blurred, says Ortiz insulin]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: chart partly visible: Ortiz, diabetic foot ulcer]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: chart partly visible — diabetic foot ulcer, Ortiz]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: whiteboard blurred, but you can still make out Ortiz and biopsy]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: writing on the board too small to read except \"Ortiz — chemo\"]", want: post.VerdictBlock, rule: "PRIV-12"},
		// Near misses: nothing read off the surface.
		{text: "[photo: whiteboard slightly blurred behind Dr. Patel]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: a chart partly visible on the counter]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: writing on the board too small to read]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "Dr. Patel giving a flu shot [photo: whiteboard slightly blurred behind her]", want: post.VerdictReview, rule: "PRIV-12"},
	})
}

// TestFilledFormsAreRecords: a stack of forms is blank only while nothing
// says whose they are; forms owned by or made out for a named person, or
// said filled or signed, carry a patient's order and block (PRIV-12).
func TestFilledFormsAreRecords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "[photo: a stack of lab requisition forms for Maria Ortiz]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: Maria Ortiz's lab requisition forms]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: lab requisition forms signed by Mr. Kim]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a stack of lab requisition forms, filled out]", want: post.VerdictBlock, rule: "PRIV-12"},
		// Near misses: blank forms.
		{text: "[photo: a stack of lab requisition forms]", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: lab requisition forms for our flu clinic]", want: post.VerdictReview, rule: "PRIV-12"},
	})
}

// TestScanResultToldPresent: "your scan is clear" is a scan's result as
// "your scan came back clear" is; after a greeted name, a holiday greeting
// or not, it tells that person's care (PRIV-10 block).
func TestScanResultToldPresent(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Buon Natale, Natale — your scan is clear", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria — your scan is clear", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria's scan is clear", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy Holidays, Noel! Your scan is clear.", want: post.VerdictBlock},
		// Near misses.
		{text: "Buon Natale a tutti! Flu shots every Saturday in December.", want: post.VerdictPass},
		{text: "Is your CT scan clear of jewelry? Leave earrings at home on scan day.", want: post.VerdictPass},
	})
}

// TestFansOfAPatient: a person's full name before a crowd word ("Maria
// Lopez supporters", "Jim Baker fans") in a sentence that tells care is
// the patient the crowd cheers on, not a school's short name (PRIV-10
// block); a school's crowd stays no one.
func TestFansOfAPatient(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Maria Lopez supporters: her chemo starts Monday, send cards!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Calling all Jim Baker fans — he's home after his bypass!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses.
		{text: "Gannon and Mercyhurst pre-health students: shadowing sign-ups open Monday!", want: post.VerdictPass},
		{text: "Calling all Kern seniors — free blood pressure checks Friday at the library!", want: post.VerdictPass},
	})
}

// TestFamilyNewsMended: family news that says someone is mended ("All
// healed up", "since the tubes") tells care the lexicon does not know as a
// detail; the named child is a patient (PRIV-10 block), not family news.
func TestFamilyNewsMended(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Look who stopped by — little Aiyana and her grandma! All healed up.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Lily! Her mom says she's finally sleeping through the night since the tubes.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near miss: news with no care.
		{text: "Congrats to Lily on getting into BU! Her mom is so proud.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestOfficeOwnPostingIsNoGating: "before posting" said of the office's
// own reply ("Before posting this reply we talked it over"), or "tell
// your friends before they post", asks no reviewer to call instead of
// posting; a reply asking the reviewer to call before they post still
// blocks (ENDORSE-03).
func TestOfficeOwnPostingIsNoGating(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Before posting this reply we talked it over as a team — please call us anytime.", review: "rude front desk", want: post.VerdictPass},
		{text: "Thank you! Before posting our reply, our manager wanted to call you personally — please call back when you can.", review: "rude front desk", want: post.VerdictPass},
		{text: "Thanks! Tell your friends before they post their own reviews that we're open Saturdays now.", review: "great", want: post.VerdictPass},
		{text: "Before you post next time, please call us first.", review: "rude front desk", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Next time, call us before going online to complain.", review: "rude front desk", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}

// TestAttack15Linear: the shapes of this session's rules and of the fixes
// above, repeated in one sentence or many, grow linearly (requireLinear):
// a blurred surface with marks after it, "too small" many times, crowds
// of a patient's fans, family news, staff sign-ins and sign-offs, warm
// greetings and gating in a reply. Three grew quadratically before:
// "photo of the board, " (daysBookings counted the sentence per surface),
// "on the mend " in a reply (replyHealth asked nextCareIn and staffAgentIn
// per phrase) and "Dana, glad you're on the mend, " (warmLineOnly walked
// the sentence's health details per name): 134, 243 and 124 times as
// long for 16 times the text.
func TestAttack15Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"[photo: whiteboard blurred: Ortiz — \"biopsy\" — chart partly visible: ",
		"photo of the board, writing too small to read, too small, ",
		"photo of the board, ",
		"Dana, glad you're on the mend, ",
		"Maria Lopez supporters, Jim Baker fans, Gannon students: her chemo, ",
		"while Sarah is recovering from her surgery and ",
		"Look who stopped by little Aiyana and her grandma all healed up ",
		"a stack of lab requisition forms for Maria Ortiz, signed by ",
		"Rusty from the front desk here, xo, Sarah, Love, Nurse Hope, I was diagnosed ",
		"Buon Natale, Natale, your scan is clear, Kern seniors, the Coeur d'Alene Tribe ",
	} {
		requireLinearText(t, c, unit)
	}
	for _, unit := range []string{
		"Before posting this reply, before you post, call us, tell your friends ",
		"Thanks for the feedback Dana, glad you're on the mend, remember to ice it, ",
		"on the mend ",
		"Dana, glad you're on the mend, ",
	} {
		requireLinearReply(t, c, unit, "twisted my ankle, rude front desk")
	}
}

// TestQuotedOutcomeQuestion: a quoted question answered is no testimonial
// unless it asks in the first person for a result of the practice's care
// ("\"Did Dr. Greene fix my migraines?\" Yes!"): that is a patient's
// outcome told as a question and answered, and ENDORSE-01 weighs it as
// before. A question asking advice ("Can I get rid of my warts at
// home?") stays answered.
func TestQuotedOutcomeQuestion(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "\"Did Dr. Greene really fix my migraines for good?\" Answer: yes, 100%!", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "\"Will Dr. Patel get rid of my back pain for good?\" Yes — she did for me!", want: post.VerdictReview, rule: "ENDORSE-01"},
		// Near misses.
		{text: "\"Can I get rid of my warts at home?\" Sometimes — but see us if they spread.", want: post.VerdictPass},
		{text: "\"Will the flu shot work if I already had the flu?\" Yes — get it anyway.", want: post.VerdictPass},
		{text: "\"Do y'all take my insurance?\" Answer: probably!", want: post.VerdictPass},
	})
}

// TestPaidToPostOurOwnNews: staff, interns or a photographer paid to put
// out the practice's own news ("to post our flu clinic hours", "to film
// our new clinic tour video") buy no endorsement; paying a patient, a
// blogger or anyone to post reviews, praise or about us still blocks
// (ENDORSE-03).
func TestPaidToPostOurOwnNews(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We pay our staff to post our flu clinic hours on the community board.", want: post.VerdictPass},
		{text: "We're paying interns to share our vaccine schedule on Instagram this summer — apply now!", want: post.VerdictPass},
		{text: "We paid a photographer to film our new clinic tour video. Watch it on our page!", want: post.VerdictPass},
		{text: "We paid a local influencer to share how much she loved her visit.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We pay our patients to post reviews — $20 per review!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We paid a blogger to share our new clinic with her 40k followers.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "We paid the Smith family to post our reviews on Google.", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}

// TestStaffRecoveringFromHerSurgery: "her surgery" is a patient cue, but
// after a staff name that opens the sentence or a clause and their own
// state ("Sarah is recovering from her surgery", "while Sarah recovered
// from her surgery") it is the staff member's own health news (PRIV-10
// block), as "Sarah is recovering from surgery" already was. The care a
// staff member gives with "her" the patient's stays clean.
func TestStaffRecoveringFromHerSurgery(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sarah is recovering from her surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our nurse Sarah is recovering from her surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks Kevin for covering while Sarah recovered from her surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: care given.
		{text: "Dr. Patel walked her through recovery after her surgery — thank you, Dr. Patel!", want: post.VerdictPass},
		{text: "Sarah is helping a patient recover from her surgery.", want: post.VerdictPass},
		{text: "Sarah loves her job helping folks after their knee replacements.", want: post.VerdictPass},
	})
}
