package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner A's breadth work (issue 11, people and identifiers): each
// case is our own wording of a kind of text, in other voices and
// languages, not a labelled set's item.

// TestCareNamesStaffOrThing: a word of care that only says what kind of
// staff, supplies or event follow ("the dialysis nurses", "naloxone kits",
// "the hospice garden party") is no one's treatment, so a helper named
// beside it is a question (warn), not a patient (block). Owned by the
// person, the same words are their care.
func TestCareNamesStaffOrThing(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you Rosa Jimenez for the lumpia you brought our dialysis nurses today!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Helen Okonkwo sewed 300 pouches for the naloxone kits this winter 🧵", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Happy 80th to Walter Brandt! He grew every tomato in the hospice garden party salad.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Keoni, thank you for the card you made for the cancer center staff 💛", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Mil gracias a Lupe Castro por las flores para la feria de salud 🌼", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Merci à Marie Dubois pour des gâteaux délicieux!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Rosa Jimenez brought cookies for her dialysis nurses, who got her through a hard year.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Dana Ruiz, who finished chemo this week! The infusion nurses threw her a party.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "To the guy in the blue Civic: you left your post-op recovery kit at the front desk!", want: post.VerdictBlock},
		{text: "Walter Brandt is back at the hospice garden after his hip surgery 🌻", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNamesInCyrillic: Ukrainian and Russian write only proper nouns with
// a capital inside a sentence, so a name in Cyrillic is a name whether
// or not the (Latin) name data holds it; places after a preposition of
// place, the sentence's first word, and God, Ukraine or Christmas are not.
// The patient cues and health words of those languages count too.
func TestNamesInCyrillic(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Наша пацієнтка Людмила після операції вже вдома 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Наш пациент Аркадий из Бруклина закончил химиотерапию", want: post.VerdictBlock},
		{text: "Светлана, our favorite crossing guard, finished chemo this week!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "so proud of Тарас Бойко, 2 years sober today 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ірина came in for her TB test and it was negative!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Дякуємо Богдану за допомогу на ярмарку!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Слава Україні! Flu shots are in, book yours today.", want: post.VerdictPass},
		{text: "Вітаємо з Різдвом! Наша клініка зачинена 25 грудня.", want: post.VerdictPass},
		{text: "Ми працюємо у Києві та Львові. Запис за телефоном.", want: post.VerdictPass},
		{text: "Мы принимаем в Чикаго и Нью-Йорке по субботам.", want: post.VerdictPass},
		{text: "Нарешті весна! Our Saturday hours start next week.", want: post.VerdictPass},
	})
}

// TestOnePersonOfAGroup: the one person a group named in capitals has in
// a role (a team's starting quarterback, a club's president, a band's
// chairman, a circle's organizer) is someone everyone in town knows, with
// or without an article or a possessive; with a health detail, block.
// A greeting, a whole team and a role the reader is told to ask are not.
func TestOnePersonOfAGroup(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Westside Wolves starting goalie is out 6 weeks with a torn ACL 😢", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the Mariners' catcher got his stitches out today ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Prayers for the Oak Grove Garden Club president, recovering from her stroke 🌷", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Lakeside Quilting Circle organizer is expecting her first baby in May!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big thanks to the Hmong Elders Council's longtime treasurer, back on his feet after heart surgery", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks coach! The whole team got sports physicals today.", want: post.VerdictPass},
		{text: "Westside Wolves fans: flu shots at the game Friday, bring the family!", want: post.VerdictPass},
		{text: "The Oak Grove Garden Club donated 40 tulip bulbs to our front walk 🌷", want: post.VerdictPass},
	})
}

// TestNicknameAndTitleAfterName: a nickname with "Big" or "Lil" before a
// capitalized word, and a surname with a Chinese, Japanese or Korean title
// after it ("Chen 阿姨", "Sato さん"), name a person; a firm or a place
// named so does not.
func TestNicknameAndTitleAfterName(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big Tony is off the walker two weeks after his hip replacement 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "lil Dre finally got his cast off and went straight to the skate park 🛹", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Wang 阿姨 from the bakery on Canal is three weeks out from her cataract surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sato さん finished his last round of chemo 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big Sky Brewing is hosting our blood drive on Saturday 🍺", want: post.VerdictPass},
		{text: "Little Italy street fair this weekend: we'll have a blood pressure booth!", want: post.VerdictPass},
	})
}

// TestKnownWhoAndKinWords: "she knows who she is" points at one person as
// "you know who you are" does; a relative in other languages or a family
// word ("abuelita", "lola", "nonna", "mormor") owned by a name is a
// person; an animal's job ("his therapy dog") and a flyer about care are
// no one's health.
func TestKnownWhoAndKinWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our favorite barista (she knows who she is 😉) just finished radiation!!", want: post.VerdictBlock},
		{text: "Shoutout to the guy who fixes our copier, he knows who he is, for beating pneumonia", want: post.VerdictBlock},
		{text: "Kevin's lola is home from the hospital after her fall 🙏", want: post.VerdictBlock},
		{text: "Marco's nonna is doing her PT exercises after her knee surgery 😂", want: post.VerdictBlock},
		{text: "Sarah's mormor turned 80 and still walks to church after her hip replacement", want: post.VerdictBlock},
		{text: "Mateo Ruiz and his therapy dog Pepper visited the pediatric floor today 🐕", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks to Nadia Farah for translating our new asthma flyer into Somali!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestTitlesOfPlaceAndOffice: titles of kin and respect in other
// languages before a name ("Aunty", "Tūtū", "Ato", "Mzee"), the one who
// holds a festival's, a parade's or a boat's title, a household told by
// its street ("whoever's on ..."), and a name left out on purpose ("y'all
// know exactly who") point at one person; with care told, block. "Our
// only" patient beside care that happened to them is a small cell
// (PRIV-14 block, see TestSmallCells); care someone owns is theirs even
// after "letting us share".
func TestTitlesOfPlaceAndOffice(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So proud of our Tūtū Lani, six months sober today 🌺", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mzee Otieno is back at the mosque after his bypass surgery, alhamdulillah", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the Strawberry Festival queen sprained her ankle at rehearsal but still rode the float 👑", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The skipper of the Lady Grace got his hand stitched up with us this morning ⚓", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "whoever's on Cypress Ln waiting on the home oxygen delivery: we'll be there by noon", want: post.VerdictBlock},
		{text: "To the best drummer on Frenchmen St (you know exactly who) — that cast comes off Friday!", want: post.VerdictBlock},
		{text: "Grateful to Samuel Osei for letting us share that his knee replacement went perfectly!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our only patient over 100 finished cardiac rehab this month!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Our only location with Saturday hours is the Elm Street office.", want: post.VerdictPass},
		{text: "Happy Mardi Gras from the whole team! The king cake is in the break room 👑", want: post.VerdictPass},
		{text: "Thanks for letting us host our flu shot clinic in your lobby, Lincoln Library!", want: post.VerdictPass},
		{text: "Happy Mardi Gras! Our first-aid tent is at St. Charles & Napoleon till the last float.", want: post.VerdictPass},
		{text: "Flu shots today at the corner of Canal and Rampart, 9 to 3 💉", want: post.VerdictPass},
	})
}

// TestMembersOwnersAndBeds: a person told by a group they are in ("from
// our Thursday diabetes group"), even with a staff member's initials; a
// name that is a word too, owning something, with "she" or "he" after
// ("Look at Jasmine's glow ... She said"); and a patient told by the room
// or bed they lie in, with their care (PRIV-11).
func TestMembersOwnersAndBeds(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Shoutout to Tesfaye from our Tuesday heart failure group: 20 lbs down! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Huge props to A.P. from the walking-with-diabetes class, A1c down to 6.9!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Look at Keisha's smile after her braces came off! She let us share it 😁", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "pt in 12C is off the vent and asking for coffee lol", want: post.VerdictReview, rule: "PRIV-11"},
		{text: "the lady in 4 had her twins at 3am, both doing great 💕", want: post.VerdictBlock},
		{text: "bed 9 finally passed his swallow test, pudding for everyone 🍮", want: post.VerdictReview},
		{text: "Room 12 got fresh paint and new curtains this week 🎨", want: post.VerdictPass},
		{text: "We gave 400 flu shots in 2024, thank you Fairview!", want: post.VerdictPass},
		{text: "Thanks to Sysco from the produce team for the fruit baskets!", want: post.VerdictPass},
	})
}

// TestRoleToldToTheReader: "your starting goalie", "your star pitcher"
// told to a team's fans is the one player the team has; with care told,
// block. Anyone's coach or a lineup is no one.
func TestRoleToldToTheReader(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Eagles fans: your starting goalie is cleared from his concussion protocol! 🏒", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "good news Wildcats, ur star pitcher got his stitches out today ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ask your coach about a sports physical before the season starts.", want: post.VerdictPass},
		{text: "Your starting lineup for flu season: shots, sleep and hand washing 💪", want: post.VerdictPass},
	})
}
