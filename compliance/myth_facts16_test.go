package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythFactSaidWithTwoNegations: the fact a myth-busting post gives
// often denies twice in one breath, each denial on its own predicate ("the
// shot has no live virus and can't give you the flu"). Two negations
// joined by "and"/"or" do not cancel: the claim is denied (MIS-01 warn
// under a debunk's framing; said plainly the fact passes since session
// 18, see mythmirror17.go). Only a "can't" inside the clause the "no"/"nothing" opens cancels it
// ("there's no infection colloidal silver can't knock out", "nothing a
// detox tea can't clear out"): that still states the myth (block).
func TestMythFactSaidWithTwoNegations(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Myth: flu shots give you the flu. Fact: the shot has no live virus and can't give you the flu.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Fact check: our flu vaccine holds no live virus and cannot cause the flu. A sore arm is normal.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "The flu shot has no live virus in it, so it can't give you the flu 💉", want: post.VerdictPass},
		// "Fact:" over the fact alone quotes no myth: it passes as the
		// fact said plainly does (session 24, factheading24.go); the two
		// negations still do not cancel into a block.
		{text: "Fact: the injected vaccine has no live virus and cannot cause flu.", want: post.VerdictPass},
		{text: "Our flu vaccine has no live virus and can't give you the flu.", want: post.VerdictPass},
		// Two negations that cancel keep the block.
		{text: "Ain't no flu colloidal silver can't knock out, skip the shot!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "There's nothing a good detox tea can't clear out of your lungs.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The flu shot gives you the flu, no doubt about it.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestAntibioticsForBacteria: "antibiotics treat bacteria" with a cold or
// a virus named in the same sentence is the fact a cold post teaches (the
// antibiotic's object is bacteria, the virus is another clause's): a fact
// in the myth's words. Said plainly it is health education and passes
// (session 18, mythmirror17.go; a debunk's framing makes it a warning).
// Said to treat the virus, or bacteria and viruses alike, it stays the
// myth stated (block).
func TestAntibioticsForBacteria(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Colds come from viruses, and antibiotics treat bacteria. Rest and fluids help most.", want: post.VerdictPass},
		{text: "Most coughs are viral; antibiotics work on bacteria, so they won't shorten a cold.", want: post.VerdictPass},
		{text: "Flu is a virus, and antibiotics kill bacterial infections like strep. Call us if you're short of breath.", want: post.VerdictPass},
		// The myth stays a myth.
		{text: "Antibiotics treat colds fast, come grab a Z-pack.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics kill bacteria and viruses, so they clear up a cold too.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics treat viruses and bacteria alike.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics work on bacterial and viral infections, so ask for one with your cold.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestMythVouchedOnlyInReport: "it does" after someone else's belief verb
// ("Parents swear it does, but the studies ...") reports their view, it is
// no vouching of the post's own; a question so answered stays a question
// (MIS-01 warn). The post's own "It does!" and "my grandma swore by it"
// still vouch (block).
func TestMythVouchedOnlyInReport(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Does sugar make kids hyper? Lots of parents swear it does, but the studies keep finding no difference.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Do vaccines cause autism? Some people insist it does. Decades of research say no.", want: post.VerdictReview, rule: "MIS-01"},
		// The post's own voice vouches.
		{text: "Does sugar make kids hyper? It does! Skip the candy before bed.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Does sugar make kids hyper? Honestly, it does. We see it every Halloween.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestMythStatedBeforeLaterNegation: a myth stated whole ("Cold weather
// makes you sick") stays stated when a later clause of its sentence holds
// a negation ("so bundle up and you won't catch the flu"): the longer match
// that reaches the "won't" gives way to the shorter stated one (block).
// Denied in its own words, or under a "Myth:" label, it still warns.
func TestMythStatedBeforeLaterNegation(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Cold air makes you sick, so zip up at the homecoming game and you won't catch the flu!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cold weather makes you sick, so bundle up and you won't get the flu this winter.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cold weather doesn't make you sick, and a scarf won't stop the flu either.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: cold weather makes you sick. Fact: viruses do, so wash your hands and you won't catch the flu.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestMythFacts16Linear: the checks above look a few tokens around each
// hit; a long post of such facts grows linearly.
func TestMythFacts16Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "The shot has no live virus and can't give you the flu, and antibiotics treat bacteria, not colds; parents swear it does. ")
}
