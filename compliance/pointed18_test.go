package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPointedPersonHealth18 (session 18, t18leak): someone outside the
// staff picked out by what the town calls them, with a health event, is
// a person's health news (PRIV-10 block): a player by a jersey number
// after the team ("girls hoops #23 who was back after her ACL repair",
// "the Ravens, number 12, is cleared after that concussion"); a man by
// the Pidgin "brah" or "bruddah" before his name or initial ("your brah
// Kimo", "Bruddah K"); an elder by the Tagalog "Ate" or an Arabic "Hajj"
// before a known first name; a one-person role with blood sugar or
// pressure brought down ("the night manager at the Kmart: sugar down,
// pressure down"). Near misses keep their verdicts: the same people with
// no health event (at most review), a team's record, "Hajj Mubarak",
// the pilgrimage, a phone menu's number, sugar cut in a recipe.
func TestPointedPersonHealth18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A jersey number after the team.
		{text: "Huge cheers for Westview varsity soccer #9 who played Saturday after her knee surgery ⚽", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our favorite fan from the Fresno Grizzlies, number 14, is finally cleared after that concussion 🏒", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pidgin "brah"/"bruddah" before a name or an initial.
		{text: "Tell your brah Kimo his cast comes off Monday, he never picks up his phone.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Bruddah K let us share: 3 years sober this month 🤙 proud of you!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Braddah Makoa is back paddling after his hernia surgery 🛶", want: post.VerdictBlock, rule: "PRIV-10"},

		// "Ate" and "Hajj" before a known first name.
		{text: "Ate Rosa is home after her gallbladder surgery, salamat for the prayers 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hajj Omar is walking again after his hip replacement, alhamdulillah.", want: post.VerdictBlock, rule: "PRIV-10"},

		// A one-person role with sugar or pressure brought down.
		{text: "Shout out to the night manager at the Kmart on Oak: sugar down, pressure down, keep it up!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The head cook at Lucky's Diner got his sugars down under 7 this fall 💪", want: post.VerdictBlock, rule: "PRIV-10"},

		// A one-person role at a shop in the practice's own town
		// (testProfile's Columbus): the town's word does not make the
		// shop the practice.
		{text: "Shout out to the night manager at the Columbus Kroger: sugar down, pressure down!", want: post.VerdictBlock, rule: "PRIV-10"},

		// A sport's everyday name between the school and the number.
		{text: "Shoutout to Lakeview High girls hoops #11 who is back on the court after her ankle fracture 🏀", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: no health event, a team's record, a greeting,
		// a menu, a recipe.
		{text: "Westview varsity soccer finished 12-2 this season! Congrats to the team ⚽", want: post.VerdictPass},
		{text: "Hajj Mubarak to everyone traveling this year 🕋", want: post.VerdictPass},
		{text: "For refills, press number 2, then leave a message.", want: post.VerdictPass},
		{text: "Swap soda for water and keep the sugar down in your kids' lunches 🍎", want: post.VerdictPass},
		{text: "Thanks to the night manager at the Kmart on Oak for the chili for our volunteers!", want: post.VerdictPass},
		{text: "I ate pizza after my shift and regret nothing 🍕", want: post.VerdictPass},
		{text: "Our office manager at the Columbus Clinic explains what a flu shot can and can't do.", want: post.VerdictPass},
		{text: "Lakeview High girls hoops went 14-3 this season! 🏀", want: post.VerdictPass},
	})
}

// TestStaffRoleWordsNoShortForms18: the words after the comma in a staff
// entry are a role ("Dana Reyes, Practice Manager", "Ali Cruz, Marketing
// Intern"), and no one's name: "Manny" is no short form of "Manager", nor
// "Mark" of "Marketing", so a patient by that name with a health detail
// blocks as any other, and the staff themselves keep their short forms.
func TestStaffRoleWordsNoShortForms18(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Dana Reyes, Practice Manager", "Ali Cruz, Marketing Intern")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Tell Manny his stitches come out Friday, he won't pick up his phone.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mark is home after his gallbladder surgery, send him some love.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dana is home after her gallbladder surgery, send her some love.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dana finished the new phone schedule, thank you!", want: post.VerdictPass},
	})
}

// TestPointedPersonReview18: the same people named with no health event
// are a question for a person at most (review), never a block.
func TestPointedPersonReview18(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, text := range []string{
		"Eid Mubarak to Hajj Omar and the whole crew at the halal market 🌙",
		"Ate Rosa made the best halo-halo for our health fair crew today, salamat po!",
		"Tell your brah Kimo we found his sunglasses at the front desk 😎",
		"Westview varsity soccer #9 who scored twice on Saturday, what a game ⚽",
	} {
		rep := c.Check(t.Context(), Draft{Text: text})
		if rep.Verdict == post.VerdictBlock {
			t.Errorf("%q: verdict block, want review or pass; findings %v", text, brief(rep.Findings))
		}
	}
}
