package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's false-alarm classes (issue 11): each exemption comes
// with the cases that prove a patient named with a health detail is still
// caught beside it. Our own wording, not a labelled set's items.

// TestArticleOpensClause: a Spanish, French or Portuguese article opening
// a clause after a label ("REALIDAD: La limpieza ...") is no one's name;
// "La Toya" with a capital after it still is.
func TestArticleOpensClause(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "MITO: No puedes ir al dentista si estás embarazada. REALIDAD: La limpieza dental es segura durante el embarazo.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Dato: El ejercicio ayuda con la diabetes tipo 2 🏃", want: post.VerdictPass},
		{text: "rappel : Le vaccin contre la grippe est disponible au cabinet", want: post.VerdictPass},
		{text: "Congrats to La Toya on her new hip!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nota: La señora Ruiz ya salió del hospital después de su cirugía.", want: post.VerdictBlock},
	})
}

// TestPlaceAndEventNames: a capitalized word before a station, a delta, a
// gala, a festival or a school's initials names a place or an event.
func TestPlaceAndEventNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Free shuttle from the Othello light rail station to our clinic every 30 min 🚐", want: post.VerdictPass},
		{text: "Take the bus to the Fruitvale BART station, we're one block north.", want: post.VerdictPass},
		{text: "We hired two community health aides for the Y-K Delta this fall.", want: post.VerdictPass},
		{text: "sports physicals this week for Lincoln HS athletes 🏈", want: post.VerdictPass},
		{text: "Thanks to everyone who came out to the Winter Gala! We raised enough for a new exam table.", want: post.VerdictPass},
		{text: "Flu shots at the Harvest Festival on the green, bring the whole crew", want: post.VerdictPass},
		// The person is still found beside the place.
		{text: "Lincoln HS quarterback Jake Morrow is out after his ACL surgery, heal up!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grace from the rail yard had her knee replaced today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Saw Gloria Vance at the Winter Gala, first outing since her chemo 💜", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestDeniedOnly: "isn't the only", "not the only" say there are many,
// never that someone is unique.
func TestDeniedOnly(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "sobriety isn't the only win. showing up is a win. carrying naloxone is a win.", want: post.VerdictPass},
		{text: "You're not the only one who dreads the dentist, and we go slow.", want: post.VerdictPass},
		{text: "The only triplets born in our county had their checkups today!", want: post.VerdictReview, rule: "PRIV-14"},
		{text: "She's the only Tongan kid on her team and she had her appendix out Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A small cell beside care that happened to it blocks (TestSmallCells).
		{text: "The only set of twins at Lakeview Elementary both had strep this week.", want: post.VerdictBlock, rule: "PRIV-14"},
	})
}

// TestPoliticsNotAsked: bills paid and support thanked for ask no reader
// to act on a law; a real ask still warns.
func TestPoliticsNotAsked(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "New portal is live! Message your doctor, pay bills, no need to call 🤙", want: post.VerdictPass},
		{text: "You can now pay your bills online or call us.", want: post.VerdictPass},
		{text: "Mayor Ortiz cut the ribbon on our new wing. Thank you for the support, Mayor!", want: post.VerdictPass},
		{text: "Call your senator and tell them to stop surprise medical bills!", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Please support Mayor Diaz in the election!", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Call your state rep and urge them to pass the paid sick leave bill.", want: post.VerdictReview, rule: "PROF-04"},
	})
}

// TestPartnerTagDiscloses: "#partner" discloses a tie as "#ad" does.
func TestPartnerTagDiscloses(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "In partnership with a local credit union (#partner), our volunteers got free game tickets 🏀", want: post.VerdictPass},
		{text: "In partnership with GlowSkin: try their new serum!", want: post.VerdictReview, rule: "ENDORSE-02"},
	})
}

// TestSeasonMonths: a month a condition strikes in general, or an
// election's month, dates no one; beside a person or a patient it still
// blocks.
func TestSeasonMonths(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Heat exhaustion can set in within minutes in a parked car in July. Never leave kids or pets inside.", want: post.VerdictPass},
		{text: "Frostbite may start in under 30 minutes in January: keep ears and fingers covered", want: post.VerdictPass},
		{text: "Vote yes on Question 2 in November to protect fertility coverage!", want: post.VerdictReview, rule: "PROF-04"},
		{text: "Heat exhaustion can hit anyone: Mr. Ruiz came in with it in July.", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "A patient came in with heat exhaustion, which can happen in July.", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Her migraines can be traced back to March.", want: post.VerdictBlock, rule: "PRIV-05"},
	})
}

// TestSeeYouAtEvent: "see you at the fair" in a reply meets the reviewer
// at a public event, not a visit; a visit named there still blocks.
func TestSeeYouAtEvent(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for stopping by! See you at next year's festival 🕶️", review: "Loved your booth at the street fair", want: post.VerdictPass},
		{text: "see u at the 5K 🏃", review: "your nurse ran with me lol", want: post.VerdictPass},
		{text: "See you at the health fair for your booster shot!", review: "great staff", want: post.VerdictBlock, rule: "REV-01"},
		{text: "See you at your checkup next month!", review: "great staff", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestDeniedLabel: a stigmatizing label put in quotes to deny it is the
// practice speaking against it; used of someone, it still blocks.
func TestDeniedLabel(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: `it's not "drug seeking," it's pain. we believe people. #harmreduction`, want: post.VerdictPass},
		{text: `There is no such thing as a "frequent flyer" in our ER. Come back as often as you need.`, want: post.VerdictPass},
		{text: `We never call anyone “noncompliant” — life gets in the way, and we plan around it.`, want: post.VerdictPass},
		{text: `not gonna lie, "frequent flyer" Mrs. Diaz is back again 🙄`, want: post.VerdictBlock, rule: "PROF-03"},
		{text: `Our favorite "frequent flyer" came in again today lol`, want: post.VerdictBlock, rule: "PROF-03"},
		{text: `Another drug seeker at the window this morning. Not today.`, want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestCancelledByPolicy: a reply's policy ("we waive fees when flights
// are cancelled") tells nothing done on the reviewer's bill; a bill
// cancelled or fixed still blocks.
func TestCancelledByPolicy(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "That shouldn't happen: we waive late fees when ferries are cancelled for weather. Please call us.", review: "charged me a no-show fee when the ferry was cancelled!", want: post.VerdictPass},
		{text: "Your late fee has been cancelled.", review: "charged me twice", want: post.VerdictBlock, rule: "REV-01"},
		{text: "I checked and your claim was billed under the wrong code — fixed now!", review: "bill was wrong", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We looked into it and the charge is cancelled, since the mix-up was ours.", review: "bad billing", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestAmbulanceAsPlace: the ambulance bay, crews and fleet are the
// service's; riding in one is someone's care.
func TestAmbulanceAsPlace(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "To the teenager who shoveled our whole ambulance bay at 5am: we don't know who you are, but thank you.", want: post.VerdictPass},
		{text: "Shoutout to Big Mike at the gas station who keeps our ambulance crews in coffee ☕", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Big Mike rode in our ambulance to Mercy yesterday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pastor Ruth's husband was taken by ambulance to the ER last night, keep them in your prayers.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestContestIsNoRole: "the ER cook-off" is a contest, not the ER's cook.
func TestContestIsNoRole(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our chili won the ER cook-off for the second year running 🌶️", want: post.VerdictPass},
		{text: "The 3rd floor bake-off is Friday, bring pie", want: post.VerdictPass},
		{text: "The ER cook broke his wrist, send him love.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestFigureByWorkOrMonth: a singer by their quoted song, a figure under a
// history month's header; with care in the sentence or in the title,
// still a person.
func TestFigureByWorkOrMonth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: `Celia Cruz's "La Vida Es Un Carnaval" is on in the waiting room today 💃`, want: post.VerdictPass},
		{text: "Black History Month: Carter G. Woodson worked in the coal mines as a young man before he founded Negro History Week 📚", want: post.VerdictPass},
		{text: "Heritage Month — Tomás Rivera wrote about migrant farmworkers in Texas.", want: post.VerdictPass},
		{text: "Black History Month: Marcus Hill beat sickle cell with our team 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: `Maria Lopez's "Knee Journey" vlog is up, she had her replacement here!`, want: post.VerdictReview, rule: "PRIV-10"},
		{text: `Maria Lopez's "New Hip" is doing great after surgery!`, want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestStaffByRole: someone told as the practice's own ("our own Sissy",
// "Teddy, our respiratory therapist") with no health detail is noted;
// with one, or called a patient, they still block.
func TestStaffByRole(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Happy birthday to our own Marisol at the front desk! 🎂", want: post.VerdictPass},
		{text: "Happy 25th anniversary to Desmond, our respiratory therapist, and his bride! 💍", want: post.VerdictPass},
		{text: "Our paramedic Bubba got hitched Saturday up at the lake 💒", want: post.VerdictPass},
		{text: "Get well soon to our own Marisol at the front desk after her surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Desmond, our respiratory therapist, is home recovering from his heart attack.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our patient Desmond turns 50 today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy birthday to Desmond, our favorite patient!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestStormNames: a hurricane's or storm's name is no one's.
func TestStormNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hurricane Irma anniversary: we were closed 5 days and now have a generator for the vaccine fridge.", want: post.VerdictPass},
		{text: "Tropical Storm Maria knocked out power at the Hilo office, we reopen Monday.", want: post.VerdictPass},
		{text: "Storm Jackson had his knee replaced today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "After Hurricane Ian, Rosa Delgado came in with a gash from the cleanup.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestCrowdsAndCounts: a county's counts and a crowd's cases place no
// one; "sick of" is fed up. A named person beside them still blocks.
func TestCrowdsAndCounts(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Overdose deaths in Harlan County dropped 30% from last year. Keep carrying naloxone.", want: post.VerdictPass},
		{text: "We treated a lot of sunburns after the parade on Ocean Drive 🥵 reapply, friends!", want: post.VerdictPass},
		{text: "We're sick of Albany's budget cuts and so are our nurses.", want: post.VerdictPass},
		{text: "sick and tired of the construction on Route 9? us too.", want: post.VerdictPass},
		{text: "We treated a lot of sunburns, including Rosa Delgado from Ocean Drive.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The overdose on Elm Street last night was our patient.", want: post.VerdictBlock, rule: "PRIV-07"},
	})
}

// TestDeniedPromise: "we won't promise you a miracle" denies the claim.
func TestDeniedPromise(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We won't promise you a miracle cure. We'll promise to show up every week alongside you.", want: post.VerdictPass},
		{text: "Our miracle cure works for everyone!", want: post.VerdictReview, rule: "CLAIM-03"},
	})
}

// TestSayingsTenureAndTitles: the author of a saying ("As Maya Angelou
// said"), a colleague counted by years on the team, and "our CEO" are
// no patients; with care or a first-person word about the practice, the
// name still counts.
func TestSayingsTenureAndTitles(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: `As Maya Angelou said, "People will forget what you said, but never how you made them feel."`, want: post.VerdictPass},
		{text: "as mr. rogers once put it, look for the helpers 💛", want: post.VerdictPass},
		{text: "Happy retirement, Linda! 32 years at our front desk and countless smiles.", want: post.VerdictPass},
		{text: "Our founder Dr. Okonkwo spoke at the state primary care conference about rural access.", want: post.VerdictPass},
		{text: `As Rosa Delgado said, "I love this place!"`, want: post.VerdictBlock, rule: "PRIV-13"},
		{text: `As Rosa Delgado said after her surgery, "We did it!"`, want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy retirement, Linda! 32 years at our front desk. Enjoy the new hip!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats Linda on 10 years cancer-free with us!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our CEO Ana Whitfield is recovering from a stroke, send love.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestEverydayNouns: "founder" and "complaint" are a post's everyday
// words, not WordNet's laminitis and ailment.
func TestEverydayNouns(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Salsa on repeat in the waiting room today. No complaints from Rosa Delgado 🎶", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Our founder Dr. Okonkwo opened this clinic in 1994 with one exam room.", want: post.VerdictPass},
		{text: "Rosa Delgado's only complaint after her hip replacement: the hospital food 😂", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestAffectionAndReadersPhotos: "#1 in our hearts" ranks nothing a board
// checks; "a photo of someone you miss" is the reader's to bring.
func TestAffectionAndReadersPhotos(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "#1 in our hearts: the Legion Auxiliary chili supper. Saturday, 5pm, $8 a plate.", want: post.VerdictPass},
		{text: "Our ofrenda is up in the lobby 🌼 bring a photo of someone you miss", want: post.VerdictPass},
		{text: "#1 in our hearts and #1 in Ohio for knee replacements!", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "Here's a photo of someone we treated today for a broken arm 💪", want: post.VerdictReview, rule: "PRIV-12"},
	})
}

// TestKingOnHisDay: "Dr. King" quoted in a Martin Luther King Jr. Day
// post is the day's man; a Mr. King with care in the sentence is not.
func TestKingOnHisDay(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Closed Monday 1/19 for MLK Day. 'Life's most persistent and urgent question is: What are you doing for others?' — Dr. King", want: post.VerdictPass},
		{text: "Happy MLK Day. Mr. King from our Tuesday walking group had his knee replaced, send love!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
