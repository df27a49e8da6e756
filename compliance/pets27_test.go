package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPetsByBreed27: a name right after a breed ("her chihuahua
// Pancho") or followed by "the" and the animal ("Gus the goldfish") is a
// pet's, no neighbour's (PRIV-10 warned). A person named beside the pet
// keeps their own reading, and a trade after the animal ("Max the dog
// walker") is a person's. The held ones come first.
func TestPetsByBreed27(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: the person beside the pet, a person by their trade.
		{text: "Her chihuahua Pancho bit Maria's hand, and Maria needed four stitches.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Linda the dog walker is home after her knee replacement. Get well soon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rocco the beagle visited with Tomás, who is home after his hip surgery.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: the pet's name.
		{text: "Front desk fun fact: our receptionist's chihuahua Pancho has more sweaters than she does 🐶", want: post.VerdictPass},
		{text: "Dr. Lee's golden retriever Murphy says happy Friday from the break room 🐾", want: post.VerdictPass},
		{text: "Say hi to Gus the goldfish in the waiting room tank 🐟", want: post.VerdictPass},
		{text: "Noodle the corgi is our unofficial greeter at the Elm Street office this week.", want: post.VerdictPass},
	})
}
