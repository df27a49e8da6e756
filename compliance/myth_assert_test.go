package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythsAssertedAnyVoice: a false health claim about a remedy, a danger
// or a treatment, stated as fact in any voice or language (folk remedies
// of solvents and teas, a food pairing called poison, wet hair or drafts
// said to give pneumonia, teething said to make a high fever normal,
// addiction medicine called a swap of one addiction for another, stopping
// it cold turkey, an antibiotic to knock out the flu, metals pulled out
// through the feet), blocks (MIS-01); said as a denial it warns.
func TestMythsAssertedAnyVoice(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Solvents and lamp oil as remedies.
		{text: "Grandpa swore a drop of kerosene on a sugar cube gets rid of a croupy cough 🥄", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "old timers knew it: turpentine clears up pinworms in a week", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A little coal oil rubbed on the chest knocks out a chest cold every time.", want: post.VerdictBlock, rule: "MIS-01"},
		// Antibiotics said to knock out a virus, whatever sits between.
		{text: "Antibiotics will kick that cold right out of you, just ask for them!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A Z-pak knocks the flu out in two days, come get one 💊", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Los antibióticos curan la gripe en tres días.", want: post.VerdictBlock, rule: "MIS-01"},
		// Teething and a high fever called normal.
		{text: "teething babies run fevers of 103, it's completely normal mama 💕", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A 104 fever while cutting teeth is nothing to worry about.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "La fiebre alta por la dentición es normal, no hay que llamar.", want: post.VerdictBlock, rule: "MIS-01"},
		// Teas, leaves and fruits said to cure cancer or diabetes, in other languages.
		{text: "Soursop leaf tea cures cancer, the islands always knew 🍃", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "El jugo de noni cura la diabetes, pruébalo.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Te fèy korosòl geri kansè, se granmoun yo ki di l 🌿", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Chá de graviola cura o câncer!", want: post.VerdictBlock, rule: "MIS-01"},
		// Wet hair, drafts and cold floors said to give pneumonia.
		{text: "Sleeping with wet hair will give you pneumonia, dry it first!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Salir con el pelo mojado te da pulmonía, hazle caso a tu abuela.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Walking barefoot on a cold floor gives kids a cold 🥶", want: post.VerdictBlock, rule: "MIS-01"},
		// A food pairing called poison.
		{text: "Never eat fish with milk, it's literally poison.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Mango con leche es veneno, todo el mundo lo sabe.", want: post.VerdictBlock, rule: "MIS-01"},
		// Addiction medicine as a swap, or stopped cold turkey.
		{text: "Methadone is just trading one addiction for another, plain and simple.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "being on subs is just replacing one drug with another tbh", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Expecting? Stop your methadone cold turkey right away to protect the baby.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "the best thing u can do is quit the bupe cold turkey", want: post.VerdictBlock, rule: "MIS-01"},
		// Pads, baths and clays pulling metals out.
		{text: "Our ionic foot bath draws heavy metals out through your feet!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Clay masks pull mercury out of your skin overnight ✨", want: post.VerdictBlock, rule: "MIS-01"},
		// Double negation asserts: "nothing X can't fix".
		{text: "Ain't no sinus infection a little colloidal silver can't knock out.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "There's nothing a good detox tea can't clear out of your lungs.", want: post.VerdictBlock, rule: "MIS-01"},
		// The chip myth whatever preposition follows "chip".
		{text: "They put a tracking chip in the vaccine, that's why it was free.", want: post.VerdictBlock, rule: "MIS-01"},
		// Denied, the same myths warn.
		{text: "No, Suboxone is not just swapping one addiction for another.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Wet hair does not give you pneumonia; germs do.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: wet hair gives you pneumonia. Fact: germs do.", want: post.VerdictReview, rule: "MIS-01"},
		// The same words with no claim pass.
		{text: "Everyone can chip in to the toy drive at the front desk 🎁", want: post.VerdictPass},
		{text: "Keep kerosene and lamp oil locked up and away from kids.", want: post.VerdictPass},
		{text: "Teething can make babies fussy and drooly. Call us for any fever over 100.4 in a baby under 3 months.", want: post.VerdictPass},
		{text: "Mango season! Try it in a smoothie with milk 🥭", want: post.VerdictPass},
		{text: "Ain't nothin like a Friday night ballgame. See y'all in the bleachers!", want: post.VerdictPass},
	})
}

// TestMythDebunkShapes: a post that quotes or asks a myth and answers it
// no ("No, X won't ...", "\"X\" — nope.", "Heard X? Not true.", "MYTH 👉
// ... FACT 👉 ...") busts a myth (MIS-01 warn: a doctor checks the fact is
// clear); a plain "No," about hours or walk-ins is no myth.
func TestMythDebunkShapes(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "No, naloxone won't hurt someone who isn't overdosing. Give it if you're unsure.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "No, you can't catch shingles from a toilet seat. It comes from the chickenpox virus you already carry.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Nope, flossing does not make your gums recede. Bleeding gums need more flossing, not less.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "no, the HPV shot doesn't make kids more reckless. studies of thousands show no difference", want: post.VerdictReview, rule: "MIS-01"},
		{text: "\"Cracking your back ruins your spine\" — nope. It's just gas bubbles.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "'Cold showers boost your immune system.' Nope, not by much. Sleep does more.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "\"Fluoride in the water lowers IQ\" — no, it doesn't at the levels in our water.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Heard that eye drops fix pink eye overnight? Not true: most pink eye is viral and clears on its own.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Think you can skip the dentist if nothing hurts? Nope. Most cavities don't hurt until they're deep.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "MYTH 👉 only old people get gout. FACT 👉 we see it in people in their 30s.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Mito ➡️ el frío causa gripe. Realidad ➡️ la causa un virus.", want: post.VerdictReview, rule: "MIS-01"},
		// No myth: a plain no about hours, walk-ins or a referral.
		{text: "No, you don't need an appointment for a flu shot. Walk right in!", want: post.VerdictPass},
		{text: "No, we're not closed on Monday! Regular hours 8-5.", want: post.VerdictPass},
		{text: "Nope, no referral needed to see our dermatologist 🙌", want: post.VerdictPass},
		{text: "Heard we moved? We didn't! Same office on Main St.", want: post.VerdictPass},
		{text: "Do you need an appointment for a flu shot? Nope! Walk right in.", want: post.VerdictPass},
		{text: "No, it's not too late for your flu shot! Walk-ins welcome.", want: post.VerdictPass},
		{text: "No, we can't see you without a parent for a vaccine under 18.", want: post.VerdictPass},
		{text: "Don't stop your antidepressant cold turkey. Talk to us first.", want: post.VerdictPass},
	})
}
