package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetsSignerInOtherForm26 (session 26, t26reply): a reply that
// greets its reviewer by the name they signed with, written another way
// (a title of rank, respect or kin spelled out or swapped, "Sgt." for
// "SFC", "Señora" for "Sra."; a pet form, "Lupe" for "Guadalupe"; a
// surname said with a title for a signer who gave a first name and an
// initial) names no third person: it is a greeting, review at most
// (REV-02 warn). Near misses: a name that is not the signer's still
// blocks, and the greeting beside care told still blocks (REV-01).
func TestReplyGreetsSignerInOtherForm26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Ranks and courtesies swapped or spelled out.
		{text: "Hola Sgto. Ramírez, gracias por sus comentarios. Llámenos al 907-555-0142.", review: "El cobro fue confuso. — SSG Ramírez", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Staff Sergeant Ortiz! We appreciate you taking the time.", review: "Quick and easy. — SSgt Ortiz", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks, Corporal Hines! Semper Fi.", review: "In and out in 20 min. — Cpl. Hines", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Lieutenant Baptiste, we appreciate the kind words!", review: "Great front desk. — 1LT Baptiste", want: post.VerdictReview, rule: "REV-02"},
		{text: "Muito obrigado, Senhora Tavares! Volte sempre.", review: "Atendimento ótimo. — Sra. Tavares", want: post.VerdictReview, rule: "REV-02"},
		{text: "¡Mil gracias, Señor Quintero! Un abrazo.", review: "Excelente atención. — Sr. Quintero", want: post.VerdictReview, rule: "REV-02"},
		// A pet form of the signed first name.
		{text: "¡Gracias, Doña Chayo! Que Dios la bendiga 🌷", review: "Muy amables todos. — Rosario M.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks so much, Miss Peggy! You made our day.", review: "Sweetest nurses in town. — Margaret H.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Спасибо, Саша! Нам очень приятно 🌸", review: "Отличная клиника. — Александр К.", want: post.VerdictReview, rule: "REV-02"},
		// Near misses: another person named, the greeting beside care.
		{text: "Thanks, Corporal Hines! Tell Sgt. Delgado his stitches look great.", review: "In and out in 20 min. — Cpl. Hines", want: post.VerdictBlock},
		{text: "¡Gracias, Doña Chayo! Qué bueno que la insulina nueva le está funcionando 🌷", review: "Muy amables todos. — Rosario M.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks so much, Miss Dolly! You made our day.", review: "Sweetest nurses in town. — Margaret H.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Muito obrigado, Senhora Pires! Volte sempre.", review: "Atendimento ótimo. — Sra. Tavares", want: post.VerdictBlock, rule: "REV-02"},
	})
}

// TestReplyCheersTeamsPlaces26 (session 26, t26reply): a reply that cheers
// a team ("Go Hornets!", "Bison up!" to a review that cheered the Bison),
// names a school's or a town's event ("the Garfield fight song", "the
// Lumbee Homecoming parade") or gives a street corner ("at Prescott &
// Vine") names no person (REV-02 was blocking them as names). Near misses:
// the same words with a person's possessive or a person greeted still
// read as names.
func TestReplyCheersTeamsPlaces26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you so much! Go Hornets! 🐝", review: "Quick sports physical before the season.", want: post.VerdictPass},
		{text: "¡Gracias! ¡Vamos Tecolotes! 🦉", review: "Muy buen servicio.", want: post.VerdictPass},
		{text: "Thanks! And Bison up 🦬", review: "Fast and friendly, go Bisons!", want: post.VerdictPass},
		{text: "Thanks, and Hawk up! 🦅", review: "Nice people, go Hawks!", want: post.VerdictPass},
		{text: "Hey Kiara, thanks so much! Go Lumberjacks! 🪓", review: "In and out in 15 minutes. — Kiara", want: post.VerdictReview, rule: "REV-02"},
		{text: "Our front desk hums the Garfield fight song all week before the big game 🎺", review: "Love the school spirit here", want: post.VerdictPass},
		{text: "We'll have a water station at the Lumbee Homecoming parade again this summer!", review: "Thanks for the free water last year", want: post.VerdictPass},
		{text: "Our flu shot van parks every Friday at Prescott & Vine.", review: "Where is the van?", want: post.VerdictPass},
		{text: "The mobile clinic stops on Saturdays at Alder and Whitman.", review: "Is the mobile clinic still running?", want: post.VerdictPass},
		// Near misses: a person after all.
		{text: "Thanks! Tell Garfield his stitches look great 🎺", review: "Love the school spirit here", want: post.VerdictBlock},
		{text: "We saw Prescott's soccer game photos, so glad his ankle healed!", review: "Great clinic", want: post.VerdictBlock},
		{text: "Thanks to Milton and Sarah for bringing their mom in!", review: "Great clinic", want: post.VerdictBlock},
	})
}
