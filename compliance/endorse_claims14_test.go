package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReviewRewardSpanish: a reward for a rating written in Spanish ("cinco
// estrellas y le regalamos un descuento", "una reseña de 5 estrellas = un
// cupón") is the same bought review as in English (ENDORSE-03 block);
// asking everyone for an honest opinion, or a free class with no review,
// passes.
func TestReviewRewardSpanish(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Déjenos cinco estrellas en Facebook y le regalamos un descuento de $5 en su limpieza.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Una reseña de 5 estrellas en Google = un cupón para la farmacia. ¡Gracias!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Escríbanos una reseña positiva y entre en la rifa de una tarjeta de regalo.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "¿Nos deja 5 estrellas? Le damos un jugo gratis en la recepción 🍊", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Nos importa mucho: déjenos una reseña honesta en Google, buena o mala.", want: post.VerdictPass},
		{text: "Clase de yoga gratis el sábado en el parque. ¡Traiga a su familia!", want: post.VerdictPass},
	})
}

// TestReviewsFromOwnFamily: the writer's or the staff's own relatives and
// friends thanked for, or asked for, reviews ("my aunt and my cousins left
// us such nice reviews", "staff families, your 5 stars count too") are
// insider reviews (16 CFR 465.5, ENDORSE-03 block); patients thanked for
// their reviews, or a patient's relative bringing them in, pass.
func TestReviewsFromOwnFamily(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Shoutout to my aunt and my cousins for the lovely reviews they posted this week 💕 — Bree", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "My sister just wrote us a five-star review on Google, go give it some love!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Staff families: your reviews help too! Post one on Yelp this week.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Friends and family of our team, a quick review on Google would mean the world to us.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Our staff family grew by five this year! Leave us a review and say hi to the new faces.", want: post.VerdictPass},
		{text: "My whole family reviewed us on Facebook last night, we're at 4.9 now!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Thank you to all our patients for the kind reviews this month! We read every one.", want: post.VerdictPass},
		{text: "My family moved here in 2010 and I have loved serving this town ever since. Leave us an honest review anytime!", want: post.VerdictPass},
		{text: "Ask every patient for an honest review: it helps families find us.", want: post.VerdictPass},
	})
}

// TestCopayWaivedOtherLanguages: a routine copay or coinsurance waiver in
// Spanish or Haitian Creole ("nunca cobramos el copago", "nou pa janm
// mande kopeman") or in plain English without the word "waive" ("we just
// skip the coinsurance", "forget the deductible") blocks (CLAIM-07); a
// hardship program decided case by case and "we accept most insurance"
// do not.
func TestCopayWaivedOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Aquí el copago, ni lo mencione: se lo perdonamos a todos, cada visita.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "¿Copago? Nunca lo cobramos. ¡Venga tranquilo!", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Nou pa janm mande kopeman pou okenn pasyan.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "Medicare folks: we skip your coinsurance every visit, just ask.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "We'll bill your plan and forget about the deductible, easy as that.", want: post.VerdictBlock, rule: "CLAIM-07"},
		{text: "We accept most insurance plans. Call to check yours.", want: post.VerdictPass},
		{text: "Las vacunas de rutina no tienen copago con la mayoría de los seguros.", want: post.VerdictPass},
		{text: "Can't afford your copay? Ask about our hardship program; each request is reviewed case by case.", want: post.VerdictPass},
	})
}

// TestRegulatoryFalseClaims14: credentials no agency gives ("CDC-certified
// clinic", "certified by the CDC") and approvals no agency gives to teas
// and herbs ("Medicare-approved herbal tea", "aprobado por la FDA" for a
// tea), and a generic of a brand with no generic said in Spanish ("la
// versión genérica de Ozempic") block (CLAIM-05); a real vaccine "FDA-
// approved" and a clinic following CDC guidance do not block.
func TestRegulatoryFalseClaims14(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Come see the area's only CDC-certified wound care center.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our refugee clinic is certified by the CDC as the official screening site for the county.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Medicare-approved ginger tea for nausea, now at the front desk.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Té de manzanilla aprobado por la FDA para dormir mejor, ya a la venta.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Ya llegó la versión genérica de Ozempic a nuestra farmacia.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "We follow CDC guidance for travel vaccines. Book 4-6 weeks before your trip.", want: post.VerdictPass},
		{text: "The updated flu vaccine is FDA-approved for everyone 6 months and older.", want: post.VerdictReview},
	})
}
