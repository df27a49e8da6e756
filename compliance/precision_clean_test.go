package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Clean kinds of text that other writers post and the checklist held
// (issue 11, false alarms), each beside the near neighbours that still
// must be held.

// TestHealthWordsInJest: slang "sick" for a feat and the writers'
// jokes about recovering from a party or a workout tell no one's health,
// so a person named beside them is only a person (warn), not a patient
// (block).
func TestHealthWordsInJest(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Shoutout @nico.skates305 for the sick kickflip in our parking lot lol 🛹", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "shoutout to DJ Marcus for the sick beats at our holiday party 🎶", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Mrs. Ortiz made tamales for the staff party and none of us have recovered emotionally 😭", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Huge thanks to Coach Rivera for the bootcamp, we're all still recovering from those burpees 😂", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Mr. Kim's jokes at lunch gave us all a stomach ache from laughing 🤣", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Shoutout @nico.skates305, home sick with the flu this week 🤒", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Mrs. Ortiz is still recovering from her hip surgery, send her love", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Coach Rivera is recovering nicely, he says thanks for the cards", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Mr. Kim had a stomach ache for three days before he came in", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestThingsAndSitesNamedLikePeople: a thing measured after "is" ("the
// test kit is 48 hours") and a site after "at" ("at Jefferson North")
// hold words a name list has, but no one.
func TestThingsAndSitesNamedLikePeople(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Grace period for returning the home sleep test kit is 48 hours. No appointment needed.", rule: "PRIV-10"},
		{text: "the loaner cpap kit was 30 minutes late from the courier, sorry for the appointment delay", rule: "PRIV-10"},
		{text: "Shift change at Jefferson North is no joke: for a 3:30 appointment, give yourself 15 extra minutes.", rule: "PRIV-10"},
		{text: "Road work in Lincoln East this week; leave early for your appointment.", rule: "PRIV-10"},
		{text: "darnell is 47 today and he is finally off crutches", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congrats to Maria West on her new knee!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestTagsOfPartnersAndStaff: the partner tagged in a disclosed paid
// partnership (sponsorNamed) and a clinician's own account (a staff name with "dr" or
// "md") are no patient's tag; an undisclosed tag, or any tag beside a
// health detail, still is.
func TestTagsOfPartnersAndStaff(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Paid partnership: we're teaming up with @doralsportsgear to fit our athletes with mouthguards. #ad", rule: "PLAT-02"},
		{text: "Our open house is hosted by @glowwithtemi this year 🎄 #sponsored", rule: "PLAT-02"},
		{text: "Sponsored by @northsidebikes: helmets for every kid at the safety fair!", rule: "PLAT-02"},
		{text: "New myth-busting video every Monday at @dr.anita.patel 🎥", rule: "PLAT-02"},
		{text: "Follow @drgreene_peds for weekly tips!", rule: "PLAT-02"},
		{text: "Q&A live tonight with @sarahlopezrn 💉", rule: "PLAT-02"},
		{text: "Big thanks to @glowwithtemi for stopping by!", rule: "PLAT-02", want: post.SeverityWarn},
		{text: "Follow @dr.jamal.skin for skincare tips!", rule: "PLAT-02", want: post.SeverityWarn},
		{text: "Use code GLOW20 with @glowwithtemi for 20% off", rule: "PLAT-02", want: post.SeverityWarn},
		{text: "#ad Shoutout @maria.lopez92, healing so well after her knee replacement!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Shoutout @dr.anita.patel for the great talk on sleep!", rule: "PRIV-10"},
	})
}

// TestMonthsThatCountMany: a month beside care counted over many patients
// ("more cases in August than any month") dates no one; a month beside
// one patient's care still blocks.
func TestMonthsThatCountMany(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "We treated more heat exhaustion cases at August football practices than any month on record. Hydrate!", rule: "PRIV-05", want: post.SeverityInfo},
		{text: "Our urgent care saw flu cases double in January compared with December.", rule: "PRIV-05", want: post.SeverityInfo},
		{text: "We diagnosed more Lyme cases in July than in any other month last year. Check for ticks!", rule: "PRIV-05", want: post.SeverityInfo},
		{text: "We treated Mrs. Ortiz for heat exhaustion in August, one of many cases that month.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "A patient came in with measles in March; cases are rising.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "We treated a teen for heat stroke in August after practice.", rule: "PRIV-05", want: post.SeverityBlock},
	})
}

// TestHolidaySkulls: the skull of Halloween and the Day of the Dead is the
// holiday's sign, not a laugh at someone; the same skull after people
// mocked still is.
func TestHolidaySkulls(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Día de los Muertos altar is up in our waiting room 🌼💀 stop by and add a photo of someone you miss", rule: "PROF-03"},
		{text: "Our Day of the Dead ofrenda is up 💀🕯️ everyone is welcome to leave a note for someone they love", rule: "PROF-03"},
		{text: "Halloween costume contest for staff! Parents, vote for your favorite 💀🎃", rule: "PROF-03"},
		{text: "the moms at pickup giving the front desk medical advice rn 💀", rule: "PROF-03", want: post.SeverityBlock},
		{text: "the parents who show up in costumes an hour late for Halloween flu shots 💀", rule: "PROF-03", want: post.SeverityBlock},
	})
}

// TestSpotsThatAreOpenings: "spots" counted, parked in or left open are
// places or openings, no rash; a reply or a month beside them tells no
// one's care.
func TestSpotsThatAreOpenings(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Thank you for the feedback about parking. We've added four new spots this month!", review: "Parking is terrible", rule: "REV-01"},
		{text: "Thanks! We added 10 more parking spots out back.", review: "No parking ever", rule: "REV-01"},
		{text: "We have a few open spots for new patients in January.", rule: "PRIV-05", want: post.SeverityInfo},
		{text: "Hope the spots on your arm have cleared up!", review: "Great dermatologist", rule: "REV-01", want: post.SeverityWarn},
	})
}

// TestFiguresHonoredOrRead: a figure a history or heritage month honors
// and an author whose books a post shelves are public figures (PRIV-10
// info); in an awareness month, or with a health detail beside, a named
// person still counts.
func TestFiguresHonoredOrRead(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "hispanic heritage month ✨ shoutout to dr. helen rodríguez-trías, pediatrician + public health legend 🇵🇷", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "AAPI Heritage Month: celebrating Dr. Margaret Chung, the first Chinese American woman physician.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Pride Month: honoring Dr. Rachel Levine, four-star admiral.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Our waiting room book swap has lots of Stephen King and Agatha Christie this month 📚", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "New book exchange shelf in the lobby. Take one, leave one. Lots of Louis Lamour westerns.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Black History Month: Mrs. Odessa Johnson, 88, tells how she beat breast cancer.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Breast Cancer Awareness Month: shoutout to Maria Lopez, 3 years cancer free!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Book club pick this month! Also get well soon to Maria Lopez after her surgery.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Our book swap shelf is full thanks to Maria Lopez!", rule: "PRIV-10", want: post.SeverityWarn},
	})
}

// TestSayingsInEveryonesMouth: a quotation put in everyone's mouth ("we
// hear it every week", "sound familiar?") is a teaching hook, not one
// patient's testimonial; a quotation one patient gave still is.
func TestSayingsInEveryonesMouth(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: `We hear it every week at the sleep clinic: "I didn't know mornings could feel like this." Ask about a sleep study.`, rule: "ENDORSE-01"},
		{text: `Sound familiar? "I'm too busy to get my flu shot." It takes 5 minutes, walk-ins welcome.`, rule: "ENDORSE-01"},
		{text: `How many times have you said "I'll just sleep it off"? Concussions need a check.`, rule: "ENDORSE-01"},
		{text: `Patients tell us all the time: "I wish I'd come in sooner." Don't wait on that mole.`, rule: "ENDORSE-01"},
		{text: `A patient told us today: "I finally sleep through the night thanks to you."`, rule: "ENDORSE-01", want: post.SeverityWarn},
		{text: `"My knee feels brand new!" - Maria, after her ACL repair`, rule: "ENDORSE-01", want: post.SeverityWarn},
	})
}

// TestTeamsAndPlantsNamedLikePeople: a team after "the" whose name ends
// in no plural ("the Columbus Crew") and a plant or pet named after its
// kind and a comma ("our office plant, Fernando") are no one.
func TestTeamsAndPlantsNamedLikePeople(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Congratulations to the Columbus Crew on the championship! ⚽ Dr. Greene hasn't stopped smiling.", rule: "PRIV-10"},
		{text: "Go Heat! Scrubs are red and black all week for the Miami Heat 🏀", rule: "PRIV-10"},
		{text: "RIP to our beloved office plant, Fernando. You will be missed 🪴", rule: "PRIV-10"},
		{text: "Meet the newest member of the lobby: our therapy dog, Biscuit 🐶", rule: "PRIV-10"},
		{text: "Congratulations to Columbus Crew on his new knee!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thanks to our neighbor, Fernando Ruiz, for shoveling the walk after his surgery!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestJobPostsInOtherWords: a job post said without "now hiring" is no
// patient material either; its reading grade is noted (READ-01 info).
func TestJobPostsInOtherWords(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "We're hiring a full-time Medical Assistant for our Eastside office. Requirements: current certification, two years of outpatient experience, and bilingual English/Spanish preferred. Competitive compensation, comprehensive benefits, and continuing education reimbursement. Apply through our careers page.", rule: "READ-01", want: post.SeverityInfo},
		{text: "Maple Family Medicine is hiring! Responsibilities include comprehensive documentation, medication reconciliation, coordination with specialists, and administrative correspondence. Competitive salary, comprehensive insurance benefits, and generous professional development allowances are provided to every qualified applicant.", rule: "READ-01", want: post.SeverityInfo},
		{text: "Hypertension management necessitates comprehensive lifestyle modification, pharmacological intervention, and consistent ambulatory monitoring. Individuals demonstrating persistently elevated measurements should schedule comprehensive evaluations promptly with their primary care physician, particularly individuals experiencing concurrent cardiovascular complications.", rule: "READ-01", want: post.SeverityWarn},
	})
}

// TestPlacesNamedLikePeople: a place whose words a name list holds (after
// "near", "is from", "San" or "New", before "Canyon" or "Vista", a part of
// the practice's address like "Pier 3", a feast "the Blessing of the
// Fleet", a holiday greeting "Feliz Ano Novo") is no one; a person next
// to a place still is.
func TestPlacesNamedLikePeople(t *testing.T) {
	p := testProfile()
	p.Addresses = append(p.Addresses, "17 Fish Island Rd, Pier 3, New Bedford, MA 02740")
	checkPrecisionCasesFor(t, p, []precisionCase{
		{text: "Summer solstice hike with the team: June 21, Sabino Canyon, 5:30am. Bring water and a hat.", rule: "PRIV-10"},
		{text: "Heads up: the fans who drive from Sierra Vista every weekend should leave early Saturday.", rule: "PRIV-10"},
		{text: "Kevin is from Santo Domingo and has never seen snow like this 🥶", rule: "PRIV-10"},
		{text: "Hook injuries are the #1 reason fishermen walk into Pier 3. Tetanus shots every 10 years, walk-ins welcome.", rule: "PRIV-10"},
		{text: "there is free coffee in the Pier 3 lobby and it is somehow better than ours upstairs ☕", rule: "PRIV-10"},
		{text: "Proud to sponsor the Blessing of the Fleet again this year ⛵", rule: "PRIV-10"},
		{text: "Boas Festas e Feliz Ano Novo from all of us 🎄", rule: "PRIV-10"},
		{text: "Congrats to Blessing on her new baby girl!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Maria is from Columbus and just had her knee replaced.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "A card came from Maria Lopez today, she is healing well after her surgery.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestStaffCoachByInitial: the practice's athletic trainer goes by "Coach
// T" as its doctors go by "Dr. A"; a coach whose initial is no staff
// member's is somebody else.
func TestStaffCoachByInitial(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Trent Halvorsen, ATC")
	checkPrecisionCasesFor(t, p, []precisionCase{
		{text: "Coach T and Dr. Patel spent the morning running the pre-season screening clinic for all 28 players.", rule: "PRIV-10"},
		{text: "Congrats to Coach T on being named Athletic Trainer of the Year! 🏆", rule: "PRIV-10"},
		{text: "Get well soon Coach B, rest that knee after Tuesday's surgery!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congrats to Coach K on losing 60 lbs this year! What an inspiration.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestPhotosOfThings: a photo of a place or a thing ("new photos of the
// entrance", "a photo of our renovated lobby") or of the reader's own
// ("keep a photo of your vaccine card") pictures no patient (PRIV-12); a
// photo of kids, of a named person or of someone still might.
func TestPhotosOfThings(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Good catch! We've uploaded new photos of the Speedway entrance. Thanks for the nudge.", review: "The Yelp photos are old", rule: "PRIV-12"},
		{text: "Travel tip: keep a photo of your yellow card (vaccination certificate) on your phone AND a paper copy.", rule: "PRIV-12"},
		{text: "Here's a photo of our newly renovated lobby! 🛋️", rule: "PRIV-12"},
		{text: "Sneak peek: pictures of the new exam rooms going up on Oak St 🏗️", rule: "PRIV-12"},
		{text: "Photo of the kids from yesterday's well-child visit 📸", rule: "PRIV-12", want: post.SeverityWarn},
		{text: "A photo of our team and the families at the picnic!", rule: "PRIV-12", want: post.SeverityWarn},
		{text: "Here's a photo of Maria after her knee surgery!", rule: "PRIV-12", want: post.SeverityBlock},
	})
}

// TestTalkToTheOneWho: "talk to the person who prescribed it" sends the
// reader to someone; it neither calls anyone out (PROF-03) nor answers
// one person in public (PROF-05). "To the dad who called: ..." still does.
func TestTalkToTheOneWho(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Reminder: never stop an antidepressant suddenly without talking to the person who prescribed it. Withdrawal is real.", rule: "PROF-03"},
		{text: "Reminder: never stop an antidepressant suddenly without talking to the person who prescribed it. Withdrawal is real.", rule: "PROF-05"},
		{text: "Questions about your results? Reach out to the nurse who called you, or the front desk.", rule: "PROF-05"},
		{text: "Big thanks to the person who fixed the Wi-Fi in the waiting room 🙌", rule: "PROF-03"},
		{text: "To the dad who called about his son's fever: alternate ibuprofen and acetaminophen every 3 hours.", rule: "PROF-05", want: post.SeverityBlock},
		{text: "To the folks who come in 5 minutes before closing: we see you 😂", rule: "PROF-03", want: post.SeverityBlock},
	})
}

// TestNailsPainted: 💅 beside nails or a salon draws nails, not sass; in
// a post mocking people it is still contempt.
func TestNailsPainted(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Congrats to the ladies at Lotus Nail Spa on opening a second salon! Y'all go get your nails done 💅", rule: "PROF-03"},
		{text: "Thank you to the nail salon next door for the care packages for our hospice families 💅💐", rule: "PROF-03"},
		{text: "the moms at pickup giving the front desk medical advice rn 💅", rule: "PROF-03", want: post.SeverityBlock},
	})
}

// TestProfaneWordAsName: a word on the profanity list written as a name
// or a title ("Moby-Dick", "Dick's Sporting Goods") is the name; in lower
// case or capitals it is still the word.
func TestProfaneWordAsName(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "On this day in 1851, Moby-Dick was published. Read it in the waiting room; we have 3 copies 🐋", rule: "PROF-01"},
		{text: "Thanks to Dick's Sporting Goods for the mouthguards!", rule: "PROF-01"},
		{text: "Book club pick this month: Moby-Dick 🐋 copies in the lobby", rule: "PROF-01"},
		{text: "Our waiting room shelf has Philip K. Dick and Agatha Christie now 📚", rule: "PROF-01"},
		{text: "Dick's Sporting Goods donated 40 mouthguards to the team!", rule: "PROF-01"},
		{text: "don't be a dick to the front desk", rule: "PROF-01", want: post.SeverityBlock},
		{text: "DON'T BE A DICK", rule: "PROF-01", want: post.SeverityBlock},
	})
}

// TestStaffSurnamePlacedElsewhere: someone with a staff member's surname
// placed at another business a few words on ("Mrs. Lopez and the ladies
// at Lotus Nail Spa") is somebody else; at the
// practice, or of our team, she is staff.
func TestStaffSurnamePlacedElsewhere(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Shout-out to Mrs. Lopez and the ladies at Lotus Nail Spa for the care packages 💅💐", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Ms. Lopez from our billing team will call you back.", rule: "PRIV-10"},
		{text: "Say hi to Ms. Lopez at Maple Family Medicine's front desk!", rule: "PRIV-10"},
	})
}

// TestHoursAfterADay: "wed 63rd & halsted 1-4" is a range of hours after
// a day, not the 4th of January; a date after a discharge, in a
// patient's story, or a day of a month past twelve, still is one.
func TestHoursAfterADay(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "harm reduction van this week: mon pulaski & cermak 2-5, wed 63rd & halsted 1-4. naloxone, test strips, socks 🧦", rule: "PRIV-05"},
		{text: "Flu shots for patients Sat 9-12 at the Oak St office, no appointment needed.", rule: "PRIV-05"},
		{text: "Our patient Mrs. Ortiz was discharged Tuesday 3-14 after her stroke.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "Our patient came in Monday 1-4 with chest pain.", rule: "PRIV-05", want: post.SeverityBlock},
	})
}

// TestProgramsAndSitesNamedForPeople: a program, a scholarship or a site
// named for someone ("the Ryan White program", "the Archer site") and a
// short form of a staff name ("Dottie" for Dorothy, "Dre" for Andrea) are
// no patient.
func TestProgramsAndSitesNamedForPeople(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Dorothy Reinholt, Hospice Volunteer", "Andrea Washington, CHW")
	checkPrecisionCasesFor(t, p, []precisionCase{
		{text: "In 2026 our HIV program served 612 clients; 91% are virally suppressed. That's the Ryan White program working.", rule: "PRIV-10"},
		{text: "Ukrainian interpreters are now at the Archer site Monday through Wednesday.", rule: "PRIV-10"},
		{text: "Applications are open for the Malama Keiki Scholarship for seniors pursuing healthcare careers.", rule: "PRIV-10"},
		{text: "Dottie's corner: this week I learned our garden has 11 kinds of cactus.", rule: "PRIV-10"},
		{text: "Dre turned 30 this weekend and the van crew threw a surprise karaoke night 🎤", rule: "PRIV-10"},
		{text: "Ryan White is recovering from his surgery, send him love.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestPeoplesAndStatesAreNoHome: a people ("in Pacific Islander
// communities") and a state however written ("in Hawaiʻi") place no one
// (PRIV-07); a town beside a patient's illness still does.
func TestPeoplesAndStatesAreNoHome(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Mahalo to Civil Beat for their reporting on kidney disease in Pacific Islander communities. Worth a read.", rule: "PRIV-07"},
		{text: "Did you know? Pacific Islanders in Hawaiʻi are more than twice as likely to develop kidney failure.", rule: "PRIV-07"},
		{text: "Diabetes rates are highest in Native Hawaiian families; get screened at our tent Saturday.", rule: "PRIV-07"},
		{text: "Our patient from Dublin came in today with a broken wrist.", rule: "PRIV-07", want: post.SeverityBlock},
	})
}

// TestReviewAskWithTheGainOurs: an ask for honest reviews whose gain is
// the practice's ("it helps us get grant money") rewards no reviewer
// (ENDORSE-03); a reward to the reviewer still blocks.
func TestReviewAskWithTheGainOurs(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "pls leave an honest review, good or bad, it literally helps us get grant money lol", rule: "ENDORSE-03"},
		{text: "Write us an honest review so we can get more volunteers for the van 🚐", rule: "ENDORSE-03"},
		{text: "Leave us a 5-star review and get 10% off your next visit!", rule: "ENDORSE-03", want: post.SeverityBlock},
		{text: "Leave an honest review and you get a free water bottle", rule: "ENDORSE-03", want: post.SeverityBlock},
	})
}

// TestFamilyOfTwoWords: a family named by a surname of two words ("the
// Red Star family") is people, as "the Nguyen family" is; a family of
// restaurants is a firm.
func TestFamilyOfTwoWords(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Thank you to the Red Star family for the beautiful beadwork for our front window.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "The Van Dyke family is home after their little one had surgery.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thanks to the Golden Harbor family of restaurants for lunch!", rule: "PRIV-10"},
	})
}
