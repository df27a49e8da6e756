package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner A's tenth session (issue 11, people and identifiers):
// each case is our own wording of a kind of text, not a labelled set's
// item.

// tune10Profile is a practice whose staff go by forms their written names
// do not hold: a first name split in two ("Hye-jin"), a double surname,
// and a nickname only the practice's own account shows ("@DrBuddyAlvarez").
func tune10Profile() Profile {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Hye-jin Kang, MD", "Luis Ortega-Vance, DO", "Bernardo Álvarez, MD",
		"Tavita Faleolo, RN", "Oksana Hrytsenko, NP")
	p.Handles = append(p.Handles, "@DrBuddyAlvarez", "@nurse_tavi_faleolo")
	p.Disabled = append(p.Disabled, "PRIV-16")
	return p
}

// TestStaffGoByInitialsOrHandle: a doctor called by the initials of a
// first name written in two parts, or of a first name and a double
// surname's first part ("Dr. HJ", "Dr. LO"), and by a nickname the
// practice's own account spells out ("@DrBuddyAlvarez": Dr. Buddy), is
// staff. Initials or a nickname that match no one stay a person.
func TestStaffGoByInitialsOrHandle(t *testing.T) {
	checkFamilyCasesFor(t, tune10Profile(), []familyCase{
		{text: "Dr. HJ brought donuts for the whole front desk today 🍩", want: post.VerdictPass},
		{text: "Say hi to Dr. LO at the Saturday clinic, he's the one with the bow tie", want: post.VerdictPass},
		{text: "Dr. Buddy says hi from the new Eastside office 👋", want: post.VerdictPass},
		{text: "Doc Buddy's mom turned 80 this week and he made her a piñata 🎉", want: post.VerdictPass},
		{text: "Dr. QX brought donuts for the whole front desk today 🍩", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Dr. Buddy's mom is home after her hip surgery 💐", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestStaffRelativeByPetKinWord: a staff member's relative told by a
// pet form of the kin word ("Tavita's daddy", "Oksana's momma") is that
// relative; with their care in the sentence it blocks, as "Tavita's
// father" does.
func TestStaffRelativeByPetKinWord(t *testing.T) {
	checkFamilyCasesFor(t, tune10Profile(), []familyCase{
		{text: "Tavita's daddy finally let us book his knee replacement 😅", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Oksana's momma is home from the hospital after her gallbladder surgery, thank you for the prayers", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's grandaddy started dialysis with us this week", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tavita's daddy built the new bookshelf in our waiting room 📚", want: post.VerdictPass},
	})
}

// TestSomeoneIsNoName: "Somebody", "Someone", "Anybody" and "Nobody" open
// sentences with a capital and a possessive like a name does, but point at
// no one in particular.
func TestSomeoneIsNoName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Somebody's grandma baked us a whole tray of pan dulce. Made our week!", want: post.VerdictPass},
		{text: "Someone's mom dropped off a thank-you card for our nurses today 💐", want: post.VerdictPass},
		{text: "Anybody's guess when the snow stops, but our Saturday clinic is open 9-12 ❄️", want: post.VerdictPass},
		{text: "Nobody's perfect, but our front desk comes close 😄", want: post.VerdictPass},
	})
}

// TestInjuryToldByCountOrSportsWord: an injury told the ways sports and
// ranch posts tell it, a count between the hurt word and the body part
// ("broke 3 ribs", "cracked two vertebrae"), a hurt word of sport ("a
// blown ACL", "snapped his collarbone") or what follows the part ("her
// ACL comeback", "his Achilles rehab"), is a health detail next to a
// name. A body part in a team's or a thing's name is not.
func TestInjuryToldByCountOrSportsWord(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Arne Solberg flipped his four-wheeler and broke 3 ribs. Stubborn as ever.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "abuela Chela cracked two vertebrae but she's already back at church", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So proud of Keanu, back on the mat after his ACL comeback 🤼", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Wishing Desmond a speedy recovery from his blown Achilles 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Rivera snapped his collarbone at the alumni game, ouch", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Two ACL talks this month: prevention drills for young athletes, Tuesday at 6.", want: post.VerdictPass},
		{text: "Our three knee braces for loan are back on the shelf.", want: post.VerdictPass},
	})
}

// TestCareWordsOfTestsAndRest: a test panel for sexually transmitted
// infections, bed rest, an HIV test in Spanish and a PrEP consult are a
// person's care next to their name, as the words for a visit are.
func TestCareWordsOfTestsAndRest(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "big congrats to J.R. on the clean STI panel, proud of you!!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our own midwife Carla is on bed rest now, send her love 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Felicidades a Beto, su prueba de VIH salió negativa 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks Jenna for letting us share that you came in for your PrEP consult!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "STI panels every Friday at the student clinic, no appointment needed.", want: post.VerdictPass},
		{text: "Meal prep class Thursday with our dietitian: bring a container!", want: post.VerdictPass},
	})
}

// TestOnePersonDescribedByWhatTheyDo: someone told by what they do and
// where ("the bronc rider who came off at the Cheyenne Frontier Days",
// "that lady who sells tamales outside the Fiesta gate", "the kid who
// sings the anthem at every Aces game", "the pit boss at the Bellagio",
// "the lead dancer in the Hula Revue"), or as the only one of a kind
// somewhere ("the Gazette's only photographer", "the only midwife in
// Duplin County", "only one Tongan pastor in Boulder City"), is a person
// everyone there knows; with their health in the sentence it blocks.
// The same words as advice, or about a kind of person anywhere, are not.
func TestOnePersonDescribedByWhatTheyDo(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The barrel racer who fell at the Cheyenne Frontier Days Sunday has a clean CT and is home resting.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "that lady who sells tamales outside the Fiesta gate is on our diabetes program now", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The kid who sings the anthem at every Aces game got his concussion cleared today", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the pit boss at the Bellagio came in with a kidney stone, hydrate my man", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The lead dancer in the Polynesian Revue is back on stage after her ACL rehab 💃", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Gazette's only photographer is doing great after his appendectomy", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The only midwife in Duplin County is on bed rest herself now!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Only one Tongan pastor in Boulder City and he just finished cardiac rehab with us 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "el muchacho que vende raspas en la Nolana salió negativo en su prueba de VIH", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nuestro mayordomo de la acequia is doing great after his cataract surgery", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Don't be that dad who skips his checkup every year. Book yours today!", want: post.VerdictPass},
		{text: "Every rider who falls at a rodeo should get checked for a concussion.", want: post.VerdictPass},
		{text: "The only parking left is in the back lot today, sorry!", want: post.VerdictPass},
		{text: "Only one flu shot a season is needed for most adults.", want: post.VerdictPass},
		{text: "The dancers of the Polynesian Revue stopped by for flu shots before the show 🌺", want: post.VerdictPass},
	})
}

// TestNameAfterCompanionWord: the name after "my neighbor", "our friend"
// or "mi comadre" is a name even when it is also a word ("Joy",
// "Lorraine", "Sunny"); with their health in the sentence it blocks.
func TestNameAfterCompanionWord(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Some of you know my neighbor Lorraine has been fighting breast cancer all fall.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "my buddy Sunny finally got his stitches out 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mi comadre Joy ya terminó la quimioterapia, gracias a Dios", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our friend Lorraine baked pies for the whole staff 🥧", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Bring a friend to our Saturday flu clinic!", want: post.VerdictPass},
	})
}

// TestPersonToldByNumberedHome: someone told by the numbered room,
// trailer, unit or bunk they are in ("the boys in trailer 14", "room 312
// at the Brookline unit goes home tomorrow", "unit 22 at Citrus Gardens
// finished radiation") is a person everyone there knows; with care or a
// discharge in the sentence it blocks. A numbered room told as a place
// ("trailer 3 is our new mobile lab") is no one.
func TestPersonToldByNumberedHome(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "fellas in trailer 14 at the Ridge camp, your TB skin tests need reading by Thursday", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Room 312 at the Brookline unit goes HOME tomorrow!!! we will miss your playlists", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "the crew in bunkhouse 3 all got their hep B boosters today", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Unit 22 at Citrus Gardens finished radiation last Thursday and rang the bell!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Trailer 3 is our new mobile lab, look for it at the county fair!", want: post.VerdictPass},
		{text: "Room 4 at the Eastside office just got a fresh coat of paint 🎨", want: post.VerdictPass},
		{text: "Room 210 in the Annex is officially our new lactation room, door locks and a comfy chair", want: post.VerdictPass},
	})
}

// TestWelcomeToSomeoneWhoIsNoStaff: "a big welcome to" the one goalie or
// captain a team has, or to a member of a concierge practice, greets a
// patient, not a new hire: with their care it blocks like any other post.
// A new hire's welcome stays a note to add them to the staff list.
func TestWelcomeToSomeoneWhoIsNoStaff(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big welcome to the Eastview High varsity goalie — concussion protocol cleared, see you Friday! ⚽", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome our member Harold Pemberton-Ames, who credits his executive physical with catching his AFib early.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Please welcome Tamika, our new front desk coordinator! She spent six years at the county hospital.", want: post.VerdictPass},
	})
}

// TestHistoryAndCountsPlaceNoOne: a month or a town in a sentence dated
// to a year long gone ("In 1918 the flu reached the agency in October",
// "In 1948 Dr. García founded the Forum in Corpus Christi"), a month that
// heads a count of many visits ("our stats for November: 212 visits, 38
// fractures"), and a county a share of its people is counted in ("1 in 4
// adults in Hidalgo County has diabetes") date and place no patient. A
// month or town in a person's story still does.
func TestHistoryAndCountsPlaceNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "In 1918 the flu reached the Rosebud agency in October and the schools closed for weeks.", want: post.VerdictPass},
		{text: "In 1952 a young nurse opened the first polio ward in Sioux Falls after the epidemic.", want: post.VerdictPass},
		{text: "Our clinic stats for January: 180 visits, 22 sprains, 9 frostbite cases. Stay warm out there.", want: post.VerdictPass},
		{text: "Nearly 1 in 3 adults in Cameron County has prediabetes. Screening is free every Friday.", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "More than half of the seniors in Starr County have high blood pressure. Get yours checked.", want: post.VerdictPass},
		{text: "Our patient from Sioux Falls had her gallbladder out in October.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Mrs. Olsen broke her hip in October and is walking again!", want: post.VerdictBlock, rule: "PRIV-05"},
	})
}

// TestBirthWeightWrittenShort: a birth weight glued to its units ("6lb
// 9oz", "7lbs 2oz", "3.2kg") announces a birth like "6 lbs 9 oz"; beside
// a staff member's grandchild or a named baby it is their health news.
func TestBirthWeightWrittenShort(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dr. Greene just became a grandpa!! his granddaughter arrived Tuesday at 6lb 9oz 🍼", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome to the world, baby Ezra! 7lbs 2oz of pure joy 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our 5lb bag of dog treats for the therapy dogs arrived 🐶", want: post.VerdictPass},
	})
}

// TestKinTitleAndBlessing: a Creole kin title before a name ("Manmi
// Rose", "Granpè Jean") and a church elder ("Elder Seu") make a person;
// one who blesses "our new" rooms or office is thanked, not a new hire.
func TestKinTitleAndBlessing(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Felisitasyon pou Manmi Rose ki fin fè operasyon jenou li! Bondye bon 🙏🏾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Granpè Jean is walking the block again after his knee replacement", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you Elder Tavita Leiataua for blessing our new Henderson office this morning 🌺", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Gracias to Father Anselmo at St. Mary's for blessing our new exam rooms 🙏", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Welcome our new medical assistant, Father Tom's niece Clara! She starts Monday.", want: post.VerdictPass},
	})
}

// TestTeamAndEventRolesAndStaffKin: the one player a team has in a
// position told in two words ("the Central Hornets' starting point
// guard"), one person an event is known by ("the Pioneer Days
// bullfighter with the purple hair"), a company's officer ("the CFO of
// Brightwater Labs") and a staff doctor's kin told after "Dr. Z" are
// people; a care gym the practice opened is no one's therapy.
func TestTeamAndEventRolesAndStaffKin(t *testing.T) {
	p := tune10Profile()
	p.StaffNames = append(p.StaffNames, "Zofia Zielinski, MD")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "the Central Hornets' starting point guard is back on the court 6 wks after his ACL scope 🏀", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rodeo recap: the Pioneer Days bullfighter with the purple hair took 2 broken ribs last night.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Proud to have supported the CFO of Brightwater Labs through twelve weeks of cardiac rehab.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Z just became a grandma!! 🍼 her granddaughter arrived Tuesday at 6lb 9oz", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "J.C. in the Ironbound — 20-week scan today and baby is measuring perfect 🥰", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mayor Ortega cut the ribbon on our new Norman physical therapy gym today ✂️", want: post.VerdictPass},
		{text: "The Pioneer Days organizers brought us 40 water bottles for the first aid tent 💧", want: post.VerdictPass},
	})
}

// TestStaffOutAfterCare: a staff member "out", "off" or "away" for a
// while after their own surgery, told in the sentence or in the next one
// that opens with "she" or "he", is their health news (block); out for a
// conference or a holiday is not.
func TestStaffOutAfterCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Get well soon to Nurse Sarah! She's out 2 weeks after her gallbladder surgery 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is off this week following his knee scope, send good vibes", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is out this week for the diabetes educators' conference in Denver ✈️", want: post.VerdictPass},
		{text: "Sarah is away until Monday after the holidays, the front desk has her calls", want: post.VerdictPass},
	})
}

// TestCompositeAndPeoples: a person the post says is made up ("not a real
// person, a composite", "composite story (details changed)", "a
// fictional patient") is no one, nor the town they are given; a people
// or faith community named as a group ("Amish and Mennonite children",
// "Hutterite families") is no person; a community the practice lists
// with a leading "Colonia", "Barrio" or "Village of" is the same place
// without it. "Not her real name" still hides a real person.
func TestCompositeAndPeoples(t *testing.T) {
	p := tune10Profile()
	p.CommunityNames = append(p.CommunityNames, "Colonia Las Palmas", "Village of Cedar Bluff")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Meet \"Rosa\" — not a real person, a composite of many of our farmworker patients: 12-hour days, a bad back, no time for PT.", want: post.VerdictPass},
		{text: "Composite story (details changed): a dad from Eastgate told us his chest pain \"was just stress.\" It wasn't. Chest pain is a 911 call.", want: post.VerdictPass},
		{text: "Over 200 Amish and Mennonite children got their school checkups with us this fall 🐴", want: post.VerdictPass},
		{text: "Our promotoras knocked on 312 doors in Las Palmas and Cedar Bluff and signed up 58 families for diabetes screening", want: post.VerdictPass},
		{text: "A client we'll call Rosa (not her real name) finished chemo this week.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
