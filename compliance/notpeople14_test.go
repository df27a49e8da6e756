package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestEateriesByPossessive: places to eat named by their owner's
// possessive and standing alone, listed against each other ("Lulu's or
// Tupelo's?", "Marco's for pizza, Nina's for gelato") or in a list of
// places to eat, are shops, not people (PRIV-10). A possessive that owns
// something ("Maria's surgery") or a name told care is a person still.
func TestEateriesByPossessive(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Rosie's or Tupelo's? The great brunch debate continues in our break room.", rule: "PRIV-10"},
		{text: "Marco's for pizza, Nina's for gelato, us for your flu shot.", rule: "PRIV-10"},
		{text: "Staff lunch vote: Benny's, the Rusty Anchor Grill or Delia's? Comment below.", rule: "PRIV-10"},
		{text: "Hattie B's or Prince's tonight? Either way, drink some water with it.", rule: "PRIV-10"},
		{text: "Best tacos in town: Lupe's, Chuy's or La Michoacana? Settle it for us.", rule: "PRIV-10"},
		// Still people.
		{text: "Maria's surgery went well and she's home.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Get well soon, Benny! Your knee will heal.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Rosie's and Tupelo's moms both had their gallbladders out this week.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestVenuesNamedForPeople: a venue, an event or a youth league named for
// a person or a town that is a first name ("the Ferris Ballroom", "the Ma
// Rainey Stomp", "Lowell Little League", "the Socorro Walmart", "Father
// Kelly Blvd") is a place, not a person (PRIV-10). A surname that is also
// a place's word ("Mrs. Hall", "Kenneth Park") is a person still.
func TestVenuesNamedForPeople(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "We'll be at the Ferris Ballroom on Friday for the career fair. Stop by!", rule: "PRIV-10"},
		{text: "Come to the Ma Rainey Stomp this summer and find our water tent.", rule: "PRIV-10"},
		{text: "Sports physicals for Lowell Little League are open on Saturdays.", rule: "PRIV-10"},
		{text: "A parent asked whether kids need a physical before Marion Youth Soccer. Yes, and we have Saturday slots.", rule: "PRIV-10"},
		{text: "We handed out 150 cases of water at the Socorro Walmart on Saturday. Thanks for stopping by!", rule: "PRIV-10"},
		{text: "Road work on Father Kelly Blvd starts Monday. Give yourself ten extra minutes.", rule: "PRIV-10"},
		{text: "Our team walked in the Dorothy Height Parade this weekend!", rule: "PRIV-10"},
		// Still people.
		{text: "Mrs. Hall had her hip replaced and is walking already.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Get well soon, Kenneth Park! We heard about your heart attack.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Socorro from the Walmart pharmacy broke her wrist last week, send her love.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "The Peach Festival queen broke her arm at the parade but still waved the whole way!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestHolidaysAndGreetingsAbroad: other cultures' holidays and wishes
// read as names ("Melkam Addis Amet", "Pchum Ben", "Chúc Mừng Năm Mới",
// a clinic's "Phòng khám"), and a holiday's own name glossed in brackets
// after it ("Ethiopian Christmas (Genna)", "Cambodian New Year (Chaul
// Chnam Thmey)") are no one (PRIV-10). A person wished a happy holiday
// and told care is a person still.
func TestHolidaysAndGreetingsAbroad(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Melkam Addis Amet to all our Ethiopian and Eritrean families! Open regular hours Thursday.", rule: "PRIV-10"},
		{text: "Our Long Beach office closes early Friday for Pchum Ben. Back Monday at 8.", rule: "PRIV-10"},
		{text: "Chúc Mừng Năm Mới from our whole team! Closed Wednesday for Tết 🧧", rule: "PRIV-10"},
		{text: "Phòng khám đóng cửa thứ Năm. Chúc mừng năm mới!", rule: "PRIV-10"},
		{text: "Orthodox Christmas (Genna) falls on January 7 this year; the front desk closes at 2.", rule: "PRIV-10"},
		{text: "Ethiopian New Year (Enkutatash) is in September: come by for coffee and a blood pressure check.", rule: "PRIV-10"},
		{text: "Our Long Beach office closes for Cambodian New Year (Chaul Chnam Thmey) next week; Signal Hill stays open.", rule: "PRIV-10"},
		// Still people.
		{text: "Melkam Addis Amet, Genna! Your stitches come out Monday and the wound looks great.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Chúc Mừng Năm Mới, Mrs. Hartwell! We heard about your hip fracture.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestPlaceholdersAndCharacters: a test account's made-up name ("Demo
// Dora", "Test Tommy"), a toy or a song character ("Mr. Potato Head",
// "Baby Shark") and a name given to a machine ("the new copier is named
// Gloria") are no one (PRIV-10). A real name beside a demo is a person.
func TestPlaceholdersAndCharacters(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Here is what the new portal looks like (test account 'Demo Dana', no real data).", rule: "PRIV-10"},
		{text: "Screenshot of our sign-up page with the sample patient Test Tommy filled in, so you know what to expect.", rule: "PRIV-10"},
		{text: "Mr. Potato Head moved into the pediatric waiting room today. He says hi.", rule: "PRIV-10"},
		{text: "Wash for 20 seconds: sing Happy Birthday twice, or Baby Shark once.", rule: "PRIV-10"},
		{text: "The break room's new coffee machine is named Gloria. She makes a strong cup.", rule: "PRIV-10"},
		// Still people.
		{text: "Dana had her stitches out today and the demo of her new brace went great!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Our patient Gloria had her knee replaced today and is walking already.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestVietnameseClinicPostsStillChecked: with "Phòng khám" (the clinic)
// no longer read as a person, a Vietnamese copay waiver is still a
// waiver (CLAIM-07).
func TestVietnameseClinicPostsStillChecked(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Phòng khám miễn tiền copay cho mọi bệnh nhân có Medicare!", rule: "CLAIM-07", want: post.SeverityBlock},
		{text: "We miễn copay for all seniors this month.", rule: "CLAIM-07", want: post.SeverityBlock},
		{text: "Phòng khám mở cửa lúc 8 giờ sáng thứ Bảy.", rule: "CLAIM-07"},
	})
}

// TestPlacesByPrefixAndNickname: a name after a place's prefix ("Puerto
// Rico", "Fort Bliss", "Camp Lejeune"), the same word alone again in that
// post ("PCS'd to Bliss ... our Fort Bliss liaison"), a town's nickname
// welcomed to ("Welcome to the Rock!") and a class or program named like
// a person ("our 8-week Buena Vida diabetes class") are no one (PRIV-10).
func TestPlacesByPrefixAndNickname(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Joy is back from Puerto Rico with a bag of coffee for the break room ☕", rule: "PRIV-10"},
		{text: "Military families moving to Bliss this summer: we take TRICARE and we're ten minutes from Fort Bliss.", rule: "PRIV-10"},
		{text: "New to town with the Coast Guard? Welcome to the Rock! We take TRICARE at both offices.", rule: "PRIV-10"},
		{text: "Sign up for our 8-week Buena Vida diabetes class: Tuesdays at 6, free for everyone.", rule: "PRIV-10"},
		{text: "Proven to lower your A1c: our Vida Sana cooking class!", rule: "PRIV-10"},
		// Still people.
		{text: "Welcome to the world, Rocky! Mom and baby are doing great after a long labor.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Rico had his appendix out at Fort Bliss and is home now.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Maria Lopez finished our diabetes class and her A1c is down to 6.5!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestCostumesMenusAndKings: a mascot's costume ("the Bernie Brewer
// costume"), a phone menu's option in Hmong ("4 rau lus Hmoob": 4 for
// the Hmong language) and Three Kings Day in Spanish ("¡Feliz Día de
// Reyes!") are no one (PRIV-10). Someone's own costume is a person's.
func TestCostumesMenusAndKings(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Yes, the Bucky Badger costume at the health fair was one of our nurses. She says never again.", rule: "PRIV-10"},
		{text: "Press 1 for appointments, 2 for refills, 3 rau lus Hmoob, 4 para español.", rule: "PRIV-10"},
		{text: "¡Feliz Día de Reyes! Rosca in the lobby all morning.", rule: "PRIV-10"},
		// Still people.
		{text: "Reyes had his cast taken off today, just in time for the parade!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Marco's costume hid his cast, but we knew he broke his wrist at the party.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
