package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffCareInScheduleNote19 (session 19, t19leak): a staff member's
// own care told in passing as a scheduling note is their health news
// (PRIV-10 block, docs/COMPLIANCE.md staff's own health): "at his own
// appointment", "at her chemo", "out for his colonoscopy prep", "back
// from PT", and "Name's at ..." where the "'s" is "is", not a
// possessive. Near misses keep their verdicts: at a training, at the
// hospital doing rounds, at a relative's appointment (review, as
// before), a bare "out today". Staff in testProfile: Anita Patel, Marcus
// Greene, Sarah Lopez, Kevin Tran.
func TestStaffCareInScheduleNote19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// At their own appointment, with or without a health word.
		{text: "Phones are slow this morning — Kevin is at his own doctor's appointment until 11.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah's at her own appointment this afternoon, back at 3!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene is at his physical therapy appointment, back after lunch", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "kevin's at his cardiology appt rn so call sarah for refills", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is at a dentist appointment until 10, Sarah has the phones", want: post.VerdictBlock, rule: "PRIV-10"},
		// At a treatment, with no appointment word.
		{text: "Sarah's at chemo this morning, so Kevin is covering phones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is at her infusion until noon; walk-ins see Dr. Greene.", want: post.VerdictBlock, rule: "PRIV-10"},
		// The contraction "'s" for "is" before an absence or a return.
		{text: "Heads up, Kevin's out for his colonoscopy prep today, Sarah has the desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's back from PT and walking better already", want: post.VerdictBlock, rule: "PRIV-10"},
		// "back" after "'s" as the body part, the possessive it is.
		{text: "Kevin's back pain is finally gone 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah's back surgery went great, she says hi!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Spanish.
		{text: "Kevin está en su cita médica, regresa a las 11.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah está en su propia cita esta tarde, vuelve a las 3.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: a schedule with no care, the care they give.
		{text: "Sarah's at a training until noon", want: post.VerdictPass},
		{text: "Kevin's out today, Sarah has the desk", want: post.VerdictPass},
		{text: "Dr. Greene is at the hospital doing rounds, back by 2", want: post.VerdictPass},
		{text: "Kevin's at his kid's soccer game, back at 4 ⚽", want: post.VerdictPass},
		{text: "Dr. Patel is at her 2pm appointment with the school board.", want: post.VerdictPass},
		{text: "Sarah's at the flu shot clinic at the library all day 💉", want: post.VerdictPass},
		{text: "Sarah is at radiation oncology today covering for Kevin.", want: post.VerdictPass},
		{text: "Dr. Greene is at dialysis rounds until 11, then clinic.", want: post.VerdictPass},
		{text: "Kevin's schedule is full today, book with Sarah", want: post.VerdictPass},
		{text: "Dr. Greene's appointments open Monday, book online!", want: post.VerdictPass},
		{text: "Kevin está en una capacitación hasta las 11.", want: post.VerdictPass},
		{text: "Sarah is at her daughter's appointment this morning", want: post.VerdictReview},
	})
}

// TestStaffDeedAfterCare19: a deed done a span of time after the staff
// member's own procedure ("ran the half 8 weeks after knee surgery") tells
// the procedure as theirs, with or without "getting" before it; what
// anyone can do after a procedure is a lesson.
func TestStaffDeedAfterCare19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dr. Patel ran the Columbus half marathon 6 weeks after hip surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin was back on his bike two months after a knee replacement 🚴", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah hiked Old Man's Cave 10 weeks post ACL surgery, legend", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: a lesson, a race with no care.
		{text: "Dr. Patel says most people can drive 6 weeks after hip surgery.", want: post.VerdictPass},
		{text: "Dr. Greene ran the Columbus half marathon 6 weeks after the Chicago one!", want: post.VerdictPass},
		{text: "Kevin helps patients walk again 2 weeks after knee surgery.", want: post.VerdictPass},
	})
}

// TestStaffInitialsPair19: a doctor who goes by the initials of a
// first name in two parts ("Dr. JL" for Jean-Luc Bernard) is staff in
// the staff walk as "Dr. Bernard" is: their own surgery blocks.
func TestStaffInitialsPair19(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Jean-Luc Bernard, MD")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Dr. JL had knee surgery Friday, back in two weeks.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. JL is out this week for shoulder surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. JL is out this week for a conference.", want: post.VerdictPass},
		{text: "Dr. JL does knee surgery consults on Tuesdays.", want: post.VerdictPass},
	})
}
