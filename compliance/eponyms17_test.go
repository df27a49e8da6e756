package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// eponymProfile is a practice whose community names carry the names of
// the town's figures of history: a center, a holiday and a museum named
// for them, and a street.
func eponymProfile() Profile {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.CommunityNames = append(p.CommunityNames, "Marston Center", "Ellery Okafor Day", "Whitcomb Museum", "Dunbar Street", "Adeyemi Tailoring Shop")
	return p
}

// TestCommunityEponym: the figure a community place is named for, told
// by a whole name with a founding deed or beside the place itself, is
// history, not a patient (session 18, clean passing): "Paul Tsongas
// fought to create the park" where the town lists the Tsongas Center.
// Anyone else who shares the surname, told with care or thanked for a
// favour, is still a person.
func TestCommunityEponym(t *testing.T) {
	checkFamilyCasesFor(t, eponymProfile(), []familyCase{
		{text: "Ruth Marston fought to build the riverfront trail. Our staff walked all of it Saturday!", want: post.VerdictPass},
		{text: "Ellery Okafor Day is March 3 and our lobby will have a reading corner about Okafor, who started the town's first lending library.", want: post.VerdictPass},
		{text: "The Whitcomb Museum was founded by Amos Whitcomb in memory of Clara Whitcomb, and it is a short walk from our clinic.", want: post.VerdictPass},
		// Near misses: a neighbour who shares the surname, with news,
		// a favour or care; a courtesy title; a street's namesake.
		{text: "Congrats to Dana Marston on her new baby girl!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Ben Whitcomb for fixing our front gate!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Amos Whitcomb from the Whitcomb Museum had his knee replaced here last week and is already back at work.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you to Tunde Adeyemi of Adeyemi Tailoring Shop for hemming our new lobby curtains!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Mr. Marston founded the chess club at the senior center and still plays every Tuesday.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestCommunityEponymLinear: each person asks the community names once
// and the post's words once per name that holds their surname: the cost
// grows in step with the post.
func TestCommunityEponymLinear(t *testing.T) {
	c := rulesChecker(t, eponymProfile())
	requireLinearText(t, c, "Ruth Marston founded the Marston Center. Ellery Okafor Day is soon. ")
}
