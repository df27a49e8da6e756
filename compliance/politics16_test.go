package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestCandidateInPublicRole: a person endorsed or backed for an office
// ("for county commissioner", "for the Legislature"), or an office holder
// named with their bill or at a civic act, is in a public role: the health
// words beside them are the policy's ("a voice for mental health
// funding", "a bill to cap insulin"), not their health. PRIV-10 asks a
// person (warn) or notes them; PROF-04 weighs the politics. Told with
// their own health ("she's recovering from her heart surgery", "he beat
// prostate cancer") they stay a name beside a health detail (block), and
// "support" of a named person through their illness is care news (block).
func TestCandidateInPublicRole(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our doctors back Jim Oduya for county commissioner — he'll fight for rural hospitals!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "The whole team is proudly backing Rosa Tafoya for the Legislature: she'll stand up for diabetes funding.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Proud to endorse Dr. Ivy Lang for state senate District 9, she gets rural care!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "We support Senator Whitfield's bill to cap inhaler prices at $35. Call your state rep!", want: post.VerdictReview},
		{text: "We're endorsing Dana Whitfield for state senate, a true champion for mental health parity.", want: post.VerdictReview},
		{text: "Mayor Okafor cut the ribbon on our new entrance today. Wider doors for wheelchairs and walkers!", want: post.VerdictPass},
		{text: "Apoyamos a Lucía Pérez para el concejo municipal: ella luchará por la salud mental.", want: post.VerdictReview},
		// Their own health keeps the block.
		{text: "We endorse Rep. Dana Whitfield for senate. She's recovering from her heart surgery and back on the trail!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Vote for Tom Reyes for council — he beat prostate cancer last year with our team!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Proud to support Dana Whitfield for mayor after her long fight with breast cancer.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Senator Kowalski was in for his knee replacement this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We support Maria Lopez through her chemo, send her love!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mayor Lee stopped by today. She is home after her hip surgery, get well soon!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestCandidateInPublicRoleLinear: the look around each name is a few
// tokens; a long post of endorsements grows linearly.
func TestCandidateInPublicRoleLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "We back Jim Oduya for county commissioner and Senator Whitfield's bill for insulin; Mayor Okafor cut the ribbon. ")
}
