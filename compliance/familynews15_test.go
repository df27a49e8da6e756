package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestFamilyNewsWithoutHealth (session 15, t15prec): a person named in
// family or community news whose only patient cue is a kin word ("her
// mom", "his grandpa", "their daughter") or a child told fondly ("our
// little buddy", "our youngest") in a post that tells no health detail
// and no care at all. Such a name goes to a person (PRIV-10 warn): they
// may be a patient's family, but nothing of anyone's health is told. The
// same post with a health detail, a visit or care told still blocks.
// Rules alone (PRIV-16 disabled).
func TestFamilyNewsWithoutHealth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats to Rosalind Oyelaran on her state chess title! Her dad says she practices every night.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Guess who came by to say hello: little Keziah and her grandpa, with a tray of brownies for the front desk!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Big shout-out to Tomasz Wierzbicki and his son for shoveling our whole parking lot before we opened ❄️", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Felicidades a Yaretzi por su primer lugar en la feria de ciencias. Her mom brought us tamales to celebrate!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy 6th birthday to our little buddy Oziel! That dinosaur drawing is now on the break room wall 🦖", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Congratulations to the Okonkwo family on their daughter's graduation from nursing school!", want: post.VerdictReview, rule: "PRIV-10"},

		// Near misses: the same kind of post with a health detail, a
		// visit or care told is a patient's (or a relative's) story.
		{text: "Congrats to Rosalind Oyelaran on her state chess title! Her dad says she's been cancer-free for a year.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Guess who came by for her stitches out: little Keziah and her grandpa!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tomasz Wierzbicki and his son are both home after the car accident. Prayers for a smooth recovery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy 6th birthday to our little buddy Oziel, one year after his heart surgery! 🦖", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congratulations to the Okonkwo family on their daughter's safe delivery after a long NICU stay!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our patient Keziah and her grandpa brought brownies for the front desk!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Wierzbicki's wife was treated here last week and he wants to thank the nurses.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestFamilyNewsLinear: every person named in a post asks whether it is
// family news; the answer is found once per post, so a long post of
// names and kin words grows linearly.
func TestFamilyNewsLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Congrats to Rosalind Oyelaran and her dad! ")
}
