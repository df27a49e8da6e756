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

// TestPrecision20Linear: each heading, "you know who you are", tip owned
// by a name and world region looks a bounded way; a long post of them
// grows linearly.
func TestPrecision20Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Urban legend: the flu shot gives you the flu. Thanks to all of you in the diabetes class, you know who you are. "+
		"Nurse Kofi's flu tip: malaria is common across West Africa, Asia and the Caribbean. ")
}

// TestWorldRegions20: a continent or a world region ("West Africa",
// "sub-Saharan Africa", "Southeast Asia", "Central America", "partes de
// Asia y África") holds hundreds of millions: it is no one's name (PRIV-10)
// and no place smaller than a state (PRIV-07), even where a disease is
// said to be common there. A person beside it keeps their own finding,
// and a name the post marks as a person ("Asia, who ...", "Asia had her
// surgery") stays a name.
func TestWorldRegions20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hepatitis B is common in many parts of West Africa, and most people who have it feel no symptoms.", want: post.VerdictPass},
		{text: "Malaria is still common in sub-Saharan Africa; if you travel home this winter, ask us about pills before you go.", want: post.VerdictPass},
		{text: "La hepatitis B es común en partes de Asia y África; pídanos la prueba.", want: post.VerdictPass},
		{text: "Sickle cell trait is common in families with roots in Africa, the Caribbean and the Middle East. One blood test tells you.", want: post.VerdictPass},
		{text: "Rabies is still found across Southeast Asia, so a dog bite on your trip needs a shot right away.", want: post.VerdictPass},
		// Near misses: a person beside the region, or named Asia.
		{text: "Mr. Lopez, who came in from Central America last week with TB, is doing better.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Asia had her gallbladder out on Monday and says thanks for the flowers!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Asia, who finished her last round of chemo today!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestAdviceByName20: a clinician owning a tip, a talk or advice about a
// health topic ("Nurse Ama's diabetes advice", "Dr. Lee's blood pressure
// talk") gives the advice; the topic is no care of theirs (PRIV-10). A
// name owning the health thing itself ("Maria's insulin"), their own care
// told after the tip, and anyone else's tips on a condition ("Rosa's tips
// for getting through chemo") still block.
func TestAdviceByName20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dra. Reyes's flu tip: wash your hands before you eat, every time.", want: post.VerdictPass},
		{text: "Nurse Ama's diabetes advice this week: walk 10 minutes after dinner.", want: post.VerdictPass},
		{text: "Dr. Lee's blood pressure talk is Thursday at 6 at the library. All welcome.", want: post.VerdictPass},
		// Near misses: the health thing is theirs.
		{text: "Maria's insulin is in the fridge at the front desk, she can pick it up anytime.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kofi's tip after his knee surgery last month: ice it and keep moving.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosa's chemo went well today, thanks for the prayers!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosa's tips for getting through chemo: bring a blanket and a good book.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestStaffAdvice20: a staff member's tip or talk about a health topic
// ("Kevin's medication tip:") is advice they give, not their own health
// news (PRIV-10); their own care owned the same way still blocks.
func TestStaffAdvice20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin's medication tip: keep a list of everything you take in your wallet.", want: post.VerdictPass},
		{text: "Sarah's asthma talk is Tuesday at noon in the community room.", want: post.VerdictPass},
		// Near misses: their own health.
		{text: "Sarah's asthma flared up this week, so she's out until Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's knee surgery went well and he's back on the schedule Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
