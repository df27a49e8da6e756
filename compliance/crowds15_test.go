package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNamedCrowdsAreNoOne (session 15, t15clean): a college, a county, a
// base's division, a tribe or a town called by its short name before the
// crowd it stands for ("Bellarmine nursing students", "Kiowa County
// seniors", "Cody Tribe members") is no one; nor is a holiday greeting in
// another language ("Buon Natale", "Frohe Weihnachten"). Such posts pass.
// Near misses: a person named beside a health detail, a family, or a
// person named alone keep their verdict. Rules alone (PRIV-16 disabled).
func TestNamedCrowdsAreNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A school or a place before the crowd it stands for.
		{text: "Regis and Carroll first-year students: walk-in sports physicals all week at our campus office.", want: post.VerdictPass},
		{text: "Calling all Warren seniors: the shuttle to our clinic now runs on Saturdays too.", want: post.VerdictPass},
		{text: "Welcome home, Gordon soldiers! Our Augusta office takes Tricare.", want: post.VerdictPass},
		{text: "Rhoda and Stanton residents: the new lot on Elm opens Monday.", want: post.VerdictPass},
		{text: "Harding retirees, we'll see you at the pancake breakfast on Saturday!", want: post.VerdictPass},
		{text: "Devens students and Regis fans are welcome at the tailgate table.", want: post.VerdictPass},
		// A tribe, a nation or a band by its kind word.
		{text: "Thank you to the Jamestown S'Klallam Tribe for hosting our vaccine table.", want: post.VerdictPass},
		{text: "Nisqually Tribe and Kalispel Tribe members: your referrals are welcome at every office.", want: post.VerdictPass},
		{text: "Thank you to the Sherwood Band for playing at our open house.", want: post.VerdictPass},
		// A holiday greeting in another language.
		{text: "Closed Dec 25 and Jan 1. Buon Natale e Felice Anno Nuovo a tutti! 🎄", want: post.VerdictPass},
		{text: "Buon Natale from the whole front desk!", want: post.VerdictPass},

		// Near misses: a person named beside a health detail still blocks,
		// a person named alone still asks, a family is people.
		{text: "Gianna and her nursing students all got their flu shots here today after Gianna's surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Marisol graduates from nursing school next week, a year after her chemo ended.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Dominic Natale on his new hip!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Noel Bertrand came in with chest pain and we got him to the cath lab.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shout-out to Delphine and the nursing students who painted our lobby!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Big thanks to Marisol Tribe for the cookies!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "The Okafor kids came by with a card for the nurses.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestNamedCrowdsLinear: every name asks whether a crowd word follows;
// the look is a few tokens ahead, so a long post of names grows linearly.
func TestNamedCrowdsLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Regis and Carroll and Warren pre-health students, Buon Natale! ")
}
