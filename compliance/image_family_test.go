package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestImageCrisisWording: passive suicidal wording ("don't want to wake
// up", "no point anymore", "thinking about ending it", "throw myself off
// a bridge") needs the 988 line (PROF-09 warn); with 988 it passes.
func TestImageCrisisWording(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Some mornings you just don't want to wake up. We get it. Keep going.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "After the flood a lot of folks felt like there was no point anymore. You're not alone.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "some nights i still think about ending it. then i call my sponsor.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "one more insurance denial and I'm going to throw myself off the parking garage lol", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Grief is heavy. Some days you don't want to be here either. Check on your people.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Some mornings you just don't want to wake up. If that's you, call or text 988 any time.", want: post.VerdictPass},
		{text: "Nobody wants to wake up at 5am for a fasting lab, so we open at 6:30 now ☕", want: post.VerdictPass},
	})
}

// TestImageAdvocacy: asking readers to back a candidate for any office,
// a numbered bill, or to call a lawmaker's office and say no is political
// advocacy (PROF-04 warn); a nonpartisan voting reminder passes.
func TestImageAdvocacy(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Vote for our own nurse Dana Whitfield for county sheriff! 🗳️", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Please vote for Luis Ortega for school board, he'll fight for school nurses.", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Back SB 112 to fund rural EMS! Testify at the statehouse on March 3.", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Oppose HB 2231, it guts coverage for moms.", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Representative Lowe's bill to cut school lunches is shameful. Call his office and tell him no.", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Polls are open 7am to 7pm Tuesday. Whoever you vote for, make a plan to vote! 🗳️", want: post.VerdictPass},
		{text: "Our lobby is a polling place on Tuesday; parking will be tight, so allow extra time.", want: post.VerdictPass},
	})
}

// TestImageShoutingAndShorthand: a whole post in capitals and a post
// written in vowelless shorthand warn (PROF-07); a short all-caps
// greeting and ordinary abbreviations do not.
func TestImageShoutingAndShorthand(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "OUR OFFICE WILL BE CLOSED FRIDAY. WALK-INS RESUME MONDAY 8AM TO 5PM.", want: post.VerdictReview, rule: "PROF-07"},
		{text: "IF YOU NEED A FLU SHOT COME IN. NO APPOINTMENT. NO WAIT. 4TH & MAIN, 9-4.", want: post.VerdictReview, rule: "PROF-07"},
		{text: "flu clnc sat 8-12 @ frst bptst / brng ins crd + med lst / qs call us", want: post.VerdictReview, rule: "PROF-07"},
		// Office shorthand and chat forms with a vowel count too.
		{text: "appt conf: txt rply Y 2 conf, N 2 cxl, resched via ptl ty ily", want: post.VerdictReview, rule: "PROF-07"},
		{text: "hol sched: exc 1st sat, alt wk per prev sched (cf last pst), pls ntfy frnt dsk", want: post.VerdictReview, rule: "PROF-07"},
		{text: "if u kno tha feelin when ur back goes out lol probs time 4 PT fr", want: post.VerdictReview, rule: "PROF-07"},
		{text: "Need to reschedule your appt? Text us and we'll confirm asap. Thanks!", want: post.VerdictPass},
		{text: "Holiday schedule: closed Dec 24-25, open every other day as usual. lol, we need the nap.", want: post.VerdictPass},
		// Alternating capitals mock whoever the words are put in the mouth of.
		{text: "wHeN yOu SaY yOu FlOsS eVeRy DaY 🦷", want: post.VerdictReview, rule: "PROF-07"},
		{text: "oH sUrE, tHe InTeRnEt KnOwS bEtTeR", want: post.VerdictReview, rule: "PROF-07"},
		{text: "Our new iPhone app is live! Book with McDonald Family Dental 🦷 #FlossLikeABoss #SmileSquadGoals", want: post.VerdictPass},
		{text: "HAPPY NEW YEAR! 🎉 See you in January.", want: post.VerdictPass},
		{text: "Спасибо всем, кто пришёл на день здоровья! Мы ценим это 🙏", want: post.VerdictPass},
		{text: "감사합니다! 소중한 리뷰 남겨주셔서 정말 감사해요 😊", want: post.VerdictPass},
		{text: "Ask our RN about BP checks and TB tests at your next visit.", want: post.VerdictPass},
	})
}

// TestImageMaskedProfanity: profanity abbreviated or masked ("who TF",
// "total BS", "cluster-f", "b*llsh*t") warns (PROF-01); "BS" as a degree
// and "TF" as a unit do not.
func TestImageMaskedProfanity(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Who TF decided the parking lot needed repaving during flu season?? 😂", want: post.VerdictReview, rule: "PROF-01"},
		{text: "The new billing portal is total BS. Sorry y'all, we're on it.", want: post.VerdictReview, rule: "PROF-01"},
		{text: "Monday was a total cluster-f but everyone got seen 💪", want: post.VerdictReview, rule: "PROF-01"},
		{text: "prior auths are b*llsh*t and we'll keep saying it", want: post.VerdictReview, rule: "PROF-01"},
		{text: "Welcome Kim Tran, RN, BS in nursing from UK, to our team!", want: post.VerdictPass},
	})
}

// TestImageCrisisAdvocacyAndCurses: wanting to vanish for good, nobody
// noticing one gone and rather dying than something need the 988 line
// (PROF-09); a numbered ballot question backed is advocacy (PROF-04);
// "WTAF" is a curse abbreviated (PROF-01). A stain that disappears, a
// question asked of readers and a plain "what" stay clean.
func TestImageCrisisAdvocacyAndCurses(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "If the season has you wanting to vanish for good, please reach out to someone today.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Ever wonder who would notice if you were gone? We would. You matter.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Teens in our program tell us they would rather die than gain a pound.", want: post.VerdictReview, rule: "PROF-09"},
		{text: "Back Ballot Question 4 for school nurses in every building. Vote yes on the 5th!", want: post.VerdictReview, rule: "PROF-04"},
		{text: "fax machine down again 🤬 wtaf", want: post.VerdictReview, rule: "PROF-01"},
		{text: "Worried about a loved one? Call or text 988, any hour. You matter, and help is there.", want: post.VerdictPass},
		{text: "Watch the plaque disappear for good with a cleaning every six months 🦷", want: post.VerdictPass},
		{text: "Question of the week: what's your favorite winter soup? 🍲", want: post.VerdictPass},
	})
}
