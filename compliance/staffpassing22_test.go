package compliance

import (
	"context"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffHealthInPassing22 (session 22, t22staff): a staff member's or
// a staff member's relative's own health told in everyday words, and
// present care told after a frame that looks safe (a heritage month).
// Each tells a person's health (PRIV-10 block, docs/COMPLIANCE.md staff's
// own health). Near misses keep their verdicts: staff news with no health
// detail, care the staff give, advice, a history with no present care.
// Staff in testProfile: Anita Patel, Marcus Greene, Sarah Lopez, Kevin Tran.
func TestStaffHealthInPassing22(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Fighting an illness, said with no "through".
		{text: "Kevin is battling pneumonia this week, so the phones may be slow", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah has been fighting the flu all week 🤒 be patient with the front desk", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin está luchando contra la neumonía esta semana, tengan paciencia", want: post.VerdictBlock, rule: "PRIV-10"},
		// Sobriety told before the name after "Happy".
		{text: "Happy 1 year sober to our own Kevin! So proud of you 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		// A walking aid, an injury told with "he"/"she".
		{text: "Kevin's walking with a cane for a bit after he tore his Achilles at the regatta. Be nice to him 😅", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene is hobbling around in a boot since she... kidding, since HE broke his ankle on the ice", want: post.VerdictBlock, rule: "PRIV-10"},
		// The reason of an absence told with "because his/her".
		{text: "Welcome back Kevin! He was out three weeks because his appendix decided to quit on him 😅", want: post.VerdictBlock, rule: "PRIV-10"},
		// Signed by the staff member.
		{text: "Sarah here! I'll be out Mon–Wed for my own little procedure (nothing scary lol)", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin here — yes, I finally got the celiac diagnosis, so no more donuts for me 😭", want: post.VerdictBlock, rule: "PRIV-10"},
		// A due date after a dash.
		{text: "Big congrats to Nurse Sarah — baby #2 is due in March! 🤰", want: post.VerdictBlock, rule: "PRIV-10"},
		// A staff member's relative in other words.
		{text: "Kevin's girlfriend is expecting!! 🍼 The front desk is already planning the shower.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Extra special visitor: Dr. Patel's own umma came in for her shingles shot 😄", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene's pépère came in for his annual physical and out-walked us all on the stairs", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Anita ji's nephew passed his hearing test after the tubes! She brought sweets for everyone", want: post.VerdictBlock, rule: "PRIV-10"},
		// Another language.
		{text: "Dada Sarah yuko likizo wiki hii — anapona baada ya upasuaji wa goti. Tumkumbuke katika sala 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		// A heritage frame that turns to present care.
		{text: "Hispanic Heritage Month: Rosa Martinez opened the first clinic in the valley in 1962. She is in our care now after her stroke.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: no health of their own, or care they give.
		{text: "Kevin is battling the flu season crowds at the front desk like a champ 💪", want: post.VerdictPass},
		{text: "Sarah says feel better to everyone battling pneumonia this week: rest and fluids.", want: post.VerdictPass},
		{text: "Dr. Greene has been fighting for better diabetes care in Columbus for 20 years", want: post.VerdictPass},
		{text: "Happy 1 year to our own Kevin! Best front desk ever 🎉", want: post.VerdictPass},
		{text: "Kevin is walking with the heart walk team this Saturday, come join!", want: post.VerdictPass},
		{text: "Dr. Greene does knee surgery on Tuesdays and Thursdays now.", want: post.VerdictPass},
		{text: "Welcome back Kevin! He was out three weeks because his vacation got extended 🌴", want: post.VerdictPass},
		{text: "Sarah here! I'll be out Mon–Wed for my own little vacation 🏖️", want: post.VerdictPass},
		{text: "Big congrats to Sarah — the wedding is in March! 💍", want: post.VerdictPass},
		{text: "Kevin's girlfriend ran the Columbus half marathon this weekend 🏃", want: post.VerdictPass},
		{text: "Anita ji's mom taught us all to make samosas for the potluck 🥟", want: post.VerdictPass},
		{text: "Dr. Greene's pépère founded the first pharmacy in town in 1931", want: post.VerdictPass},
		{text: "Dada Sarah yuko likizo wiki hii — anasafiri kwenda Mombasa. Karibu tena!", want: post.VerdictPass},
		{text: "Hispanic Heritage Month: Rosa Martinez opened the first clinic in the valley in 1962. She cared for every family for forty years.", want: post.VerdictPass},
	})
}

// TestStaffPassing22Linear: the looks of staffpassing22.go read a few
// words from one token, and a present-care look reads at most two
// sentences of 24 words a name: text ×16 costs linear time.
func TestStaffPassing22Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Kevin is battling pneumonia, walking with a cane, in a boot, out because his appendix, ",
		"Sarah here, my own little procedure, I got the celiac diagnosis, baby #2 is due in March, ",
		"Anita ji's nephew, Kevin's girlfriend is expecting, Dada Sarah anapona baada ya upasuaji, luchando contra la neumonía, ",
		"Heritage Month: Rosa Martinez opened the clinic in 1962. She is in our care now after her stroke. ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestStaffPassing22OddInput: the new looks at the very end of a text.
func TestStaffPassing22OddInput(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"Kevin is battling", "Kevin is walking with", "Kevin is in a", "Kevin is out because his", "Sarah here, my own",
		"Kevin got the diagnosis", "baby is due", "Anita ji", "Anita ji's", "Dada Sarah anapona baada", "Kevin está luchando contra",
		"Heritage Month: Rosa Martinez. She", "\x00", "\xff", "",
	} {
		c.Check(context.Background(), Draft{Text: text})
	}
}
