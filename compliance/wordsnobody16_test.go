package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNewBodyPartAsCompound: "new" before a body part tells an implant
// ("his new knee", "her new hip") only when the body part is the noun.
// Before a job or a sport ("the new head coach", "our new head nurse") it
// is a rank; "new faces" and "a new face" are newcomers; "the new eye
// chart" is a thing. Such a post tells no health, so the person it
// welcomes is a name to check (warn), not a patient (block).
func TestNewBodyPartAsCompound(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats to Andre Mbeki, Eastlake High's new head basketball coach! 🏀", want: post.VerdictReview, rule: "PRIV-10"},
		// "A big welcome to <name>" introduces a newcomer (noted).
		{text: "A big welcome to Lena Fox, the new head coach of the Riverside Rapids swim team!", want: post.VerdictPass},
		{text: "Welcome to town, the Okafor family! Fall always brings new faces to our lobby 🍂", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Say hi to Dmitri Volkov, a new face on the Harbor Rowing Club board!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Our new eye chart has pictures for the little ones who can't read letters yet.", want: post.VerdictPass},
		// An implant stays a health detail.
		{text: "Congrats to Andre Mbeki on his new knee, back on the court by spring!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lena Fox got her new hip and is already back at swim practice.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dmitri Volkov's new heart is doing great, one year after the transplant.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestTeamEventIsNoPerson: a word in "-er" after a team or a school is an
// event, not one who does something: "the Lancers opener", "the Kings
// home opener", "the Rotary fundraiser". A role after a name ("the
// Lancers' kicker", "the Strawberry Festival queen") is still a person.
func TestTeamEventIsNoPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Come find our flu shot table at the Bulldogs opener Friday night 🏈", want: post.VerdictPass},
		{text: "Free blood pressure checks at the Rotary fundraiser this Saturday!", want: post.VerdictReview},
		{text: "Get your sports physical done before the Tigers home opener!", want: post.VerdictPass},
		// A person described by a role at an event keeps their verdict.
		{text: "The Bulldogs kicker broke his ankle at the opener, wishing him a fast recovery!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
