package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyWarmWishToNamedReviewer: a warm reply that neither confirms
// nor denies care (a get-well wish, "hope you're recovering well"),
// addressed to the reviewer by the name the site shows, is for a person
// to weigh (review), in any greeting: after a comma, a dash, a thanks in
// another language or a title of respect ("Nha", "Doña"). The reviewer
// chose to post; naming them back unmasks no one. A staff member who only
// greets and wishes them well tells no care. The same wish with care or a
// test named, or with a third person named, still blocks.
func TestReplyWarmWishToNamedReviewer(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Wishing you an easy recovery, Marisol!", review: "★★★★★ Kind nurses", want: post.VerdictReview, rule: "REV-02"},
		{text: "Sending you wishes for a speedy recovery, Teo!", review: "★★★★ quick visit", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks, Shonda — get well and enjoy the long weekend!", review: "★★★★★ best in town", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Beto! Hope you're recovering nicely.", review: "★★★★★ friendly", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hope you're recovering well 💙", review: "★★★★★ great hours", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks, Ines! Sarah says hi and hopes you're on the mend.", review: "★★★★ Sarah is wonderful", want: post.VerdictReview, rule: "REV-01"},
		{text: "Obrigadu, Nha Zulmira! Spera ma bu sta bon.", review: "★★★★★ Mantenha!", want: post.VerdictReview, rule: "REV-02"},
		{text: "Muchas gracias, Doña Amparo!", review: "★★★★★ muy amables", want: post.VerdictReview, rule: "REV-02"},
		// Care, a test or a third person named still block.
		{text: "Wishing you a smooth recovery after your knee surgery, Marisol!", review: "★★★★★ Kind nurses", want: post.VerdictBlock},
		{text: "Thanks, Teo! Hope your stress test next week goes well.", review: "★★★★ quick visit", want: post.VerdictBlock},
		{text: "Thanks, Ines! Sarah says hi and hopes your stitches are healing.", review: "★★★★ Sarah is wonderful", want: post.VerdictBlock},
		{text: "Thanks, Shonda — we hope Malik is recovering well.", review: "★★★★★ best in town", want: post.VerdictBlock},
		{text: "Obrigadu, Nha Zulmira! Kontinua toma bu rimédiu pa tenson.", review: "★★★★★ Mantenha!", want: post.VerdictBlock},
	})
}

// TestReplyApologyLeftUnanswered: "sorry you left with questions" is an
// apology for how the service felt, with the conversation moved offline:
// no care told, it passes. Leaving told with care or a time of the visit
// ("left before your x-ray was read") confirms the visit.
func TestReplyApologyLeftUnanswered(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're sorry you left with questions. Please call our office so we can talk.", review: "★★ didn't get answers", want: post.VerdictPass},
		{text: "So sorry you left feeling unheard — please call us, we want to make it right.", review: "★★ rushed", want: post.VerdictPass},
		{text: "We apologize that you walked out frustrated. Our manager would like to hear from you at the office.", review: "★ rude", want: post.VerdictPass},
		{text: "Sorry you left before your x-ray was read.", review: "★★ long wait", want: post.VerdictBlock, rule: "REV-01"},
		{text: "You left before the doctor could see you.", review: "★ never saw anyone", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry you left with a sore arm after the shot.", review: "★★ hurt", want: post.VerdictBlock},
	})
}

// TestReplyLanguageListNoName: languages listed in a reply ("interpreters
// for Karen, Bosnian, Swahili and French") are offered to everyone: no
// one's name, whichever of them a name list also holds.
func TestReplyLanguageListNoName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ta blu! Free interpreters for Dari, Bosnian, Tigrinya and Karen at every visit — just ask when you book.", review: "★★★★★ thanks for the Dari interpreter", want: post.VerdictPass},
		{text: "Thank you! We have staff who speak Serbian, Bosnian and Croatian — ask at the desk.", review: "★★★★★ felt at home", want: post.VerdictPass},
		{text: "Thanks, Bosnian! Glad the interpreter helped.", review: "★★★★★ good", want: post.VerdictReview},
	})
}

// TestReplyTellsCareNotInReview: a reply that names care or a reading
// the review did not give tells the reviewer's treatment (REV-01 block):
// their test or exam wished well ("hope your glucose test next week goes
// smoothly"), an injury pointed at ("that sprained ankle"), a lab value
// ("catching it at an A1C of 6.6", "that LDL down to 110"). The review's
// own words repeated, a goal said for everyone, and a wish for the
// reader's body stay with a person (review) or pass.
func TestReplyTellsCareNotInReview(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hope your glucose test next week goes smoothly!", review: "★★★★ Good care, parking stinks.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Good luck with your hearing screen on Monday!", review: "★★★★ friendly", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope that sprained ankle is holding up for the season 🏀", review: "★★★★ good spot for students", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope that broken wrist heals fast!", review: "★★★★ friendly", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Catching it at an A1C of 6.6 made all the difference.", review: "★★★★★ they caught my diabetes early", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Getting that LDL down to 110 is huge — keep going!", review: "★★★★★ great doctor", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope that sprained ankle is holding up!", review: "★★★★ sprained my ankle and they fit me in same day", want: post.VerdictPass},
		{text: "Hope your stomach settles soon!", review: "★★★★ friendly", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks! An A1C of 6.5 or higher is what we watch for, so screening matters.", review: "★★★★★ great doctor", want: post.VerdictReview},
	})
}

// TestReplyComfortAfterHardTime: comfort ("rooting for you") answering a
// review that told of getting through a hard time assumes what the
// reviewer went through: a person decides. A hard time finding parking
// is no hardship of theirs.
func TestReplyComfortAfterHardTime(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you for sharing this. We're all rooting for you 💜", review: "★★★★★ Thank you Sarah for helping me through a hard time", want: post.VerdictReview, rule: "REV-01"},
		{text: "Sending you so much love 💛", review: "★★★★★ The team got me through a really tough time this year", want: post.VerdictReview, rule: "REV-01"},
		{text: "So glad the front desk helped!", review: "★★★ had a hard time finding parking", want: post.VerdictPass},
	})
}

// TestReplyWonderfulToHear: "wonderful to hear!" answering a review
// that told a health detail ("my diabetes is finally under control")
// reacts to that detail: a person decides, as for "so glad to hear". To
// a review with no health in it, it is thanks.
func TestReplyWonderfulToHear(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "That's wonderful to hear! Keep it up!", review: "★★★★★ My asthma is finally under control", want: post.VerdictReview, rule: "REV-01"},
		{text: "Great to hear! 🙌", review: "★★★★★ My blood pressure is finally down", want: post.VerdictReview, rule: "REV-01"},
		{text: "That's wonderful to hear! Thanks for the kind words.", review: "★★★★★ The new waiting room is lovely", want: post.VerdictPass},
	})
}

// TestReplyGladCareWorked: gladness that a treatment worked ("so glad
// the ear drops did the trick", "glad the stretches helped") tells the
// reviewer's treatment and its result (REV-01 block), as does a
// reviewer's illness told with the help given ("sorry you were under the
// weather, so happy we could help you get back to work"). Gladness that
// the desk or a parking map helped tells no care.
func TestReplyGladCareWorked(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So glad the ear drops did the trick!", review: "★★★★★ nice", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the stretches and the heat wraps helped! See you around.", review: "★★★★★ nice", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So happy the nasal rinses worked for you!", review: "★★★★★ nice", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry you were under the weather, and glad we could help you get back on your feet!", review: "★★★★★ Fast service", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the new parking map helped!", review: "★★★★★ nice", want: post.VerdictPass},
		{text: "We're so happy the new plan is working for you!", review: "★★★★★ a doctor who listens", want: post.VerdictReview},
		{text: "So glad the front desk helped!", review: "★★★★★ nice", want: post.VerdictPass},
		{text: "So glad the extended hours worked for you!", review: "★★★★★ nice", want: post.VerdictPass},
		{text: "Sorry the weather made the drive rough — glad you made it!", review: "★★★★ snowy day", want: post.VerdictPass},
	})
}

// TestReplyOtherLanguageCareAndTitles: Tagalog titles of respect ("Ate",
// "Kuya") greet the reviewer like "Nha" (REV-02 warn); a staff member
// who says ("dice") the reviewer's parent now uses their inhaler tells
// their care in Spanish (REV-01 block).
func TestReplyOtherLanguageCareAndTitles(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Salamat po, Ate Marites! Ingat lagi.", review: "★★★★★ Salamat Dr. Reyes", want: post.VerdictReview, rule: "REV-02"},
		{text: "Walang anuman, Kuya Jun!", review: "★★★★★ great", want: post.VerdictReview, rule: "REV-02"},
		{text: "¡Con gusto! Sarah dice que su mamá ya sabe usar el inhalador.", review: "★★★★★ gracias por atender a mi mamá", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Con gusto! Sarah dice que los esperamos pronto.", review: "★★★★★ gracias", want: post.VerdictPass},
	})
}

// TestReplyCasualAndEchoedKin: "see you around town" is a goodbye, no
// visit (pass); a get-well wish for the child the review itself named in
// Spanish ("mijo") warns like one for "my son"; a line that only echoes
// the review's relative stops being lowered when it also tells a reading
// or a visit of theirs ("now that her levels are normal", "see her for
// the memory test follow-up in March"): block.
func TestReplyCasualAndEchoedKin(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the stars! See you around town 🌮", review: "★★★★ nice people", want: post.VerdictPass},
		{text: "Thanks! See y'all around Eastside.", review: "★★★★★", want: post.VerdictPass},
		{text: "See you around at your next checkup!", review: "★★★★★", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope your little guy feels better soon!", review: "★★★★★ mijo loves the nurses", want: post.VerdictReview, rule: "REV-01"},
		{text: "Give your mom a hug from us — we'll miss her now that her levels are normal!", review: "★★★★★ my mom got her shots here every month", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sarah loved meeting your mom and we'll see her for the memory test follow-up in March.", review: "★★★★ Sarah was so good with my mom's questions", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Tell your mom we said hi!", review: "★★★★★ my mom loved Sarah", want: post.VerdictReview, rule: "REV-01"},
	})
}
