package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// False alarms of every family on posts that tell no one's health
// (issue 11, tuner C, session of 06:00), each class beside the near
// neighbours that must still be held.

// TestHomePagesAreNoOnesPage: a site's home page, written as its bare
// domain ("read it at southcoasttoday.com", "info at
// nationaleatingdisorders.org"), is a newspaper's, a charity's or a
// shop's, not a patient's page or profile (PRIV-04). A page under a path,
// a site on a blogging or fundraising host's subdomain, and a domain that
// opens with a first name still warn.
func TestHomePagesAreNoOnesPage(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Thanks to the Daily Herald for covering our new hours! Read it at dailyherald.com", rule: "PRIV-04"},
		{text: "Helpline info at nationaleatingdisorders.org", rule: "PRIV-04"},
		{text: "heading to the beach? check surfsafetyhawaii.org first 🏄", rule: "PRIV-04"},
		{text: "Check hawaiibeachsafety.com before paddling out", rule: "PRIV-04"},
		{text: "Recipes we love: www.eatright.org and www.myplate.net!", rule: "PRIV-04"},
		{text: "Get your tickets at https://countyfair.com before Friday.", rule: "PRIV-04"},
		{text: "Más información en alcoholicosanonimos.org.mx", rule: "PRIV-04"},
		{text: "Read her story at myjourney.blogspot.com", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Please share the fundraiser: gofundme.com/f/help-tommy", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Follow along at facebook.com/rosa.delgado.77", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Updates on his recovery at jennysknee.com", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "follow her journey: marialopezstrong.org", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Our story was in the paper: https://dailyherald.com/news/2026/12/local-clinic", rule: "PRIV-04", want: post.SeverityWarn},
	})
}

// TestStaffPartnersInFamilyNews: the one a staff member marries or gets
// engaged to, named beside them in family news that tells no health
// ("congrats to Kevin and Luis on their wedding", "Sarah and her new
// husband Travis, married Saturday", "congrats to you and Jun!"), is
// family news, only noted (PRIV-10 info). A couple with no staff member
// in the post, and any health detail, are still a question or a
// patient's story.
func TestStaffPartnersInFamilyNews(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Big congrats to Kevin and Luis on their wedding at the park gazebo! 💍 Bets are open on the honeymoon tan.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Congratulations to our Sarah and her new husband Travis, married Saturday in the first snow of the year!!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Nurse Sarah just got married in Manila! 💍 Thanks for the pancit, Sarah, and congrats to you and Jun!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "kevin got engaged to Priyanka this weekend 💍 we are NOT ok", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Felicidades a Sarah y Mateo por su boda 💒", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Happy 60th wedding anniversary to Bill and Joan Ferguson, regulars at our pickleball night!", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Congrats to Maria and Luis on their wedding!", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Congrats to Kevin and Luis on their wedding! Luis is finally off crutches after his knee surgery.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Sarah married Travis on Saturday; we saw him for his asthma last week.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestWarmWelcomesIntroduceStaff: "a big welcome to Sasha Petrenko, who's
// interning with us" introduces a new team member (PRIV-10 info), as
// "please welcome" does; a welcome to a baby or to someone's recovery is
// still someone's health.
func TestWarmWelcomesIntroduceStaff(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Big welcome to Sasha Petrenko, who's interning with Kevin on the grants team this winter 📊", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "A warm welcome to Tomasz Nowak, our new billing lead!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "huge welcome to Ama Owusu who starts at the front desk monday 🎉", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Big welcome to baby Maria Lopez, born Tuesday at 7 lbs 2 oz!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "A warm welcome back to Tomasz Nowak after his knee surgery!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestCrossStreetsAndRoutesAreNoOne: a word a name list holds, written as
// one of two streets at a corner or bounding a stretch ("between
// Jefferson and Main St", "Western & 63rd") or as a bus route by its
// number ("the #9 Ashland", "the 22 Clark bus"), is a street, not a
// person (PRIV-10). A couple joined by "and", a person on a street, and a
// player by a jersey number are still people.
func TestCrossStreetsAndRoutesAreNoOne(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Heads up: Fifth is down to one lane between Jefferson and Main St through Dec 19 for road work.", rule: "PRIV-10"},
		{text: "Pop-up flu clinic at Western & 63rd this Saturday 10-2 💉", rule: "PRIV-10"},
		{text: "Free shuttle between our Roosevelt and 26th St sites, every hour on the hour", rule: "PRIV-10"},
		{text: "our new spot is on the corner of 18th St and Morgan, right by the taqueria", rule: "PRIV-10"},
		{text: "#9 Ashland bus rerouted while they tear up the street, take the 47 to Halsted and walk two blocks 🚌", rule: "PRIV-10"},
		{text: "Our favorite bus routes, ranked: #9 Ashland, #60, #12 Roosevelt, and the Pink Line 🚇", rule: "PRIV-10"},
		{text: "The 22 Clark bus stops right outside our door.", rule: "PRIV-10"},
		{text: "Congrats to Maria and Luis on the new house!", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "the #7 Lopez kid broke his arm at practice, get well buddy", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Darnell Brooks and 3 friends from 47th St got their flu shots today, then went home after his knee surgery talk", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Jefferson and his mom came in for his asthma follow-up on Main St", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestRepliesThatTakeItPrivate: a public reply to the account that asked
// ("Replying to @x:", "@x ...") that answers in general words and sends
// them to a private channel ("call our nurse line", "DM us", "message
// your care team on the portal") tells nothing about them and advises no
// one (PRIV-10, PLAT-02, PROF-05 pass), as the networks' and the AMA's
// advice on public questions asks. Their own health told back to them
// ("your baby needs amoxicillin", "ur bp is too high"), advice, a dose,
// or their story in the third person still hold it.
func TestRepliesThatTakeItPrivate(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Replying to @desertdad_joe: Knee pain in teen runners has a few causes and it's worth a proper look. Our sports medicine clinic has Saturday slots, call (614) 555-2368.", want: post.VerdictPass},
		{text: "Replying to @mama_of_3: Hi! A baby with a fever and a rash should be seen soon. Please call our nurse line or go to urgent care if it's after hours 💙", want: post.VerdictPass},
		{text: "@bkfuzz lots of folks ask this! PrEP can often be started same-day. DM us or call to talk about your situation privately.", want: post.VerdictPass},
		{text: "@marco_d88 we can't give medical advice in the comments — please call the nurse line and they'll go over your meds privately 💙", want: post.VerdictPass},
		{text: "replying to @WaltH: great question for your prescriber and dentist together, please message your care team on the portal", want: post.VerdictPass},
		{text: "@lulu.rose buena pregunta! la vacuna contra la gripe es segura en el embarazo. Llámenos para hacer una cita 💉", want: post.VerdictPass},
		{text: "Replying to @mama_of_3: with that fever and rash your baby needs amoxicillin, 250 mg twice a day. Call us Monday for the script", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "@sofia.bk ur bp readings are too high for 34 wks, stop the ibuprofen and call us tmrw", want: post.VerdictBlock},
		{text: "@desertdad_joe from what you're describing your boy has shin splints, ice it and call us if it gets worse", want: post.VerdictBlock},
		{text: "@mikey_lifts crushed his first 10k after his heart surgery! Call us anytime, champ", want: post.VerdictBlock, rule: "PRIV-10"},
		// Session 17: a reading told back with what to eat is advice to
		// that person (PROF-05 block), as dev11-235 is labelled.
		{text: "@tutu_kalei your potassium was 6.1 last week, PLEASE no more bananas and call the unit today", want: post.VerdictBlock, rule: "PROF-05"},
		{text: "@kwame.capt ty for the shoutout on ur story!! see u on the 7:40 ⛴️", want: post.VerdictReview, rule: "PLAT-02"},
	})
}

// TestRepliesThatTakeItPrivateKeepAdvice: what a reply that also says
// "DM me" or "call us" still tells or advises (TestRepliesThatTakeItPrivate).
func TestRepliesThatTakeItPrivateKeepAdvice(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "@tayo_lagos that rash looks like contact dermatitis, switch to fragrance-free and use hydrocortisone 1% twice a day 👍", want: post.VerdictBlock},
		{text: "@jay.hoops you need to get that knee MRI before Friday's game, don't play on it. DM me and I'll set it up", want: post.VerdictBlock},
		{text: "Replying to @rosie88: you should start the amoxicillin tonight, then call us Monday", want: post.VerdictBlock},
		{text: "@bklyn_mom those hives sound like an allergy, book a visit with us this week", want: post.VerdictBlock},
	})
}

// TestReflectionsAndNoticesAreNoPatientMaterial: a clinician's look back
// in the first person ("When I began practicing here, I assumed ... I was
// wrong", "what we learned and what we got wrong") and a notice about the
// office's day ("call and reschedule, no cancellation fee") are not the
// patient material NIH's grade 8 is for: their reading grade is noted
// (READ-01 info), as a job post's is. Health teaching above grade 8
// still warns.
func TestReflectionsAndNoticesAreNoPatientMaterial(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "When I began practicing pediatrics in this community twenty years ago, I assumed the difficult conversations would concern diagnoses. I was wrong. The difficult conversations concern transportation, childcare and insurance paperwork, and that is where our coordinators make the difference.", rule: "READ-01", want: post.SeverityInfo},
		{text: "Looking back on 2026, here is what our clinic changed, what we learned from families, and what we honestly got wrong. Expanded evening availability, multilingual interpreters and community partnerships topped the list.", rule: "READ-01", want: post.SeverityInfo},
		{text: "Winter storm warning tonight: if you have an early appointment tomorrow, our parking attendants will be salting the entrance. If travelling feels dangerous, please call and reschedule, with absolutely no cancellation fee.", rule: "READ-01", want: post.SeverityInfo},
		{text: "Uncontrolled hypertension significantly increases cardiovascular complications, including stroke and kidney deterioration. Medication adherence, sodium reduction, regular monitoring and consistent physical activity considerably improve long-term outcomes for individuals and families everywhere in our community.", rule: "READ-01", want: post.SeverityWarn},
		{text: "I always tell families: uncontrolled hypertension significantly increases cardiovascular complications, including stroke and kidney deterioration. Medication adherence, sodium reduction and regular monitoring considerably improve long-term outcomes for individuals and families in our community.", rule: "READ-01", want: post.SeverityWarn},
	})
}

// TestPetsTitlesAndFeastsAreNoOne: a pet named after its kind ("a rescue
// dog named Kimchi", "her new grandpuppy named Biscuit"), a feast, a
// festival or a saying of the practices' towns written like a name
// ("Rosca de Reyes", "Karen New Year", "Merrie Monarch week", "pau
// hana", "a Kona low"), a language listed with others or spoken ("speaks
// Hmong and Karen", "Karen interpreters") and a place's second word after
// "New" or "San" in a reply ("licensed in New York") are no one
// (PRIV-10, REV-02). A person of the same name doing what people do is
// still a person.
func TestPetsTitlesAndFeastsAreNoOne(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Kevin adopted a rescue dog named Kimchi 🐶 and now every team meeting starts with dog photos", rule: "PRIV-10"},
		{text: "Our volunteer has a new grandpuppy named Biscuit and she will show you 400 photos 🐶", rule: "PRIV-10"},
		{text: "the office cat, called Waffles, has claimed the fax machine", rule: "PRIV-10"},
		{text: "Rosca de Reyes in the lobby on Jan 6 👑 whoever gets the muñequito brings tamales on Feb 2!", rule: "PRIV-10"},
		{text: "Happy Karen New Year! ✨ Our St. Paul clinic has Karen interpreters Monday–Friday.", rule: "PRIV-10"},
		{text: "Happy Hmong New Year to our families! Nyob zoo xyoo tshiab!", rule: "PRIV-10"},
		{text: "Merrie Monarch week 🌺 Good luck to every hālau competing in Hilo!", rule: "PRIV-10"},
		{text: "Pau hana! 🍻 Staff potluck tonight. Clinic hours unchanged.", rule: "PRIV-10"},
		{text: "Kona low this weekend: all three locations closed Saturday. Dialysis patients will get a call about the make-up shift.", rule: "PRIV-10"},
		{text: "Our front desk speaks Somali, Oromo, Hmong and Karen.", rule: "PRIV-10"},
		{text: "Mahadsanid! We're lucky to have a team that speaks Somali, Afaan Oromo, Hmong and Karen.", review: "love the Somali-speaking staff", rule: "REV-02"},
		{text: "We're sorry you feel this way. All our clinicians are licensed in New York; any license can be checked online.", review: "FAKE DOCTORS", rule: "REV-02"},
		{text: "Thanks for the kind words! Our San Jose team is proud of this review.", review: "great", rule: "REV-02"},
		{text: "Proud to sponsor the Blessing of the Fleet. Watching the F/V Santa Isabel lead the parade never gets old.", rule: "PRIV-10"},
		{text: "Karen had her knee replaced last week and is walking already!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Kimchi's owner Maria came in for her stitches today", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Karen and Hmong families: flu shots are free this week.", rule: "PRIV-10"},
		{text: "Congrats to Karen and Luis on the new house!", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Thanks for coming in, Karen! Glad the new inhaler helps.", review: "great", rule: "REV-02", want: post.SeverityWarn},
	})
}

// TestStaffTopicsAreNoStaffHealth: staff presenting on, or working in, a
// kind of care ("presenting on rural maternity care", "covering the
// maternity ward") tell no health of their own (PRIV-10); a maternity
// leave and a recovery still do.
func TestStaffTopicsAreNoStaffHealth(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Dr. Anita and Dr. Marcus are presenting on rural maternity care at the state conference next week. Clinic coverage is arranged!", rule: "PRIV-10"},
		{text: "Sarah is covering the maternity ward at County this weekend 👶", rule: "PRIV-10"},
		{text: "Kevin starts paternity leave Monday, congrats to the new dad!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Sarah is home recovering after her appendectomy, send good vibes", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestCarnivalGreetingsAndCornersAreNoOne: Carnival's days ("Mardi
// Gras", "Lundi Gras"), a greeting of another script ("Веселого
// Різдва!", "Добрий день!") and a corner written with "&" after "at"
// ("the tent is at St. Charles & Napoleon") name no one (PRIV-10); a
// public body's site ("sos.state.mn.us", "k12.or.us") is no one's page
// (PRIV-04).
func TestCarnivalGreetingsAndCornersAreNoOne(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Happy Mardi Gras! 💜💛💚 The first aid tent is open till the last float.", rule: "PRIV-10"},
		{text: "Three extra nurses on Lundi Gras and Fat Tuesday at the tent.", rule: "PRIV-10"},
		{text: "Merry Christmas from all of us! Веселого Різдва! Maligayang Pasko! 🎄", rule: "PRIV-10"},
		{text: "Ukrainian class for staff in January: Добрий день! Як справи? 🇺🇦", rule: "PRIV-10"},
		{text: "The tent is at St. Charles & Napoleon, open 8am till the last float.", rule: "PRIV-10"},
		{text: "Pop-up vaccines at Magazine & Louisiana this Saturday", rule: "PRIV-10"},
		{text: "Precinct caucuses are Tuesday night. Details at sos.state.mn.us", rule: "PRIV-04"},
		{text: "School forms: www.district.k12.or.us and the county site co.multnomah.or.us", rule: "PRIV-04"},
		{text: "Thanks to Maria & Luis for the tamales!", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Get well soon to Maria & Luis after their car accident", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Read her story at mariasjourney.us", rule: "PRIV-04", want: post.SeverityWarn},
	})
}

// TestRoomsCarsAndColoursAsThings: a room told of as a room ("Room 12
// got fresh paint and new curtains this week"), a name given in quotes
// to a thing ("the colour is called 'Morning Dew'") and a car in the lot
// with its lights on ("Silver Camry in the Ave lot with the headlights
// on", "To the owner of the blue Subaru: your headlights are on!") tell
// no patient's story (PRIV-11, PRIV-10, PRIV-14). A room with someone in
// it, a car beside a health detail, and a person's nickname in quotes
// with their care still do.
func TestRoomsCarsAndColoursAsThings(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Room 12 got fresh paint and new curtains this week. Kevin picked the color 🎨", rule: "PRIV-11"},
		{text: "Exam room 3 just got a mural painted by the kids from the art club! Come see it this week.", rule: "PRIV-11"},
		{text: "Room 4 just got a fresh coat of paint 🎨 (the colour is called 'Morning Dew', apparently)", rule: "PRIV-10"},
		{text: "Our new boat is named \"Sea Breeze\" and it docks at the pier Fridays", rule: "PRIV-10"},
		{text: "Silver Camry in the Oak Street lot with the headlights on — you're going to want to turn those off 🔦", rule: "PRIV-14"},
		{text: "Silver Camry in the Oak Street lot with the headlights on — you're going to want to turn those off 🔦", rule: "PRIV-10"},
		{text: "To the owner of the blue Subaru in the staff lot: your headlights are on! 🚗", rule: "PRIV-14"},
		{text: "red pickup blocking the side entrance, please move it or it gets towed", rule: "PRIV-14"},
		{text: "Bed 12 finally went home today after three weeks with us!", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "The kiddo in room 4 got fresh paint on his cast today, so brave", rule: "PRIV-11", want: post.SeverityWarn},
		{text: "Whoever drives the silver Camry: your headlights are on, and your prescription is ready at the desk", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "Whoever drives the silver Camry with the honor student sticker, we see you every week 👀", rule: "PRIV-14", want: post.SeverityWarn},
		{text: "Our patient, known around town as 'Big Mike', had his knee replaced today", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestFreeHelpThatIsNoCare: interpreters, a financial counselor, a
// shuttle or parking offered at no cost, and a grant the practice won,
// price no care (CLAIM-07); a visit, a screening or a consult at no
// charge is still an offer a person checks.
func TestFreeHelpThatIsNoCare(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Interpreter services available in Tagalog, Samoan, Amharic and Korean at no cost to you. Just ask when booking.", rule: "CLAIM-07"},
		{text: "We can't talk about anyone's bill here, but our financial counselor walks through costs, insurance and payment plans at no charge.", rule: "CLAIM-07"},
		{text: "Parking in the garage is validated at no cost, just bring your ticket to the desk.", rule: "CLAIM-07"},
		{text: "Grants win: $450K from the state to expand our refugee dental program to Saturdays 🦷", rule: "CLAIM-07"},
		{text: "We were awarded a $1.2 million federal grant for school-based care!", rule: "CLAIM-07"},
		{text: "New patients get a consultation at no cost this month!", rule: "CLAIM-07", want: post.SeverityWarn},
		{text: "Hearing screenings at no charge with an interpreter present, every Friday.", rule: "CLAIM-07", want: post.SeverityWarn},
		{text: "Teeth whitening for $199 this month only!", rule: "CLAIM-07", want: post.SeverityWarn},
	})
}

// TestRankingsOfThings: "#1" said of a thing that is no care ("Dinosaurs
// are #1, unicorns close second" of stickers, "our printer ranks #1 for
// paper jams") claims nothing for the practice (CLAIM-02); the practice,
// its people or its care ranked #1 still warns.
func TestRankingsOfThings(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Fun fact: our office goes through 1,200 stickers a month. Dinosaurs are #1, unicorns close second. 🦕🦄", rule: "CLAIM-02"},
		{text: "Our printer at the front desk ranks #1 in the state for paper jams. Send help (or toner) 🖨️😂", rule: "CLAIM-02"},
		{text: "the breakroom vote is in: pan dulce is #1 and it's not close 🥐", rule: "CLAIM-02"},
		{text: "We are #1 in Ohio for patient satisfaction!", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "Rated #1 in Columbus!", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "Our clinic ranks #1 in the state for diabetes care.", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "Dr. Patel is the #1 pediatrician in town", rule: "CLAIM-02", want: post.SeverityWarn},
	})
}

// TestGroupsBornInAMonth: a birth month said of a group or the reader
// ("happy birthday to everyone born in December", "if you were born in
// 1957") is no one's date of birth (PRIV-05 info); one person's still
// blocks.
func TestGroupsBornInAMonth(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Happy birthday to everyone born in December! 🎂 Turning 65 this month? Ask about your Welcome to Medicare visit.", rule: "PRIV-05", want: post.SeverityInfo},
		{text: "If you were born in March 1957 or earlier, you may need a measles booster. Ask us.", rule: "PRIV-05", want: post.SeverityInfo},
		{text: "All babies born in our birthing center this May go home with a free car seat check!", rule: "PRIV-05"},
		{text: "Our patient Maria was born in December 1931 and still walks to every appointment!", rule: "PRIV-05", want: post.SeverityBlock},
	})
}

// TestNewStaffCameFromElsewhere: a new team member who "came to us from
// Lviv by way of Detroit" joined the practice; the towns are their
// career's, no patient's home (PRIV-07). Someone who came to us from a
// town with a health detail in the sentence is a patient.
func TestNewStaffCameFromElsewhere(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Welcome Dr. Marcus Greene to our care team! He came to us from Lviv by way of Detroit and makes a serious borscht.", rule: "PRIV-07"},
		{text: "Please welcome our new medical assistant, Tomasz! He came to us from Krakow and speaks four languages.", rule: "PRIV-07"},
		{text: "Kevin Tran joins our front desk! He came to us from Toledo and loves the Mud Hens.", rule: "PRIV-07"},
		{text: "He came to us from Toledo with a broken hip last week and walked out today.", rule: "PRIV-07", want: post.SeverityBlock},
	})
}

// TestShopsNamedForTheirCooks: food from a truck, stand or kitchen named
// for its cook ("tamales from Doña Cuca's truck", "pupusas at Mama
// Rosa's stand") is from a shop, not about a person (PRIV-10); the cook
// with a health detail, or a person's own truck, is still a person.
func TestShopsNamedForTheirCooks(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "what's in the breakroom today: bánh mì from Saigon, tamales from Doña Cuca's truck 🤤 we eat good", rule: "PRIV-10"},
		{text: "Staff lunch: pupusas at Mama Rosa's stand on Fifth, come hungry!", rule: "PRIV-10"},
		{text: "Thanks for the cake from Abuela Carmen's bakery 🎂", rule: "PRIV-10"},
		{text: "Maria Lopez's truck got towed from the lot again 😬", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "tamales from Doña Cuca's truck today, she's back after her hip surgery!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestCoachByInitialIsStaff: "Coach T" is the one staff member whose
// first name starts with T (PRIV-10 no one), and their own sobriety
// milestone ("Coach T marks 11 years in recovery", "Kevin is 2 years
// sober today") is their health news, which blocks like any other.
func TestCoachByInitialIsStaff(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Coach K is doing the polar plunge on New Year's Day to raise money for the community fridge 🥶", rule: "PRIV-10"},
		{text: "Sarah and Coach K are running a naloxone training for bus drivers on Dec 10.", rule: "PRIV-10"},
		{text: "Coach K marks 11 years in recovery this month and wants y'all to know it's possible 🙏🏾", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Kevin is 2 years sober today! So proud of him", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Coach R tore his ACL at the game last night, get well soon", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Kevin is our sober driver for the holiday party 🚗", rule: "PRIV-10"},
		{text: "Congrats to Coach K on losing 60 lbs this year! What an inspiration.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
