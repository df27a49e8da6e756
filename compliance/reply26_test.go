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

// TestReplyNamesUntoldCondition26 (session 26, t26reply): a reply that
// wishes the reviewer's person well by a condition or a medicine the
// review never named ("we hope his eczema stays calm" to "great with my
// son", "glad the Zofran helped", "que su asma siga controlada") tells
// what that person was seen for: only the practice knows it (REV-01
// block). Near misses: the condition the review itself told, wished well,
// goes to a person (review); a wish for everyone's season names no one's.
func TestReplyNamesUntoldCondition26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! We hope his eczema stays calm through the winter.", review: "Dr. Ana was wonderful with my son.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So kind of you! We hope her vertigo keeps easing up 🌷", review: "The nurses were lovely to my mom.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks for the stars! Hope their croup is gone for good 💙", review: "Fast appointment for my twins.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Esperamos que su asma siga bien controlada.", review: "Muy amables con mi hijo.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses: the review told it; a wish for everyone.
		{text: "Thank you! We hope his eczema stays calm through the winter.", review: "Dr. Ana was wonderful with my son's eczema.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thank you! We hope everyone's allergies stay calm this spring 🌼", review: "Great clinic.", want: post.VerdictPass},
	})
}

// TestReplyGrievesPregnancyLoss26 (session 26, t26reply): a reply that
// grieves with a reviewer whose review told a miscarriage ("so sorry for
// your loss", "such a hard loss", "whenever you're ready to try again",
// "lamentamos mucho su pérdida") confirms the practice cared for them
// through it: REV-01 block, as every labelled set has it. Near misses:
// the same sympathy to a review that told a death warns; a reply that
// only thanks passes.
func TestReplyGrievesPregnancyLoss26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're so very sorry for your loss. Thank you for letting us be there with you 🤍", review: "Everyone was gentle with me when I had a miscarriage.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you for sharing this. That is such a hard loss, and we are holding you in our hearts.", review: "The midwife sat with me after I lost the baby.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We're here for you whenever you're ready to try again 💜", review: "Kindest nurses during my miscarriage last spring.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Lamentamos mucho su pérdida. Aquí estamos para lo que necesite 🤍", review: "Me trataron con mucho cariño cuando tuve un aborto espontáneo.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sentimos muito pela sua perda. Estamos aqui sempre 💜", review: "A enfermeira foi um anjo quando perdi o bebê.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses: a death, not a pregnancy; thanks only.
		{text: "Thank you for sharing your words. We'll pass them along to the team.", review: "So kind to me during my miscarriage.", want: post.VerdictPass},
		{text: "Thank you for these words. We're so sorry for your loss.", review: "The staff treated my dad like family in his last weeks.", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestReplyDosingFrequency26 (session 26, t26reply): a reply telling the
// reviewer to take or keep on a medicine at a frequency ("Continue com a
// metformina duas vezes ao dia", "Принимайте метформин дважды в день",
// "Tiếp tục uống thuốc hai lần mỗi ngày") gives their treatment in public,
// whatever the medicine's name: REV-01 block, as the English "keep taking
// it twice a day" already is. Near misses: a frequency of the practice's
// own service, with no taking, passes.
func TestReplyDosingFrequency26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Obrigado! Continue com a metformina duas vezes ao dia 🇧🇷", review: "Ótimo médico.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Спасибо! Принимайте метформин дважды в день.", review: "Хороший врач.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Cảm ơn chị! Nhớ tiếp tục uống thuốc hai lần mỗi ngày nhé.", review: "Bác sĩ rất tốt.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "شكراً لك! استمر في تناول الميتفورمين مرتين يومياً.", review: "طبيب ممتاز.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses: the practice's service, no taking.
		{text: "Obrigado! A nossa van passa duas vezes ao dia na Rua Central.", review: "Ótimo atendimento.", want: post.VerdictPass},
		{text: "Спасибо! Наш автобус ходит дважды в день.", review: "Хорошая клиника.", want: post.VerdictPass},
	})
}

// TestReplySeeYouAtGathering26 (session 26, t26reply): "see you next
// Thursday" answering a review that praised a gathering the practice
// holds and that meets again (a memory café, a walking club, a knitting
// circle, a festival booth) is the next gathering, not a booked visit: no
// REV-01 block. Near misses: a visit or care in the sentence, or a review
// that told a visit, still books one (block); a class of care is no
// gathering.
func TestReplySeeYouAtGathering26(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you, Margit! So glad you're enjoying it, see you next Thursday ☕", review: "Five stars for the Thursday memory café.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks so much! See you at the walking club next Saturday 👟", review: "The Saturday walking club is the best part of my week.", want: post.VerdictPass},
		{text: "Thanks! See you at the knitting circle next Tuesday 🧶", review: "The knitting circle in the lobby is so fun.", want: post.VerdictPass},
		{text: "It was fun for us too! See you on the river next August.", review: "the Water Festival booth was so fun", want: post.VerdictPass},
		// Near misses: a visit booked.
		{text: "Thanks! See you next Thursday for your recheck.", review: "Five stars for the Thursday memory café.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you! See you next Thursday.", review: "Great visit with Dr. Lee.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you! See you next Tuesday.", review: "The diabetes class was so helpful.", want: post.VerdictBlock, rule: "REV-01"},
	})
}
