package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestWeekdayInSchedule20 (session 20, t20clean): a short weekday in a
// schedule is a day, not a person named Thu or Mon: in parentheses after
// a place or a service ("Riverside (Thu)"), or before a clock time written
// as people write it ("Thu 7am–noon", "Sat 9:30"). A person with the same
// name and a health event is still someone.
func TestWeekdayInSchedule20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Flu shot clinics this week: Lakeview (Tue), Riverside (Thu), Grove City (Sat). Bring your insurance card.", want: post.VerdictPass},
		{text: "Sandbags at the fairgrounds Thu 7am–noon, bring a shovel 🌀", want: post.VerdictPass},
		{text: "Lab draws start early on Sat 6:30am, no appointment needed.", want: post.VerdictPass},
		{text: "Horario de vacunas: Westside (Mon), Eastside (Wed), todos bienvenidos.", want: post.VerdictPass},
		{text: "Sports physicals: $25, Thu 4pm-7pm in the gym.", want: post.VerdictReview, rule: "CLAIM-07"},

		{text: "Thu had her baby girl Tuesday night! Congrats from all of us 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thu Nguyen from the bakery brought us bánh mì today 🥖", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thu Nguyen (Mon) and Lan Pham (Thu) won the raffle!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
