package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Care a reply tells with no care word of the health data (issue 11,
// session 11): a medicine the reviewer is told to keep taking, by a
// brand no list holds; a clearance back to school, work or sport; a
// return visit set by an interval; vaccines, stitches and fevers in
// French, Spanish and Portuguese; a sobriety milestone in any substance;
// the practice's catch of what the review told. Our own wording, in
// several voices and languages, not a labelled set's items.

// TestReplyMedicineKept: a reply telling the reviewer to keep taking (or
// not stop) a medicine tells their treatment, whatever its name (REV-01
// block); keep taking photos, the bus or the stairs is no medicine.
func TestReplyMedicineKept(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Keep taking the Jardiance every morning 💊", review: "love Dr. K", want: post.VerdictBlock, rule: "REV-01"},
		{text: "keep takin ur xarelto every nite ok?? 🙏", review: "best clinic", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Don't stop taking the Synthroid just because you feel fine!", review: "finally feel like myself", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Remember to take your Plavix with food 🙂", review: "great team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Siga tomando las pastillas como le dijo la doctora 🙏", review: "muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Merci! Continuez à prendre le sirop matin et soir.", review: "super équipe", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Obrigada! Continue tomando o remédio direitinho 💚", review: "ótimo atendimento", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Keep using that walker like Sarah showed you! 😊", review: "they treat my dad like family", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Keep taking those beautiful photos at the park! 📸", review: "love the murals in the lobby", want: post.VerdictPass},
		{text: "Keep taking the bus? Route 9 stops right at our door now 🚌", review: "hard to get to", want: post.VerdictPass},
		{text: "Keep taking the stairs at the Riverwalk 5k next month, see you there!", review: "nice people", want: post.VerdictPass},
	})
}

// TestReplyClearance: a reply saying the reviewer or their child is
// cleared for, or may go back to, school, work or sport tells the result
// of their visit (REV-01 block), in any language; a road cleared for
// traffic or a lot cleared of snow is no one's care.
func TestReplyClearance(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "He's all cleared for football season, go Panthers 🏈", review: "quick and friendly", want: post.VerdictBlock, rule: "REV-01"},
		{text: "you're cleared to go back to work Monday!! 💪", review: "fast visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "El niño ya puede volver a la escuela el lunes 🎒", review: "muy buena atención", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Votre fille peut retourner à l'école demain 😊", review: "très gentils", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ela já pode voltar pra escola, que alegria!", review: "adoramos a doutora", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The side lot is cleared for parking again after the storm ❄️", review: "parking was a mess", want: post.VerdictPass},
		{text: "Thanks! The snow is cleared and we're open our usual hours.", review: "closed when I came", want: post.VerdictPass},
	})
}

// TestReplyReturnInterval: a reply that sets the reviewer's return by an
// interval ("come back in 2 weeks", "vuelvan en 10 días") books their next
// visit (REV-01 block); a season with no interval sets nobody's.
func TestReplyReturnInterval(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Come back in 2 weeks and we'll take a look again 👍", review: "thanks doc", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Vuelvan en 10 días para la revisión 🙏", review: "muy rápido", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Revenez dans 3 semaines, on vérifiera tout 😊", review: "bon accueil", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Come back in the spring for our open house! 🌷", review: "nice staff", want: post.VerdictPass},
	})
}

// TestReplyCareForeignWords: vaccines, stitches and fevers of the
// reviewer's child in French, Spanish and Portuguese tell their care
// (REV-01 block); the same words of a clinic day for everyone do not.
func TestReplyCareForeignWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Merci! Vos enfants étaient si courageux pour leurs vaccins 💉", review: "Dr. Anne est adorable", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que os pontos do seu filho cicatrizaram bem!", review: "atendimento rápido", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Qué bueno que a su hija ya se le quitó la fiebre! 🙌", review: "excelente doctora", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Merci! Vaccins gratuits pour tous samedi matin 💉", review: "super", want: post.VerdictPass},
	})
}

// TestReplyMilestoneFree: a sobriety milestone in any substance ("6
// months dip-free", "a year vape-free") tells the reviewer's recovery; a
// year interest-free is a payment plan.
func TestReplyMilestoneFree(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "8 months chew-free is HUGE, so proud 🎉", review: "they helped me quit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "One year vape free!! Keep it up 💪", review: "best nurse", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Congrats on 100 days booze-free 🥳", review: "changed my life", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We offer 12 months interest-free financing to every family.", review: "too expensive", want: post.VerdictPass},
	})
}

// TestReplyCaughtIt: the practice's catch or fix of what the review told
// ("glad we caught it early" to a review about a melanoma) confirms the
// care (REV-01 block); the same words to a review about a billing error
// tell no care.
func TestReplyCaughtIt(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're so glad we caught it early too! 🙏", review: "they found my melanoma before it spread", want: post.VerdictBlock, rule: "REV-01"},
		{text: "so happy dr. greene spotted it in time ❤️", review: "my son's appendicitis was scary", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad we could fix it for you!", review: "billing error was sorted out fast", want: post.VerdictPass},
	})
}

// TestReplyPendingCallback: a reply promising to call the reviewer (or
// their person) when something of theirs is back or ready (a result, a
// form, a device) tells a care or paperwork in progress (REV-01 block);
// a call when the new office opens tells none.
func TestReplyPendingCallback(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We'll ring you the minute it comes back 📞", review: "still waiting on my mammogram", want: post.VerdictBlock, rule: "REV-01"},
		{text: "kevin will call u when the paperwork is ready!", review: "disability forms took forever", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sir, we'll phone her as soon as it's in.", review: "my mom's hearing aid order is late", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Le llamamos en cuanto estén listos 🙏", review: "esperando mis papeles", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We'll call you when the new Westside office opens in March!", review: "too far to drive", want: post.VerdictPass},
		{text: "Fair point! We're starting text-you-when-ready check-in next month so nobody waits in the lobby.", review: "always late", want: post.VerdictPass},
	})
}

// TestReplyCoverageApproved: a reply about the reviewer's insurance,
// Medicaid or authorization going through tells their bill and their
// care (REV-01 block); what plans the practice takes tells nobody's.
func TestReplyCoverageApproved(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats, ur Medicare appeal finally went through 🎉", review: "Kevin is a saint", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad your insurance approved it at last!", review: "the front desk fought for me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Qué bueno que ya aprobaron su Medicaid! 🙌", review: "muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We accept Medicaid, Medicare and most insurance plans 👍", review: "do they take medicaid?", want: post.VerdictPass},
	})
}

// TestReplyReadingChanged: a reply telling how the reviewer's (or their
// person's) reading moved, from one number to another, tells their
// result (REV-01 block), whatever the test's name; a wait that fell
// from 40 minutes to 10 is the office's.
func TestReplyReadingChanged(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Your LDL dropping from 190 to 110 is all you, Uncle! 🎉", review: "Dr. Patel is the best", want: post.VerdictBlock, rule: "REV-01"},
		{text: "his numbers went from 160 to 128 in 3 months, so proud of him", review: "my dad loves this place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Su azúcar bajó de 300 a 140, qué orgullo!", review: "gracias doctora", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our average wait went from 40 to 10 minutes this year, thanks for noticing!", review: "much faster now", want: post.VerdictPass},
	})
}

// TestReplyCareStory: a reply telling what the review's care turned out
// to need ("the extraction ended up needing surgery") tells that care,
// echoed or not (REV-01 block); the review's topic as a service offered
// tells none.
func TestReplyCareStory(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry for the surprise. The extraction ended up needing a surgical approach, which is billed differently.", review: "bill for my extraction was more than quoted", want: post.VerdictBlock, rule: "REV-01"},
		{text: "the biopsy came back benign, we're so relieved with you 💕", review: "biopsy week was stressful", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Every extraction is quoted in writing before we start. Questions? Call billing at (614) 555-2368.", review: "extraction cost too much", want: post.VerdictPass},
		{text: "The new extraction room opened last week and came out great!", review: "extraction cost too much", want: post.VerdictPass},
	})
}

// TestReplyHomeCare: a reply giving the reviewer home care (rest and
// fluids, ice, sunscreen, no lifting) for a time, or after a review that
// told an illness, tells their treatment plan (REV-01 block), with no
// care word; the same tip to everyone, or to a review about parking, is
// no one's care.
func TestReplyHomeCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Remember no heavy lifting for 6 weeks 😉", review: "great team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ice 20 minutes on, 20 off, and elevate it tonight!", review: "fast visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Drink plenty of fluids and rest up this weekend!", review: "had the flu and Dr. Greene saw me same day", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Lots of fluids and rest, mama! 💕", review: "my baby had RSV, the nurses were so kind", want: post.VerdictBlock, rule: "REV-01"},
		{text: "sunscreen EVERY morning ok?? ☀️", review: "they removed a weird mole", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Mucho líquido y reposo estos días! 🙏", review: "mi hijo tenía fiebre y lo atendieron rápido", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Reposez-vous bien et hydratez-vous ce week-end 💧", review: "j'avais la grippe", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Stay cool out there and drink plenty of water! ☀️", review: "great staff", want: post.VerdictPass},
		{text: "Rest assured, we've fixed the parking lot lights.", review: "parking lot is dark", want: post.VerdictPass},
		{text: "Come grab free SPF samples at the front desk this summer 🧴", review: "great staff", want: post.VerdictPass},
		{text: "Thanks! The rest of the team says hi 👋", review: "love everyone here", want: post.VerdictPass},
	})
}

// TestReplyOffTreatment: glad the reviewer is off a treatment or an aid
// ("off the oxygen", "off insulin") tells their recovery (REV-01 block).
func TestReplyOffTreatment(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Glad you're off the oxygen now! 💙", review: "great nurses", want: post.VerdictBlock, rule: "REV-01"},
		{text: "so happy ur dad is off the meds 🙌", review: "love this place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad you could get off the highway before the storm!", review: "drove in from far", want: post.VerdictPass},
	})
}

// TestReplyGetWellShapes: a get-well wish in any words ("speedy
// healing", "get better soon", "fique bom logo", "hope she's keeping
// well") assumes the reader was unwell: a person decides (REV-01 warn).
// Better parking soon, or getting back to someone soon, is no wish.
func TestReplyGetWellShapes(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the love! Speedy healing 🙏🏾", review: "real one", want: post.VerdictReview, rule: "REV-01"},
		{text: "Get better soon bud 🙏", review: "great", want: post.VerdictReview, rule: "REV-01"},
		{text: "Fique bom logo! 💚", review: "ótimo", want: post.VerdictReview, rule: "REV-01"},
		{text: "Mejórate pronto, campeón 💪", review: "muy bien", want: post.VerdictReview, rule: "REV-01"},
		{text: "Tell your nana we said hi! Hope she's keeping well 🎄", review: "my nana loves this place", want: post.VerdictReview, rule: "REV-01"},
		{text: "Guéris vite! 🌷", review: "très gentils", want: post.VerdictReview, rule: "REV-01"},
		{text: "We hope the parking gets better soon too!", review: "parking is rough", want: post.VerdictPass},
		{text: "Thanks! We'll get back to you soon.", review: "question about hours", want: post.VerdictPass},
		{text: "Thank you! Hope you're all keeping well this winter ❄️", review: "friendly front desk", want: post.VerdictPass},
	})
}
