package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of session 15's work on privacy and reply posts labelled block
// that got a plain pass: our own examples of each shape, in the languages
// the clinics' communities write in, with the near misses that must keep
// their verdict.

// TestReplyGladCareOtherLanguages: a reply glad that the reviewer's (or
// their child's) fever, sugar, pressure or surgery went well, in Bosnian,
// Croatian and Serbian, Swahili, Somali, Tagalog, Nepali, Hmong, Haitian
// Creole or Vietnamese, tells that person's care (REV-01 block), as "so
// glad your fever broke" does. Thanks, praise of the staff, an invitation
// back and a call-us line in the same languages pass.
func TestReplyGladCareOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hvala vam! Drago nam je da je vaš pritisak sada mnogo bolji.", review: "★★★★★ Odlična doktorica", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Drago nam je da se vaša mama dobro oporavlja nakon operacije 🙏", review: "★★★★★ Hvala svima", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Asante! Tunafurahi kwamba homa ya mwanao imepungua.", review: "★★★★★ Asante daktari", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Tunafurahi sukari yako iko sawa sasa 💙", review: "★★★★★ Huduma nzuri", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Mahadsanid! Waan ku faraxsanahay in qandhada wiilkaaga ay dhaaftay.", review: "★★★★★ Dhakhtar fiican", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Salamat po! Natutuwa kami na wala na ang lagnat ng anak ninyo.", review: "★★★★★ Ang bait ng staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Dhanyabad! Tapaiko jwaro niko bhayeko ma hami dherai khusi chhau.", review: "★★★★★ Ramro sewa", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ua tsaug! Peb zoo siab tias koj tus menyuam tsis ua npaws lawm.", review: "★★★★★ Zoo heev", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Mèsi anpil! Nou kontan lafyèv pitit ou a desann.", review: "★★★★★ Bon sèvis", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Cảm ơn chị! Rất mừng là bé đã hết sốt.", review: "★★★★★ Bác sĩ rất tốt", want: post.VerdictBlock, rule: "REV-01"},
		// A return visit booked, in Bosnian and Swahili.
		{text: "Nema na čemu! Vidimo se za šest mjeseci.", review: "★★★★★ Hvala doktore", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Karibu! Tutaonana wiki ijayo.", review: "★★★★★ Asante sana", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses: thanks, the staff praised, a welcome, a call-us line.
		{text: "Hvala vam puno na lijepim riječima! Vidimo se uskoro.", review: "★★★★★ Odlično osoblje", want: post.VerdictPass},
		{text: "Drago nam je da ste zadovoljni našim osobljem.", review: "★★★★★ Ljubazni ljudi", want: post.VerdictPass},
		{text: "Asante sana kwa maneno mazuri! Karibu tena.", review: "★★★★★ Huduma nzuri", want: post.VerdictPass},
		{text: "Nou kontan anpil pou bon mo sa yo! Rele nou nenpòt lè.", review: "★★★★★ Bon sèvis", want: post.VerdictPass},
		{text: "Maraming salamat po sa inyong tiwala! 💙", review: "★★★★★ Ang bait ng staff", want: post.VerdictPass},
	})
}

// TestReplyHomeCareForTheInjury: a reply that tells the reviewer to go on
// treating the injury they wrote about ("remember to ice it after every
// game", "don't forget to elevate it") gives their treatment in public
// (REV-01 block), with no time of day beside it. Ice that is a drink, a
// rink or cream, and reminders of the office's own news, pass.
func TestReplyHomeCareForTheInjury(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Nothing keeps a league champ down! Remember to ice it after every game.", review: "★★★★★ Got me back on the field after I hurt my knee", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks for the stars! Don't forget to ice it after practice.", review: "★★★★★ Fixed my wrist", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad you're back on the trails. Make sure you elevate it after long rides!", review: "★★★★★ great PT", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Remember to follow us on Instagram for clinic news!", review: "★★★★★ friendly", want: post.VerdictPass},
		{text: "Don't forget the ice cream social on Friday! 🍦", review: "★★★★★ friendly", want: post.VerdictPass},
		// The cake is no care (no REV-01); the name greeted at the end
		// is a person's to check, staff or reviewer (REV-02 warn, session
		// 16).
		{text: "Thanks! Remember to ice the cake before the staff party, Kevin 😂", review: "★★★★★ friendly", want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestPersonHealthOtherLanguages: a named person with a birth, a
// caesarean, a recovery, an operation, a fever or a hospital stay told in
// Bosnian, Croatian and Serbian, Swahili, Somali, Tagalog, romanized
// Nepali, Hmong or Haitian Creole is a patient (PRIV-10 block), as in
// English. A post about the clinic's vaccines or hours in those languages,
// with no one in it, passes.
func TestPersonHealthOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Čestitamo Amri i Mirzi na rođenju sina! Mama i beba su dobro nakon carskog reza. 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Naš dragi Sead se oporavlja nakon operacije koljena. Brz oporavak!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hongera Mama Neema kwa kujifungua mtoto wa kike!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Baba Juma amepona malaria, tunamshukuru Mungu!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hambalyo Hodan, qandhadii way ka baxday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats kay Aling Nena, wala na ang lagnat niya!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Badhai chha Sita didi lai, aspatal bata ghar pharkinu bhayo!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Zoo siab rau Mai Nou, nws xeeb tub lawm!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ti Jak pa gen lafyèv ankò, Bondye bon!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: the clinic's own services, no one in them.
		{text: "Vakcine protiv gripe su dostupne svaki dan u našoj klinici.", want: post.VerdictPass},
		{text: "Karibu kliniki yetu! Tunatoa chanjo za watoto kila siku.", want: post.VerdictPass},
		{text: "Dobrodošli! Naša klinika radi i subotom.", want: post.VerdictPass},
	})
}

// TestStaffOwnPregnancy: a staff member's own pregnancy ("her 20-week
// ultrasound", "expecting a baby girl", "it's a boy!") is their health
// news, as their surgery is (PRIV-10 block). The scans they run, a busy
// season they expect and a promotion are not.
func TestStaffOwnPregnancy(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big congrats to our own Sarah on her 20-week ultrasound — it's a girl!! 💗", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah is expecting a baby boy in June!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Patel is expecting twins this spring 👶👶", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses.
		{text: "Sarah is expecting a busy flu season, so book early!", want: post.VerdictPass},
		{text: "Sarah ran the new ultrasound training for our MAs today.", want: post.VerdictPass},
		{text: "Congrats to Sarah on her promotion to charge nurse!", want: post.VerdictPass},
	})
}

// TestWriterOwnHealth: a practice's post is written by its staff, so the
// writer who signs in ("JB here 👋", "Dr. G here.") with initials or a
// title and an initial the staff list does not resolve, and tells their
// own illness, surgery or test in the first person ("back on the phones
// after my own round with COVID", "I'm out through the 15th for my knee
// replacement", "my own colonoscopy came back clear", "I'll be out 2
// weeks for knee surgery"), shares a staff member's health news (PRIV-10
// block); so does a staff member who finished their own treatment. The
// signer's shot shown as an example, the classes they run, a relative's
// day, an unsigned "I" (the page's own voice), a question, a patient's
// quoted words and "the nurse line" pass.
func TestWriterOwnHealth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "JB here 👋 back on the phones after my own round with COVID. Thanks for the soup, team!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "KT here! Heads up: I'm out through the 15th for my knee replacement, so call the front desk with billing questions.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. G here. My own colonoscopy came back clear this morning, so no more excuses, folks!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. G here. I'll be out 2 weeks for shoulder surgery. Dr. Patel is covering.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So proud of our own Sarah, who finished her breast cancer treatment this spring!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses.
		{text: "JB here! I got my flu shot this morning. Have you? Walk-ins welcome!", want: post.VerdictPass},
		{text: "I'm out for my knee replacement next week, so the blog takes a break.", want: post.VerdictPass},
		{text: "My diabetes class starts Tuesday at 6pm in the community room.", want: post.VerdictPass},
		{text: "I'm out next week for my daughter's graduation, so Dr. Patel is covering.", want: post.VerdictPass},
		{text: "Sarah finished her CPR training this week, way to go!", want: post.VerdictPass},
		// A question anyone asks, a patient's quoted words, a patient's
		// thanks to a doctor, and a nurse line that is no nurse.
		{text: "Can I check my own blood pressure at home? Yes! Ask us how at the front desk.", want: post.VerdictPass},
		{text: "\"Back on my bike three weeks after my own knee scope.\" — one of our sports-medicine patients", want: post.VerdictReview, rule: "ENDORSE-01"},
		{text: "Dr. Patel's treatment cleared my own eczema for good.", want: post.VerdictPass},
		{text: "Our nurse line is open late this week while I'm out for my daughter's graduation.", want: post.VerdictPass},
	})
}

// TestWriterOwnHealthLinear: the writer's own health is asked of every
// health word after "my"; a sentence of thousands stays linear.
func TestWriterOwnHealthLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	requireLinearText(t, c, "Dr. Patel fixed my knee surgery and my flu and my own round with covid, ")
	requireLinearText(t, c, "JB here. I'll be out 2 weeks for knee surgery, ")
}

// TestReplyKeepsCareGoing: a reply that tells the reviewer to keep up
// the care they were sent home with ("keep up the stretches for your
// back", "keep it in that boot for two more weeks", "stick with the
// exercises") or to treat "it" ("and ice it after your shifts") tells
// their treatment (REV-01 block). Keeping up the good work, keeping an eye
// on the page and the office's own cream sale pass.
func TestReplyKeepsCareGoing(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Kevin says keep up the stretches and ice it after your shifts at the plant.", review: "★★★★★ Kevin took his time with me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Anytime! Keep it in that boot for two more weeks and you'll be back on the court.", review: "★★★★★ squeezed me in same day", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks for the stars! Stick with the exercises, they really do work.", review: "★★★★★ great PT team", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Thank you! Keep up the great work on those early-morning walks in the park 🌅", review: "★★★★★ friendly", want: post.VerdictPass},
		{text: "Thanks! Keep an eye on our page for the holiday hours.", review: "★★★★★ friendly", want: post.VerdictPass},
	})
}

// TestOtherLanguagesMore: Russian and Ukrainian replies glad that the
// reviewer's pressure settled after a change of medicine tell their care
// (REV-01 block); a Bosnian aunt a year without cigarettes is a person
// with a habit quit (PRIV-10 block).
func TestOtherLanguagesMore(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Спасибо! Рады, что давление стабилизировалось после смены лекарства 🙏", review: "★★★★★ Очень хороший доктор", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Čestitamo teta Hasni — godinu dana bez cigareta! 🚭", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: thanks, and a clinic's no-smoking sign.
		{text: "Спасибо за тёплые слова! Ждём вас снова.", review: "★★★★★ Очень хороший доктор", want: post.VerdictPass},
		{text: "Naša klinika je zona bez cigareta. Hvala!", want: post.VerdictPass},
	})
}

// TestReplyAsksToCallBeforePosting: a reply asking the reviewer to call
// or write to the office before posting next time ("Next time before
// posting, please call Rusty directly", "before you leave a review, reach
// out to our manager") steers the unhappy away from reviews (ENDORSE-03
// block), though it names no bad visit. An offer to talk and a word about
// the office reading its reviews pass.
func TestReplyAsksToCallBeforePosting(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for the review! Next time before posting, please call Kevin directly — we'd rather fix it than see it online.", review: "meh. it was ok I guess", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Sorry to hear that. Before you leave a review next time, reach out to our office manager first.", review: "★★ slow check-in", want: post.VerdictBlock, rule: "ENDORSE-03"},
		// Near misses.
		{text: "Thank you for the feedback. Please call our office so we can talk it through.", review: "★★ slow check-in", want: post.VerdictPass},
		{text: "Thanks! We read every review before our Monday staff meeting.", review: "★★★★ good", want: post.VerdictPass},
	})
}

// TestReplyResultTold: a reply that tells how the reviewer's test came
// out ("everything came back normal", "good news that it was benign",
// "your results were negative") or that they or their child are cleared
// ("she's cleared with no restrictions", "he's cleared 🏀") tells the
// result of their care (REV-01 block). The office's phone lines coming
// back to normal and a cleared parking lot pass.
func TestReplyResultTold(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sorry about the delay! Good news is everything came back normal.", review: "★★ my test results took forever", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Sorry it took nine days — the lab was backed up. Good news that it was benign though!", review: "★★★ slow results", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Good luck to her at the meet — she's cleared with no restrictions!", review: "★★★★ quick sports physical", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks!! Tell him good luck at state, he's cleared 🏀", review: "★★★★★ great with my son", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Thanks! Our phone lines came back to normal after the outage on Monday.", review: "★★★ couldn't get through", want: post.VerdictPass},
		{text: "Thanks for the note! The parking lot is finally cleared after the snow.", review: "★★★ icy lot", want: post.VerdictPass},
		{text: "Thanks for asking! Most moles are benign, but any spot that changes is worth a look.", review: "★★★★ good info", want: post.VerdictPass},
	})
}

// TestReplyGladMedicineKickedIn: a reply glad that a medicine "kicked
// in" tells the reviewer's treatment and how it went (REV-01 block), even
// when the medicine's brand name is in no list ("Tamiflu"). Coffee and
// the waiting room's heat kicking in pass.
func TestReplyGladMedicineKickedIn(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Happy holidays! Glad the Tamiflu kicked in before the family party 🎄", review: "★★★★★ got me through the flu", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So glad the acetazolamide kicked in before your ski trip!", review: "★★★★★ fixed me up", want: post.VerdictBlock, rule: "REV-01"},
		// Near misses.
		{text: "Glad the coffee kicked in for the early shift 😄", review: "★★★★★ friendly at 7am", want: post.VerdictPass},
		{text: "Glad the heat finally kicked in in the waiting room!", review: "★★★ cold lobby", want: post.VerdictPass},
	})
}
