package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestClaimFeatureListIsNoRebuttal: "No meds, no surgery, no downtime."
// after a promise lists what the treatment spares, it does not take the
// promise back; "No more limping" adds to it. "No. It doesn't." still
// answers a claim.
func TestClaimFeatureListIsNoRebuttal(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our new laser ends back pain permanently. No meds, no surgery, no downtime.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Our knee injections end arthritis pain permanently. No more limping out to the barn.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "shockwave fixes heel pain for good!! no pills. no needles. no kidding.", want: post.VerdictBlock, rule: "CLAIM-01"},
	})
}

// TestClaimCuresAnyCondition: a cure claimed for any condition the health
// data knows, by its name or its medical shape ("tennis elbow", "plantar
// fasciitis", "hepatitis C"), is a cure claim (CLAIM-01 block); a lasting
// result promised with a weaker verb ("permanent results", "permanently
// improve") goes to a doctor (warn); "no cure for" is none.
func TestClaimCuresAnyCondition(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our new shockwave therapy cures tennis elbow in 3 sessions.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Our custom orthotics cure plantar fasciitis in weeks.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "We cure hepatitis C in 8 weeks. Come get tested.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Our teeth whitening gives you permanent results, no touch-ups ever 😁", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Our pulmonary rehab program will permanently improve your breathing.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "the new laser clears melasma permanently, ladies 💁‍♀️", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "There is still no cure for the common cold, so rest and fluids it is.", want: post.VerdictPass},
	})
}

// TestClaimRecordsAndRanks: a record of many helped past a condition
// ("helped thousands of families beat addiction", "healed over 5,000
// foot wounds") and a ranking a few words from the practice's kind
// ("best-in-class outcomes", "industry-leading", "outperform") warn
// (CLAIM-01, CLAIM-02); helping families to flu shots, or "5 ways to beat
// the blues", is no record of cures.
func TestClaimRecordsAndRanks(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our counselors have helped thousands of families beat addiction.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Healed over 5,000 diabetic foot wounds since 2015 👣", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "We helped 200 families get flu shots this fall!", want: post.VerdictPass},
		{text: "Top 5 ways to beat the winter blues: 1) get outside 2) call a friend 3) ask for help", want: post.VerdictPass},
		{text: "Call 1-800-QUIT-NOW for free help to quit smoking.", want: post.VerdictPass},
		{text: "Our orthopedic program delivers best-in-class outcomes with industry-leading satisfaction.", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Our telehealth model delivers outcomes that outperform urban hospitals.", want: post.VerdictReview, rule: "CLAIM-02"},
	})
}

// TestClaimBeforeAfterAnyForm: before and after set side by side however
// they are joined ("Before/after:", "before & after of", "BEFORE 😩 /
// AFTER 🤩", "Before and after 👀") show results as a patient's (CLAIM-08
// warn); "before and after school" is no result.
func TestClaimBeforeAfterAnyForm(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Swipe ➡️ for before & after of our 8-week body contouring package 🔥", want: post.VerdictReview, rule: "CLAIM-08"},
		{text: "Before and after 👀 six months in the denture program (swipe ➡️)", want: post.VerdictReview, rule: "CLAIM-08"},
		{text: "BEFORE 😩 / AFTER 🤩 jawline filler, 1.5 syringes, zero downtime", want: post.VerdictReview, rule: "CLAIM-08"},
		{text: "Before/after: 6 months of our acne-scar microneedling series ➡️", want: post.VerdictReview, rule: "CLAIM-08"},
		{text: "Our school-based clinic is open before and after school every weekday.", want: post.VerdictPass},
	})
}
