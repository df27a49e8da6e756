package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestBoardShowsRealNames: a post whose board or screen is said to show
// real people ("names in the background are from this morning's class",
// "that's the real sign-up board") shows them as text would (PRIV-12
// block), the display named in one sentence and its names in the next.
// Names said blurred, made up or a test account's pass.
func TestBoardShowsRealNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sneak peek of our new scheduling board! (names in the background are from this morning's diabetes class, sorry for the mess)", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Our new check-in screen is live! The names on it in this photo are today's walk-ins 😅", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Pic of the new patient board in the hallway. Those are this week's names on it, so excuse the scribbles!", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Sneak peek of our new scheduling board! (names in the background are blurred)", want: post.VerdictPass},
		{text: "Sneak peek of our new scheduling board! The names in the photo are from a test account, no real data.", want: post.VerdictPass},
		{text: "Our board of directors met this morning! Names and bios are on our website.", want: post.VerdictPass},
	})
}

// TestStaffKinInPortugueseSpanish: a staff member's relative told with
// their care in Portuguese or Spanish ("a mãe da Dawn terminou a
// radioterapia", "el papá de Kelsey salió de cirugía") names the patient
// through the staff member, as "Dawn's mom finished radiation" does
// (PRIV-10 block). The relative with no care told passes.
func TestStaffKinInPortugueseSpanish(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A mãe da Sarah (our RN!) finished radiation today, she rang the bell and we all cried", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "O pai do Kevin terminou a quimioterapia hoje! Parabéns, família!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "La mamá de Sarah, nuestra enfermera, salió de cirugía y está muy bien 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "El esposo de Sarah finished his last chemo today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A avó da Joy saiu do hospital depois da cirurgia 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A mãe da Sarah fez um bolo de fubá para a equipe hoje! 🎂", want: post.VerdictPass},
		{text: "La mamá de Kevin nos trajo tamales para la posada 🎄", want: post.VerdictPass},
	})
}

// TestKhmerKinTitleWithCare: a Khmer title of kin or respect before a
// name ("លោកយាយ ស្រីមុំ", grandmother Sreymom) with care she had
// ("វះកាត់", surgery) names a patient (PRIV-10 block), as "Grandma
// Sreymom's eye surgery" does in English. The title with no care, or care
// with no one named, passes.
func TestKhmerKinTitleWithCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "សូមអបអរសាទរ លោកតា សុខា ដែលបានវះកាត់ជង្គង់ដោយជោគជ័យ! 🙏", want: post.VerdictBlock},
		{text: "អបអរ អ៊ំស្រី ធីតា បានវះកាត់ភ្នែករួចរាល់ហើយ", want: post.VerdictBlock},
		{text: "សូមអរគុណ លោកយាយ ស្រីមុំ សម្រាប់នំដ៏ឆ្ងាញ់! 🙏", want: post.VerdictPass},
	})
}
