package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsFamilyWarmly: a reply that thanks a family by surname
// ("familia Ortega", "the Kowalczyk-Reyes bunch") or greets a reviewer by
// a hyphenated first name, and tells no care, is a warm reply that
// neither confirms nor denies: a person checks the name (REV-02 warn,
// review by the label policy), not a block. Near misses: the same names
// next to care told, or a name the review never gave beside a visit, still
// block.
func TestReplyGreetsFamilyWarmly(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Mil gracias, familia Lorenzo! Saludos a todos en casa.", review: "★★★★★ siempre amables", want: post.VerdictReview, rule: "REV-02"},
		{text: "Obrigado, família Tavares! Até a próxima.", review: "★★★★★ equipe ótima", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks to the whole Kowalczyk-Reyes bunch for the kind words 💛", review: "★★★★★ We all go here", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Marie-Claire! We're working on the wait times.", review: "★★★★ Long wait but nice staff", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks, Anne-Sophie! See you at the next open house.", review: "★★★★★ lovely front desk", want: post.VerdictReview, rule: "REV-02"},
		// Near misses: care told beside the family's name still blocks.
		{text: "Gracias, familia Ortega. Nos alegra que la cirugía de su papá saliera bien.", review: "★★★★★ siempre amables", want: post.VerdictBlock},
		{text: "Thank you, Marie-Claire! Glad your knee replacement went so well.", review: "★★★★★ great surgeon", want: post.VerdictBlock},
		{text: "Say hi to Jean-Luc for us, we hope his stitches healed nicely!", review: "★★★★★ quick visit", want: post.VerdictBlock},
	})
}

// TestReplyWelcomesToTown: a reply welcoming a newcomer to a town whose
// name is also a first name ("Welcome to Austin", "Bienvenida a Florence",
// Haitian Creole "Byenvini nan Charlotte") names a place, not a person.
// Near misses: "Welcome back, Austin" greets a person; with care told
// beside it the reply still blocks.
func TestReplyWelcomesToTown(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Welcome to Austin! So glad you found us.", review: "★★★★★ new in town, great office", want: post.VerdictPass},
		{text: "¡Bienvenida a Charlotte! Aquí estamos para lo que necesite.", review: "★★★★★ recién llegada, muy amables", want: post.VerdictPass},
		{text: "Byenvini nan Florence! Nou kontan ou jwenn nou.", review: "★★★★★ Bon klinik", want: post.VerdictPass},
		{text: "Welcome to Tyler, neighbor! The coffee in the lobby is on us.", review: "★★★★★ just moved here", want: post.VerdictPass},
		{text: "Welcome back, Austin! Glad the cast finally came off.", review: "★★★★★ great ortho", want: post.VerdictBlock},
		{text: "Welcome to Charlotte! Glad your stitches came out clean.", review: "★★★★★ quick", want: post.VerdictBlock},
	})
}
