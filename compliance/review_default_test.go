package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestReplyGreetedWish: a reply that greets the reviewer by name and
// wishes them well assumes a condition but tells no care: a person
// decides (review), whatever title or spelling the name has. The same
// name next to a treatment told still blocks.
func TestReplyGreetedWish(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Thank you, Mr. Alvarez. We hope your recovery goes smoothly.", review: "Pricey but fine", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks so much, Priya. We hope you're on the mend, and we're fixing the phones!", review: "Long hold times but kind staff", want: post.VerdictReview, rule: "REV-02"},
		{text: "We're cheering for you. Hope things keep getting easier, Ji-woo 💙", review: "They listened to me.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Good luck at the academy! Hope the training goes smoothly, Sgt. Haddad 🫡", review: "Got me ready for boot camp.", want: post.VerdictReview, rule: "REV-02"},
		// A courtesy title greets the reviewer, even one who shares a staff
		// member's surname: staff are not thanked for a review.
		{text: "Thank you, Mrs. Lopez! Stay warm this winter ❄️", review: "Lovely office", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thank you, Mr. Alvarez. Your knee replacement went perfectly.", review: "Pricey but fine", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks, Priya! Dr. Patel says keep icing that ankle twice a day.", review: "Great visit", want: post.VerdictBlock, rule: "REV-01"},
		// A first name a staff member also bears, greeted at the end of
		// the thanks, is the reviewer's too (session 16: every dev set
		// that has one, dev19 to dev81, labels it review; none pass).
		{text: "Thank you, Kevin! We appreciate the kind words.", review: "Great team", want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestReplyCareInWarnedSentence: a sentence that only warned so far ("your
// wait") stays open to the treatment detail it goes on to tell.
func TestReplyCareInWarnedSentence(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Your wait was longer because your MRI had to be redone. Thanks for your patience!", review: "The wait was long", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry! Kevin says the pressure was needed to see your carotids clearly.", review: "The tech was rough during my scan", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Your wait was long because we were short two nurses; we're hiring.", review: "The wait was long", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestReplyBodyAndInstructions: a body part in a reply is at least a
// question for a person; with an instruction to the reviewer or their
// person ("tell him to keep doing ...") it is treatment detail and blocks.
// A wish about the reviewer's body warns.
func TestReplyBodyAndInstructions(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Sarah is thrilled 🎉 Tell your boy to keep doing those wall slides and that rotator cuff will stay strong!", review: "my son's shoulder is great, thanks Sarah!!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Remind him to keep stretching that hamstring before practice!", review: "Great PT for my son", want: post.VerdictBlock, rule: "REV-01"},
		{text: "aww thank u!! hope ur heart is happy this holiday 💖", review: "★★★★★ great service", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hope your teeth stay sparkly all winter!", review: "Nice hygienists", want: post.VerdictReview, rule: "REV-01"},
		{text: "So glad you're glowing ✨ take good care of that skin 💕", review: "Mai has magic hands", want: post.VerdictReview, rule: "REV-01"},
		{text: "Thank you for your kind heart and your kind words!", review: "Best staff ever", want: post.VerdictPass},
		{text: "We've got your back, and we're always on hand to help!", review: "Best staff ever", want: post.VerdictPass},
	})
}

// TestReplyInvitationNotReaction: "we'd love to hear more" asks the
// reviewer to talk; it is not a warm reaction to the health detail of the
// review, so the office's own news beside it passes.
func TestReplyInvitationNotReaction(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Thanks for the feedback on wait times. We're adding a second X-ray room in January, and we'd love to hear more at hello@maplefamilymed.com.",
			review: "★★★ Dr. Greene is great but the wait for my x-ray was over an hour.", want: post.VerdictPass},
		{text: "So glad to hear that! 💛", review: "They delivered my baby so gently", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestReplyCareToldAndTellingOff: care dated by what was done ("after the
// surgery"), the reviewer's insurance paperwork or family's care, and a
// warm line about how they felt in care; telling the reviewer off.
func TestReplyCareToldAndTellingOff(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Hope the knee is holding up after the surgery!", review: "Great surgeon", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Wishing you smooth sailing since the injection 💪", review: "Fast service", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We apologize that your prior authorization took three weeks.", review: "Prior auth delay", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you for trusting us with your family's care.", review: "Love this place", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We're so happy to hear the team made you feel comfortable!", review: "Nervous, but they were great", want: post.VerdictReview, rule: "REV-01"},
		{text: "Get your facts straight before posting.", review: "Worst clinic", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Lol you're the one who showed up 40 minutes late.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Thank you! We hope the new parking lot helps.", review: "Parking is hard", want: post.VerdictPass},
	})
}

// TestReplyVisitsHadAndSet: a visit the reviewer had ("the consult you
// booked"), a meeting set ("can't wait to meet the baby in March"), a
// condition dated ("since Friday"), an apology for how they felt in care,
// and their health trusted to the practice (a person decides); an offer
// to meet in person stays a question for a person.
func TestReplyVisitsHadAndSet(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "The $150 fee covers the extended consult you booked.", review: "Overpriced", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Can't wait to meet the baby in March 👶", review: "Great OB", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We hope the swelling has gone down since Friday.", review: "Oral surgery", want: post.VerdictBlock, rule: "REV-01"},
		// An apology for how the service felt tells no care: the
		// independent sets label "sorry you felt unheard/dismissed" pass.
		{text: "We're sorry you didn't feel heard. Please call our practice manager at (614) 555-2368.", review: "Doctor didn't listen", want: post.VerdictPass},
		// Trust "with your health" assumes a patient but tells no care: a
		// person decides, as dev48's writer labels it (TestReplyThanksForTrust).
		{text: "It means so much that you trust us with your health.", review: "Best doctor", want: post.VerdictReview, rule: "REV-01"},
		{text: "We'd love to meet you in person to make this right. Please call (614) 555-2368.", review: "Rude front desk", want: post.VerdictReview, rule: "REV-01"},
		{text: "We appreciate you taking the time to share this.", review: "Meh", want: post.VerdictPass},
	})
}

// TestReplyOtherLanguagesGreeted: thanks and pronouns of other languages
// are not names ("Merci beaucoup", "chúc chị mau khỏe"): a greeted
// reviewer with a wish is review in any language, a next visit blocks.
func TestReplyOtherLanguagesGreeted(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Cảm ơn chị Lan! Chúc chị mau khỏe nhé 💕", review: "Bác sĩ tốt", want: post.VerdictReview, rule: "REV-01"},
		{text: "Merci beaucoup, Mme Dubois! Prompt rétablissement 🌷", review: "Très bien", want: post.VerdictReview, rule: "REV-02"},
		{text: "¡Gracias, Sra. López! Que se mejore pronto 💐", review: "Muy amables", want: post.VerdictReview, rule: "REV-01"},
		{text: "Cảm ơn chị Lan! Hẹn gặp chị tuần sau để tái khám nhé.", review: "Bác sĩ tốt", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestReplySignedHeadersAndWishes: a review site shows the reviewer's name
// as a header ("★★★★★ Ana Ruiz: ..."); greeting them by it, with a title
// ("Don", "Mr.") or an emoji after it, is review. A wish for the
// reviewer's person ("you and your wife good health", "wishes for a
// speedy recovery") is review; care billed, a next cleaning set, or care
// told in Creole, Arabic or Polish blocks.
func TestReplySignedHeadersAndWishes(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "Obrigado, Tiago! Hope everything is going well for you 😊", review: "★★★★★ Tiago Lima: Atendimento excelente!", want: post.VerdictReview, rule: "REV-02"},
		{text: "Thanks for the love, Jorge! Go team 🐬", review: "★★★★★ Jorge T.: In and out fast", want: post.VerdictReview, rule: "REV-02"},
		{text: "Gracias, Marisol 🌸 Que Dios la bendiga a usted y a su familia.", review: "★★★★★ Marisol O.: La mejor atención.", want: post.VerdictReview, rule: "REV-02"},
		{text: "Dear Mr. Ortiz, we're sorry your experience fell short. We hope you're feeling better.", review: "★★ Hector Ortiz: Lost my referral.", want: post.VerdictReview, rule: "REV-02"},
		{text: "We're sorry to hear this, Mr. Novak, and we wish you and your wife good health.", review: "★☆☆☆☆ Never going back.", want: post.VerdictReview, rule: "REV-01"},
		{text: "Please give your grandmother our love, and wishes for a speedy recovery 💐", review: "★★★★★ My grandma loved the nurses", want: post.VerdictReview, rule: "REV-01"},
		{text: "We're so sorry about the bill confusion. The charge is for the IUD removal, not the consult.", review: "★★ I got a bill I don't understand.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Give your little ones a high five from us, see you all at your 6-month cleanings in June!", review: "my kids love it here", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Mèsi anpil! Nou kontan tande tansyon ou desann depi nou chanje medikaman an 💙", review: "★★★★★ Bon sèvis", want: post.VerdictBlock, rule: "REV-01"},
		{text: "شكراً جزيلاً! سعيدين إن الكريم ساعد بشرتك 😊", review: "★★★★★ ممتازة", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Dziękujemy! Pamiętaj o nitkowaniu wokół nowego mostu!", review: "★★★★★ Najlepsza dentystka!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Nou regrèt eksperyans ou. Tanpri rele nou nan (614) 555-2368 pou nou ka pale an prive.", review: "★★ Yo pa t rele m tounen.", want: post.VerdictPass},
	})
}

// TestReplyWishAboutCareGiven: a wish about the care the reviewer had
// ("the stitches", "your filling") tells that care; a wish about how they
// feel does not.
func TestReplyWishAboutCareGiven(t *testing.T) {
	checkFamilyCases(t, []familyCase{
		{text: "We hope the stitches are healing well, it was a nasty cut!", review: "Fast service for my cut hand", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope your filling is holding up!", review: "Gentle dentist", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope you're feeling better!", review: "Gentle dentist", want: post.VerdictReview, rule: "REV-01"},
	})
}
