package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// staffShortProfile is a practice whose staff go by forms the staff list
// does not spell: two-letter short forms ("Jo" for Joelle, "Ty" for
// Tyrell), a pet form that doubles a consonant before "i" ("Terri" for
// Teresa) and the other romanization of a Slavic "-iya"/"-ia" name
// ("Natalia" for Nataliya, "Mariya" for Maria).
func staffShortProfile() Profile {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Joelle Brannigan, Marketing Coordinator", "Tyrell Okoro, Marketing Intern",
		"Teresa Vukovich, Practice Manager", "Nataliya Hrytsenko, PA-C", "Maria Osei, RN", "Edwin Carrow, LPN")
	return p
}

// TestStaffTwoLetterShortForms: a staff member goes by a well-known
// two-letter short form of their first name, and a staff member's
// non-health news passes (session 17, clean passing); their health news,
// and anyone's whose first name only looks alike, still does not.
func TestStaffTwoLetterShortForms(t *testing.T) {
	checkFamilyCasesFor(t, staffShortProfile(), []familyCase{
		{text: "Big thanks to Jo and Tyrell for subtitling every video on our page this month!", want: post.VerdictPass},
		{text: "Jo won the chili cook-off at the county fair. Nobody is surprised.", want: post.VerdictPass},
		{text: "Ty is running our TikTok until he graduates in May. Pray for us 😂", want: post.VerdictPass},
		{text: "Ed brought donuts for the whole back office this morning 🍩", want: post.VerdictPass},
		{text: "Terri ran her first 5K on Saturday and wants you to know she barely walked.", want: post.VerdictPass},
		{text: "Natalia now sees patients in Ukrainian and Russian on Wednesdays.", want: post.VerdictPass},
		{text: "Mariya has Spanish visits at the Oak Street office on Fridays.", want: post.VerdictPass},
		// Near misses: a staff member's own health news stays a block,
		// and two letters no staff first name begins with stay a name.
		{text: "Jo broke her wrist at the roller derby bout and is out until March.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big thanks to Bo and Tyrell for subtitling every video on our page this month!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Nadia won the chili cook-off at the county fair.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestSignedCourseOfTreatment: a staff member who signs a post and tells
// a course of treatment they go through ("I'm home finishing chemo")
// shares their own health news (PRIV-10 block), by short form or full
// name; the treatments they give are their work.
func TestSignedCourseOfTreatment(t *testing.T) {
	checkFamilyCasesFor(t, staffShortProfile(), []familyCase{
		{text: "Terri here! I'm home finishing chemo and feeling stronger every week. Thank you for the cards.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Teresa here — I started dialysis last month, so you'll see me at the desk three days a week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ty here. Still finishing my radiation, back in the office in June!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: the care a signer gives, and a course of no one's.
		{text: "Teresa here — I'm starting radiation consults for our cancer patients on Fridays.", want: post.VerdictPass},
		{text: "Terri here! I finished the half marathon in Erie and I'm never doing that again 😂", want: post.VerdictPass},
	})
}
