package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// staffEventProfile is testProfile with staff who go by short forms:
// "Yesi" for Yesenia, "Denny" for Dennis.
func staffEventProfile() Profile {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Yesenia Ramos, Front Desk Coordinator", "Dennis Walsh, Practice Manager")
	p.Disabled = append(p.Disabled, "PRIV-16")
	return p
}

// TestStaffOwnEventFrames18 (session 18, t18leak): a staff member's own
// health event told in frames the staff walk did not read. Resting (or
// recovering) after a procedure, at home or not; a race run "months after
// getting a stent"; years sober told before the name ("5 years sober
// this month for Denny"); the end of a course of chemo ("finished her last
// chemo", "rang the bell ... last round of chemo done"); a pregnancy told
// by when the baby is due ("is expecting in May"); a short form with a
// pet ending ("Yesi" for Yesenia). All are the staff member's health
// news (PRIV-10 block, docs/COMPLIANCE.md staff's own health). Near
// misses keep their verdicts: resting after a fair, a licence earned, a
// milestone at work, a bell rung at a market, the chemo a doctor helps
// patients through, a busy season expected.
func TestStaffOwnEventFrames18(t *testing.T) {
	checkFamilyCasesFor(t, staffEventProfile(), []familyCase{
		// Resting or recovering after a procedure.
		{text: "Dr. Greene is home resting after an emergency appendectomy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sending hugs to Dr. Patel, who is home resting after a hip replacement. Dr. Greene has her Tuesday patients.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is resting after knee surgery this week, so please be patient with the phones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our own Sarah, home recuperating after a tonsillectomy. The break room misses you!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Care undergone, told after another deed.
		{text: "Kevin ran the half marathon only a year after getting a pacemaker. Inspiring!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Proud of Sarah: she hiked Mount Whitney just months after having a stroke.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Sobriety told before the name.
		{text: "3 years sober this week for our own Kevin! So proud of you.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ten years clean today for Denny 🙌", want: post.VerdictBlock, rule: "PRIV-10"},

		// The end of a course of treatment.
		{text: "Kevin finished his last chemo today! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Everyone cheer for Sarah, who rang the bell this morning!! Final round of radiation done 🔔", want: post.VerdictBlock, rule: "PRIV-10"},

		// A pregnancy told by when the baby is due.
		{text: "Baby news! Dr. Patel is expecting in May 👶", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is expecting this spring, and the front desk is already picking names.", want: post.VerdictBlock, rule: "PRIV-10"},

		// A short form with a pet ending.
		{text: "Yesi is out this week recovering from gallbladder surgery, so the phones may be slow.", want: post.VerdictBlock, rule: "PRIV-10"},

		// A health leave told after a patient cue.
		{text: "Sarah has been pumping between patients since coming back from maternity leave, so proud of her 🍼", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses.
		{text: "Kevin is home resting after the health fair 😅 what a turnout!", want: post.VerdictPass},
		{text: "Sarah ran the marathon a year after getting her nursing license!", want: post.VerdictPass},
		{text: "Yesi passed her notary exam this week! 🎉", want: post.VerdictPass},
		{text: "3 years with the practice this week for our own Kevin! So proud of you.", want: post.VerdictPass},
		{text: "Sarah rang the bell to open the farmers market today 🔔", want: post.VerdictPass},
		{text: "Dr. Patel helps patients through their last round of chemo with a smile.", want: post.VerdictPass},
		{text: "Dr. Patel is expecting a busy flu season, so book your shot early.", want: post.VerdictPass},
		{text: "Dr. Greene explains what to expect after getting a stent. Link in bio.", want: post.VerdictPass},
		{text: "Denny finished the budget today! Coffee is on him.", want: post.VerdictPass},
		{text: "Sarah helps patients plan for families on maternity leave.", want: post.VerdictPass},
	})
}

// TestStaffOwnEventFramesLinear18: the frames above are read near the
// name, so a long run of them stays linear.
func TestStaffOwnEventFramesLinear18(t *testing.T) {
	c := rulesChecker(t, staffEventProfile())
	for _, unit := range []string{"Kevin is home resting after ", "years sober for Kevin ", "after getting a stent Sarah ", "Sarah rang the bell chemo "} {
		requireLinearText(t, c, unit)
	}
}
