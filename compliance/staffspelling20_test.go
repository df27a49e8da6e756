package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// spellingProfile is a practice whose staff list is written the way its
// people write their own names: with marks, in Vietnamese order (family
// name first, "Thị" before the given name), with a Cyrillic-born name
// spelt in Latin letters, and with Spanish, English and Filipino given
// names that go by a pet form.
func spellingProfile() Profile {
	p := testProfile()
	p.StaffNames = []string{"Tomás Ibarra, MD", "Thérèse Gagnon, RN", "Lò Thị Cầm, LPN", "Nguyễn Văn Hùng, PA-C",
		"Inés Cárdenas, CMA", "Svetlana Morozova, RN", "Oksana Hrytsenko, NP", "Rosario Benavides, CHW",
		"Jesús Olvera, MA", "Concepción Ruiz, Front Desk", "Marites Dizon, NP", "Margaret Doyle, RN",
		"Henry Akers, PT", "Teresa Lund, LPN", "Nguyễn Thảo, MD"}
	p.Disabled = append(p.Disabled, "PRIV-16")
	return p
}

// TestStaffSpelledOtherwise (session 20, t20clean): a staff member named
// in a post as people write them, not as the staff list does, is the staff
// member: without the marks of their name ("Tomas", "Therese", "Cam" for
// Cầm, "Ines"), in the script of their language ("Светлана" for
// Svetlana), or by the pet form their given name goes by ("Chayo" for
// Rosario, "Chuy" for Jesús, "Peggy" for Margaret, "Hank" for Henry,
// "Tess" for Teresa or Marites). Their good news passes; their own health
// is still theirs (PRIV-10 block), and a surname spelt without marks
// alone ("Nguyen from the bakery") may be anyone who shares it.
func TestStaffSpelledOtherwise(t *testing.T) {
	checkFamilyCasesFor(t, spellingProfile(), []familyCase{
		// Without the marks of the list.
		{text: "Tomas is running the Columbus half marathon Sunday! Cheer at mile 9 🏃", want: post.VerdictPass},
		{text: "Congrats to Therese on 20 years with us! 🎉", want: post.VerdictPass},
		{text: "Cam from our east office passed her citizenship interview today! Congrats Cam 🇺🇸", want: post.VerdictPass},
		{text: "Ines baked tres leches for the whole team. We're not sharing.", want: post.VerdictPass},
		{text: "¡Felicidades a Ines por su graduación de la escuela de enfermería! 🎓", want: post.VerdictPass},
		{text: "Hung from the Westside office is the new pickleball champ of the staff league 🏓", want: post.VerdictPass},
		// In the script of their language.
		{text: "Светлана finished her first marathon! So proud of our nurse 🏅", want: post.VerdictPass},
		{text: "Вітаємо, Оксана! Our NP just became a U.S. citizen 🇺🇸", want: post.VerdictPass},
		// A plural or polite imperative said to the reader or to the staff
		// member is a verb, not a second person.
		{text: "Our nurse Svetlana runs the city marathon Sunday! Бегите, Светлана! Cheer at mile 18 🏃", want: post.VerdictPass},
		{text: "Приходьте на щеплення в суботу! Flu shots 9-1 at our Main St office 💉", want: post.VerdictPass},
		{text: "Поздравьте Оксану: our NP just finished her doctorate 🎓", want: post.VerdictPass},
		// By a pet form of the given name.
		{text: "Chayo and the promotoras knocked on 300 doors this weekend for flu shot week 💪", want: post.VerdictPass},
		{text: "Chuy brought pan dulce for the staff meeting. Best Monday ever.", want: post.VerdictPass},
		{text: "Happy retirement, Peggy! 31 years of answering our phones with a smile.", want: post.VerdictPass},
		{text: "Hank is our new PT and already knows the whole front desk by name.", want: post.VerdictPass},
		{text: "NP Tess and Dr. Ibarra are covering both offices this week.", want: post.VerdictPass},
		{text: "Concha's tamales won the staff potluck again 🫔", want: post.VerdictPass},

		// Near misses: their own health is still theirs.
		{text: "Cam from our east office is home after her gallbladder surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tomas is out this week recovering from his knee replacement.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Светлана is back after her chemo, welcome back!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Chayo is home after her hysterectomy, send her love 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Peggy is home after her hip replacement and already bored.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A surname spelt without marks may be anyone's; a name the staff
		// list does not hold stays a person.
		{text: "Nguyen from the bakery dropped off bánh mì for the whole team 🥖", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Bartholomew from the hardware store fixed our sign for free.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Наталія from the hardware store fixed our sign.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Вітайте Наталію! She fixed our sign for free.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}
