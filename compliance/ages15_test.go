package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAgesOfNoOne (session 15, t15prec): an age over 89 said of a crowd
// ("lots of neighbors here are turning 90 and up"), as the top of a range
// ("from newborns to 97 years young"), as what turning that age is like
// ("Turning 95 is a big deal"), or in a birth year no one now living has
// ("born in 1904") is no one's (PRIV-06 does not block). One person's age
// over 89 still blocks. Rules alone (PRIV-16 disabled).
func TestAgesOfNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So many folks in our parish are turning 90 and older this year. Happy birthday to all of you!", want: post.VerdictPass},
		{text: "We see everyone from newborns to 97 years young, and we love it 💛", want: post.VerdictPass},
		{text: "Turning 95 is a big deal in this town: the Gazette runs a birthday column every week.", want: post.VerdictPass},
		{text: "The famous aviator Amelia Earhart was born in 1897 and wanted every woman to fly.", want: post.VerdictPass},
		{text: "A lot of grandparents in our valley are turning 90 or more this year. Thank you for the stories!", want: post.VerdictPass},
		{text: "Rear Admiral Frances Lane was born in 1907 and led the Navy nurse corps for a decade.", want: post.VerdictPass},

		// Near misses: one person's age.
		{text: "Our neighbor Mrs. Alvarez is turning 93 this Sunday! Happy birthday!", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Our oldest patient just turned 97 and still drives to every visit.", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Happy birthday to Grandpa Joe, who was born in 1931 and still tends his garden!", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Two of our patients turned 100 this year and both came in for flu shots.", want: post.VerdictBlock, rule: "PRIV-06"},
	})
}
