package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBirthToldWithDay17 (session 17, t17leak): a family picked out by
// its group, the day its child was born and where ("One of our Somali
// families welcomed twins on Dec 1 at Northwest") gives the children's
// date of birth, a Safe Harbor (C) date, though no one is named: PRIV-05
// blocks the day after a birth told in the past ("welcomed twins", "had a
// baby girl", "delivered a healthy boy"). Near misses keep their
// verdicts: the same news with no day, a count of births, a month alone,
// a class or an event on a day.
func TestBirthToldWithDay17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "One of our Karen families welcomed twins on Nov 30 at St. Luke's — mom and babies are doing great! 🎉", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "One of our Hmong families welcomed a baby girl on 11/28 at Riverside, mom is doing great!", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "A mom from our Tuesday prenatal group had a healthy baby boy on March 3 💙", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Una de nuestras familias guatemaltecas delivered a baby girl on Dec 2 at Mercy — ¡felicidades!", want: post.VerdictBlock, rule: "PRIV-05"},

		// Near misses.
		{text: "One of our Somali families welcomed twins this week — mom and babies doing great!", want: post.VerdictPass},
		{text: "We welcomed 40 babies in 2025 at our birth center!", want: post.VerdictPass},
		{text: "Our birth center welcomed its 1,000th baby in March!", want: post.VerdictPass},
		{text: "Our twins and multiples class starts Dec 1, all parents welcome.", want: post.VerdictPass},
		{text: "Dr. Patel welcomed new patients on Dec 1 at our Riverside office.", want: post.VerdictPass},
		{text: "Congrats to our Karen families on the Karen New Year, Dec 1 at the community center!", want: post.VerdictPass},
	})
}
