package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStoryPolicyTellsNoStory (session 16, t16clean): the practice saying
// when or whether it shares patient stories ("We only post a patient
// story with a signed release", "Why don't we share patient stories?",
// "If we ever share a patient story, names stay out") and its patient
// code, portal or survey ("our patient code of conduct") tell no
// patient's story (PRIV-11, ENDORSE-01): the post passes. Near misses: a
// story told, a named person's story and a story with care keep their
// verdicts.
func TestStoryPolicyTellsNoStory(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We only post a patient story after the patient signs a written release. No exceptions.", want: post.VerdictPass},
		{text: "Why don't we share patient stories on this page? Because your story belongs to you.", want: post.VerdictPass},
		{text: "If we ever share a patient story here, names and faces stay out of it.", want: post.VerdictPass},
		{text: "We never post patient stories without written permission. That's our policy.", want: post.VerdictPass},
		{text: "Please be kind to our team. Our patient code of conduct is at maplefamilymed.com/conduct.", want: post.VerdictPass},

		// Near misses.
		{text: "Here's a patient story we love: she came in scared and left with a plan.", want: post.VerdictReview, rule: "PRIV-11"},
		{text: "When Marisol shared her patient story with us last week, we all cried.", want: post.VerdictBlock, rule: "PRIV-13"},
		{text: "We only share a patient story like this one when it ends well: his bypass went perfectly.", want: post.VerdictReview, rule: "PRIV-11"},
		{text: "Our patient came in this morning with chest pain.", want: post.VerdictReview, rule: "PRIV-11"},
	})
}

// TestStoryPolicyLinear: each "patient story" looks back over its own
// sentence; a sentence of nothing but them stays linear (phrase hits are
// capped at maxMatches).
func TestStoryPolicyLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "we only share a patient story, our patient portal, ")
}
