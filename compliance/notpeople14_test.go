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
