package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestEverydayCareOfNamed23: families and neighbours told by a kin title
// or a nickname ("Tía Nena", "Lolo Ben", "Big Lou") with their care in
// everyday words the lexicon did not read: a blood sugar said as "her
// sugar" or "his sugars", tobacco given up said as "off cigarettes",
// "free of cigarettes", "quit chewing" or "meses sin fumar", oxygen
// given up ("off the oxygen") and a cut closed ("stitching her up"). Sugar as food, a smoke-free zone and
// advice to every reader name no one's care. Our own wording.
func TestEverydayCareOfNamed23(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// clean traps first: a named person with no care only warns
		{text: "Tía Nena brought her sugar cookies to the front desk again 🍪", want: post.VerdictReview},
		{text: "Grandma Lupe's sugar skulls won the Día de los Muertos contest at our office! 💀", want: post.VerdictReview},
		{text: "Our quit-smoking class meets Tuesdays: tips for staying off cigarettes through the holidays.", want: post.VerdictPass},
		{text: "Recuerden: el estacionamiento de la clínica es zona sin fumar, gracias.", want: post.VerdictPass},
		{text: "Abuelita Cuca says to cut the sugar in your coffee, mijo ☕", want: post.VerdictReview},
		{text: "Uncle Ray's sugar cane stand is back at the farmers market Saturday!", want: post.VerdictReview},
		// care of a named person in everyday words
		{text: "Props to Rosa's papaw, Mr. Delgado, for 5 years off cigarettes! 🚭", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to 'Big Lou' from the grain elevator, eight months off cigarettes with our quit program!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tita Marites from the bakery on 5th is officially ONE YEAR free of cigarettes 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pawpaw Remy finally quit chewing after 50 years.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "¡Felicidades a Doña Chela por sus 6 meses sin fumar! 🚭", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tía Nena finally let us check her sugar and it was 290.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to abuelita Cuca from the Zapotec community: her sugar is finally under control! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grandpa Eagleheart from Walthill says his sugars are the best they've been in years.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lolo Ben wants his grandkids to know the sugar is under control now.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tía Mela wants everyone to know her fasting sugar is finally under 120 ❤️", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Teta Nawal from the Sunday lunch is finally off the oxygen!! 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kim from the Main St florist says thanks for stitching her up after the trail crash 🩹", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
