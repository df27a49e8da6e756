package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// names20Profile is the test practice with staff who go by forms their
// names do not begin with: "Chuy" for Jesús, "Pancho" for Francisco,
// "Katya" for Ekaterina, "Hank" for Henry, "Lola" for Dolores, and "Cam"
// for Cầm written without its marks.
func names20Profile() Profile {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Jesús Ortega, MA", "Francisco Ruiz, RN", "Ekaterina Volkova, NP",
		"Lò Thị Cầm, LPN", "Henry Adams", "Dolores Quispe", "Oksana Melnyk", "Abdirahman Warsame", "Margarita Sosa")
	return p
}

// TestStaffGoByShortForms20 (session 20, t20names): a staff member named
// by a short form their name does not begin with (a Spanish, English or
// Russian pet form, a Vietnamese name without its tone marks) is staff:
// news of them passes, their own health blocks. Near misses: a short
// form of no staff name is anyone's first name.
func TestStaffGoByShortForms20(t *testing.T) {
	checkFamilyCasesFor(t, names20Profile(), []familyCase{
		{text: "Chuy just got back from his cousin's wedding in Jalisco!", want: post.VerdictPass},
		{text: "Pancho turns 40 today, come sign his card!", want: post.VerdictPass},
		{text: "Katya ran her first half marathon Sunday!", want: post.VerdictPass},
		{text: "Cam passed her citizenship interview today!", want: post.VerdictPass},
		{text: "Hank brought donuts again 🍩", want: post.VerdictPass},
		{text: "Lola made her famous tamales for the whole team!", want: post.VerdictPass},
		{text: "Paquito, gracias por organizar la posada 🎄", want: post.VerdictPass},
		{text: "Rita is teaching the whole front desk to crochet this winter", want: post.VerdictPass},

		// The same people's own health.
		{text: "Chuy is out this week recovering from his hernia surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Katya is out for her gallbladder surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hank had his knee replaced Monday, send him good vibes", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: a short form no staff name gives.
		{text: "Sasha stopped by the front desk to say hi today.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Memo is recovering from his hernia surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestOpenerBeforeName20 (session 20, t20names): a word that opens a
// question or a wish and is also a first name ("Can", "Will", Tagalog
// "Sana" and "Kay") is the word when a first name follows it: the person
// is the name after it, staff or not. And "drive" or "park" after a name
// that a modal opens is the verb, not a street ("Can Maria drive"). Near
// misses: "Will" with what he does after it, "Kay" before a surname.
func TestOpenerBeforeName20(t *testing.T) {
	checkFamilyCasesFor(t, names20Profile(), []familyCase{
		{text: "Can Teodora drive yet after her cataract surgery?", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Could Henrik drive after his knee replacement?", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Will Ngozi be able to drive after her eye surgery?", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Should Marisela park in the back lot while her ankle fracture heals?", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sana Rowena feels better soon after her gallbladder surgery 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Can Dolores cover the Saturday front desk?", want: post.VerdictPass},
		{text: "Kay Dolores, salamat sa masarap na pancit!", want: post.VerdictPass},
		{text: "Will Oksana lead the open house tour next week?", want: post.VerdictPass},

		// Near misses.
		{text: "Can you drive after cataract surgery? Ask us.", want: post.VerdictPass},
		{text: "Will your kids need shots before camp?", want: post.VerdictPass},
		{text: "Will finished his last round of chemo today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kay Jenkins is out for her hip surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pat the dough flat and bake at 350.", want: post.VerdictPass},
		{text: "Can Marisela park in the back lot?", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestFunctionWordsAbroad20 (session 20, t20names): a word of another
// language that is also a name ("Tal" of Spanish "tal vez", "Ella"
// "she" before a Spanish verb, Tagalog "Sana") opens a sentence as the
// word. Near misses: the same names doing something in English.
func TestFunctionWordsAbroad20(t *testing.T) {
	checkFamilyCasesFor(t, names20Profile(), []familyCase{
		{text: "Tal vez necesites un refuerzo de tétanos este año.", want: post.VerdictPass},
		{text: "Tal como lo prometimos, abrimos el sábado.", want: post.VerdictPass},
		{text: "Ella ya está mejor después de la cirugía.", want: post.VerdictPass},
		{text: "Ella tiene cita el martes para su mamografía.", want: post.VerdictPass},
		{text: "Sana all may flu shot na! 💉", want: post.VerdictPass},

		// Near misses.
		{text: "Ella is back home after her tonsillectomy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tal had his appendix out last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tal Cohen had his appendix out.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
