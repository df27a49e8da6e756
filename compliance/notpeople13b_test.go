package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// officeProfile is a practice with offices on two streets, a staff
// pharmacist and a community of its own.
func officeProfile() Profile {
	return Profile{
		PracticeName: "Birchwood Family Clinic",
		State:        "OH",
		Phones:       []string{"614-555-0101"},
		Addresses:    []string{"215 Kessler Ave, Columbus, OH 43201", "90 Hartwell St, Suite 3, Dublin, OH 43017"},
		StaffNames:   []string{"Ana Perez, MD", "Tom Reilly, PA-C"},
		CommunityNames: []string{
			"Columbus", "Dublin", "Grandview",
		},
	}
}

// TestOwnOfficesByStreet: a practice names its offices by the street of
// their address ("our Kessler office", "10/3 Kessler, 10/10 Hartwell")
// the way it shortens its staff's names; the bare street word is no one
// (PRIV-10). A title or a health event on that word is a person still.
func TestOwnOfficesByStreet(t *testing.T) {
	checkPrecisionCasesFor(t, officeProfile(), []precisionCase{
		{text: "Flu shot days: 10/3 Kessler, 10/10 Hartwell, 10/17 at the library.", rule: "PRIV-10"},
		{text: "Our Kessler office closes at noon on Friday for staff training.", rule: "PRIV-10"},
		{text: "The Hartwell St office has new parking out back.", rule: "PRIV-10"},
		{text: "Walk-ins welcome at Hartwell and Kessler this Saturday, 9 to 1.", rule: "PRIV-10"},
		{text: "Our Kessler Avenue team raised $900 for the food bank!", rule: "PRIV-10"},
		// Still people.
		{text: "Mr. Kessler's surgery went well and he is home today.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Get well soon, Mrs. Hartwell! We heard about your hip fracture.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestNameOurStaffRole: "Linh, our pharmacist, is teaching a class"
// introduces the practice's own staff, listed or not, and tells no
// health event of theirs (PRIV-10). A name with "our patient", or with a
// health event told, is a person still.
func TestNameOurStaffRole(t *testing.T) {
	checkPrecisionCasesFor(t, officeProfile(), []precisionCase{
		{text: "Linh, our pharmacist, is teaching a free class on reading medication labels Thursday at 6.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Say hi to Marisol, our new front desk coordinator, when you check in!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Questions about your bill? Deshawn, our billing specialist, is here Monday to Friday.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Our dietitian, Priya, will be at the farmers market on Saturday with recipes.", rule: "PRIV-10", want: post.SeverityInfo},
		// Still people.
		{text: "Linh, our pharmacist, is out after her knee surgery. Wish her well!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Marisol, our patient, beat breast cancer this year!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Deshawn, our billing specialist, had a heart attack over the weekend.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
