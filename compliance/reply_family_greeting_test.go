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

