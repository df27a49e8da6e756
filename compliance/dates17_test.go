package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOfficeDatesInShorthand (session 17, t17prec): an office notice
// written in clinic shorthand dates no one: hours after "tmrw" or "hrs"
// ("flu shots tmrw 9-2", "hrs change, not 9-5 like usual", "portal dwn
// 6-7"), a deadline every reader is asked to meet ("pls sched f/u appts
// thru the portal b4 12/9"), a document's revision ("rev. 3/24") and the
// day a program starts ("our diabetes class starts Jan 12"). Where the
// notice says "pt" or "appts" they blocked (PRIV-05) as a patient's
// dates; the same dates beside one person's care still block. Rules
// alone (PRIV-16 disabled).
func TestOfficeDatesInShorthand(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "flu shts @ the annex tmrw 9-2, bring ur ins crd!! pts w/ egg allergy call 1st", want: post.VerdictReview, rule: "PROF-07"},
		{text: "hrs chng tmrw: 8a-4p (not 9-5 like usu), pt portal dwn 6-7 for upd8", want: post.VerdictPass},
		{text: "pls sched ur f/u appts thru the pt portal b4 12/9, front desk is swamped thx", want: post.VerdictReview, rule: "PROF-07"},
		{text: "Pts' rights & resp. handout (rev. 3/24) avail. at the front desk.", want: post.VerdictPass},
		{text: "Per 45 CFR 164.520, pts may req. a copy of our privacy notice (rev. 3/24) @ FD.", want: post.VerdictPass},
		{text: "Lower your A1c: our diabetes coaching program starts Jan 12.", want: post.VerdictPass},
		{text: "Our prediabetes coaching program starts Jan 12. Sign up at the front desk!", want: post.VerdictPass},

		// Near misses: one person's care on the date.
		{text: "pt in rm 2 tmrw 9-2 for her biopsy, pls prep the tray", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Mr. Lee's colonoscopy is b4 12/9, pls call him", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Dana started our prediabetes coaching program Jan 12 and has lost 9 lbs!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestOfficeDatesLinear: each date asks a few words before it and its
// sentence's words (memoized), so a notice of endless dates stays linear.
func TestOfficeDatesLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "pls sched thru the pt portal b4 12/9, tmrw 9-2, ")
}
