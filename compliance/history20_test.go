package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestHistoryPostFigures20 (session 20, t20clean): a post that marks
// history (a heritage or history month, a day of remembrance, the town's
// history, a hero or a pioneer) tells of public people: a whole name in a
// sentence of it with no health, no patient cue and no thanks or greeting
// is a figure of that history, whatever list holds them or not. A
// patient's care told in it, a thanks to a neighbour, or a name told as
// one of the practice's people keep their verdicts.
func TestHistoryPostFigures20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Before Rosa Parks there was Claudette Colvin, fifteen and just as stubborn. Black history is Ohio history too. #BHM", want: post.VerdictPass},
		{text: "Bayard Rustin organized the March on Washington from a tiny office in Harlem. Happy Black History Month from our team.", want: post.VerdictPass},
		{text: "Frances Perkins pushed through the weekend you are enjoying right now. Happy Labor Day! Offices closed Monday.", want: post.VerdictPass},
		{text: "Mes de la Herencia Hispana: Dolores Huerta coined 'Sí, se puede' in Phoenix in 1972. ¡Orgullo!", want: post.VerdictPass},
		{text: "New on the lobby history wall: Ely Parker, a Seneca engineer, wrote out the surrender terms at Appomattox.", want: post.VerdictPass},
		{text: "Women's History Month: Mary Seacole nursed soldiers in Crimea when the army turned her away.", want: post.VerdictPass},
		{text: "Juneteenth reminder: Opal Lee walked halfway across the country at 89 to make this a holiday.", want: post.VerdictPass},

		// Near misses: care, a patient, a thanks, the practice's own.
		{text: "Black History Month spotlight: Maria Lopez, our patient for 40 years, beat breast cancer twice.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Women's History Month: June Carter had her hip replaced here at 101 and walked out dancing.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "History made today: Jamal Carter rang the bell after his last round of chemo!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Black history is local history. Keisha Brown painted the mural on our east wall.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Black history is local history. Keisha Brown has lived on Elm Street for 60 years.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Black history is local history. Keisha Brown brought her famous pound cake today.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy Black History Month! Congrats to Keisha Brown on her new baby boy 💙", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
