package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBeliefHeading20: a short heading before a colon that names what
// follows as something people say or believe ("Grandma's saying:",
// "Urban legend:", "They say:", "Dicho popular:", "Croyance populaire :")
// quotes a myth to answer it, as "Myth:" does (MIS-01 warn, session 20).
// The practice's own saying ("My belief:", "We say:") and "Just saying:"
// vouch for the claim and still block.
func TestBeliefHeading20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Grandma's saying: feed a fever, starve a cold. The science: eat and drink what you can.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Urban legend: the flu shot gives you the flu. Reality check: the shot has no live virus in it.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "They say: antibiotics cure colds. Colds are viruses and antibiotics don't touch them.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "What people tell us at the front desk: antibiotics cure colds. Colds are viruses, so rest and fluids it is.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Old wives' tale — feed a cold, starve a fever. Fluids and food help either way.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Dicho popular: los antibióticos curan el resfriado. La gripe y el resfriado son virus.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Croyance populaire : les vaccins causent l'autisme. Aucune étude sérieuse ne le montre.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Superstition we still hear every winter: the flu shot gives you the flu. It can't; there is no live virus in it.", want: post.VerdictReview, rule: "MIS-01"},
		// Near misses: the writer's own saying, or one vouched for.
		{text: "Just saying: antibiotics cure colds, so ask for them!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "My belief: vaccines cause autism, and nobody can tell me otherwise.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "We say it loud: antibiotics cure colds.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics cure colds. Ask us for a Z-pack.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Urban legend: garlic cures the flu. Honestly, it really works!", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestKnownWhoCrowd20: "you know who you are" said to a crowd ("everyone
// who finished the class", "all of you", "the folks from the walking
// group") names no one, so the class or group beside it tells no one's
// care (PRIV-10 stays quiet, session 20). Said to one person ("the big
// guy", "one dad who quit smoking", "she") it still blocks.
func TestKnownWhoCrowd20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big thanks to everyone who came to our 10-week diabetes prevention class — you know who you are!", want: post.VerdictPass},
		{text: "To all of you who finished the quit-smoking group this spring: you know who you are, and we're proud 🎉", want: post.VerdictPass},
		{text: "Shout out to the folks from our Tuesday cardiac rehab group — you know who you are", want: post.VerdictPass},
		{text: "Everybody who walked the 5K for heart health on Saturday, u know who u r 💙", want: post.VerdictPass},
		// Near misses: one person in the crowd, or one person alone.
		{text: "Congrats to everyone in the walking club, especially one dad who finally quit smoking — you know who you are", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to all who came, and to the lady who finished chemo last week: you know who you are 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "First sober Christmas for the tall guy who runs our Thursday group, you know who you are!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestPrecision20Linear: each heading and each "you know who you are"
// looks back a bounded way; a long post of them grows linearly.
func TestPrecision20Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Urban legend: the flu shot gives you the flu. Thanks to all of you in the diabetes class, you know who you are. ")
}
