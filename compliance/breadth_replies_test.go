package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner B's breadth work (issue 11): each case is our own
// wording of a kind of text, in other voices and languages, not a labelled
// set's item.

// checkRuleCases runs cases through the rules alone: the learned
// backstop (PRIV-16), trained on the rules' verdicts, is tested by its own
// tests, and these cases are about the rules.
func checkRuleCases(t *testing.T, cases []familyCase) {
	t.Helper()
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, cases)
}

// TestInterjectionIsNoAddressee: "Nope," or "Nah," opening a post is an
// interjection, not a person spoken to by name, so general advice after
// it is no advice to one person (PROF-05).
func TestInterjectionIsNoAddressee(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Nah, you don't need an appointment for a flu shot. Walk right in.", want: post.VerdictPass},
		{text: "Yep, you can still get your flu shot in December 💉", want: post.VerdictPass},
		{text: "Yikes, you should see the line at the pharmacy today 😅 we have shots here, no wait", want: post.VerdictPass},
		{text: "Psst, you can book your physical online now!", want: post.VerdictPass},
		{text: "Tavita, I saw your post. Stop taking the ibuprofen and call us.", want: post.VerdictBlock, rule: "PROF-05"},
	})
}

// TestReplyFollowUpOnCare: a reply asking after something new the
// reviewer got from the practice ("hope the new crown is holding up")
// tells their treatment (REV-01 block), in any wording; something new of
// the office's is no one's care.
func TestReplyFollowUpOnCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hope the new crown is holding up well!", review: "painless visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "hope ur new retainer isn't too tight anymore 😬", review: "love the team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the new hearing aids are a game changer!", review: "can finally hear", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We hope the new orthotics are helping 👣", review: "great podiatrist", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope you're feeling better after the adjustment!", review: "fixed me up", want: post.VerdictBlock, rule: "REV-01"},
		{text: "hope ur back feels better since the massage 🙏", review: "5 stars", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope the new parking lot makes things easier!", review: "parking was awful", want: post.VerdictPass},
		{text: "Hope the new check-in kiosks save you some time next time!", review: "slow check in", want: post.VerdictPass},
		{text: "Hope you're feeling better after the holidays! Thanks for the kind words.", review: "great staff", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestReplyCareInOtherLanguages: a reply reacting to care in Spanish,
// Portuguese or French tells it (block); a get-well wish in those
// languages goes to a person (warn).
func TestReplyCareInOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¡Qué bueno que la rodilla ya no le duele después de la inyección!", review: "Muy buen doctor", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Que bom que o joelho melhorou depois da fisioterapia!", review: "Ótimo atendimento", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Ravis que votre dos aille mieux après les séances!", review: "Très bien", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Obrigado! Esperamos que esteja se sentindo melhor.", review: "ótimo atendimento", want: post.VerdictReview, rule: "REV-01"},
		{text: "Merci! Bon rétablissement 💐", review: "Super équipe", want: post.VerdictReview, rule: "REV-01"},
		{text: "Danke! Gute Besserung!", review: "Sehr freundlich", want: post.VerdictReview, rule: "REV-01"},
		{text: "Obrigado pela avaliação! Ligue para nós se quiser conversar.", review: "Bom", want: post.VerdictPass},
		{text: "Merci beaucoup pour votre avis! Appelez-nous pour en parler.", review: "Très bien", want: post.VerdictPass},
	})
}

// TestReplyWarmToHardNews: a warm line answering a review that told an
// illness, a loss or a treatment assumes it (warn); the same words to a
// review about parking tell nothing.
func TestReplyWarmToHardNews(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hang in there, we're rooting for you 💪", review: "Chemo is rough but the nurses are angels", want: post.VerdictReview, rule: "REV-01"},
		{text: "We're so sorry for your loss. Our hearts are with your family.", review: "My dad passed away last month, the staff were kind", want: post.VerdictReview, rule: "REV-01"},
		{text: "thinking of u and ur family 💜", review: "my mom's dementia got worse but dr. k was patient", want: post.VerdictReview, rule: "REV-01"},
		{text: "Hang in there, the new lot opens in March!", review: "parking is terrible", want: post.VerdictPass},
	})
}

// TestConductStereotype: a group of patients by category said always or
// never to do something bad ("Medicaid patients always no-show") mocks
// that group (block); a plain group with a strong bad habit warns; a
// habit that is no fault, or a reminder, passes.
func TestConductStereotype(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Medicaid patients always no-show, it's exhausting", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "seniors never read the instructions and then complain 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "uninsured folks ALWAYS lie about their income, every single time", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "teenagers never floss and always lie about it lol", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Patients always exaggerate their pain on the form.", want: post.VerdictReview, rule: "PROF-03"},
		{text: "Kids always love the sticker bin at the front desk! 🌟", want: post.VerdictPass},
		{text: "Our Medicaid patients always get the same care as everyone else.", want: post.VerdictPass},
		{text: "Patients always ask us when to get a flu shot. The answer: now!", want: post.VerdictPass},
		{text: "People always forget their insurance cards, so we'll text you a reminder the day before 📱", want: post.VerdictPass},
		{text: "Seniors never need an appointment for a flu shot on Tuesdays.", want: post.VerdictPass},
	})
}

// TestFolkMythsStated: folk myths with no grammar hook, stated as fact,
// in English and other languages, block (MIS-01); sports fans, a fan on a
// hot night and ginger tea for a sore throat are no myth.
func TestFolkMythsStated(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sleeping in a room with a fan on can kill you. Crack a window instead 🌬️", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "fan death is real, ask any grandma 🪭", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Eating carrots gives you night vision 🥕👀", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Microwaving food destroys all its nutrients ☢️", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Colloidal silver kills every virus, keep a bottle at home", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Put butter on a burn to help it heal 🧈", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "swallowed gum stays in ur stomach for 7 years!!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Garlic necklaces prevent colds for kids 🧄", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Ear candling removes wax safely 🕯️", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Las vacunas causan autismo. Infórmese.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A vacina da gripe causa gripe, cuidado!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Té de jengibre con limón cura la gripe mejor que la vacuna 🍋", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Burn? Cool running water for 20 minutes. Don't put butter or ice on it 🔥", want: post.VerdictPass},
		{text: "Fans at the game Sunday, wear sunscreen! ☀️", want: post.VerdictPass},
		{text: "Stay cool: a fan and a cool shower help on hot nights 🌡️", want: post.VerdictPass},
		{text: "Ginger tea with lemon and honey can soothe a sore throat 🍋🍯", want: post.VerdictPass},
		{text: "Microwaving veggies with a splash of water keeps more vitamins than boiling!", want: post.VerdictPass},
	})
}

// TestBusinessHandles: a business's or an organization's account, known
// by the word its name ends in ("@sunrisebakery", "@oregonredcross"), or
// the sponsor a disclosed partnership names, is no person tagged
// (PLAT-02); a person's account still warns.
func TestBusinessHandles(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big thanks to @oregonredcross for the blood drive ❤️", want: post.VerdictPass},
		{text: "Fresh muffins from @sunrisebakery at the open house Saturday 🧁", want: post.VerdictPass},
		{text: "#sponsored Paid partnership with @dearbornfitgear: 10 free yoga mats for our PT patients' raffle 🧘", want: post.VerdictPass},
		{text: "Our holiday party is hosted by @glowwithtemi this year 🎄 #ad: Temi was paid by the spa for this.", want: post.VerdictPass},
		{text: "Coffee on us this morning, courtesy of @bluecanoe_coffee ☕", want: post.VerdictPass},
		{text: "Thanks @mariag_runs for the shoutout!! 🏃‍♀️", want: post.VerdictReview, rule: "PLAT-02"},
		{text: "congrats @marco on the 10k!! 🎉", want: post.VerdictReview, rule: "PLAT-02"},
	})
}

// TestReplyArguesTheVisit: a reply that says the team remembers the
// reviewer, or argues the facts of their visit (how late they were, how
// long they were seen, what the practice's system shows), confirms they
// were seen (REV-01 block); "Remember, you can call us" reminds.
func TestReplyArguesTheVisit(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dr. Ortega remembers you and says hi!", review: "Loved Dr. Ortega", want: post.VerdictBlock, rule: "REV-01"},
		{text: "we remember u!! the whole team says hi 👋", review: "best clinic", want: post.VerdictBlock, rule: "REV-01"},
		{text: "You were actually 25 minutes late, so we had to reschedule.", review: "They refused to see me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "u showed up 40 mins late, that's why 🤷", review: "they wouldn't see me", want: post.VerdictBlock, rule: "REV-01"},
		{text: "The doctor spent 30 minutes with you, per our system.", review: "rushed visit", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Our call logs show three messages returned that week.", review: "no one called back", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Remember, you can always call us with questions.", review: "confusing", want: post.VerdictPass},
		{text: "We're sorry about the wait. We're adding a second nurse in January.", review: "waited an hour", want: post.VerdictPass},
	})
}

// TestFreeOutreach: free checks at the town's fair or festival, or told
// as given, are outreach, not an offer of the practice's care (CLAIM-07
// passes them); a free visit or a free screening at the office warns.
func TestFreeOutreach(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Find us at the county fair all weekend 🎡 free blood pressure checks at our tent!", want: post.VerdictPass},
		{text: "we gave 140 free glucose checks at the Juneteenth festival, thank u Eastside 💛", want: post.VerdictPass},
		{text: "Chequeos de presión gratis en la feria del pueblo este sábado — free BP checks at the town feria!", want: post.VerdictPass},
		{text: "Free flu shots at our booth at the farmers market Saturday 🍎💉", want: post.VerdictPass},
		{text: "Free skin cancer screenings at our office every Tuesday in May!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "New patients get a free consultation this month.", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}

// TestEverydaySenses: a skull on a Halloween or Día de los Muertos post,
// parking spots in a reply about parking and a dotted handle on the
// practice's list are no contempt, no care and no one tagged.
func TestEverydaySenses(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "our skeleton crew is ready for halloween 💀🎃 come trick-or-treat at the front desk, everyone welcome!", want: post.VerdictPass},
		{text: "ofrenda is up in the lobby 🌼💀 come light a candle for someone you love and miss", want: post.VerdictPass},
		{text: "Thanks for the feedback on parking! We added six new spots by the side door.", review: "parking is a mess", want: post.VerdictPass},
		{text: "Weekly tips from our nurse practitioner: follow @maplefamilymed.", want: post.VerdictPass},
		{text: "the ppl who show up 2 hrs late and yell at the desk 💀", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Hope those spots on your arm clear up soon!", review: "rash", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestCalloutOfEveryoneWho: "To everyone who ..." singles out the people
// who did something; with a wave or a laugh it mocks them (PROF-03), and
// with thanks it is a thank-you.
func TestCalloutOfEveryoneWho(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "To everyone who no-showed today: we hope you enjoyed your day off 👋", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "to anyone who thinks the front desk controls ur insurance: lol 😂", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "To everyone who came to the flu clinic Saturday: thank you! 💙", want: post.VerdictPass},
		{text: "To everyone who donated coats: you made 140 kids warmer this winter 🧥", want: post.VerdictPass},
	})
}

// TestConductInSpanish: a group of patients described and rolled eyes at
// in Spanish mocks them as in English (PROF-03); thanks pass.
func TestConductInSpanish(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Los pacientes que llegan tarde y luego se quejan... 🙄 en serio?", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "la gente que llama 20 veces al día para preguntar lo mismo 😤😤", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Gracias a los pacientes que vinieron a la feria de salud 💚", want: post.VerdictPass},
	})
}

// TestDev9Dev10Kinds: kinds first seen in dev9 and dev10 (read after
// 04:10), each in our own wording: a callout shape that is a verb's
// object, a name with "Dick" in it, fake reviews refused, folk myths of
// joints, travel, eyes and fertility, a review link sent only for a high
// score, retorts to a reviewer, a dose or care told in a reply, cures
// counted in other nouns.
func TestDev9Dev10Kinds(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Never change your insulin dose without checking with the nurse who manages your diabetes plan.", want: post.VerdictPass},
		{text: "Questions about a side effect? Talk to the doctor who prescribed it, or call our nurse line.", want: post.VerdictPass},
		{text: "We never ask for or post fake reviews. Questions? Email us.", review: "so many fake reviews here", want: post.VerdictPass},
		{text: "Glucosamine rebuilds the cartilage in your knees, no surgery needed 🦴", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "copper bracelets really do relieve arthritis pain, grab one at the front desk", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A shot of mezcal after street food kills the bacteria, trust 🌮", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Start antibiotics before your flight and they'll prevent the flu on your trip ✈️", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Going from the hot sun into freezing AC is what gives you a cold!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Carrots reverse nearsightedness, ditch the glasses 🥕", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "reading in bed with a flashlight will ruin your kid's eyes 🔦", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Skip the flu shot during your IVF cycle, vaccines can hurt your eggs.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Anorexia is a choice. Recovery is just deciding to eat.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Stay cool in the heat: AC, shade and cold water 🥤", want: post.VerdictPass},
		{text: "Take our quick survey! If you rate us a 9 or 10 we'll send the review link 😊", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Maybe if u showed up on time u wouldn't have waited.", review: "waited forever", want: post.VerdictBlock, rule: "REV-03"},
		{text: "We explained the policy twice. Some people just don't listen.", review: "nobody explained anything", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Hi Dana, please don't stop suddenly. Go down to 150 mg for a week and call us.", review: "thinking of quitting my meds", want: post.VerdictBlock, rule: "REV-01"},
		{text: "É normal ficar vermelha depois do peeling, use o creme todos os dias!", review: "pele vermelha", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Healed thousands of joints and counting. Let us heal yours.", want: post.VerdictReview, rule: "CLAIM-01"},
		{text: "Yay Marisol!! Hope your week is amazing ✨", review: "loved the vibes", want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestDev11Dev12Kinds: kinds first seen in dev11 and dev12 (read after
// 04:20), in our own wording: care told in a reply (a removal, a sling, a
// regimen, a medicine picked up, Spanish "siga con"),
// myths in more words and languages, retorts, and a group of women
// described and huffed at in Spanish.
func TestDev11Dev12Kinds(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So glad the removal went smoothly! Remember, no swimming for 2 days 😉", review: "got my mole removed, so gentle", want: post.VerdictBlock, rule: "REV-01"},
		{text: "glad the reduction went ok!! keep the sling on 3 weeks 🙏", review: "fixed my shoulder", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Gracias! Siga con las sesiones de los jueves 💛", review: "Me ayudaron mucho", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Las vacunas traen un microchip para rastrearnos, no se dejen 👀", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "El té de manzanilla limpia el VIH de la sangre, los abuelos sabían 🌿", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "these detox foot pads pull the sugar right out of your blood overnight 🦶", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "menthols are safer, the mint cancels out the cancer 🌿", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antybiotyki na grypę to podstawa, bierz amoksycylinę!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Dark skin doesn't get skin cancer, so skip the sunscreen 🙌", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Insulin helps move sugar from your blood into your cells. Ask us how to time your doses.", want: post.VerdictPass},
		{text: "Maybe stop calling six times a day and we'd answer faster 🙃", review: "they never answer", want: post.VerdictBlock, rule: "REV-03"},
		{text: "las señoras que llegan sin cita y luego se enojan porque esperan 😤", want: post.VerdictBlock, rule: "PROF-03"},
	})
}
