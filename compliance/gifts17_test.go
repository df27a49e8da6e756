package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestGiftsForNewborns (session 17, t17prec): a neighbour thanked or
// celebrated for what they make for the practice's newest patients
// ("has knitted a hat for every new baby in our waiting room", "crochets
// hats for our newborn basket", "200 hats for our newborn bundle drive")
// is named beside a care word that says whom the gift is for, not the
// giver's own care: the name goes to a person (PRIV-10 warn), as
// gifts14's "lap blankets for the infusion chairs" does. A birthday in
// the same post is no care. The giver's own care after the gift, a
// birth told as news or a patient cue still block. Rules alone (PRIV-16
// disabled).
func TestGiftsForNewborns(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Happy 75th to Doña Remedios, who has sewn a quilt for every new baby in our clinic since 2012 🪡", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thank you to Grandma Bea, who has knitted a cap for every baby born at our birth center since 2018 🧶", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy birthday to Mrs. Ana Whitfield, who has crocheted booties for our newborn basket for 9 years 🎂", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Shoutout to Lorraine Peltier, who knitted 150 beanies for our newborn bundle drive this winter ❄️", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Merci to Tatie Josette, who sews a blanket for each newborn who goes home from our clinic 💛", want: post.VerdictReview, rule: "PRIV-10"},

		// Near misses: the giver's own care, a birth told as news, or a
		// patient cue make it someone's health.
		{text: "Thank you to Grandma Bea, who knitted a cap for every baby born here while she was getting her chemo 🧶", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Ana Whitfield's new baby was born on Tuesday, and she crocheted the booties herself!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lorraine Peltier, our patient since her stroke, knitted 150 beanies for our newborn bundle drive", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Tatie Josette on her new baby, born at our birth center last night 💛", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestGiftsForNewbornsLinear: every care word asks whether it is whom a
// gift is for, a look of a few words each.
func TestGiftsForNewbornsLinear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Thank you Grandma Bea, who knitted a cap for every baby born here since 2018. ")
}
