package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPlacesPrayedForAreNoOne (session 16, lead): a town or country no name
// list holds, after a cue that picks out a person by an unknown name
// ("Prayers up for", "pray for", "Get well"), is the place WordNet knows
// it as: a disaster or a season there is no one's health. A name WordNet
// does not know as a place keeps its person.
func TestPlacesPrayedForAreNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Prayers up for Tulsa after last night's tornado. We are open for walk-ins tomorrow.", want: post.VerdictPass},
		{text: "Pray for Acapulco tonight 🙏 our team is driving supplies down in the morning.", want: post.VerdictPass},
		{text: "Prayers up for Kabul and for the families here who are waiting on news 💙", want: post.VerdictPass},

		// Near misses: a person no list holds keeps the block.
		{text: "Prayers up for Lito, in the ICU after heat stroke at practice.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pray for Kiese tonight, she is in the ICU after the crash.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
