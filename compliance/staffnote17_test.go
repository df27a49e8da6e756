package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffNoteOwnHealth17 (session 17, t17leak): a staff member who
// heads a post as a note from them ("Quick note from Dr. Patel:", "A
// message from Sarah —") and tells their own procedure or leave in the
// first person shares their health news as a post signed "— Dr. Patel"
// does (PRIV-10 block, staff_self15.go); "a minor procedure", "my
// scheduled surgery" are still their care. Near misses keep their
// verdicts: a note about the practice, a first-person absence with no
// health event, a note from someone not on staff.
func TestStaffNoteOwnHealth17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Quick note from Dr. Patel: I'll be out through the 20th for a minor procedure. Dr. Greene has my patients.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A message from Sarah — I'm off next week for my scheduled surgery, see you all soon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Update from Kevin: back at the front desk Monday after my gallbladder surgery 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "I'll be out through the 20th for a minor procedure. Dr. Greene is covering my patients. — Dr. Patel", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses.
		{text: "A message from Dr. Patel: I'm so proud of our team for this year's flu clinic!", want: post.VerdictPass},
		{text: "Quick note from Dr. Patel: I'll be out through the 20th at a conference. Dr. Greene has my patients.", want: post.VerdictPass},
		{text: "Update from Sarah: the diabetes class moves to Thursday. I hope to see you there!", want: post.VerdictPass},
		{text: "A note from our billing team: statements go out on the 5th.", want: post.VerdictPass},
		{text: "We'll do a quick check for a minor cavity at your cleaning, nothing to worry about.", want: post.VerdictPass},
	})
}

// TestRespectSuffixes17 (session 17, t17leak): a title of respect said
// after the name in Bengali, Urdu, Punjabi, Persian and Turkish ("Rumana
// apa", "Nasreen baji", "Ayşe teyze", "Mehmet bey") makes the word before
// it a person, as "Nilesh bhai" does: with health news PRIV-10 blocks,
// without it the name goes to a person (review).
func TestRespectSuffixes17(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our moms' circle has a new member 🥹 Rumana apa's little boy, 7 lb 2 oz, delivered Tuesday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nasreen baji is home after her knee replacement, welcome back!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ayşe teyze finished her last round of chemo today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So glad Karim agha is walking again after his hip surgery 🙏", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: the title with no health news; the words in a
		// place's or a dish's name.
		{text: "Mehmet bey, thank you for the baklava!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Try the Turkish apricots at our health fair snack table!", want: post.VerdictPass},
	})
}
