package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 16):
// patient disclosures dressed in the shapes the new rules let through,
// clean posts in the shapes the new rules stop, and long texts of the new
// rules' shapes. Our own wording.

// TestAttack16Linear: the new rules' looks stay a few tokens around each
// hit, also when the whole text is one sentence.
func TestAttack16Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"a stray dog, we named him Frybread, ",
		"we back Jim Oduya for county commissioner, fresh off chemo, Mayor Galvez cut the ribbon, ",
		"Copay? Don't know her. Deductible? Never heard of it. We're covering deductibles 101. ",
		"A belief we hear: butter on a burn, ",
		"Ohio has the highest rates and the strongest laws, ",
		"ZIP 43215 has one of the lowest flu-shot rates in the county, vaccines cause autism, ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestCandidateFreshOffTreatment: a candidate backed for an office whose
// treatment is told just behind them ("fresh off chemo", "just off
// dialysis") is a patient, pronoun or none (PRIV-10 block); the policy
// words of a campaign stay a question for a person.
func TestCandidateFreshOffTreatment(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Vote Karen Haugland for county commissioner — fresh off chemo and still fighting for rural hospitals.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We back Jim Oduya for county commissioner, just off dialysis and ready to serve!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: the campaign's policy.
		{text: "Vote Karen Haugland for county commissioner — she'll fight for chemo access in rural hospitals.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Our doctors back Jim Oduya for county commissioner — he'll fight for rural hospitals!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestPracticeNamedBesidePublicBody: free care at a public body passes only
// when the sentence says nothing of the practice; the practice named by
// its name is its "our" (CLAIM-07 warn).
func TestPracticeNamedBesidePublicBody(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Free flu shots at the health department and at Maple Family Medicine this Saturday.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free sports physicals through the county program at Maple Family Medicine!", want: post.VerdictReview, rule: "CLAIM-07"},
		// Near miss: the body's care alone.
		{text: "Hep C testing is free at the Franklin County health department on Main St.", want: post.VerdictPass},
	})
}

// TestLawRankedRanksNothingElse: a place's law ranked passes; a law named
// in the sentence does not pass a rank of care beside it (CLAIM-02).
func TestLawRankedRanksNothingElse(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ohio has the strictest privacy laws and the best family doctors, right here at Maple Family Medicine.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Ohio has some of the strongest patient protections and the best pediatric nurses in the Midwest.", want: post.VerdictReview, rule: "CLAIM-02"},
		// Near misses: the law alone.
		{text: "Vermont has some of the strongest paid-leave laws in the country. Take the day for your checkup.", want: post.VerdictPass},
		{text: "Massachusetts has one of the strongest infertility insurance mandates in the nation.", want: post.VerdictPass},
	})
}

// TestFigureByDeedWithCare: a name told by a deed ("would've loved",
// "named after") is a figure only while no care is told of them: a place of
// care in the name's sentence, or the next sentence going on about him or
// her with a health detail, makes them a patient (PRIV-10 block).
func TestFigureByDeedWithCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Maria Lopez would have loved this garden. She passed away in our hospice last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tom Reyes would've been proud of our cardiac team. He finished cardiac rehab here today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our clinic was named after Dr. Ruth Amos, who is now in our ICU after a fall.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: the deed alone.
		{text: "Buck Owens would've loved our playlist. Flu shots are in, book yours!", want: post.VerdictPass},
		{text: "Johnny Mercer wrote 'Moon River'. Our lobby piano plays it every afternoon.", want: post.VerdictPass},
	})
}

// TestAntibioticFactThenMyth: "antibiotics work on bacteria" is the fact
// only while no cold is then claimed for them in its sentence (MIS-01).
func TestAntibioticFactThenMyth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Colds come from viruses, and antibiotics work on bacteria, so they'll knock out your cold too!", want: post.VerdictBlock, rule: "MIS-01"},
		// Near miss: the fact, the cold denied (plain health education
		// since session 18: it passes, see mythmirror17.go).
		{text: "Colds come from viruses, and antibiotics work on bacteria, so they won't shorten a cold.", want: post.VerdictPass},
	})
}

// TestCorrectionThenVouched: a myth headed as a belief or corrected right
// after, and then vouched for ("It works great, trust us", "Just kidding,
// it works!"), is stated (MIS-01 block).
func TestCorrectionThenVouched(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A belief we hear: butter on a burn. It works great, trust us.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A belief we hear: vaccines cause autism. And honestly, it's true.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Butter on a burn: please don't. Just kidding, it works!", want: post.VerdictBlock, rule: "MIS-01"},
		// Near misses: the belief corrected.
		{text: "A belief we hear: butter on a burn. It traps heat; use cool running water instead.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "A belief we hear: vaccines cause autism. It helps to know the facts: they don't.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestNewImplantBeforeCompoundHead: only "head" ranks a job or a
// sport; a hip, a knee or a hand before "office", "start", "count" or a
// sport is the implant's (PRIV-10 block).
func TestNewImplantBeforeCompoundHead(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Tom's new hip office visit went great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tom's new knee tennis debut was a win!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tom's new hand count: all five fingers after reattachment.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: a compound.
		{text: "Welcome to the new head coach at Eastlake High!", want: post.VerdictPass},
		{text: "The new eye chart is up in exam 2.", want: post.VerdictPass},
	})
}

// TestTeamStarterIsAPerson: a team's starter is a player, not an event
// (PRIV-10 block with an injury).
func TestTeamStarterIsAPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Go Kings! The Kings starter tore his ACL, wishing him a speedy recovery after surgery with Dr. Greene.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near miss: an event.
		{text: "Go Lancers! See you at the Lancers opener — our sports physicals are still open.", want: post.VerdictPass},
	})
}

// TestCopayQuestionAnswered: "Copay?" and a reply that goes on to help
// ("Don't know yours? Call the number on your card", "Never heard of one
// being this confusing") is no feigned copay (CLAIM-07); the joke keeps
// the block.
func TestCopayQuestionAnswered(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Copay? Don't know yours? Call the number on your card.", want: post.VerdictPass},
		{text: "Copay? Don't know what it is? It's the fixed amount you pay per visit.", want: post.VerdictPass},
		{text: "Deductible? Never heard of one being this confusing. Here's a guide.", want: post.VerdictPass},
		// The joke.
		{text: "Copay? Don't know her 💅", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Deductible? Never heard of it.", want: post.VerdictBlock, rule: "CLAIM-07"},
	})
}

// TestCoveringIsNotAlwaysWaiving: "covering" copays is a waiver when the
// practice covers them; a topic covered passes, and someone else covering
// them or a public program is a price claim to check (CLAIM-07 warn).
func TestCoveringIsNotAlwaysWaiving(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're covering deductibles 101 on our blog this week.", want: post.VerdictPass},
		{text: "Good news: the county is covering everyone's copays for flu shots this month.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "No copay for kids' vaccines all month long under the state VFC program.", want: post.VerdictReview, rule: "CLAIM-07"},
		// The practice's own waivers keep the block.
		{text: "Maple Family Medicine is covering everyone's copays this month!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Millstream is covering everyone's copays this month!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "We're covering all copays for teachers in September.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "No copay for any visit all month through our loyalty program!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Teachers: we skip your copay and deductible, every visit, no questions asked.", want: post.VerdictBlock, rule: "CLAIM-07"},
	})
}

// TestCopayJokeVariants: the feigned copay told with a laugh or a "we"
// before it, a mark doubled, "co-pay" hyphenated or an interjection
// between is the same routine waiver (CLAIM-07 block); a reply that goes
// on to help passes.
func TestCopayJokeVariants(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Copay? Pfft. What copay.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Copay?? What copay 😂", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Co-pay? What co-pay 😉", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Copays? We don't know her.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Deductible? LOL never heard of it.", want: post.VerdictBlock, rule: "CLAIM-07"},
		// Near misses: help.
		{text: "Copay? We don't know yet — it depends on your plan.", want: post.VerdictPass},
		{text: "Copay? Ha. Call your insurer to find out.", want: post.VerdictPass},
		{text: "Copay? I don't know it offhand; call us and we'll check.", want: post.VerdictPass},
	})
}

// TestMemeOfPraiseOrAgreement: a meme or a quoted line that laughs along
// with a patient (their praise of the visit, the staff's "Same.") mocks
// no one; the same shapes with a retort or an eye-roll keep the block
// (PROF-03).
func TestMemeOfPraiseOrAgreement(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Students during finals: 'I need a nap.' Us: 'Same.' 😂", want: post.VerdictPass},
		{text: "Overheard in exam 3: 'I only floss before my appointment.' Us: 'honestly, same' 😂", want: post.VerdictPass},
		// The mockery keeps the block.
		{text: "USM students during finals: 'I need a doctor's note.' Us: 'for... being tired??' 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "When a patient says \"this was the fastest visit ever\" and then leaves 1 star 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "When the patient says \"I looked it up online\" 😂", want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestMythLabelOverItsDenial: a myth label over the claim's own denial
// ("Myth: butter on a burn doesn't help.", "... is bad.") states the claim;
// a correction asked and turned down ("Cool water instead? Nah."), or a
// belief heading then agreed with ("We agree."), corrects nothing (MIS-01
// block). The myth labelled as the claim, or corrected, still warns.
func TestMythLabelOverItsDenial(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Myth: butter on a burn doesn't help. Truth: it does!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Myth: butter on a burn is bad. Fact: butter on a burn works great.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Myth: vaccines don't cause autism.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Burned your hand? Butter on it. Cool water instead? Nah.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A belief we hear: spicy food causes ulcers. Honestly? We agree.", want: post.VerdictBlock, rule: "MIS-01"},
		// Near misses: the myth debunked.
		{text: "Myth: vaccines cause autism. Fact: they don't.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: butter on a burn helps. Fact: it traps heat. Use cool running water.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: antibiotics cure colds. They don't, and they can cause side effects.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Burned your hand? Butter on it. Cool water instead.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestCurlyApostropheDenies: "don’t", "won’t" and "doesn’t" typed with a
// curly apostrophe deny as the straight ones do (MIS-01): a myth busted
// warns, and a myth label over a curly denial states the claim.
func TestCurlyApostropheDenies(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Vaccines don’t cause autism.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics won’t cure your cold.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: butter on a burn doesn’t help.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Vaccines cause autism. Don’t let anyone tell you otherwise.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestRecoveredFromFunAndNotices: staff joking that they are recovering
// from a marathon, a game or a party tell no illness, and a one-person
// role mailing flu shot reminders tells no one's care (pass); the same
// people with an illness keep the block (PRIV-10).
func TestRecoveredFromFunAndNotices(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dr. Greene is recovering from the marathon — 26.2 miles, done!", want: post.VerdictPass},
		{text: "Dr. Greene is still recovering from the Browns game last night.", want: post.VerdictPass},
		{text: "Sarah Lopez, RN, is recovering from our chili cook-off loss.", want: post.VerdictPass},
		{text: "The Bird-in-Hand postmaster helped us mail 500 flu shot reminders!", want: post.VerdictPass},
		// The illness keeps the block.
		{text: "Dr. Greene is recovering from the flu this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin Tran is recovering from the marathon and a torn ACL.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Bird-in-Hand postmaster is back after his carpal tunnel release.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria got her flu shot reminder and then her flu shot with us today!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestBypassHad: "had a bypass" is an operation as "his bypass" is, so an
// office holder endorsed and then told to have had one is a patient
// (PRIV-10 block); a road's bypass is none.
func TestBypassHad(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We endorse Mayor Galvez for re-election. She had a bypass last month and is doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mayor Galvez visited today. She had a bypass last month and is doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria Galvez is home after gastric bypass and doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near miss: a road.
		{text: "Mayor Galvez opened the new Route 9 bypass today. Our clinic is now 5 minutes closer!", want: post.VerdictPass},
	})
}
