package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPostGreetsUnknownNameLast: a post whose sentence opens with a
// welcome back, a congratulation or a greeting and ends by saying a word
// no list holds after a comma ("Welcome home from Nairobi, Wanjiru!")
// speaks to a person (PRIV-10 warn), as "Welcome back, Wanjiru!" does. A
// crowd, a team or a word in the lists said the same way, and a thanks
// said to a town, pass.
func TestPostGreetsUnknownNameLast(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Welcome home from Nairobi, Wanjiru! The Tuesday walking group missed you.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Congrats on 40 years at the mill, Ruairidh!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy retirement from the school board, Oyelaran 🎉", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Welcome back from winter break, everyone!", want: post.VerdictPass},
		{text: "Welcome back to the clinic, friends! New hours start Monday.", want: post.VerdictPass},
		{text: "Thanks for a great season, Sandpoint!", want: post.VerdictPass},
		{text: "Congrats on the conference title, Wildcats!", want: post.VerdictPass},
		{text: "Congrats to our pharmacist, Sadiq Omondi, PharmD, on ten years with us!", want: post.VerdictPass},
	})
}

// TestPostKinTitleUnknownName: "Mama" or "Mzee" before a word no list
// holds names an elder the way families say it ("Special thanks to Mama
// Adhieu", PRIV-10 warn); "Mama" before a word of the lists or in a
// shop's name is left to the rules that know the word.
func TestPostKinTitleUnknownName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Special thanks to Mama Adhieu for the chai and mandazi at our open house!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Mzee Otieno led the walking club again this Saturday. Asante sana!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Join the Mama Fit stroller walk Saturday morning, all moms welcome!", want: post.VerdictPass},
	})
}

// TestPostFamiliesListed: two names no list holds joined before
// "families" ("the Adhiambo and Wanjiku families") are two families
// (PRIV-10 warn), as "the Adhiambo family" is one; peoples and services
// listed the same way ("the Hmong and Karen families", "the Navy and
// Marine families") are communities.
func TestPostFamiliesListed(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you to the Adhiambo and Wanjiku families for hosting our back-to-school picnic!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Welcome to the Hmong and Karen families joining our evening classes!", want: post.VerdictPass},
		{text: "Sports physicals for the Navy and Marine families on base this Saturday.", want: post.VerdictPass},
	})
}

// TestReplyKinTitledWish: a reply's get-well wish to a name after "Mama"
// greets the reviewer with their title, as "Tita Lorna" does: a person
// decides (warn), it does not block.
func TestReplyKinTitledWish(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hope you're feeling stronger each week, Mama Adhieu! 💕", review: "★★★★★ They treat us like family", want: post.VerdictReview, rule: "REV-02"},
	})
}
