package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Tests of the places tuner's session 12 (issue 11): each case is our own
// wording of a kind of text, not a labelled set's item. Rules alone
// (PRIV-16 disabled).

// placeCase is a text and whether PRIV-07 must block it. The verdict is
// left to the other rules: a superlative or a named person may still send
// the post to a doctor.
type placeCase struct {
	text  string
	block bool
}

// checkPlaceCases runs cases with the test profile and checks PRIV-07's
// block findings alone.
func checkPlaceCases(t *testing.T, cases []placeCase) {
	t.Helper()
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	c := rulesChecker(t, p)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: now})
		got := false
		for _, f := range rep.Findings {
			got = got || (f.Rule == "PRIV-07" && f.Severity == post.SeverityBlock)
		}
		if got != tc.block {
			t.Errorf("%q: PRIV-07 block %v, want %v; findings %v", tc.text, got, tc.block, brief(rep.Findings))
		}
	}
}

// TestPlacesThatHouseNoOne: PRIV-07 guards where one patient lives. A
// region of a state ("Southern California", "Western New York"), a span
// of towns a practice serves ("from Hollister to Gilroy"), a town where
// thousands were treated, a public body or institution someone comes
// from ("Lakeview Public Schools") and a shop placed on its street with
// no one's health in the sentence ("the pizza place on Oak Rd") house no
// one. A town or street in one patient's story still blocks.
func TestPlacesThatHouseNoOne(t *testing.T) {
	checkPlaceCases(t, []placeCase{
		// Regions of a state.
		{text: "The best asthma doctors in Southern California are right here.", block: false},
		{text: "Leading diabetes care in Western New York for 30 years.", block: false},
		{text: "Most trusted arthritis clinic in East Texas, hands down.", block: false},
		{text: "We treat more COPD than anyone in Central Pennsylvania.", block: false},
		{text: "Our patient from Middletown had a stroke last week.", block: true},
		{text: "A patient from Southern Pines came in with a broken hip today.", block: true},
		// A span of towns served, and a crowd.
		{text: "Treating kids with asthma from Hollister to Gilroy since 2004.", block: false},
		{text: "We've set thousands of broken bones, from Riverside to Corona.", block: false},
		{text: "Our patient drove from Hollister to Gilroy for her chemo every week.", block: true},
		{text: "A patient from Riverside came in with a broken hip today.", block: true},
		// Institutions people come from.
		{text: "Ms. Dana from Lakeview Public Schools helped us translate our flu shot forms into Dari.", block: false},
		{text: "Two boys from Lincoln Elementary School came in with pinkeye today.", block: true},
		{text: "Thanks to the nurses from Eastside Community Hospital who ran our diabetes class.", block: false},
		{text: "Mr. Ortiz from Grandview Library set up the flu clinic signs.", block: false},
		{text: "Ms. Dana from Lakeview had her gallbladder out last week, get well soon!", block: true},
		// A shop on its street.
		{text: "Mr. Ahmed from the pizza place on Oak Rd brought lunch for the whole office. Legend!", block: false},
		{text: "Welcome, Mr. and Mrs. Tran, the new owners of the nail salon on Pine Street!", block: false},
		{text: "Mr. Ahmed on Oak Rd, your biopsy results are in, please call us.", block: true},
		{text: "The barber on Oak Rd finally got his stitches out. Wear gloves with those clippers!", block: true},
	})
}

// TestPictureOfTheDaysBookings: a picture of a screen, board, list or
// schedule that the text says holds the day's bookings (a count of
// appointments or people booked, or one day's list) shows patients'
// names whatever the caption's mood (PRIV-12 block). A picture of a
// screen or of the practice's hours, and a count with no picture, show
// no one.
func TestPictureOfTheDaysBookings(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Friday mood 😵 (pic: our whole schedule screen for the Elm office, 38 appointments before lunch)", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "pic attached is Thursday's morning list right off the monitor, all 12 patients booked for sports physicals", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Photo of the front desk board this morning: 27 folks booked before 10am, send coffee", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Snapped a picture of today's list on the tablet. We're going to be busy!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Pic of our new check-in screen! So easy to use.", want: post.VerdictPass},
		{text: "Holiday schedule pic below: open 9-1 on Christmas Eve.", want: post.VerdictPass},
		{text: "We saw 38 appointments before lunch today. Thank you for your patience!", want: post.VerdictPass},
		{text: "Photo of the flu clinic sign-up board: 3 dates, 2 sites, no appointment needed.", want: post.VerdictPass},
	})
}

// TestRoomIsAPerson: a bed, room or chair said to "be" someone ("Bed 2
// in our observation room is a pretty famous local chef recovering from
// a burn, and she says hi") stands for the person in it; with their care
// in the sentence it discloses it (PRIV-14 block). A room that is a
// room ("is our new ultrasound suite", "is the comfiest spot") is no one.
func TestRoomIsAPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Bed 2 in our observation room is a pretty famous local chef recovering from a nasty burn, and she says hi.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Room 6 at the Elm office is the mayor's nephew, getting stitches after a bike crash. He's fine!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Chair 3 in the infusion suite is a retired fire captain who never misses a chemo day.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Bed 4 in our observation room is the comfiest spot in the building, ask anyone.", want: post.VerdictPass},
		{text: "Room 4 at the Elm office is our new ultrasound suite.", want: post.VerdictPass},
		{text: "Room 2 at the Elm office is closed today for new flooring.", want: post.VerdictPass},
	})
}

// TestRoomIsARoomNearStaff: a room that becomes a staff station or is
// told by its own use stays a room.
func TestRoomIsARoomNearStaff(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Room 3 at the Elm office is the new nurse station, come say hi.", want: post.VerdictPass},
		{text: "Room 5 at the Elm office is a student training room on Fridays.", want: post.VerdictPass},
	})
}

// TestFamilyByItsChildren: a surname named through its children ("the
// Okonkwo kids", "the Haddad girls", "the Baptiste boys") is a family,
// like "the Okonkwo family": with their care it blocks (PRIV-10). A
// people, a team, a service or a school's children ("the Hmong kids",
// "the Navy kids", "the Lincoln Elementary kids") are no family.
func TestFamilyByItsChildren(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The Okonkwo kids are officially caught up on all their vaccines! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Haddad girls both got their ear tubes out this week and are doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the Baptiste boys came in for stitches again, those trampolines 😅", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Hmong kids at the summer camp loved the tooth-brushing game.", want: post.VerdictPass},
		{text: "The Navy kids on base can get sports physicals on Saturdays.", want: post.VerdictPass},
		{text: "The Lincoln Elementary kids got a visit from our dental hygienist.", want: post.VerdictPass},
	})
}

// TestSmallPlaceWithAFinding: a handful of people from one building or
// one street, told with a finding ("three kids from the same complex
// off Oak Ridge Drive had high lead levels"), are known to their
// neighbours (PRIV-07 and PRIV-14 block); a lead level as advice, or a
// county's count, is anyone's.
func TestSmallPlaceWithAFinding(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Three kids from the same apartment complex off Oak Ridge Drive (43229) had high lead levels this month. Landlords, test your paint.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Two toddlers in the duplexes on Birch Lane came back with elevated lead this week.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Ask us about checking your child's lead levels at the 1- and 2-year checkups.", want: post.VerdictPass},
	})
}

// TestLocatedOneWithCare: one person told by the street they are on or
// the room they were in, with their care said to them ("To our friend
// on Shiloh Rd: so glad you're getting around after the amputation",
// "whoever was in exam room 3, you left your inhaler") is known to the
// neighbours and the waiting room (PRIV-07, PRIV-14). "Getting around"
// is moving, not an illness going around; blood pressure readings told
// to someone are their results.
func TestLocatedOneWithCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "To our neighbor on Cedar Rd past the feed store: so glad to see you getting around after the hip replacement!", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "To the mail carrier on Walnut Ave by the park: your blood pressure numbers this month made our whole team cheer.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Whoever was in exam room 2 after lunch (red hoodie), you left your insulin pen on the chair. It's at the desk!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Flu is going around on Cedar Rd and all over town: get your shot!", want: post.VerdictPass},
		{text: "Free blood pressure readings at the Walnut Ave fair on Saturday!", want: post.VerdictPass},
	})
}
