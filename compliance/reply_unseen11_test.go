package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner B's reply work on the sets of 11:55 (issue 11): our own
// wordings of each kind, in other voices and languages, not a labelled
// set's item.

// TestReplyFindingsTold: a reply that tells what the reviewer's own test
// showed ("your scan showed", "his echo revealed") reports their care,
// whatever the test is called; what the reviewer's feedback showed the
// office is no care.
func TestReplyFindingsTold(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Your CT showed a small bleed, so we can't clear you to spar yet.", review: "★ wouldn't clear me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "His echo revealed only a tiny murmur, nothing to worry about.", review: "scary visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "we know!! her ultrasound showed everything looking perfect 💕", review: "amazing staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your feedback showed us where the front desk can do better. Thank you.", review: "★★ slow check-in", want: post.VerdictPass},
		{text: "Your review shows how much you care about your neighbors ❤️", review: "★★★★★ love this place", want: post.VerdictPass},
	})
}

// TestReplyMedicinesByShape: a medicine of the reviewer's named in a
// reply blocks however short its name ("losartan", "heparin") or
// whatever its class ("opioids"), in English or Spanish.
func TestReplyMedicinesByShape(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The pharmacy switched your losartan to the generic, which is the same medicine.", review: "★ wrong prescription", want: post.VerdictBlock, rule: "REV-01"},
		{text: "With your history, opioids aren't a safe choice for you. Let's talk about other options.", review: "★ refused me pain pills", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry for the mix-up: his heparin was stopped on purpose before the procedure.", review: "★★ confusing", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Rosa dice que su papá ya se pone la insulina solito 💚", review: "★★★★★ Gracias a Rosa", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sigan con el plan de asma que les dio la doctora 🙏", review: "★★★★★ mi niño respira mejor", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyHomeVisitsAndTargets: a visit to the reviewer ("loved visiting
// you") and a target set for their readings ("keep those numbers under
// 130") tell their care; a target for the office's wait is no one's.
func TestReplyHomeVisitsAndTargets(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Marta loved visiting you out in the colonia!", review: "★★★★★ great home visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "It was a joy visiting your grandma at home last week 🏡", review: "★★★★★ kind nurses", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Keep those numbers under 130 ✊", review: "★★★★★ she checked my sugar", want: post.VerdictBlock, rule: "REV-01"},
		{text: "keep ur readings below 140 and call us if they climb!", review: "★★★★★ nice", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our nurses are visiting every school in the county this month!", review: "★★★★★ fun booth", want: post.VerdictPass},
		{text: "We keep wait times under 15 minutes most mornings. Thanks for the stars!", review: "★★★★★ quick", want: post.VerdictPass},
	})
}

// TestReplyNoVisitNoConfirmation: an apology that the practice could not
// fit the reviewer in, or for how they felt treated, confirms no care;
// congratulations on a life event that is no health event react to no
// health detail. Care told stays a block, a reviewer's calm a warn.
func TestReplyNoVisitNoConfirmation(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're sorry we couldn't fit you in that day. Please call us and we'll find a time.", review: "★★ no same-day slots", want: post.VerdictPass},
		{text: "So sorry we weren't able to squeeze you in, the phones were swamped.", review: "★★ couldn't get in", want: post.VerdictPass},
		{text: "We hear you, and we're sorry you felt dismissed. Please call our patient advocate.", review: "★ doctor didn't believe me", want: post.VerdictPass},
		{text: "We apologize that you felt rushed. We'd like to hear more by phone.", review: "★★ rushed", want: post.VerdictPass},
		{text: "Congratulations on the wedding! Thanks for the kind words.", review: "★★★★★ they helped when I got sick on our honeymoon", want: post.VerdictPass},
		{text: "congrats on the new job and thanks for the stars!", review: "★★★★★ quick flu test before my first day", want: post.VerdictPass},
		{text: "Congrats on the new baby! We loved being part of it.", review: "★★★★★ best pregnancy care", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad you felt calmer this time.", review: "★★★★★ less anxious", want: post.VerdictReview, rule: "REV-01"},
		{text: "We hope Grandpa is feeling stronger every day!", review: "★★★★★ took great care of my grandpa", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hoping your abuela keeps getting stronger 🙏", review: "★★★★★ buenas enfermeras", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestReplyGetWellGreeting: a get-well wish to the reviewer greeted by
// name ("Get well soon, Tammy") tells no care: a person decides (review),
// not a name with a health detail (block).
func TestReplyGetWellGreeting(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "She sure does! Get well soon, Tammy 💐", review: "★★★★★ Nurse Joy rocks", want: post.VerdictReview},
		{text: "Feel better soon, Dwayne!", review: "★★★★★ quick visit", want: post.VerdictReview},
		{text: "Get well soon to your mama, Marisol! ❤️", review: "★★★★★ So sweet to my mom. — Marisol", want: post.VerdictReview},
	})
}

// TestReplyHopeTheVerb: "Hope you're on the mend" opens with the verb,
// not with a staff member called Hope whose own health news it would be.
func TestReplyHopeTheVerb(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Hope Oyelaran, RN", "Will Danner, PA-C")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Sorry about that, Brock. Hope you're on the mend.", review: "★★ waited forever", want: post.VerdictReview},
		{text: "Thanks for the feedback. Hope your recovery goes smoothly!", review: "★★★ it was ok", want: post.VerdictReview},
		{text: "Hope is recovering from her knee surgery and back next week!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestReplyTestsAndVisitsOwned: the reviewer's (or their person's) test
// named by its short name ("her CT", "his EKG"), and their visit named
// with its day, time or kind between ("your Tuesday 4pm check-in", "your
// lipid follow-up"), tell their care; the office's scanner, or words
// about a visit, do not.
func TestReplyTestsAndVisitsOwned(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're so sorry. Her CT needed the on-call radiologist, which is why it took so long.", review: "★ my mom sat in the ER for 6 hours", want: post.VerdictBlock, rule: "REV-01"},
		{text: "His EKG was read by the cardiologist that same night.", review: "★★ slow", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We pulled the footage from your Tuesday 4pm check-in and would like to talk.", review: "★★ rude front desk", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you, David. Your lipid follow-up is already on the calendar for January.", review: "★★★★★ seamless", want: post.VerdictBlock, rule: "REV-01"},
		{text: "so sorry about ur saturday morning appt 😕 call us!", review: "★★ long wait", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our new CT scanner opens next month, right here in town!", review: "★★★★★ great hospital", want: post.VerdictPass},
		{text: "Thank you for your kind words about the visit experience at our new office.", review: "★★★★★ nice", want: post.VerdictPass},
	})
}

// TestReplyCareKeptOn: telling the reviewer (or their person) to keep
// wearing or doing what they were given ("keep wearing the boot", "the
// sling stays on for 2 weeks", "keep doing those band exercises") tells
// their treatment; keeping a mask on in the lobby is everyone's rule.
func TestReplyCareKeptOn(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Your dad is one tough cowboy. Tell him to keep wearing the offloading boot! 🥾", review: "★★★★★ they saved my dad's leg", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Stoked! The sling stays on for 2 weeks, no park laps 🙅", review: "★★★★★ fixed my shoulder", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Keep wearing the monitor till Friday and drop it at the front desk.", review: "★★★★★ quick", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Love hearing this!! Summer says keep doing those band exercises at home 💪", review: "★★★★★ my shoulder feels brand new", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Please keep wearing a mask in the waiting room during flu season. Thanks for understanding!", review: "★★★ masks annoying", want: post.VerdictPass},
		{text: "Keep doing what you're doing, and thanks for the stars!", review: "★★★★★ love them", want: post.VerdictPass},
	})
}

// TestReplyStaffPlacesAndPolicies: whom to ask for ("ask for Zainab in
// billing"), a name that names a place ("the Wallace deck"), the
// practice's own lines and addresses ("our patient relations line",
// "citas.<our domain>") and a fee policy tell no one's care.
func TestReplyStaffPlacesAndPolicies(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We can't discuss account details here. Please call (614) 555-2368 and ask for Zainab.", review: "★ billing charged me twice", want: post.VerdictPass},
		{text: "You're right, downtown parking is rough. Free parking is at the Wallace deck on Rosemary St with validation.", review: "★★ parking nightmare", want: post.VerdictPass},
		{text: "We're sorry to hear that. Please call our patient relations line at (614) 555-2368.", review: "★ never going back", want: post.VerdictPass},
		{text: "We know how hard it is when a little one is sick. Our manager would welcome a call at (614) 555-2368.", review: "★ refused antibiotics for my kid", want: post.VerdictPass},
		{text: "Thanks for the feedback. Online booking is open 24/7 at citas.maplefamilymed.com now.", review: "★★★ hard to get an appointment", want: post.VerdictPass},
		{text: "Our no-show fee is always waived for weather closures and illness. Please call the front desk.", review: "★★ fee during a snowstorm??", want: post.VerdictPass},
	})
}

// TestReplyHonorificGreetings: a name greeted with a title of respect
// after it ("Durga ji", "Ravi bhai", "Hansaben") or after a greeting of
// another language ("Kem cho") is the reviewer greeted: with a wish it is
// review, not a stranger named (block).
func TestReplyHonorificGreetings(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "धन्यवाद Durga ji! Hope you are feeling better. 🙏", review: "★★★★★ Very good service.", want: post.VerdictReview},
		{text: "Appreciate you, Ravi bhai! Take good care of yourself this winter 🙏", review: "★★★★ would come back", want: post.VerdictReview},
		{text: "Kem cho, Hansaben! Wishing you good health this Diwali 🪔", review: "★★★★★ so kind", want: post.VerdictReview},
		{text: "Shukriya, Meena didi! Wishing you a healthy new year 🙏", review: "★★★★★ best clinic", want: post.VerdictReview},
	})
}

// TestReplyRecoveryReactions: gladness that the reviewer is on the mend
// tells no care (review, as the independent sets label it); gladness that
// a reading is better ("que bom que a pressão está melhor") or
// congratulations on finished care ("congrats on finishing physical
// therapy") tell the care (block).
func TestReplyRecoveryReactions(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Glad you're on the mend! 🙌", review: "★★★★★ fast and friendly", want: post.VerdictReview, rule: "REV-01"},
		{text: "so glad ur on the mend, thanks for the stars!", review: "★★★★★ great", want: post.VerdictReview, rule: "REV-01"},
		{text: "Que bom que a pressão está bem melhor 💙", review: "★★★★★ Obrigada", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad the sugars are so much better this month!", review: "★★★★★ kind staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Congrats again on finishing physical therapy for the shoulder 💪", review: "★★★★★ worth it", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Congrats on finishing chemo!! 🎉", review: "★★★★★ best nurses", want: post.VerdictBlock, rule: "REV-01"},
	})
}
