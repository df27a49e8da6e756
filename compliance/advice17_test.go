package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAddressedCare17 (issue 11, session 17): a post that opens by
// speaking to one person others can pick out (a name, a title, a tag,
// "whoever asked in the moms group", "the man who DM'd us about ...") and
// then tells them about their own body or what to do for it is medical
// advice to one person in public (PROF-05 block), in English or Spanish.
// Advice to everyone, a group addressed by what they are, an errand with
// no health in it, a staff member spoken to, and a question sent to a
// private line pass.
func TestAddressedCare17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hey Lorenzo (blue Broncos hoodie, yesterday at 5) — your sugar ran high, cut the soda and check it again Friday", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Auntie Mele, I read your comment. For that hip, stop the naproxen and use the gel we gave you, morning and night.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Priya from the Oakdale swim club asked about her shoulder in the comments: ice it and skip practice this week.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Whoever asked in the Maple Grove parents page if her son's cough is whooping cough: it sounds like croup, run a humidifier tonight.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "To the roofer with the nail in his palm we saw at the hardware store: soak it in warm water and finish every pill of the Keflex.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Lakeside High runner who DM'd us about shin pain: stop running for two weeks, ice it, and come in if it isn't better.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "hey @mountain.mike88 saw your story — don't mix the ibuprofen with alcohol!! stop tonight", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Don Aurelio, lo vimos en la feria: tómese la pastilla de la presión todas las mañanas y deje la sal.", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "Pro tip for the kayaker with the splinter in his palm who messaged Friday: soak it, push it out with tweezers, and wash it well.", want: post.VerdictBlock, rule: "PROF-05"},
		// Near misses.
		{text: "Pro tip for parents: keep a thermometer in the diaper bag.", want: post.VerdictPass},
		{text: "Parents: keep your kids home if they have a fever, and call us if it lasts three days.", want: post.VerdictPass},
		{text: "Hey Marco, stop by the front desk Friday to pick up the raffle prize you won! 🎉", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Runners: ice that sore knee and rest it before the marathon. See us if it still hurts.", want: post.VerdictPass},
		{text: "Hi Dana, thanks for asking! We can't give advice in the comments, please call our nurse line and we'll help.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Flu season, friends: get your shot, wash your hands and stay home when you're sick.", want: post.VerdictPass},
	})
}

// TestAddressedCareGrowsLinearly: the address and the advice after it are
// read over a bounded window, whatever follows.
func TestAddressedCareGrowsLinearly(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{"Hey Marco, ice your knee and ", "To the man who asked about his rash: ", "your sugar was high, ",
		"@jo.bee stop the ibuprofen, "} {
		t.Run(unit, func(t *testing.T) {
			requireLinear(t, c, unit, func(n int) Draft {
				return Draft{Text: strings.Repeat(unit, n/len(unit))}
			})
		})
	}
}
