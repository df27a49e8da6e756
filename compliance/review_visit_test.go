package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// familyCase is a text (a reply when review is set) and the verdict the
// whole checklist must give it, with the rule that must carry it.
type familyCase struct {
	text, review string
	want         post.Verdict
	rule         string // a rule that must report at the verdict's severity; "" for pass
}

// checkFamilyCases runs cases through the checklist with the test profile.
func checkFamilyCases(t *testing.T, cases []familyCase) {
	t.Helper()
	checkFamilyCasesFor(t, testProfile(), cases)
}

// checkFamilyCasesFor is checkFamilyCases with the practice profile p.
func checkFamilyCasesFor(t *testing.T, p Profile, cases []familyCase) {
	t.Helper()
	c := rulesChecker(t, p)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, ReviewText: tc.review, Now: now})
		if rep.Verdict != tc.want {
			t.Errorf("%q (review %q): verdict %s, want %s; findings %v", tc.text, tc.review, rep.Verdict, tc.want, brief(rep.Findings))
			continue
		}
		if tc.rule == "" {
			continue
		}
		sev := post.SeverityWarn
		if tc.want == post.VerdictBlock {
			sev = post.SeverityBlock
		}
		found := false
		for _, f := range rep.Findings {
			found = found || (f.Rule == tc.rule && f.Severity == sev)
		}
		if !found {
			t.Errorf("%q: no %s finding at %s; findings %v", tc.text, tc.rule, sev, brief(rep.Findings))
		}
	}
}

// brief lists findings as rule:severity=match, info left out.
func brief(fs []post.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity != post.SeverityInfo {
			out = append(out, f.Rule+":"+string(f.Severity)+"="+f.Match)
		}
	}
	return out
}

// TestReplyEncounters: a reply that tells of the reviewer's time with the
// practice (an encounter, a visit in a series, a booked visit, years of
// visits, money moved on their account) confirms they are a patient,
// however it is worded; thanks, offers to talk and the office's own news
// pass.
func TestReplyEncounters(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "It was great to finally meet you in person!", review: "Friendly staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We miss seeing you around here!", review: "Love this dentist", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The whole team enjoyed having y'all in last week.", review: "Good visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Dr. Greene met your husband at the desk and says hi!", review: "Great", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We examined her twice and both times it looked fine.", review: "They ignored my daughter's rash", want: post.VerdictBlock, rule: "REV-01"},
		{text: "It's been a while since your last cleaning, come see us!", review: "Nice people", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you! Looking forward to your second session.", review: "Calming place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you! See you in March for your next one!", review: "Amazing team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "See u tuesday, bring the forms!", review: "so organized", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks for being part of our family for 12 years!", review: "I love this clinic", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We're sorry about the mix-up and have refunded the $40.", review: "They overcharged me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The duplicate charge was corrected this morning.", review: "Billed twice!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We'd love to welcome you back anytime.", review: "Good enough", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hope the new glasses are working out!", review: "Great eye exam place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Let us know how the new orthotics fit.", review: "Good podiatry office", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The hygienists were thrilled to hear your smile is brighter.", review: "Nice hygienists", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope your smile is still sparkling!", review: "Nice hygienists", want: post.VerdictReview, rule: "REV-01"},
		// Thanks, an offer to talk, the office's own news: nothing told.
		{text: "Thank you for the kind words! We hope to see you again.", review: "Nice", want: post.VerdictPass},
		{text: "We'd like to meet with you to make this right. Please call 614-555-2368.", review: "Awful", want: post.VerdictPass},
		{text: "We can't discuss billing here, but our billing team would be glad to help at 614-555-2368.", review: "Billing is a mess", want: post.VerdictPass},
		{text: "Glad we could help! See you next time 😊", review: "Great experience", want: post.VerdictReview},
		{text: "Thanks for the feedback! We hope the new parking lot is working better for everyone.", review: "Parking is awful", want: post.VerdictPass},
		{text: "We've met every state requirement for 25 years and we're proud of our team.", review: "Is this place legit?", want: post.VerdictPass},
		{text: "Thanks for your last review too, it made our week!", review: "Still the best", want: post.VerdictPass},
	})
}

// TestReplyJudgements: a reply that calls the review or the reviewer
// names blocks (REV-03); one that only says the review is wrong goes to a
// person; agreeing does not count.
// The rules alone: whether the learned backstop (PRIV-16) holds a reply
// the rules pass moves each time it is retrained on the rules' verdicts,
// and its own tests check it.
func TestReplyJudgements(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "This review is completely false and frankly unhinged.", review: "Worst doctor ever", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Your story is simply made up.", review: "They lost my file", want: post.VerdictBlock, rule: "REV-03"},
		{text: "You were extremely rude and aggressive to our staff.", review: "Rude receptionist", want: post.VerdictBlock, rule: "REV-03"},
		{text: "This review is inaccurate. Please call us at 614-555-2368.", review: "They never answer", want: post.VerdictReview, rule: "REV-03"},
		{text: "Your version of events is not accurate.", review: "Nobody called me", want: post.VerdictReview, rule: "REV-03"},
		{text: "You're not wrong, and we're fixing the phones this month.", review: "Phone tree is awful", want: post.VerdictPass},
		{text: "We're sorry you were met with a rude reply. Please call our manager at 614-555-2368.", review: "Rude", want: post.VerdictPass},
	})
}

// TestReplyNamesDaysAndReactions: a first name inside a reply that the
// review does not carry blocks (REV-02), but not a month, a day or a
// state; a day put on the reviewer's visit and a warm reaction to a review
// telling of recovery go to a person.
func TestReplyNamesDaysAndReactions(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Thanks! Give little Sofia a hug from all of us.", review: "Great pediatrician", want: post.VerdictBlock, rule: "REV-02"},
		{text: "We hope Marco enjoyed the sticker wall!", review: "Fun office for kids", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thank you! Our new lobby opens in January, with Georgia peaches in the waiting room.", review: "Nice", want: post.VerdictPass},
		{text: "Sorry the wait was long on Tuesday; we've added a second nurse.", review: "Waited forever", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks! We're open Saturday mornings now too.", review: "Wish you had weekend hours", want: post.VerdictPass},
		{text: "Yay!! So happy to hear that 💕", review: "Feeling so much better, thank you", want: post.VerdictReview, rule: "REV-01"},
		{text: "So happy to hear that! The new lot was a long time coming.", review: "Parking is finally easy", want: post.VerdictPass},
	})
}

// TestReplyCareObserved: a reply placing the reviewer or their person in
// care ("a champ in the chair"), praising how they did, reporting what
// the practice found in their records, or saying in Spanish that they were
// seen, confirms they are a patient.
func TestReplyCareObserved(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Thank you! Our hygienist said he was a total champ in the chair today 🦷", review: "My son hates the dentist but not here", want: post.VerdictBlock, rule: "REV-01"},
		{text: "You were such a trooper!", review: "Great visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We found your forms in our system; they were filed under your maiden name.", review: "They lost my paperwork", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Fue un placer atenderle! Nos vemos en marzo.", review: "Excelente servicio", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias por venir!", review: "Muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We reviewed your feedback with the whole team. Thank you!", review: "Front desk could be friendlier", want: post.VerdictPass},
		{text: "You were right to tell us, and we've fixed the phones.", review: "Phones are a mess", want: post.VerdictPass},
		{text: "¡Muchas gracias por sus palabras! Para cualquier pregunta, llámenos al 614-555-2368.", review: "Muy buenos", want: post.VerdictPass},
	})
}

// TestReplyOtherLanguagesAndEvidence: a next visit booked in Vietnamese or
// Korean, the practice's own footage or logs cited, an encounter with the
// person the review spoke of, and a reviewer shown the door.
func TestReplyOtherLanguagesAndEvidence(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Cảm ơn anh! Hẹn gặp lại anh tuần sau nhé.", review: "Friendly", want: post.VerdictBlock, rule: "REV-01"},
		{text: "감사합니다! 다음 주에 뵙겠습니다.", review: "좋아요", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our camera footage shows a very different story, sir.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "It was lovely meeting your mom last week!", review: "They took great care of my mother", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Lol ok. Enjoy finding another dentist who'll put up with you.", review: "Awful", want: post.VerdictBlock, rule: "REV-03"},
		{text: "감사합니다! 소중한 리뷰 감사해요 😊", review: "좋아요", want: post.VerdictPass},
		{text: "Thanks! Our new camera system makes the parking lot safer at night.", review: "Lot felt unsafe", want: post.VerdictPass},
	})
}

// TestReplyCareDoneAndCounted: care done to the reviewer ("we referred
// you"), their visits counted or attended, a call made to them, their
// plan named, and their person's behaviour thrown back at them; an open
// house named after "see you at" is no visit, and a street is no person.
func TestReplyCareDoneAndCounted(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Dr. Greene switched you to the generic because of the cost you mentioned.", review: "They changed my meds", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Honestly, you only came to 3 of your 10 sessions.", review: "PT did nothing", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sir, you were called three times last week.", review: "Nobody ever calls back", want: post.VerdictBlock, rule: "REV-01"},
		{text: "No lifting until week 6, per your protocol!", review: "Back in the gym!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your husband was screaming at our receptionist.", review: "Staff was rude to my husband", want: post.VerdictBlock, rule: "REV-03"},
		{text: "See you at Thursday group!", review: "This group changed my life", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks so much! We'd love to see you at the open house in January.", review: "Cute office", want: post.VerdictPass},
		{text: "Thanks! The Maple Ave lot is our pride and joy 😄", review: "Easy parking", want: post.VerdictPass},
	})
}
