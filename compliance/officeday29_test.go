package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestOfficeDayDate29: a date the office keeps open or closed ("Westside
// is open Dec 26 for sick visits"), or an event's date with its clock
// time ("Trick-or-treat Oct 31, 3-5pm", "at the library, Jan 14 at 6pm")
// is the office's day; beside the sick visits, the allergies or the
// hepatitis B the post is about, PRIV-05 read it as a patient's date and
// blocked. Open, opens, closed, closes or hours a few words before the
// date, or a clock time right after it, in a sentence that tells no one
// (no person, no he or she, no patient) and no visit that happened (came,
// admitted, was seen), make it the office's. Still held: a named
// patient's date, "a patient came in Dec 26 at 6pm with frostbite", an
// admission told with its hour. The held ones first.
func TestOfficeDayDate29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: someone's date.
		{text: "Rosa Delgado was admitted Jan 14 at 6pm with chest pain, and she's home now!", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "A patient came in Dec 26 at 6pm with frostbite on three toes. Please wear boots out there.", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Our little guy with the broken arm was seen Oct 31 at 5pm in his dinosaur costume 🦖", want: post.VerdictBlock, rule: "PRIV-05"},

		// Pass: the office's days.
		{text: "Holiday hours: Eastside closed Dec 24–25 and Jan 1. Westside is open Dec 26 for sick visits.", want: post.VerdictPass},
		{text: "A teal pumpkin at our door means non-food treats for kids with allergies 🎃 Trick-or-treat in our lot Oct 31, 3–5pm.", want: post.VerdictPass},
		{text: "Dr. Greene talks about hepatitis B and liver cancer at the Main Library, Jan 14 at 6pm. All are welcome.", want: post.VerdictPass},
		{text: "We're open Saturday, Nov 29 for flu shots and sick visits, 9 to noon.", want: post.VerdictPass},
	})
}
