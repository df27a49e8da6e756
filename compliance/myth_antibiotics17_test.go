package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAntibioticsRacedAgainstColds17: an antibiotic started early against
// a cold, a sniffle, the flu or a sinus infection ("at the first sign",
// "the first 48 hours", "early", "temprano") is a myth given as advice
// (MIS-01 block), also when a purpose clause after it holds a negation
// ("so it doesn't turn into ..."). Told not to, framed as a myth, or said
// of a bacterial illness, it is the fact.
func TestAntibioticsRacedAgainstColds17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our nurses' advice: begin antibiotics at the very first sign of a cold so it doesn't get worse!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Catching a cold? Antibiotics do the most good in the first 24 hours, so phone us right away.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "An amoxicillin script at the first sniffle keeps a cold from settling in your chest.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Take your antibiotics early and a cold won't last the week. Don't wait!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Sinus pressure? Get on antibiotics early so it doesn't drag on, call before Friday.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Si le da gripe, tome antibióticos temprano y se le quita en dos días.", want: post.VerdictBlock, rule: "MIS-01"},
		// Near misses keep their verdict.
		{text: "Please don't ask for antibiotics at the first sniffle: colds are viruses, and rest helps most.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: antibiotics at the first sign of a cold stop it getting worse. Fact: colds are viral.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Strep throat? Starting antibiotics early helps you feel better sooner.", want: post.VerdictPass},
		{text: "Flu symptoms? Call early: Tamiflu works best in the first 48 hours.", want: post.VerdictPass},
	})
}

// TestAntibioticsEarly17Linear: each antibiotic looks eight words either
// side; a long post of them grows linearly.
func TestAntibioticsEarly17Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "got a cold, a sniffle, antibiotics early, the first sign, a Z-pak, ")
}

// TestAntibioticCuresAndUrges17: an antibiotic said to knock out the cold
// of the question before ("Got the sniffles? A Z-pak clears it right
// up"), green drainage said to mean bacteria, and a myth followed by
// "Don't wait!" (an urge, no rebuttal) state the myth (block).
func TestAntibioticCuresAndUrges17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Got the sniffles? A Z-pack clears it right up. Ask at check-in!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Yellow nasal discharge means bacteria, so you'll want antibiotics. Call us!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics early will shorten your cold by days. Don't wait!", want: post.VerdictBlock, rule: "MIS-01"},
		// Near misses.
		{text: "Got a cough? Antibiotics won't knock it out; rest and fluids will.", want: post.VerdictPass},
		{text: "Do vaccines cause autism? No. Don't wait on your baby's shots.", want: post.VerdictReview, rule: "MIS-01"},
	})
}
