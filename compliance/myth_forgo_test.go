package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestRemedyInsteadOfCare: whatever the remedy and whatever the
// language, a post that says a home remedy, a folk healer or "nature"
// works and tells readers they can go without the doctor or their
// medicine states a false health claim as fact (MIS-01 block), listed
// myth or not. Told the other way ("don't skip your insulin"), or with
// no remedy said to work ("no need for antibiotics for a cold: rest"),
// it is the fact.
func TestRemedyInsteadOfCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ginger tea cures strep throat, no need to come in for a swab 🫖", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Bitter melon lowers your sugar so well you can skip the insulin on weekends", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A good curandera fixes susto better than any pill. No need for a doctor!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "El té de moringa cura la presión alta, no necesitas las pastillas 🌿", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Apple cider vinegar works better than your inhaler, so ditch the inhaler for good", want: post.VerdictBlock, rule: "MIS-01"},
		// The fact, and advice with no remedy said to work.
		{text: "Don't skip your insulin, even if the herbal tea seems to lower your sugar.", want: post.VerdictPass},
		{text: "Rest, fluids and time: most sore throats get better on their own, no need for a visit unless it lasts a week.", want: post.VerdictPass},
		{text: "No need to come in for a mild cold. Call us if the fever lasts past 3 days.", want: post.VerdictPass},
		{text: "Herbal tea is lovely on a cold night, but it won't replace your blood pressure pills.", want: post.VerdictPass},
	})
}

// TestMythWithoutItsVerb: the listed myths said without their usual verb
// ("babies who get the shots can get autism", "flu shots have mercury",
// "damp hair is what makes you sick") are stated as fact (block); their
// denials warn, as every myth's do, and a post naming both things with no
// claim passes.
func TestMythWithoutItsVerb(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "babies who get all their shots at once can get autism, so we spread them out", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Those flu shots have mercury in them, skip it this year", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "going outside with wet hair is what makes you sick 🥶 dry it first", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Old wisdom holds: starve a fever 🍵 skip dinner tonight", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Going outside with wet hair doesn't make you sick. Germs do.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Our flu vaccines have no mercury and no preservatives.", want: post.VerdictPass},
		{text: "Autism screening is at the 18-month visit, and kids can get the MMR the same day.", want: post.VerdictPass},
	})
}

// TestFolkMythsInAnyVoice: kitchen and folk myths no earlier list held,
// in English, Spanish and Tagalog wordings of our own: colds from damp
// hair, the cord wrapped by raised arms, cold after childbirth, a head
// injury slept off, alcohol sweated out, the evil eye behind a fever, no
// bath with a fever, aspirin for everyone. Stated, they block; plain
// advice on the same subjects passes.
func TestFolkMythsInAnyVoice(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Chest colds come from going out with damp hair, so dry it before the school bus 🚌", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Mamas-to-be: reaching up to the top shelf can wrap the cord around baby's neck!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Washing your hair in the first month postpartum lets the cold into your bones 🥶", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "If you bumped your head on the rink and feel ok you're fine, just sleep it off.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A long sweat in the steam room flushes the alcohol out after a big night 🍻", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "El mal de ojo causa fiebre en los bebés, pásales un huevo primero 🥚", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "huwag maligo kapag may lagnat, lalala daw sabi ni lola", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Everybody over 50 should take a baby aspirin, no exceptions!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "After giving birth, shower whenever you feel ready and drink plenty of water.", want: post.VerdictPass},
		{text: "A lukewarm bath can help a child with a fever feel more comfortable.", want: post.VerdictPass},
		{text: "If your child hit their head and vomits or seems confused, call 911.", want: post.VerdictPass},
		{text: "Daily aspirin is not for everyone: ask us whether it suits you.", want: post.VerdictPass},
		{text: "Our sauna is open 6am to 9pm for members.", want: post.VerdictPass},
	})
}
