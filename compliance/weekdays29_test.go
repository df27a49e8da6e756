package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPluralWeekdayNoName29: a weekday in the plural ("open Saturdays",
// "Tuesdays and Thursdays", "Dr. Greene Saturdays at 8") tells the days the
// office keeps; the name finder read it as a first name (or a surname after
// one) and PRIV-10 warned, or blocked beside the shots or sick visits it
// offers. No one is called "Saturdays": a plural weekday starts and ends no
// name. Still held: a weekday that is a name ("Sunday Adeyemi", "Happy
// birthday, Sunday! She ..."), a named patient's standing day ("Maria
// comes in Tuesdays for her chemo", "Saturdays are hard for Rosa
// Delgado"). The held ones first.
func TestPluralWeekdayNoName29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: a person, whatever days are beside them.
		{text: "Sunday Adeyemi had her gallbladder out with us on Tuesday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy birthday, Sunday! She just finished her last round of chemo.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Maria comes in Tuesdays for her chemo infusions. Send her some love!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mondays and Fridays are dialysis days for Tomasz Wrobel, and he still never misses a Knights game.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Saturdays are hard for Rosa Delgado since her chemo moved to the Eastside office.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: days the office keeps.
		{text: "Our Eastside office is now open Saturdays, 9 to noon! Sick visits and quick questions welcome.", want: post.VerdictPass},
		{text: "Walk-in flu shots Tuesdays and Thursdays, 8 to 11, at both offices. No appointment needed.", want: post.VerdictPass},
		{text: "Sports physicals Mondays, Wednesdays and Fridays after 3 pm all summer 🏈", want: post.VerdictPass},
		{text: "Prenatal yoga is back! Thursdays at 6 pm in the community room. Free for everyone expecting.", want: post.VerdictPass},
		{text: "Join Dr. Greene Saturdays at 8 am for Walk with a Doc at Riverside Park. Bring water and a friend!", want: post.VerdictPass},
		{text: "Nuestra clínica abre los Sábados y Domingos para vacunas contra la gripe, de 9 a 12.", want: post.VerdictPass},
	})
}
