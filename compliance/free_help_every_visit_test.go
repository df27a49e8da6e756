package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFreeHelpAtEveryVisit: language help or another service that is no
// care, offered "at no cost" or "free" at every visit or every office,
// prices no care (CLAIM-07): "every visit" says when it is there, not
// what is free. The help may head a list of languages, so it is read from
// the whole sentence. Help a public body gives ("the health department
// will inspect at no charge") is no offer of the practice's. A visit, a
// screening or a shot offered free still warns.
func TestFreeHelpAtEveryVisit(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Translators are on hand at no cost for every appointment: Tigrinya, Amharic, Pashto and more.", want: post.VerdictPass},
		{text: "Sign language interpreters in Spanish, Creole, Portuguese and ASL are available at no cost at each of our offices.", want: post.VerdictPass},
		{text: "Interpreters in 9 languages, at no cost, every visit. Just ask!", want: post.VerdictPass},
		{text: "Our interpreters are free at every visit, by phone or in person.", want: post.VerdictPass},
		{text: "Interpretation is free at any appointment, and it's your right.", want: post.VerdictPass},
		{text: "Mold in your rental? The county health department will inspect at no charge.", want: post.VerdictPass},
		{text: "The city housing agency checks for lead paint at no cost to renters.", want: post.VerdictPass},
		{text: "Flu shots are free at every visit this fall.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Interpreters and blood pressure checks at no cost, every visit.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Your first visit is at no cost to you!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "We will inspect your child's hearing at no charge this month.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Free sports physicals at every office this Saturday!", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}
