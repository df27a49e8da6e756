package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffHealthEverydayWords21 (session 21, t21lex): a staff member's
// own health told in the everyday words an office uses, which the staff
// walk did not read: back home after their procedure, on bed rest or on
// oxygen, out this week with an illness, months along, "EXPECTING — due
// in June", a clean screening result, weeks of an illness, powering
// through one, a sobriety chip, finding out they have a condition, and a
// deed a span of time after "his"/"her" procedure. Each is their health
// information (PRIV-10 block, docs/COMPLIANCE.md staff's own health).
// Near misses keep their verdicts: care they give, a return from a
// conference or a walk, vaccines they model, time off with family. Staff
// in testProfile: Anita Patel, Marcus Greene, Sarah Lopez, Kevin Tran.
func TestStaffHealthEverydayWords21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Back after their own care.
		{text: "Kevin is back home after his bypass, and already asking about the schedule", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene is back from cardiac rehab and nagging us all about salt again 🧂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah returns Monday after her gallbladder surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		// On a treatment or rest.
		{text: "Sarah is on bed rest until the baby comes, so Kevin has the phones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene is on oxygen at home for now, send him good vibes", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is on crutches this week so be patient at the desk 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		// Out with an illness after a span of time.
		{text: "Our own Sarah is out this week with mono 😷 be nice to the temps", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is home today with strep, Sarah has the front desk.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A pregnancy told by months or a due date after a dash.
		{text: "Our receptionist Sarah is 7 months along and still beating us up the stairs!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big news from the front desk: Sarah is EXPECTING — due in June! 👶", want: post.VerdictBlock, rule: "PRIV-10"},
		// A screening's result.
		{text: "Congrats to our nurse Sarah on a clean mammogram! Ladies, book yours.", want: post.VerdictBlock, rule: "PRIV-10"},
		// An illness lived through.
		{text: "Kevin is back after two weeks of pneumonia, go easy on him 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to Kevin for powering through a kidney stone and still opening on time 😅", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah just found out she's celiac 😩 send her your best gluten-free recipes", want: post.VerdictBlock, rule: "PRIV-10"},
		// Sobriety told by its chip.
		{text: "So proud of our own Sarah, who picked up her 1-year chip this weekend 💜", want: post.VerdictBlock, rule: "PRIV-10"},
		// A deed a span of time after "his" or "her" procedure.
		{text: "Kevin ran the Columbus Marathon just 6 months after his bypass surgery!!!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel swam across Buckeye Lake 8 months after getting her heart stent", want: post.VerdictBlock, rule: "PRIV-10"},
		// A greeting, then the news in the next sentence.
		{text: "Welcome back Kevin!! Appendix's gone, sense of humor's still here 😂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Sarah! Three weeks of shingles couldn't keep her away 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back, Dr. Greene! Recovery from the hip replacement went smoothly and he sees patients Tuesday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Kevin!! First week at the desk since finishing chemo 🎉", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: no health of their own.
		{text: "Welcome back Sarah!! Flu shots are in, come get yours.", want: post.VerdictPass},
		{text: "Welcome back Dr. Greene! Hip replacement follow-ups are on Tuesdays again.", want: post.VerdictPass},
		{text: "Welcome back Sarah!! Vacation in Maui looked amazing 🌺", want: post.VerdictPass},
		{text: "Welcome back Kevin! Flu season is here, so book your shot online.", want: post.VerdictPass},
		{text: "Sarah is back from the rehab conference in Denver", want: post.VerdictPass},
		{text: "Dr. Patel is back from the cancer walk downtown with a medal 🏅", want: post.VerdictPass},
		{text: "Kevin is back after lunch, Sarah has the phones until then", want: post.VerdictPass},
		{text: "Dr. Patel is on call this weekend for the Westside office", want: post.VerdictPass},
		{text: "Dr. Greene is on the diabetes team at the hospital this month", want: post.VerdictPass},
		{text: "Sarah is on insulin pump training all morning", want: post.VerdictPass},
		{text: "Kevin is out this week with the mobile van in Hilltop", want: post.VerdictPass},
		{text: "Sarah is home today with her kids, snow day ❄️", want: post.VerdictPass},
		{text: "Kevin is 3 months along in his Spanish class and already chatting with patients", want: post.VerdictPass},
		{text: "Dr. Patel is expecting — as always — everyone to wash their hands.", want: post.VerdictPass},
		{text: "Congrats to Sarah on a clean sweep at trivia night 🏆", want: post.VerdictPass},
		{text: "Sarah got her mammogram today. Have you booked yours?", want: post.VerdictPass},
		{text: "Kevin powered through forty flu shots before lunch 💉", want: post.VerdictPass},
		{text: "Dr. Greene is powering through the flu season rush like a champ", want: post.VerdictPass},
		{text: "Sarah just found out she's an aunt! 🎉", want: post.VerdictPass},
		{text: "Kevin picked up his chips and salsa order for the potluck 🌮", want: post.VerdictPass},
		{text: "Dr. Patel ran the Columbus Marathon just 6 months after her first one!", want: post.VerdictPass},
		{text: "Kevin says most people walk again 6 weeks after their knee surgery.", want: post.VerdictPass},
		{text: "After two weeks of training, Kevin is back at the desk!", want: post.VerdictPass},
		{text: "Dr. Greene reads a normal mammogram in under five minutes 😎", want: post.VerdictPass},
	})
}

// TestStaffHealthEverydayWords21Linear: the helpers of staffhealth21.go
// look a few words on from one token, and the greeting's next sentence is
// read once a staff name: many staff names in one long greeting, or many
// short ones, stay linear.
func TestStaffHealthEverydayWords21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Welcome back Kevin Sarah Kevin ",
		"Welcome back Kevin!! Two weeks of ",
		"Kevin is back home after the his on with out this week with ",
		"Sarah ran 6 months after his her after ",
		"Kevin is out this week with a 1-year chip of ",
	} {
		requireLinearText(t, c, unit)
	}
}
