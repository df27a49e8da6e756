package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSeasonFirstNameGreeted: "Summer", "Autumn" and "Winter" are first
// names as well as seasons. Congratulated or wished well and then told
// apart as one person (a surname, "on her ...", the sentence's end), the
// word is a person, so her health news blocks; the season itself, greeted
// or followed by a common noun, stays no one.
func TestSeasonFirstNameGreeted(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats to Summer Rivers on her new hip!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Summer on her new hip!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "congratulations Autumn!! baby boy arrived at 7lb 2oz 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon, Winter. Rest that ankle after Tuesday's surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kudos to Autumn Bailey for finishing chemo this week", want: post.VerdictBlock, rule: "PRIV-10"},
		// The season stays a season.
		{text: "Hello Summer! ☀️ Remember SPF 30 and plenty of water.", want: post.VerdictPass},
		{text: "Happy first day of Summer! Our hours change Monday.", want: post.VerdictPass},
		{text: "Congrats to Summer camp counselors on a great season of first-aid training!", want: post.VerdictPass},
		{text: "Cheers to Winter break: the clinic closes Dec 24 and reopens Jan 2.", want: post.VerdictPass},
	})
}
