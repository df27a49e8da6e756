package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffOwnHealth16 (session 16, t16person): a staff member's own
// health news told in the words the staff reading did not know blocks
// (PRIV-10), as their surgery does: a hospital or ICU stay ("home after
// two weeks in the hospital"), a recovery told by "recovers from", being
// out with an illness, a pregnancy told by "is expecting" alone, and the
// same news told before a clause where another staff member covers their
// patients ("so Sarah will see his patients": the patients are the
// colleague's care, not the staff member's story). Near misses: a career
// in a hospital, care a staff member gives, "expecting" with an object,
// a week away somewhere else keep their verdicts. Staff in testProfile:
// Anita Patel, Marcus Greene, Sarah Lopez, Kevin Tran.
func TestStaffOwnHealth16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A stay in hospital.
		{text: "Kevin is home after two weeks in the hospital. We missed you at the desk!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So good to see Sarah back at check-in after five days in the ICU 💛", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin spent three nights in the ICU last month, and he's doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Kevin after a week in the hospital!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is back at work after a night in the ER with a kidney stone.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene was admitted to the hospital over the weekend; cards welcome at the front desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin was hospitalized Friday but he's doing better.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin lleva dos semanas en el hospital. ¡Ánimo, Kevin!", want: post.VerdictBlock, rule: "PRIV-10"},

		// A recovery told by "recovers", "recovered", Spanish.
		{text: "Please keep Kevin in your prayers while he recovers from gallbladder surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel has fully recovered from her bout of pneumonia and is seeing patients Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah se está recuperando de su cirugía. ¡Te extrañamos!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Out with an illness, and a colleague covering.
		{text: "Kevin is out with the flu this week. Feel better!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is out this week recovering from COVID so Sarah will cover his Tuesday patients.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is off with pneumonia, so Dr. Greene will see her patients until Friday.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Our Sarah is out for a couple weeks after gallbladder surgery, so be patient with the phones 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is out for two days for a family wedding 💒", want: post.VerdictPass},

		// The news before the sentence's first patient cue.
		{text: "Sarah is back from maternity leave and brought pictures of the little one! 👶", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is home recovering from pneumonia, so the kiddos at Tuesday's clinic will see Dr. Greene.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is back from lunch and saw a patient recovering from knee surgery.", want: post.VerdictPass},
		{text: "Sarah is back from her training and will see patients recovering from knee surgery.", want: post.VerdictPass},

		// A pregnancy told by "expecting" alone.
		{text: "Big news from the front desk: Sarah is expecting!! 🍼 Baby arrives in the spring.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is expecting 👶", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is expecting again!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is expecting her second this fall.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "¡Sarah está embarazada! 🍼", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: a career, care given, an object, a week away.
		{text: "Dr. Greene spent ten years in the ICU before joining us.", want: post.VerdictPass},
		{text: "Dr. Greene spent two weeks in the ICU rotation at Riverside before joining us.", want: post.VerdictPass},
		{text: "Kevin will be at the hospital on Tuesday for the blood drive.", want: post.VerdictPass},
		{text: "Sarah helps people recover from knee surgery in our rehab gym.", want: post.VerdictPass},
		{text: "Kevin is out this week at a conference, so Sarah will cover his patients.", want: post.VerdictPass},
		{text: "Kevin is out with the mobile team at the county fair today.", want: post.VerdictPass},
		{text: "Sarah is expecting you at 3pm for the diabetes class.", want: post.VerdictPass},
		{text: "Kevin is expecting a busy flu season, so book early!", want: post.VerdictPass},
		{text: "Sarah is expecting: lots of questions about the new portal.", want: post.VerdictPass},
		{text: "Kevin is back after a week in Hawaii 🌺", want: post.VerdictPass},
		{text: "Sarah and Kevin are back from the trauma-informed care training. Lots to share with the team!", want: post.VerdictPass},
		{text: "Sarah is back from the stroke support group conference, with lots of ideas.", want: post.VerdictPass},
		{text: "Dr. Greene recovered the stolen bikes from the parking lot, our hero 🚲", want: post.VerdictPass},
	})
}

// TestStaffOwnHealth16Linear: the stay, recovery and clause walks look a
// few tokens around each staff name, so a long post of many staff names
// and stays stays linear.
func TestStaffOwnHealth16Linear(t *testing.T) {
	c := rulesChecker(t, testProfile())
	unit := "Kevin is out this week after two days in the hospital so Sarah will cover his patients while he recovers from surgery. "
	requireLinearText(t, c, unit)
}
