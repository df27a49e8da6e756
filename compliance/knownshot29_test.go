package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestKnownPersonShot29 (session 29, t29privacy): one person the town knows
// (by a name with or without a title, by an office spoken to, by the one
// honour a named school gives) told getting a shot at the practice is a
// patient everyone can name (PRIV-10 block). rolecare26.go read a sleeve
// rolled up only by a role ("Even the mayor rolled up a sleeve"); writers
// who read no rules also roll it up for a pastor named, with where they
// are from between ("Even Father Jim from Corpus Christi rolled up his
// sleeve"), thank an office by its title alone for "your" shot ("Thank
// you, Mayor, for getting your shingles shot"), and name a school with a
// particle in it before the one it honours ("the Mount de Sales Academy
// valedictorian, who got her meningitis booster with us"). Read by kind
// on dev171, dev173 and dev175 (three writers); the sentences here are
// new. Near misses: staff and crowds rolling up sleeves, sleeves rolled
// up for work, an office thanked for its work, the town spoken to, an
// honour with no care.
func TestKnownPersonShot29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Even Rabbi Stein from Beth Shalom rolled up his sleeve at our flu clinic this morning! 💉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Busy Saturday at the vaccine clinic 💉 Even Pastor Ruth from the Lutheran church rolled up her sleeve.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Even Miss Patty rolled up her sleeve for a COVID booster today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you, Sheriff, for getting your flu shot with us this morning!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks, Governor, for coming in for your shingles vaccine today. What an example for the state!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shout-out to the Notre Dame de Sion valedictorian, who got her meningitis booster with us before college! 🎓", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big congrats to the Academy of Holy Angels principal, who got his COVID booster here this morning.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Even our nurses rolled up their sleeves today! Flu shots for the whole team 💪", want: post.VerdictPass},
		{text: "Thank you, Sheriff, for speaking at our flu clinic kickoff this morning!", want: post.VerdictPass},
		{text: "Roll up your sleeve, Springfield! Flu shots are walk-in all week.", want: post.VerdictPass},
		{text: "Thanks, Mayor, for getting your team to our blood drive this morning!", want: post.VerdictPass},
		{text: "Congrats to the Notre Dame de Sion valedictorian on a great speech at graduation! 🎓", want: post.VerdictPass},
		{text: "Even Father Jim from St. Agnes rolled up his sleeves and helped us set up the flu clinic tent.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
