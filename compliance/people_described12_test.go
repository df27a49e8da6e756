package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner E's work (issue 11, session 12): one person told by a
// description instead of a name, tied to a named place, team or crew,
// beside a health detail. Our own wording of each shape, with the
// near misses that must still pass.

// TestLookBeforeNamedEmployer: a word of how someone looks ("the tall",
// "the young") may stand before the employer or place that makes the job
// one person's ("the tall Boeing engineer", "the young Hy-Vee cashier");
// it is the same person as without it.
func TestLookBeforeNamedEmployer(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The tall Boeing engineer at our booth had a seizure Saturday, and he's doing fine now.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the young Hy-Vee cashier who rang us up Friday had her gallbladder out this week 💛", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The older Sinclair mechanic finally got his hernia repaired last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tall or short, young or old: everyone needs a flu shot this fall.", want: post.VerdictPass},
		{text: "The tall Pines Elementary sign out front now lists our flu clinic hours.", want: post.VerdictPass},
	})
}

// TestHeadOfACrew: "the head of" a crew, a patrol, a team or a club, or
// of a job at a named place ("the head of maintenance at Lincoln
// Elementary"), is one person everyone there knows; "the head of the bed"
// and the head of a national agency are not a neighbour's care.
func TestHeadOfACrew(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "the head of ski patrol at Snowcrest came in Sunday with a torn ACL.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The head of the Pinecrest grounds crew is back at work after his hernia surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Prayers for the head of maintenance at Lincoln Elementary, who had a stroke Tuesday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The head of the bed should stay raised for a week after your sinus surgery.", want: post.VerdictPass},
		{text: "The head of the CDC says flu season is starting early this year. Get your shot.", want: post.VerdictPass},
		{text: "Thanks to the head of the Riverside PTA for organizing our back-to-school vaccine drive!", want: post.VerdictPass},
	})
}

// TestSomeoneOnANamedCrew: "somebody on the Canton hog barn crew", "someone
// from the Eastside road crew" is one of a handful of people everyone on
// the crew can name; with a health detail it tells whose. Advice to a
// crew, a crew's group care, and "someone" at a large place are no one.
func TestSomeoneOnANamedCrew(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Not naming names, but someone on the Dell Rapids road crew got a nasty tetanus scare last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "somebody from the Millbrook paving crew needed eight stitches in his shin Monday 😬", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Someone on the Tigers varsity squad is finally cleared after his concussion. Welcome back!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Crew members, wear gloves when you handle feed: tetanus is no joke.", want: post.VerdictPass},
		{text: "Shoutout to the Millbrook hog barn crew for coming in for tetanus boosters together.", want: post.VerdictPass},
		{text: "If someone on your crew gets a deep cut, clean it and call us about a tetanus shot.", want: post.VerdictPass},
		{text: "Someone from the Sioux Falls packing plant asked about flu shots, so here are our hours.", want: post.VerdictPass},
	})
}

// TestRoleThenHisHealth: a one-person role in one sentence and "his" or
// "her" health in the next ("The pastor at Grace Lutheran asked us to
// share the news. His bypass went well.") tells that person's care, as a
// name would. A next sentence of advice to everyone, or with no "he" or
// "she", is not theirs.
func TestRoleThenHisHealth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The pastor at Grace Lutheran asked us to pass along his thanks. His triple bypass went well and he's home resting.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Say hi to the crossing guard at Lincoln Elementary this week! She finished her last round of chemo on Friday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Millbrook postmaster stopped by with cookies. He is six months sober and wanted us to tell you.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to the head coach at Riverside High for the team photo. Book a sports physical for every player before practice starts.", want: post.VerdictPass},
		{text: "Ask the pharmacist at the Main St Walgreens about shingles shots. She can check your records.", want: post.VerdictPass},
	})
}
