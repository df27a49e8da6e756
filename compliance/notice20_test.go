package compliance

import (
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestAddressedNotice20 (session 20, t20leak): a public post that opens
// by speaking to one person (a title or a name, a role at a place, a
// description, initials, a partial e-mail or account, "whoever ...") and
// then tells them news of their own care ("your labs came back", "your
// MRI got moved", "you left your inhaler") is a message from the clinic
// to its patient, read by everyone who knows them (block). Near misses:
// the same address with news that is no care (lost sunglasses), a group
// addressed ("Parents:", "To everyone who ..."), a town addressed about a
// clinic day, and a care reminder to all readers.
func TestAddressedNotice20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// A role at a place, a description, a nickname.
		{text: "Night manager at the Shell on Route 9 — your blood work came back, give us a ring when you can", want: post.VerdictBlock},
		{text: "To the school bus driver with the Steelers lanyard: your x-rays are ready to pick up 🦴", want: post.VerdictBlock},
		{text: "Hey Big Lou from the tire shop! Your biopsy results are in, call the office", want: post.VerdictBlock},
		{text: "To the nice lady at the bakery counter — your prescription got approved!! 🎉", want: post.VerdictBlock},
		// Identifier fragments as the address.
		{text: "Note for J.T.: your MRI got moved to next Wednesday, same time.", want: post.VerdictBlock},
		{text: "Message for the account ending 4471 — your lab order was sent over to Quest.", want: post.VerdictBlock},
		{text: "Attn 'dmorales@...': your strep culture was negative, no need to come back in", want: post.VerdictBlock},
		// Something of their care left behind, said to them.
		{text: "To the gentleman in the Cubs jacket who left his CPAP mask in room 3 this afternoon: we have it safe up front", want: post.VerdictBlock},
		{text: "Whoever parked the red Kia by the dumpster during your physical therapy visit, your lights are on!", want: post.VerdictBlock},
		// Other languages.
		{text: "Para la señora de la panadería en la calle 5: sus resultados de laboratorio ya llegaron, llámenos 🙏", want: post.VerdictBlock},
		{text: "Don Chuy del taller — su cita con el cardiólogo se cambió para el jueves", want: post.VerdictBlock},
		{text: "Au monsieur du kiosque à journaux : vos résultats d'analyses sont arrivés, appelez-nous", want: post.VerdictBlock},

		// Near misses: the same address, nothing of their care.
		{text: "To the school bus driver with the Steelers lanyard: you left your sunglasses at the front desk 😎", want: post.VerdictPass},
		{text: "Hey Big Lou from the tire shop! Thanks for the donuts 🍩", want: post.VerdictReview},
		{text: "Whoever parked the red Kia by the dumpster, your lights are on!", want: post.VerdictPass},
		// A group addressed, or every reader.
		{text: "Parents: your kids' sports physicals are due before the first practice, book now!", want: post.VerdictPass},
		{text: "To everyone who came to the health fair: your screening results will be mailed this week.", want: post.VerdictPass},
		{text: "Reminder: your flu shot is ready when you are, no appointment needed 💉", want: post.VerdictPass},
		{text: "Your lab results are back? Log in to the patient portal to read them any time.", want: post.VerdictPass},
		// A question to every reader, not an address.
		{text: "Uncle from Texas staying through New Year's? Check that he's had his pneumonia shot.", want: post.VerdictPass},
		{text: "Tía from Juárez in town for Christmas. Ask whether her shots are current!", want: post.VerdictPass},
		// Someone told about in a testimonial, not spoken to.
		{text: "Meet a Lincoln High senior who beat her asthma with our help: 'I can finally run the mile!'", want: post.VerdictReview},
		// A town addressed about a clinic day.
		{text: "Storm Lake, your flu clinic is back this Saturday at the library!", want: post.VerdictPass},
	})
}

// TestAddressedNoticeMore20: the same notice after a shout-out, to an
// account's name written without its "@", and about what the care cost
// ("your balance", "your copay"). Near misses: the shout-out with no
// care, the account thanked, a bill said to every reader.
func TestAddressedNoticeMore20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Shout out to the abuelita who sells tamales outside the Laundromat — your sugar numbers were great today!", want: post.VerdictBlock},
		{text: "Big shoutout to the guy who runs the taco truck on 5th: your A1c dropped a whole point 🌮", want: post.VerdictBlock},
		{text: "marisol_rn22 your pap results came back normal, call us for a copy", want: post.VerdictBlock},
		{text: "tommy.b88 your physical forms are signed and ready at the desk 🏈", want: post.VerdictBlock},
		{text: "Member ending 0915: your copay for the sleep study was refunded.", want: post.VerdictBlock},
		{text: "Acct ...2207 — your bill for the MRI is now $0", want: post.VerdictBlock},
		{text: "Cuenta terminada en 5530: su saldo por la cirugía de rodilla ya está en cero.", want: post.VerdictBlock},

		{text: "Shout out to the abuelita who sells tamales outside the Laundromat — best in town!", want: post.VerdictReview},
		{text: "marisol_rn22 thanks for the follow! 🙌", want: post.VerdictPass},
		{text: "Your bill is now viewable in the portal; questions? call us", want: post.VerdictPass},
		{text: "Shout out to the Roan Elementary PTA — your bake sale raised $900 for the free flu shot clinic!", want: post.VerdictReview},
		{text: "Shout out to the Roan Elementary PTA — your bake sale raised $900 for our flu shot clinic!", want: post.VerdictPass},
	})
}

// TestAddressedNoticeLinear20: the notice reader looks at a bounded
// window after the address, so a long post costs no more than linear.
func TestAddressedNoticeLinear20(t *testing.T) {
	c := rulesChecker(t, testProfile())
	unit := "your lab results came back and your prescription got approved, "
	requireLinear(t, c, "an address, then many notices", func(n int) Draft {
		return Draft{Text: "To the lady at the bakery counter — " + strings.Repeat(unit, n/len(unit))}
	})
}
