package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyKinCareTold29 (session 29, t29reply): a reply that tells the
// care of the reviewer's relative back, in the languages the sets'
// replies use: the practice attended the relative ("Fue un gusto atender
// a su papá", "Foi um prazer cuidar da sua mãe", "an honor to be there
// for both births"), the relative is better or growing ("qué bueno que su
// esposo ya se siente mejor", "su bebé ya está subiendo de peso", "Mừng
// là bé đã khỏe hơn"), up to date on shots, or wished well from an illness
// the review never named ("que siga mejorando de la presión", "Chúc bé
// mau khỏe sau đợt viêm họng", "아드님 중이염이 빨리 낫기를"). Each tells
// the relative was treated here: REV-01 block (they warned or passed).
// Near misses keep their verdicts: meeting the reviewer blocks as it did
// (an encounter), a wish with no illness named or the review's own
// illness wished back warns, an offer to see a relative, gladness with no
// care, and a reviewer's review read pass.
func TestReplyKinCareTold29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// The relative attended.
		{text: "¡Gracias! Fue un gusto atender a su papá 💙", review: "Muy amables con mi papá, gracias.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Fue un placer cuidar a su abuelita todos estos años.", review: "Excelente clínica.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Foi um prazer atender a sua mãe! Um abraço.", review: "Obrigada pelo carinho com minha mãe.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Foi uma alegria cuidar do seu filho 💚", review: "Equipe maravilhosa.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "It was such a privilege to be there for the birth of both your girls 💕", review: "Dr. Amara delivered both my daughters!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "What an honor to be there for both of your deliveries!", review: "Best midwives in town.", want: post.VerdictBlock, rule: "REV-01"},
		// The relative better, growing, up to date.
		{text: "Qué bueno que su esposo ya se siente mucho mejor 🙏", review: "Gracias por todo.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Nos alegra que su niña ya esté comiendo mejor.", review: "La doctora es un amor con mi niña.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Nos da mucho gusto que su bebé ya esté ganando peso! 💕", review: "Muy buena pediatra.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que seu bebê já está ganhando peso!", review: "Ótima pediatra.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad your twins are putting on weight now!", review: "Best pediatrician around.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Glad your kids are all up to date now 💉", review: "They pushed vaccines on my kids.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We're happy your daughter is fully up to date and protected.", review: "Nice nurses.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Mừng là bé đã khỏe hơn rồi! Cảm ơn chị nhiều.", review: "Bác sĩ rất dễ thương với con tôi.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Rất vui vì mẹ của anh đã đỡ hơn nhiều.", review: "Phòng khám rất tốt.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "어머님 혈압이 좋아지셨다니 정말 다행이에요!", review: "친절한 병원이에요.", want: post.VerdictBlock, rule: "REV-01"},
		// Wished well from an illness the review never named.
		{text: "¡Que siga mejorando de la presión! 💛", review: "La doctora fue muy amable con mi mamá.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Gracias a usted. Que su hijo se mejore pronto de la varicela 🙏", review: "Gracias por atender a mi hijo.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que ela continue melhorando da pressão!", review: "Cuidaram muito bem da minha avó.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Chúc bé mau khỏe sau đợt viêm họng nhé!", review: "Cảm ơn bác sĩ Linh.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "아드님 중이염이 빨리 낫기를 바랍니다!", review: "친절한 병원이에요.", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Fue un gusto conocerla.", review: "Muy buena atención.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Fue un gusto leer su reseña. ¡Gracias!", review: "Muy buena atención.", want: post.VerdictPass},
		{text: "Con gusto podemos atender a su mamá; llame al 555-0142.", review: "¿Aceptan Medicare?", want: post.VerdictPass},
		{text: "¡Qué bueno que su mamá nos eligió! Bienvenidos.", review: "Mi mamá me dijo que viniera.", want: post.VerdictPass},
		{text: "Que se mejore pronto 🙏", review: "Gracias por atender a mi hijo.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Que se mejore pronto de la varicela 🙏", review: "Mi hijo tiene varicela y lo atendieron rápido.", want: post.VerdictReview, rule: "REV-01"},
		{text: "¡Que siga mejorando el servicio para todos!", review: "Buena clínica.", want: post.VerdictPass},
		{text: "Chúc bé mau khỏe nhé!", review: "Cảm ơn bác sĩ Linh.", want: post.VerdictReview, rule: "REV-01"},
		{text: "It was great to be there for the 5K on Saturday!", review: "Loved your booth at the race.", want: post.VerdictPass},
		{text: "Thanks for keeping us up to date on the parking!", review: "The lot is a mess.", want: post.VerdictPass},
		{text: "Our vaccine schedule is always up to date on our website.", review: "Do you do flu shots?", want: post.VerdictPass},
	})
}

// TestReplyHelloToNamed29 (session 29, t29reply): a greeting sent through
// the reviewer to someone named by a first name the review did not carry
// ("Thanks, Mrs. Dunn! Say hi to Harold for us", "Give our best to Walt")
// is a household's hello: it names no care, and the writers of two sets
// label it review (dev170-066, dev175-039; it blocked as a third person,
// REV-02). The same name with care, a staff verdict or the reader's visit
// still blocks.
func TestReplyHelloToNamed29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks so much, Mrs. Albers! Say hi to Walter for us 👋", review: "Always a pleasure.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Mr. Ortiz! Tell Rosa we said hello 😊", review: "Great people here.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Give our best to Walt, Mrs. Kovach!", review: "Five stars as usual.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Mrs. Albers! Say hello to Walter for us 😊", review: "[Google ★★★★★] Mrs. Albers: Lovely as always.", want: post.VerdictReview, rule: "REV-02"},
		{text: "¡Gracias, Sra. Vega! Saludos a Ernesto 🌻", review: "Muy buena atención.", want: post.VerdictReview, rule: "REV-02"},
		// Near misses.
		{text: "Say hi to Walter for us, and glad his new knee is holding up!", review: "Always a pleasure.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Tell Walter his labs came back great!", review: "Always a pleasure.", want: post.VerdictBlock},
		{text: "Thanks, Mrs. Albers! Walter was a champ at his stress test.", review: "Always a pleasure.", want: post.VerdictBlock},
		{text: "Say hi to Walter for us!", review: "Always a pleasure.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks Paula! Say hi to Walter for us.", review: "Friendly staff. — Paula K.", want: post.VerdictBlock, rule: "REV-02"},
	})
}

// TestReplyLobbyFish29 (session 29, t29reply): a lobby fish named by its
// kind ("Gus the clownfish", "Bubbles the angelfish") is no person, as
// "Gus the goldfish" was not (dev175-115 blocked as a third person).
func TestReplyLobbyFish29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Gus the clownfish says thank you! 🐠", review: "5 stars for the lobby fish tank", want: post.VerdictPass},
		{text: "Bubbles the angelfish is blushing 🐟", review: "Love the aquarium!", want: post.VerdictPass},
		{text: "Nemo the pufferfish thanks you for the kind words!", review: "The fish tank calms my kids.", want: post.VerdictPass},
		{text: "Ha! That's Clementine, our neighbor's goat 🐐 She's friendly, promise.", review: "Why is there a goat in the parking lot??", want: post.VerdictPass},
		{text: "That's Biscuit, our office cat. He says thanks!", review: "Love the cat!", want: post.VerdictPass},
		// A person described by what they are like still names a person.
		{text: "That's Rosa, our neighbor's daughter. She says thanks!", review: "Cute kid in the lobby.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "That's Marta, our cat lover. She says thanks!", review: "Love the cat!", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Walter the selfish took the last donut 😂", review: "Great staff.", want: post.VerdictBlock, rule: "REV-02"},
	})
}

// TestReplyOfflineNoCare29 (session 29, t29reply): a reply that takes the
// matter offline or speaks of care for everyone confirms nothing: a visit
// quantified for all ("we want every appointment to feel unhurried",
// "happy to check coverage by phone before any appointment") and the
// relative the review named invited to call ("We'd welcome a call from
// your mother") pass, as the writers label them (they warned, REV-01).
// Near misses: every visit "with you", a relative's care, a hello to the
// relative (warns, as before).
func TestReplyOfflineNoCare29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the feedback. We want every appointment to feel unhurried, and we're working on it.", review: "The doctor seemed rushed.", want: post.VerdictPass},
		{text: "Our front desk is happy to check your coverage by phone before any appointment.", review: "They don't take my insurance, found out at check-in.", want: post.VerdictPass},
		{text: "Each visit is scheduled for at least 20 minutes. Please call us to talk it over.", review: "Felt rushed.", want: post.VerdictPass},
		{text: "We're sorry to hear this. We'd welcome a call from your mother at the office so we can listen.", review: "My mother has been going there for years and they treat her like a number.", want: post.VerdictPass},
		{text: "We're sorry. Your dad is always welcome to call our office manager.", review: "My dad felt ignored at check-in.", want: post.VerdictPass},
		// Near misses.
		{text: "Glad every appointment went smoothly for your son!", review: "Great office.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We'd welcome a call from your mother about her new inhaler.", review: "My mother felt rushed.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Tell your mom we said hi!", review: "My mom loves Dr. H.", want: post.VerdictReview, rule: "REV-01"},
		{text: "We'd welcome a call from your mother.", review: "Great clinic.", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyReviewAJoke29 (session 29, t29reply): a reply that throws "a
// joke" back at the review ("The only joke here is this review",
// dev162-319 and dev176-023, two writers; "this review is a joke") calls
// it names: REV-03 block, as "this review is unhinged" does. Near misses:
// a joke of the practice's own, a joke enjoyed, a review that is "no
// joke".
func TestReplyReviewAJoke29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The only joke around here is this review. Have a great day 🙂", review: "This place is a joke.", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Honestly, this review is a total joke.", review: "Worst clinic ever.", want: post.VerdictBlock, rule: "REV-03"},
		{text: "The real joke is your review, Dale.", review: "What a joke of an office. — Dale", want: post.VerdictBlock, rule: "REV-03"},
		// Near misses.
		{text: "The only joke here is our parking lot, and we're fixing it!", review: "Parking is a joke.", want: post.VerdictPass},
		{text: "Ha! We love a good joke. Thanks for the laugh!", review: "Dr. B's dad jokes are the best.", want: post.VerdictPass},
	})
}
