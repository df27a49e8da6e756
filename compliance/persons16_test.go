package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNamedPersonNotStaff16 (session 16, t16person): a person named in a
// way that made the rules read them as no one, or as a staff member,
// keeps their health news a person's (PRIV-10 block):
//   - a first name and the initial "T" ("Mike T."), which the name finder
//     took for the "t" of "don't";
//   - a kin title before a word of a staff name ("Grandma Lopez" when
//     Sarah Lopez is on staff): a relative or an elder, not the staff
//     member;
//   - an initial before a staff surname that no staff member with that
//     surname has ("J. Lopez" when the staff member is Sarah Lopez);
//   - a given name that is a staff member's without its last vowel
//     ("Samir" for staff Samira, "Daniel" for Daniela): another name,
//     not a short form.
//
// Near misses keep their verdicts: contractions, staff by their own
// initial ("K. Tran"), a staff member's flu shot as the example set, a
// person with no health news (review at most).
func TestNamedPersonNotStaff16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats to Mike T. on one year sober this week! 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Huge shoutout to Rosa T., our favorite crossing guard, on finishing chemo!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mike T is home after his knee surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grandma Lopez got her second shingles shot today and didn't even flinch 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Auntie Tran is off insulin after a year of our walking group 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "J. Lopez: your mammogram results are ready, please log in to the portal.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "R. Tran, your biopsy results are in. Please call us.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Mr. Lopez (no relation to our Sarah!): your flu swab came back negative.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nyibol sent us a pic from Kampala: she's doing great on her new HIV meds!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses.
		{text: "Mr. Lopez will run the diabetes class Thursday, bring your questions.", want: post.VerdictPass},
		{text: "Don't miss our flu clinic Saturday!", want: post.VerdictPass},
		{text: "DON'T wait on that flu shot 💉 walk-ins welcome", want: post.VerdictPass},
		{text: "Mike T. stopped by with donuts for the front desk!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "K. Tran will teach the diabetes class Thursday.", want: post.VerdictPass},
		{text: "S. Lopez runs the Tuesday diabetes class, bring your questions.", want: post.VerdictPass},
		{text: "Nurse Lopez got her flu shot today. Have you?", want: post.VerdictPass},
		{text: "Kevin's grandma taught him to make dumplings and he brought some in 🥟", want: post.VerdictPass},
	})
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Samira Haddad, Community Health Worker", "Daniela Ruiz, RN", "Katherine Olsen, MA", "Rusty O'Hara, Front Desk Lead", "Summer O'Rourke, ATC")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Samir was in our exam room last week barely able to breathe from pneumonia. So glad he's better!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Daniel is home after his knee surgery, welcome back!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: the staff member and their short forms.
		{text: "Samira is teaching the diabetes class Thursday at the library.", want: post.VerdictPass},
		{text: "Dani runs our Saturday flu clinic, come say hi!", want: post.VerdictPass},
		{text: "Come make a lei with Aunty Samira at our booth this Saturday 🌺", want: post.VerdictPass},
		{text: "Congrats to Samira T. on finishing chemo! We're so proud of you.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Staff spotlight: Rusty O'Hara has run our front desk for 15 years.", want: post.VerdictPass},
		{text: "Summer O'Rourke, ATC just finished her first half marathon 🏃", want: post.VerdictPass},
		{text: "Kathy will be at the health fair booth all day Saturday.", want: post.VerdictPass},
	})
}
