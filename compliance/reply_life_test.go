package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner B's session of 2026-12-05 08:40 (issue 11): care a reply
// tells in everyday words. Each case is our own wording of a kind, in
// other voices and languages, not a labelled set's item.

// TestReplyNextVisitWithoutYour: a next or last visit named without
// "your" ("Next cleaning we'll ...", "at the next recheck, ask for ...")
// still books the reviewer's care (REV-01 block); the next opening in
// general ("the next available appointment") books no one's.
func TestReplyNextVisitWithoutYour(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Next cleaning we'll have the mint flavor ready for you 😄", review: "fluoride tastes awful", want: post.VerdictBlock, rule: "REV-01"},
		{text: "ha! next physical i'll bring the cookies", review: "fast and friendly", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Last visit you said the waiting room was cold, so we got a heater!", review: "cozy now", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Próxima cita le tenemos el café listo ☕", review: "muy amables", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The next available appointment is always on our website.", review: "hard to book", want: post.VerdictPass},
		{text: "Our next flu shot clinic is Saturday at the library!", review: "great flu clinic", want: post.VerdictPass},
		{text: "Next time, try the side door by the pharmacy: it's closer to parking.", review: "parking is hard", want: post.VerdictPass},
	})
}

// TestReplyContinuingCare: a reply telling the reviewer to keep coming to
// a group, a class or their visits continues their care in public
// (REV-01 block); said with no visit it still assumes one (warn).
func TestReplyContinuingCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "keep coming to thursday group, we save u a seat 💪", review: "this place saved me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Keep showing up to the Monday meetings, we're proud of you", review: "great program", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Siga viniendo a las clases de los martes, ¡vamos bien!", review: "excelente programa", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Keep coming back, you've got this!", review: "hard month", want: post.VerdictReview, rule: "REV-01"},
		{text: "Keep coming to the farmers market booth, we love the company!", review: "fun booth", want: post.VerdictPass},
	})
}

// TestReplyResultsInLifeWords: a reading of the reviewer's own body in
// everyday words ("your pressure", "her sugar", "su presión") or an aid
// they no longer need ("without the cane") tells their care (block); a
// reaction to a review's milestone of recovery ("6 months clean")
// assumes it (warn).
func TestReplyResultsInLifeWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Your pressure looked great last time, keep it up!", review: "nice nurses", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Tell your grandpa we're thrilled his sugars are behaving 🎉", review: "brought my grandpa in", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Su presión salió mucho mejor esta vez, siga así", review: "buen servicio", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que a pressão do seu pai está normal agora!", review: "ótimo", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad you're walking without the cane now!", review: "love this place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Qué alegría que su mamá ya camina sin andadera 🙏", review: "excelente", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad we could get you back on the boat so fast!", review: "quick service", want: post.VerdictBlock, rule: "REV-01"},
		{text: "proud of u!! 🎉", review: "90 days clean today thanks to this crew", want: post.VerdictReview, rule: "REV-01"},
		{text: "So proud of you!", review: "lost 40 pounds in the program", want: post.VerdictReview, rule: "REV-01"},
		{text: "So proud of you!", review: "my daughter made the honor roll and the staff were sweet", want: post.VerdictPass},
		{text: "We keep the pressure off: no upselling, ever.", review: "no pressure to buy", want: post.VerdictPass},
		{text: "We'd love to get you back in the chair for that cleaning 😄", review: "great hygienist", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestReplyGeneralOffers: what the practice offers everyone, said in a
// reply ("same-day sick visits are available at every office", "we waive
// the fee when a flight is cancelled") tells no one's care; seeing the
// reviewer at a community event is no visit.
func TestReplyGeneralOffers(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Same-day sick visits are available at all our locations.", review: "got my kid in same day", want: post.VerdictPass},
		{text: "Flu shots are available at every office, no appointment needed.", review: "quick and easy", want: post.VerdictPass},
		{text: "We offer walk-in strep tests on weekdays 🙂", review: "helpful", want: post.VerdictPass},
		{text: "We waive late fees when the ferry is cancelled for weather. Please call us.", review: "charged me a late fee!", want: post.VerdictPass},
		{text: "Thanks for stopping by! See you at next year's fair 🎡", review: "loved your booth", want: post.VerdictPass},
		{text: "Your strep test was negative, so no antibiotics were needed.", review: "they refused antibiotics", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We waived the late fee on your account.", review: "charged me a late fee!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "See you at your recheck on Monday!", review: "great visit", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplyOwnPeopleAndEvents: a name after "our" and a job is the
// practice's own person, a name before "Day" or "Festival" is an event's,
// and a courtesy title greeting the reader before a dash is a greeting
// (REV-02 warn); a name the review does not carry, told with care, still
// blocks.
func TestReplyOwnPeopleAndEvents(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Our custodial crew Mr. Ray and Ms. Bev are going to love hearing this 🧹", review: "Cleanest clinic in town.", want: post.VerdictPass},
		{text: "Thanks! Our front desk lead Rosa will be thrilled to hear it.", review: "friendly front desk", want: post.VerdictPass},
		{text: "¡Gracias! Nuestra intérprete Lupe se va a poner feliz 💛", review: "excelente intérprete", want: post.VerdictPass},
		{text: "Hope to see you at the Lucia Day concert!", review: "staff are saints", want: post.VerdictPass},
		{text: "We know the drive is long, Mrs. Lee — hope you're doing well!", review: "Good care, long drive.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks Mr. Okafor – see you around town!", review: "Good people.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Our patient Rosa is doing great after her knee surgery!", review: "great surgeons", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Please tell Rosa her stitches look great!", review: "great surgeons", want: post.VerdictBlock, rule: "REV-02"},
	})
}

// TestReplyCareToldPassively: care told with the reviewer as its subject
// in the passive ("you were kept overnight", "your vision and hearing
// were perfect") confirms it (block); a treatment talked of as a topic
// ("strong feelings about treatment") tells no one's.
func TestReplyCareToldPassively(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Because you were kept overnight for observation, that's billed differently.", review: "the bill is crazy", want: post.VerdictBlock, rule: "REV-01"},
		{text: "He was admitted so the charge is a hospital charge, not ours.", review: "my son's bill", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Since u were sent out for an MRI, that part is billed by the imaging center.", review: "double billed", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your vision and hearing were perfect so the form went through same day!", review: "fast work physical", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We understand folks have strong feelings about treatment. Our door is open.", review: "scam clinic", want: post.VerdictPass},
		{text: "We hear many opinions about medication for addiction. Call us to talk about how our program works.", review: "pill mill", want: post.VerdictPass},
		{text: "You were kept waiting far too long, and we're sorry.", review: "waited 2 hours", want: post.VerdictPass},
	})
}

// TestReplyWishesInMoreLanguages: a get-well wish in Haitian Creole,
// French, Russian, Arabic or slang ("hope things are lookin up") assumes
// a condition (warn); a name opening the reply before "you" greets the
// reader (warn, not a stranger named), as does a fellow mascot.
func TestReplyWishesInMoreLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Mèsi anpil! Nou espere w ap pi byen 🙏🏾", review: "Mèsi pou tout bagay", want: post.VerdictReview, rule: "REV-01"},
		{text: "Merci! J'espère que vous allez mieux.", review: "Très bien", want: post.VerdictReview, rule: "REV-01"},
		{text: "Спасибо! Выздоравливайте!", review: "Хорошая клиника", want: post.VerdictReview, rule: "REV-01"},
		{text: "شكرا لك، سلامتك", review: "عيادة ممتازة", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thanks for the feedback! Hope things are lookin up for you 🙂", review: "decent", want: post.VerdictReview, rule: "REV-01"},
		{text: "Jessica you're the sweetest 🥹 thank you!", review: "★★★★★ love this place", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, means a lot coming from a fellow Mountain Lion 🦁", review: "★★★★★ go team", want: post.VerdictPass},
		{text: "Thanks! Sales are looking up at the gift shop too 😄", review: "cute gift shop", want: post.VerdictPass},
	})
}

// TestReplySarcasmToLowStars: a retort to a complaint ("Says the man
// who ...", "Bold words from someone who ...", "maybe go to medical
// school"), digging up the reviewer's other reviews, or an eye-roll or a
// shrug answering a one- or two-star review mocks the reviewer (REV-03
// block). The same emoji answering praise, and a plain apology, pass.
func TestReplySarcasmToLowStars(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Says the guy who showed up 40 minutes late. Have a good one.", review: "★ rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Bold words from someone who never paid the bill 🤷", review: "★ scam", want: post.VerdictBlock, rule: "REV-03"},
		{text: "lol maybe go to nursing school before telling us how to do our jobs", review: "★★ they did it wrong", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Anyone who has read your 9 other one-star reviews knows the problem isn't us.", review: "★ overpriced", want: post.VerdictBlock, rule: "REV-03"},
		{text: "ok then 🙄", review: "★☆☆☆☆ worst clinic ever", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Thank u!! 🙃 we try", review: "★★★★★ best staff, a bit chaotic lol", want: post.VerdictPass},
		{text: "We're sorry to hear this. Please call our office manager so we can make it right.", review: "★ waited forever", want: post.VerdictPass},
		{text: "LOL fair, the cartoons won the vote 📺 rematch next month", review: "★★ the lobby TV only plays cartoons lol", want: post.VerdictPass},
		{text: "Well bless your heart, nobody likes a surprise bill. Call our billing line and we'll walk through it.", review: "★★ surprise bill", want: post.VerdictPass},
	})
}

// TestReplyBirthsRolesAndHardNews: "your water birth" tells a birth the
// practice attended (block); the team's future delight at a kind review
// reacts to nothing the reviewer went through; "wishing you well" to a
// review told at someone's lowest assumes it (warn); a role said to the
// reader as their name ("Thanks, Coach!") tells who they are (warn).
func TestReplyBirthsRolesAndHardNews(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Loved being there for your water birth!! 💙", review: "Best midwives in town", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Bring your birth certificate and ID to registration, thanks!", review: "confusing check-in", want: post.VerdictPass},
		{text: "Our cardiology team will be so happy to read this. Thank you!", review: "Dr. Lee really cares about heart failure patients", want: post.VerdictPass},
		{text: "Thank you for trusting us. Wishing you well 💛", review: "Thank you for listening when I was at my lowest", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thank you so much. Wishing you well!", review: "friendly front desk", want: post.VerdictPass},
		{text: "Thanks for the stars, Coach! Go Bears 🐻", review: "great sports med crew", want: post.VerdictReview, rule: "REV-02"},
		{text: "Gracias, Pastor! Bendiciones 🙏", review: "muy buen servicio", want: post.VerdictReview, rule: "REV-02"},
		{text: "Our coach program for new parents starts in March!", review: "do you have classes?", want: post.VerdictPass},
	})
}

// TestReplyTheirTest: a test or an exam of the reviewer's ("your
// breathing test got you approved", "ur drug screen") tells their care
// (block); a test of the office's ("we'll test the new phones") is none.
func TestReplyTheirTest(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Glad your breathing test got you approved! Enjoy the back pay 💵", review: "helped with my paperwork", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Congrats, ur drug screen came back clean 🎉", review: "great crew", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks for your patience while we test the new phone system!", review: "phones were down", want: post.VerdictPass},
	})
}
