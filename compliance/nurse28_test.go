package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNurseShortName28: a nurse goes by the first letter or two of a
// name ("Nurse D", "Nurse Lu", "Nurse Ka"), as a doctor goes by "Dr. A";
// when the letters begin a staff member's name, the nurse is staff
// (PRIV-10 warned, and blocked beside shots given). Letters that begin
// no staff name, a courtesy title, no title at all and a nurse's
// relative keep the person held. The held ones come first.
func TestNurseShortName28(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = []string{"Anita Patel, MD", "Lucero Ibarra, RN", "Ka Zoua Her, LPN", "Devonte Price, CMA", "Pa Nhia Lee, LVN"}
	checkFamilyCasesFor(t, p, []familyCase{
		// Held: letters of no staff name, another title, no title, kin.
		{text: "Nurse Jo had her hip replaced here last week and is already walking the halls.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nurse Q from the county hospital came in for her mammogram today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Lu had her cataract surgery with us on Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lu got her stitches out today and says thanks to everyone!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nurse Lu is out this week recovering from gallbladder surgery. Send her good vibes!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lucero is out this week recovering from gallbladder surgery. Send her good vibes!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nurse D ran the river 5K four months after getting his heart stent!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Devonte ran the river 5K four months after getting his heart stent!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nurse Lu's dad is home recovering from his heart attack. Send him good thoughts!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: staff by the letters of their name.
		{text: "Questions about school shot forms? Ask Nurse Lu at the front window!", want: post.VerdictPass},
		{text: "Nurse D gave 35 flu shots at the church health fair today. Teamwork 💪", want: post.VerdictPass},
		{text: "Thank you, Nurse L and Nurse D, for covering the Saturday walk-in hours 🙌", want: post.VerdictPass},
		{text: "Nurse Ka speaks Hmong and English, so ask for her when you call the nurse line 📞", want: post.VerdictPass},
		{text: "Nurse Pa and Nurse Lu ran the whole 5K in reindeer antlers 🦌", want: post.VerdictPass},
	})
}

// TestLateScoldRule28: a late arrival's reaction scolded as the office's
// rule ("show up late and then act shocked when we reschedule you? Not
// sorry.") disparages patients (PROF-03 block) whoever's rule it is
// said to be; the PRIV-10 warning a nurse's letters drew was the only
// flag it had. Asking late patients to call stays clean.
func TestLateScoldRule28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dr. Greene's rule: roll in 25 minutes late and then act shocked when we reschedule you? Not sorry 💅", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Skip the reminder texts and then act surprised when we charge the no-show fee? Bold move.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Running late? Call us and we'll do our best to fit you in 💙", want: post.VerdictPass},
		{text: "If you're more than 15 minutes late we may need to reschedule you. Thanks for understanding!", want: post.VerdictPass},
	})
}
