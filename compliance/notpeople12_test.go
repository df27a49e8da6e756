package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMenuOptionsAreNoOne: a phone menu's options and a language's pages
// are languages, even those that are also first names ("Karen", the
// people of Burma's language) or that no list holds ("Soomaali"); a name
// in a menu that tells someone's care is still a person (PRIV-10).
func TestMenuOptionsAreNoOne(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Calling us? Press 1 for English, 2 for Karen, 3 for Hmong.", rule: "PRIV-10"},
		{text: "New phone tree: press 4 for Karen, press 5 for Nepali, press 6 for Dari.", rule: "PRIV-10"},
		{text: "Press 1 for appointments, 2 for billing, 3 Soomaali, 4 Kiswahili.", rule: "PRIV-10"},
		{text: "Oprima 2 para español, 3 for Chin, 4 for Karen.", rule: "PRIV-10"},
		{text: "Our website now has Karen and Burmese pages. More languages coming soon.", rule: "PRIV-10"},
		{text: "Nhấn số 3 cho tiếng Việt, số 4 for English.", rule: "PRIV-10"},
		// Still people: a name after "for" that is no menu, with care.
		{text: "We made a get-well card for Karen after her hip surgery.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Press on, Karen! Two more weeks of chemo and you are done.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Karen, 3 for 3 on her insulin shots this week!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestCrossStreetsByRoadWork: two names joined by "and" after "between",
// or at a crossing, in a sentence about roads are streets, not a couple; a
// street a lot or an entrance is off is a street.
func TestCrossStreetsByRoadWork(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Expect one lane only between Lindsey and Porter through next week.", rule: "PRIV-10"},
		{text: "Broad Street is closed between Grant and Monroe for the parade route.", rule: "PRIV-10"},
		{text: "Heads up: a detour between Whitney and Carson until the bridge reopens.", rule: "PRIV-10"},
		{text: "The city finally put a stoplight at Frances and Delmont. Drive safe.", rule: "PRIV-10"},
		{text: "New crosswalk at Sheridan and Lowell, right by the school.", rule: "PRIV-10"},
		{text: "Overflow parking is in the gravel lot off Winston, past the bank.", rule: "PRIV-10"},
		{text: "Use the entrance off Pershing when the main doors are locked.", rule: "PRIV-10"},
		// Still people.
		{text: "Between Lindsey and Porter, the front desk is in good hands this week.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "We saw Frances and Delmont at the pharmacy after her stroke.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Dropped off Winston at his chemo appointment today.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestStormTimesAndNews: a retired hurricane named as a time ("since
// Helene we've...") or as a headline ("Helene update:") is the storm,
// even next to the care it brought; a storm's name doing what a person
// does stays a person.
func TestStormTimesAndNews(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Since Katrina we have kept a tetanus clinic running every fall.", rule: "PRIV-10"},
		{text: "After Ida, we stitched up more chainsaw cuts than in any year before.", rule: "PRIV-10"},
		{text: "Florence update: the mobile clinic is back on the road Tuesday.", rule: "PRIV-10"},
		{text: "Irene took a lot from these mountains. Our counselors are here for you.", rule: "PRIV-10"},
		// Still people.
		{text: "Since Katrina had her knee replaced she walks every morning.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Irene update: her surgery went well and she is resting.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "After Ida left the ER, her sister drove her home.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestNamesListedAsNames: first names or surnames listed as names (a
// room to name, a namesake, a shared last name) are no one; the same list
// told news of is people.
func TestNamesListedAsNames(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Garcia, Nguyen, Smith, Kim: if you share a last name with half the county, bring your birth date so we pull the right chart.", rule: "PRIV-10"},
		{text: "Liam, Noah, Oliver, Elijah: whatever name you picked for your baby, we will do the newborn checkup.", rule: "PRIV-10"},
		{text: "Vote to name our new exam rooms! Choices: Harriet, Clara and Florence.", rule: "PRIV-10"},
		{text: "Top baby names this year at our practice: Olivia, Amelia, Sophia. Congrats to all the new parents!", rule: "PRIV-10"},
		// Still people.
		{text: "Liam, Noah and Oliver all got their casts off this week!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Garcia, Nguyen, Smith: your lab results are ready, call us.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Her name is Olivia, and Amelia and Sophia are her sisters: all three had strep.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestThankedForService: someone thanked for work they did for the
// practice ("for translating our diabetes handouts") is named beside the
// topic of the work, not beside their own health: a question for a person
// (warn), not a block. Thanks for sharing one's own story, or a clause
// that tells their own care, still blocks.
func TestThankedForService(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Thank you, Mr. Dariusz Nowak, for translating all our diabetes class handouts into Polish.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Big thanks to Pastor Kwame Mensah for lending us the church hall for our back-to-school vaccine day.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Thank you to county firefighter Rhea Solano for running our staff CPR refresher.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Shoutout to Imani Hollis for organizing the diabetes walk this weekend!", rule: "PRIV-10", want: post.SeverityWarn},
		// Still blocks.
		{text: "Thank you, Mr. Dariusz Nowak, for sharing your cancer story with us.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thanks to Imani Hollis for running the 5K just weeks after her knee surgery!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thank you Rhea Solano for trusting us with your pregnancy.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thanks to Kwame Mensah for hosting our flu clinic. His bypass went great!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestThingsNamedLikePeople: brands, plant kinds, a car's model and a
// name made an adjective are no one.
func TestThingsNamedLikePeople(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Someone left a pair of size 9 Crocs... no, Adidas slides in the lobby. Come claim them.", rule: "PRIV-10"},
		{text: "Someone left a green Stanley tumbler in exam room 3. Come grab it!", rule: "PRIV-10"},
		{text: "Tree farm season: if you're baling Douglas firs, wear gloves, the sap rash is real.", rule: "PRIV-10"},
		{text: "Our flu shot line today was honestly Oscar-worthy. Thank you all for your patience!", rule: "PRIV-10"},
		{text: "Q: Do you take walk-ins? A: Yes, until 4. Q: Parking? A: Behind the building.", rule: "PRIV-10"},
		// Still people.
		{text: "Stanley left his glucose meter in exam room 3. Come grab it!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Douglas is home after his knee surgery and already baling hay.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestShopsNamedForPeople: a shop or a building named for a person is a
// place: "Grandma Kim's Noodle House", "Casa Linda".
func TestShopsNamedForPeople(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Auntie Mae's Soul Kitchen on Fifth is closed, so staff lunch moved to the taco truck.", rule: "PRIV-10"},
		{text: "Casa Linda reopened and our whole front desk has been twice already.", rule: "PRIV-10"},
		{text: "Grandpa Joe's Pancake House is doing a staff breakfast for us Friday.", rule: "PRIV-10"},
		// Still people.
		{text: "Auntie Mae's surgery went well; she is back at her kitchen on Fifth.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestPlacesByTheirKindWord: a trail, a bridge, a historic house or a
// lake named for someone is a place; a unit letter after "Suite" is no
// initial; a campus after its university's initials is a town.
func TestPlacesByTheirKindWord(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Lots of scraped knees after the first warm weekend on the Marshall Greenway. Helmets, folks.", rule: "PRIV-10"},
		{text: "Ice on the Lewis & Clark Viaduct this morning. Drive slow.", rule: "PRIV-10"},
		{text: "The fiddle club plays the Whitley House porch every Thursday night. Bring a chair.", rule: "PRIV-10"},
		{text: "Dr. Greene swam across Lake Tahoe on Saturday. We are tired just reading about it.", rule: "PRIV-10"},
		{text: "Our new address is 88 Mill Rd, Suite C. Same phone number as always.", rule: "PRIV-10"},
		{text: "Two of our scribes just got into UC Davis and UT Austin! So proud.", rule: "PRIV-10"},
		{text: "Bring your Denti-Cal card to every visit, we scan both sides.", rule: "PRIV-10"},
		{text: "He has been to 20 straight Indy 500s. Ask him about the rain year.", rule: "PRIV-10"},
		// Still people.
		{text: "Tim House is home after his heart surgery, thanks for the cards.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Jenna Lake had her gallbladder out on Monday.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Jean-Pierre is recovering from his knee surgery at home.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestListsOfPlaces: towns listed before the neighbours who live there
// ("Laurel, Delmar and Milton friends") and hospitals listed with one
// that carries its kind ("Riley, IU Health, Eskenazi") are places.
func TestListsOfPlaces(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Laurel, Milton, Bethany and Dover friends: the van schedule for March is up on our site.", rule: "PRIV-10"},
		{text: "Mercy, Riley, St. Vincent, Methodist Hospital: wherever your specialist is, we send your records the same day.", rule: "PRIV-10"},
		{text: "Shelby, Marion and Lawrence families, the school shot clinic is Tuesday.", rule: "PRIV-10"},
		// Still people.
		{text: "Shelby, Marion and Lawrence all got their casts off this week!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestQuotedNamesAreTitles: a name that fills a pair of quotes is a
// song's, a character's or a word's ("the chorus of \"Rocky Top\"", "the
// 'Mrs. Garcia' in our training video"), unless its sentence tells care.
func TestQuotedNamesAreTitles(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Scrub for twenty seconds: that is the chorus of \"Sweet Caroline\" once, if you sing slow.", rule: "PRIV-10"},
		{text: "The 'Mr. Alvarado' in our new privacy training video is played by our own Kevin. Award-worthy.", rule: "PRIV-10"},
		{text: "Fun fact: the 'Tri' in Tri-County is for the three counties we serve.", rule: "PRIV-10"},
		{text: "¿Ha escuchado que las vacunas causan autismo? No es cierto.", rule: "PRIV-10"},
		{text: "The office closes at noon for the procession of la Virgen de Guadalupe.", rule: "PRIV-10"},
		// Still people.
		{text: "\"Caroline\" is doing great after her surgery, her mom says.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Three years sober today for our buddy \"Big Mike\" from the east side. So proud!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Shout to Bills superfan 'Wingman Walt', whose new hip is holding up great!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestPlacesProgramsAndPets: counties named before their word, a street
// a public office stands on, a road named for someone, a state's health
// program, a region's nickname, a holiday's greeting, a team after "home
// team", a pet or a thing given a name, firms listed with their initials
// and a made-up teaching case are no one.
func TestPlacesProgramsAndPets(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Flood watch for Warren and Morgan counties until 6 p.m. We'll post if we close early.", rule: "PRIV-10"},
		{text: "Free flu shots at the county health department on Monroe this week.", rule: "PRIV-10"},
		{text: "Road work on Chief Joseph Mendez Highway: our back entrance is closed until Tuesday.", rule: "PRIV-10"},
		{text: "Bring your Aspen KidCare card to every visit.", rule: "PRIV-10"},
		{text: "This winter we gave 600 flu shots across three towns. Thank you, NoVA!", rule: "PRIV-10"},
		{text: "Nowruz Mubarak! Happy new year from the Manassas team.", rule: "PRIV-10"},
		{text: "Kevin's home team Legia Warsaw won the derby, so he will be humming all day.", rule: "PRIV-10"},
		{text: "Say hi to Biscuit, Dr. Greene's new puppy and our lobby greeter!", rule: "PRIV-10"},
		{text: "Our office sourdough starter is named Dough Malone. That's the whole post.", rule: "PRIV-10"},
		{text: "Leidos, SAIC, Booz Allen, GDIT: we see all your badge lanyards at lunch.", rule: "PRIV-10"},
		{text: "Made-up case for teaching: a 60-year-old driver from Stafford gets calf pain after long drives. Watch for swelling.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Thanks to Ms. Renata from the school district for helping us get the vaccine forms translated.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "Washington, Jefferson, Monroe, Madison: this county names everything after people.", rule: "PRIV-10"},
		// Still people.
		{text: "Warren and Morgan both had their flu shots today, and Morgan cried.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Biscuit finished her chemo today, so proud of her!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thanks to Renata Silva for helping us share her diabetes story.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Luis from the taco truck on Van Dorn had his stitches out today.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestNamesSpokenOfAsWords: a name spoken of as a name ("people named
// Deng", "if your Karen name is short"), a placeholder ("John Doe"), the
// reader's own elder in a conditional ("if your Bà Nội takes a blood
// thinner"), a language in a list of languages, a thing's new name and a
// storm as a time are no one.
func TestNamesSpokenOfAsWords(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Why do we ask your birthday every time? Because this town has a lot of people named Okoro, and we want the right chart.", rule: "PRIV-10"},
		{text: "If your Hmong name has an accent, our computer sometimes drops it. Tell the front desk and we'll fix it.", rule: "PRIV-10"},
		{text: "A text we will never send: 'Jane Doe, your labs are ready.' We only say you have a new portal message.", rule: "PRIV-10"},
		{text: "If your Lola or your Abuela takes a blood thinner, bring the bottle to her next visit.", rule: "PRIV-10"},
		{text: "Free interpreters at every visit: Nuer, Dinka, Amharic, Spanish, Lakota. It's your right.", rule: "PRIV-10"},
		{text: "The lobby fish tank finally has a name: Gumbo. The interns voted.", rule: "PRIV-10"},
		{text: "After Irma a lot of folks told us they could not sleep. Our counselors have openings on Wednesdays.", rule: "PRIV-10"},
		// Still people.
		{text: "A patient named Okoro came in with chest pain and we sent him to the ER.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Your Lola Rosa is home after her hip surgery, tell her we said hi!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
