package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsReviewerWarmly (session 15, t15prec): a reply that greets
// the reviewer by a name and wishes them well without telling any care.
// The name is most likely the reviewer's own display name, and the wish
// assumes a condition but tells none: a person decides (REV-02 and REV-01
// warn), as every development set labels it. The greeting may close an
// opening exclamation in any language ("Yá'át'ééh Jolene!", "Haha fair
// Mr. Chen!"), follow what is thanked ("Thanks for the feedback Dana,"),
// or be spoken to ("Awww Ms. Gloria you are too sweet"); the wish may be
// a warm line said to "you" ("glad you're on the mend"). A wish or a
// warm line about someone else's health, a name told with care, and a
// name that is not said to the reader still block. Rules alone (PRIV-16
// disabled).
func TestReplyGreetsReviewerWarmly(t *testing.T) {
	const review = "★★★★★ friendly front desk"
	checkRuleCases(t, []familyCase{
		{text: "Thanks Ilse, glad you're on the mend! We're fixing the parking lot lights.", review: review, want: post.VerdictReview, rule: "REV-02"},
		{text: "So glad you're feeling better, Bartholomew!", review: review, want: post.VerdictReview, rule: "REV-02"},
		{text: "Happy to hear you're back on your feet, Wendeline 😊", review: review, want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks for the kind review Ozzie, and feel better soon!", review: review, want: post.VerdictReview, rule: "REV-02"},
		{text: "Mingalaba Thandar! Thank you, and get well soon!", review: review, want: post.VerdictReview, rule: "REV-02"},
		{text: "Haha fair point Mr. Abernathy! Take care of yourself this winter.", review: review, want: post.VerdictReview, rule: "REV-02"},
		{text: "Awww Ms. Philippa you are too kind. Hope you're doing better!", review: review, want: post.VerdictReview, rule: "REV-02"},

		// Near misses: care told, someone else's health, or a name not
		// said to the reader.
		{text: "Thanks Ilse, glad your knee surgery went well!", review: review, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks Ilse, glad your mom is on the mend!", review: review, want: post.VerdictBlock},
		{text: "Glad Wendeline is back on her feet after the fall!", review: review, want: post.VerdictBlock},
		{text: "We miss Thandar! Get well soon!", review: review, want: post.VerdictBlock},
		{text: "Thanks to Ozzie and Bartholomew for the lovely note!", review: review, want: post.VerdictBlock, rule: "REV-02"},
		{text: "Mingalaba Thandar! Hope your chemo is going smoothly.", review: review, want: post.VerdictBlock},
		{text: "Congratulations on little Bartholomew! Nurse Ana says he arrived in record time.", review: review, want: post.VerdictBlock, rule: "REV-02"},
		// A greeting that closes the opening exclamation, with care told in
		// French after it: the care blocks (REV-01).
		{text: "Merci beaucoup Madame Lavallée! Contente que votre asthme soit mieux contrôlé.", review: review, want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ahéhee' shik'is Darnell! Take care of yourself out on the rigs.", review: review, want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestReplyGreetingLinear: each name a reply greets asks whether its
// sentence is a warm line only; a long reply of greetings and wishes
// grows linearly.
func TestReplyGreetingLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"Thanks Ilse, glad you're on the mend! ", "Mingalaba Thandar, and get well soon! "} {
		requireLinear(t, c, unit, func(n int) Draft {
			return Draft{Text: strings.Repeat(unit, n/len(unit)), ReviewText: "★★★★★ kind staff"}
		})
	}
}
