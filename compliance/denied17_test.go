package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGuaranteeDeniedWithItsSubject: a guarantee denied with the thing
// or the person it would be of between ("No results guaranteed", "No
// doctor can guarantee a result", "results are not typical or
// guaranteed") promises nothing (CLAIM-01; session 17, clean passing).
// A guarantee the practice makes after a denial of something else
// still blocks.
func TestGuaranteeDeniedWithItsSubject(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "No results guaranteed, but the Tuesday stretch class is a good time.", want: post.VerdictPass},
		{text: "No doctor can guarantee an outcome. We can promise to listen and call you back.", want: post.VerdictPass},
		{text: "Individual experiences vary; outcomes are not typical or guaranteed.", want: post.VerdictPass},
		{text: "No physician guarantees results — anyone who does is selling something.", want: post.VerdictPass},
		// Near misses: the practice's own guarantee after another denial.
		{text: "No waiting room, no paperwork, and guaranteed results in one visit!", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "No needles. Results guaranteed or your money back.", want: post.VerdictBlock, rule: "CLAIM-01"},
	})
}

// TestHealingSlowedIsNoPromise: healing said to go slower or worse with a
// risk ("Cuts heal slower if you smoke or have diabetes") teaches a risk
// and promises nothing (CLAIM-01; session 17, clean passing); healing
// the practice's care speeds or makes sure of still does.
func TestHealingSlowedIsNoPromise(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Burns and scrapes heal slower if you smoke or have diabetes. Keep them clean and covered.", want: post.VerdictPass},
		{text: "Foot sores heal more slowly when blood sugar runs high — check your feet every night.", want: post.VerdictPass},
		// Near miss: a cure promised.
		{text: "Our laser therapy heals diabetic foot ulcers for good, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
	})
}

// TestThingGoneIsNoPromise: "gone" said of a thing that is no care ("the
// paint smell is gone, promise", "the old ballpark may be gone") promises
// no result (CLAIM-01; session 17, clean passing); pain, symptoms or an
// "it" gone for good still do.
func TestThingGoneIsNoPromise(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The carpet crew finished and the glue smell is gone, promise 😅", want: post.VerdictPass},
		{text: "Riverside Stadium may be gone, but the old scoreboard in our lobby stays forever.", want: post.VerdictPass},
		// Near misses: care's results gone.
		{text: "Your knee pain is gone for good after one visit, promise.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Our laser takes off the wart in one session. It's gone for good!", want: post.VerdictBlock, rule: "CLAIM-01"},
	})
}
