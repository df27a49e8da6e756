package compliance

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 23,
// att23): posts a practice would write where a new exception lets a
// patient or a myth through, or a new catch stops a clean post. Our own
// wording.

// TestRemedyNotAllergyShot23: session 23 reads "shots" in a sentence that
// names an allergy, and no vaccine, as allergy shots, so "better than
// shots" only warns. The vaccine myth said with an allergy beside it
// ("Elderberry works better than shots for kids with allergies", "this
// allergy season", "no allergic reactions") names a remedy: the shots are
// vaccines and the myth keeps its block (MIS-01). Two allergy treatments
// compared keep their warning.
func TestRemedyNotAllergyShot23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Elderberry works better than shots for kids with allergies.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Homeopathic drops work better than shots, and no allergic reactions!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Vitamin C works better than shots this allergy season.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Essential oils work better than shots for pollen season and for everything else.", want: post.VerdictBlock, rule: "MIS-01"},

		{text: "Our allergy drops work better than shots, and the little ones don't cry.", want: post.VerdictReview},
		{text: "Our allergy shots work better than any pill on the market.", want: post.VerdictReview},
	})
}

// TestResultGuaranteedAfter23: session 23 warns on a guarantee said after
// the access it guarantees, and counts a time in minutes as access. A
// time in minutes can be a result's ("in 20 minutes you'll be back on
// your feet. Guaranteed.", "energized in 30 minutes, guaranteed!"), and a
// visit can end in a medicine or a new look ("seen in 15 minutes and out
// with antibiotics", "two shades brighter", "good as new"): those promise
// a result and keep their block (CLAIM-01). A wait or a visit kept
// promised keeps its warning.
func TestResultGuaranteedAfter23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our IV drip: in 20 minutes you'll be back on your feet. Guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Walk in hungover, walk out in 30 minutes good as new — guaranteed!", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Seen in 15 minutes and out with antibiotics, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Same-day visits and a prescription for antibiotics, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "In 45 minutes your teeth will be two shades brighter, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Walk-in IV hydration: energized in 30 minutes, guaranteed!", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Same-day Botox appointments: wrinkles smoothed in 20 minutes, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},

		{text: "Same-day appointments in Kodiak, guaranteed — or your visit is on us!", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Shortest wait times in Lexington, guaranteed!", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "School physicals done in 15 minutes, guaranteed!", want: post.VerdictReview, rule: "CLAIM-01"},
	})
}

// TestRoomWorkNotPerson23: session 23 reads a numbered room that "had a
// day" with care near it, or "is celebrating", as the person in it. A
// room's busy or record day counted in many people's shots, and a room
// dressed for a holiday, are the room's (no PRIV-14 block); one person's
// day in the chair keeps its block.
func TestRoomWorkNotPerson23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Room 5 had a busy day: 40 flu shots given!", want: post.VerdictReview},
		{text: "Room 1 had a record week: 120 flu shots given!", want: post.VerdictReview},
		{text: "Room 5 had a big day today: 40 flu shots given at our clinic!", want: post.VerdictReview},
		{text: "Room 7 is now celebrating Christmas with a tree and lights, stop in for your flu shot.", want: post.VerdictReview},

		{text: "Chair 6 had an amazing day: last round of chemo done!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Chair 6 had a big day: 12 weeks of chemo done!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Chair 1 is celebrating today, her last iron infusion is done!", want: post.VerdictBlock, rule: "PRIV-14"},
	})
}

// TestWorkerKickedOff23: session 23 reads a hurt word before a body part
// ("a crushed finger", "kicked", "stepped") as an injury of a described
// worker. "Kicked off our foot-care fair" and "stepped up" hurt no one; a
// worker who kicked or stepped on something keeps the block (PRIV-14).
func TestWorkerKickedOff23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A Toyota team leader on second shift kicked off our foot-care fair Saturday.", want: post.VerdictPass},

		{text: "A Toyota team leader on second shift came in Thursday with a crushed finger.", want: post.VerdictBlock, rule: "PRIV-14"},
	})
}

// TestReplyPapersForAnyone23: session 23 blocks a reply telling the
// reader's papers done, or their visit in Russian, Ukrainian, Spanish or
// Portuguese, and passes an offer to check their plan. Forms put online
// for anyone, a visit invited ("Мы ждём ваш визит!"), and an open house
// or a walk the reader came to tell no visit (pass); checking the plan
// "and resubmit" tells a claim already made (REV-01 block), as does
// thanking for a past visit.
func TestReplyPapersForAnyone23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry it was hard to find! Your forms are ready online under New Patients.", review: "couldn't find the intake paperwork on your site", want: post.VerdictPass},
		{text: "Мы ждём ваш визит! Запишитесь онлайн.", review: "Хорошая клиника?", want: post.VerdictPass},
		{text: "Спасибо, что вы были у нас на дне открытых дверей!", review: "Отличный день открытых дверей", want: post.VerdictPass},
		{text: "Gracias, usted estuvo con nosotros en la caminata del domingo.", review: "Qué bonita caminata", want: post.VerdictPass},

		{text: "We will check your plan and resubmit.", review: "they billed me wrong", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your forms are signed and ready at the front desk.", review: "slow paperwork", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Спасибо за ваш визит! Ждём вас снова.", review: "Хорошая клиника", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Спасибо, что вы были у нас в четверг, ждём вас снова!", review: "Хорошая клиника", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestAttack23Linear: the review is read once per check, not at every
// home-care word of the reply: a long reply of "rest up" to a long review
// (both sixteen times the size) grew with their product before. The
// looks att23 added grow linearly too.
func TestAttack23Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, pair := range [][2]string{
		{"Rest up and drink fluids. ", "I came in with the flu and a bad cough. "},
		{"Rest, fluids, hydrate and rest up, ", "my colonoscopy prep and the flu, "},
	} {
		unit, review := pair[0], pair[1]
		requireLinear(t, c, fmt.Sprintf("reply %q to a review %q grown alike", unit, review), func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: strings.Repeat(review, n/len(review))}
		})
	}
	for _, unit := range []string{
		"Room 5 had a big day today: 40 flu shots given! Room 7 is celebrating Christmas ",
		"Elderberry works better than shots for allergies, in 20 minutes back on your feet, guaranteed ",
		"A Toyota team leader on second shift kicked off our foot-care fair Saturday ",
	} {
		requireLinearText(t, c, unit)
	}
	for _, unit := range []string{
		"your forms are ready online to download, ",
		"Мы ждём ваш визит, вы были у нас на дне открытых дверей, ",
		"we will check your plan and resubmit, ",
	} {
		requireLinearReply(t, c, unit, "bad")
	}
}

// TestAttack23OddInput: the shapes att23 reads take odd text without a
// panic.
func TestAttack23OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"", "\x00", "\xff\xfe\xfd", "😀😀😀", "Room 5 had a", "Room 5 had a busy", "Chair 1 is celebrating", "40", "Rest",
		"your forms are ready", "ваш визит", "check your plan", "guaranteed", "Guaranteed.", "in 20 minutes guaranteed",
		"kicked", "Room 5 had a big day: 40", strings.Repeat("rest ", 3000),
	} {
		for _, review := range []string{"", "bad", "flu", "\xff", strings.Repeat("flu ", 3000)} {
			c.Check(context.Background(), Draft{Text: text, ReviewText: review})
		}
	}
}
