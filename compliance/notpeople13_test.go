package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestLanguagesListedAndSpoken: languages offered, listed with an Oxford
// comma, spoken after a region's word ("speaks Pennsylvania Dutch") or
// picked from a phone menu in Kriolu ("5 pa Kriolu") are no one, even
// when a language is also a first name ("Karen"); a name listed with a
// language but telling someone's care is a person (PRIV-10, REV-02).
func TestLanguagesListedAndSpoken(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Now hiring: front desk assistant (Arabic, Bosnian, or Karen a plus).", rule: "PRIV-10"},
		{text: "We have interpreters for Serbian, Croatian, and Karen at every visit.", rule: "PRIV-10"},
		{text: "Everyone at our front desk speaks Pennsylvania Dutch now. Amish families, just ask.", rule: "PRIV-10"},
		{text: "New phone tree: 1 for English, 4 para español, 5 pa Kriolu, 6 for Khmer.", rule: "PRIV-10"},
		{text: "Handouts now come in Bosnian and Kriolu at the front desk.", rule: "PRIV-10"},
		{text: "Free interpreters for Karen, Bosnian, Swahili and French are at every visit.", review: "★★★★★ great interpreters", rule: "REV-02"},
		// Still people.
		{text: "Karen, who speaks Bosnian, had her gallbladder out last week.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "We sent flowers to Dutch after his bypass surgery.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestThanksAbroadToEveryone: thanks in another language said to a crowd
// ("Asante to everyone who came") thank, though "Asante" is a name too;
// the same word doing what a person does is a person (PRIV-10).
func TestThanksAbroadToEveryone(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Over 40 families came to the health fair. Asante to everyone who came!", rule: "PRIV-10"},
		{text: "Asante to all our volunteers at Saturday's vaccine drive.", rule: "PRIV-10"},
		{text: "Merci to everybody who brought food to the clinic picnic.", rule: "PRIV-10"},
		// Still people.
		{text: "Asante broke her wrist at the fair; thanks to everyone who helped her.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thanks to Asante for coming in after her stroke.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestImperativeOpenersAreNoOne: a verb telling the reader to hear, learn
// or read "from" someone opens an invitation, not a nickname ("Tank from
// the fire station broke his arm" is one).
func TestImperativeOpenersAreNoOne(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Hear from a college student who beat her anxiety with our help.", rule: "PRIV-10"},
		{text: "Learn from a dad who quit smoking after his heart attack.", rule: "PRIV-10"},
		{text: "Read from our nurse's notebook: her top five tips for flu season.", rule: "PRIV-10"},
		// Still people.
		{text: "Tank from the fire station broke his arm at the game.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestHistoryPostersAndQuotes: whole names on the practice's posters,
// portraits or murals, or under a "quote of the week", are people of
// history the practice shows, not its patients; the same shapes with a
// health detail or a patient cue still name a patient (PRIV-10).
func TestHistoryPostersAndQuotes(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Wangari Maathai, Thurgood Marshall, Dolores Huerta: new portraits are up in our hallway.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "The new history posters are up in the waiting room: Larry Itliong and Fannie Lou Hamer.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Quote of the week, Wendell Berry: \"The care of the earth is our most ancient responsibility.\"", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Our lobby mural now shows Roberto Clemente and Celia Cruz. Come see it!", rule: "PRIV-10", want: post.SeverityInfo},
		// Still people.
		{text: "Our patient Marisol Gomez painted the new lobby mural after her stroke rehab.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Quote of the week, from Rosa Delgado, who finished chemo Friday: \"Never give up.\"", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Posters for the 5K are up. Jamal Brooks will be there to talk about his kidney transplant.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestFamousNamesAsJokes: a star's whole name in a joke the post takes
// back ("Congrats to Lionel Messi on... just kidding") or asked and
// answered no is no one the practice serves; a name with care after it
// is a person, joke or not (PRIV-10).
func TestFamousNamesAsJokes(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Congrats to Lionel Messi on... just kidding, we're Hilltoppers fans. Go Tops!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Happy birthday, Serena Goldberg! Just kidding, we don't know her. But happy Friday to everyone.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Stephen Curry? No. Our own Sarah? Yes, she just ran her first 5K!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Cristiano Ronaldo has nothing on our front desk's penalty kicks.", rule: "PRIV-10", want: post.SeverityInfo},
		// Still people.
		{text: "Congrats to Lionel Reyes on his new hip... just kidding, it was his knee!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Just kidding about the cake, Maria Ortiz. Get well soon after that surgery!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestStreetsSchoolsAndBranches: names listed before a plural street word
// ("Lincoln and Jefferson streets"), names of rooms, schools joined
// before a school word or their athletes ("Shea and Tolman athletes",
// "Dudley and Smith High"), a YMCA branch ("the Spears Y"), a truck's
// model ("Blue F-150s"), a school's cheer ("Aggie Pride!") and a lake
// visited on a day ("Jordan Lake on Sunday") are no one; people with
// care beside the same words stay people (PRIV-10).
func TestStreetsSchoolsAndBranches(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Washington, Lincoln and Jefferson streets are all getting new sidewalks this spring.", rule: "PRIV-10"},
		{text: "Heads up: Monroe and Madison avenues close for repaving Tuesday.", rule: "PRIV-10"},
		{text: "Harriet, Clara and Florence: those are the names of our three new exam rooms.", rule: "PRIV-10"},
		{text: "Free sports physicals for Hillside and Jordan High athletes this Saturday!", rule: "PRIV-10"},
		{text: "Sports physicals $30 this week for Dudley and Tolman athletes.", rule: "PRIV-10"},
		{text: "Swim lessons for kids at the Kerr Y. Sign up at the front desk.", rule: "PRIV-10"},
		{text: "Red F-250s, gray Tacomas, every truck welcome in our new lot.", rule: "PRIV-10"},
		{text: "Aggie Pride! Good luck at Homecoming this weekend, everybody.", rule: "PRIV-10"},
		{text: "Jordan Lake on Sunday with the whole staff. Best picnic yet.", rule: "PRIV-10"},
		// Still people.
		{text: "Lincoln and Jefferson both broke their arms at the street hockey game.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congrats to Hillside and Jordan, our star athletes, on healing those ACL tears!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Jordan Lake on Sunday had her gallbladder out and is resting.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Thanks, Kerr Y. Smith, for your patience after your knee surgery!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestFanPollsPlansEponymsAndUtilities: stars listed for a fans' poll
// ("who's your all-time Yankee?"), insurers listed before their plans,
// a condition named for its describer ("Bell's palsy") and a utility
// before its work or notice ("the Con Ed work") are no one the practice
// serves; the same shapes telling someone's care stay people (PRIV-10).
func TestFanPollsPlansEponymsAndUtilities(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Derek Jeter, Bernie Williams, Mariano Rivera... who's your all-time Yankee? Drop it below!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Walter Payton or Mike Singletary: who's your favorite Bear of all time?", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Member cards changed for many Fidelis and Healthfirst plans this January. Bring your new card.", rule: "PRIV-10"},
		{text: "Sudden drooping on one side of the face? Bell's palsy is usually from a virus, but get checked for stroke.", rule: "PRIV-10"},
		{text: "Parking is rough this week because of the Con Ed work on our block.", rule: "PRIV-10"},
		{text: "Saw the Cal Am water notice? It doesn't affect our offices.", rule: "PRIV-10"},
		// Still people.
		{text: "Derek Jeter, Bernie Williams, Mariano Rivera: who's your favorite? Mariano's knee surgery went great, by the way.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congrats to Marisol's family: her Bell's palsy is finally gone!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Bell's surgery went well and he is home resting.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestEponymNearMisses: a name's own fracture or cyst is that person's
// care, not a condition's name (PRIV-10).
func TestEponymNearMisses(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Baker's cyst is back, so she's off the softball team for a month.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congrats to Jake! Jake's fracture healed in record time.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestEponymOfStaffName: a condition named for its describer is no staff
// member's health news even when a staff name ends with the describer's
// ("Kai Nakamura-Bell"); the staff member's own illness still blocks.
func TestEponymOfStaffName(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Kai Nakamura-Bell, Marketing Intern")
	checkPrecisionCasesFor(t, p, []precisionCase{
		{text: "Bell's palsy is usually from a virus, not a cold draft.", rule: "PRIV-10"},
		{text: "Kai's pneumonia is better and he is back Monday.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestStaffAfterOpeningVerb: a staff name no list holds, with a clan
// prefix ("H'Bia"), after a verb opening the sentence is still staff;
// their own health news still blocks (PRIV-10).
func TestStaffAfterOpeningVerb(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "H'Bia Ksor, FNP")
	checkPrecisionCasesFor(t, p, []precisionCase{
		{text: "Ask H'Bia about the diabetes class on Tuesday.", rule: "PRIV-10"},
		{text: "Thank H'Bia for running the flu shot clinic!", rule: "PRIV-10"},
		{text: "H'Bia is back from her knee surgery and walking well.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Ask Mrs. Ksor's daughter about her asthma.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Baby Tran had his hernia repaired today.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestFiguresByTheirStory: a whole name told as a hero or a legend, or
// born or raised somewhere in a post about their fame, is someone of
// history or a star, in a post that tells no one's health; with a health
// detail anywhere in the post the name stays a person (PRIV-10).
func TestFiguresByTheirStory(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Henry Lowery is a Lumbee hero every kid in this county should know about. Come see the lobby mural!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Patsy Cline was born in Winchester, just down the road. Country legend, every jukebox in town.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Rosa Villarreal grew up in Kingsville, and her songs still play on every Tejano radio station.", rule: "PRIV-10", want: post.SeverityInfo},
		// Still people.
		{text: "Rosa Villarreal was born in Kingsville. At 90 she just finished her cancer treatment with us!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Marcus Webb is a hero: he pulled a neighbor out of the fire and is healing from his burns.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Marcus Webb was born in Tulsa and has been our patient for 40 years.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Marcus Webb grew up in Tulsa and now runs the hardware store on Main.", rule: "PRIV-10", want: post.SeverityWarn},
	})
}
