package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's session 14 (issue 11): wrong blocks outside names,
// written in our own words, through checkSevCases (fa13_test.go).

// TestTownsThatAreNoOnesHome14: PRIV-07 guards where one patient lives. A
// town inside a disease's name ("Valley fever"), a town an illness is
// driven out of ("keep the flu out of Millbrook"), the practice's room in
// a town ("Exam 2 in Hibbing"), a "sick day" that is time off, and several
// ZIP codes listed as the area a program serves place no one. A town or a
// single ZIP beside one person's care still blocks.
func TestTownsThatAreNoOnesHome14(t *testing.T) {
	checkSevCases(t, []sevCase{
		// A disease named after a place.
		{text: "New this spring: faster testing for Valley fever at both offices.", rule: "PRIV-07"},
		{text: "Is that cough Valley fever? After a dust storm, ask us about a test.", rule: "PRIV-07"},
		{text: "New in Valley fever care: same-day results at our Delano office.", rule: "PRIV-07"},
		{text: "Big steps in Lyme disease care this year, now at both offices.", rule: "PRIV-07"},
		{text: "Our patient from Shafter came in with Valley fever.", rule: "PRIV-07", want: post.SeverityBlock},
		// An illness driven out of a town.
		{text: "Help us kick the flu out of Brainerd this winter: shots at the library Saturday.", rule: "PRIV-07"},
		{text: "Let's keep measles out of Millbrook, vaccines are free at the fair.", rule: "PRIV-07"},
		{text: "We flew the patient with a stroke out of Akiak last night.", rule: "PRIV-07", want: post.SeverityBlock},
		// The practice's own room or office in a town.
		{text: "Exam 2 in Hibbing just got a new bariatric table so we can care for patients of every size.", rule: "PRIV-07"},
		{text: "Room 2 in Eveleth is getting a new lift so we can help patients of every size.", rule: "PRIV-07"},
		{text: "Our office in Eveleth is getting new carpet, so patients will be seen upstairs this week.", rule: "PRIV-07"},
		{text: "The patient in Exam 2 is from Eveleth and has shingles.", rule: "PRIV-07", want: post.SeverityBlock},
		// Time off work.
		{text: "A dairy farmer from Lodi once told us, 'cows don't take sick days.' Neither does the flu.", rule: "PRIV-07"},
		{text: "A dairy farmer near Lodi once told us, 'the barn doesn't take sick days.'", rule: "PRIV-07"},
		{text: "A farmer from Lodi was in with a bad flu and missed a week.", rule: "PRIV-07", want: post.SeverityBlock},
		// ZIP codes listed as a program's area.
		{text: "Children under 6 who live in 38106, 38109 or 38114 can get a free lead test at the health department.", rule: "PRIV-07"},
		{text: "Families in ZIP codes 60623 and 60624 qualify for free asthma home visits.", rule: "PRIV-07"},
		{text: "Kids living in 38106 can get a lead test at the health department.", rule: "PRIV-07"},
		{text: "Two kids in 38106 and one in 38109 caught measles this week.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Three teens in 38106 came down with whooping cough.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "The toddler in 38109 with lead poisoning is doing better.", rule: "PRIV-07", want: post.SeverityBlock},
	})
}

// TestTripsAreNoOnesHome14: PRIV-07 guards where one patient lives. A
// town someone of the practice went to on a trip ("Dr. Greene is back from
// vacation in Ponce", "Kevin spent a week in Cancun") is where they
// travelled, no home. A patient back from a trip with an illness still
// blocks: the post is about their care.
func TestTripsAreNoOnesHome14(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Dr. Greene is back from vacation in Ponce, so ask him about the mofongo, not about his sunburn.", rule: "PRIV-07"},
		{text: "Kevin just got back from his honeymoon in Tulum with a wicked sunburn. Wear sunscreen, folks!", rule: "PRIV-07"},
		{text: "Dr. Patel spent her holiday in Galway and came home with a cold, of course.", rule: "PRIV-07"},
		{text: "Our patient is back from vacation in Ponce with dengue fever.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "The boy from Ponce had dengue fever after his trip.", rule: "PRIV-07", want: post.SeverityBlock},
	})
}
