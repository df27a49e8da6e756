package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestSeatsAsPerson24 (session 24, t24privacy): shapes of the numbered
// room, chair or bed that stands for the one in it which session 23's
// reading left. A room headed with its hour and spoken to after a clock
// time or a note in brackets ("Room 6 this afternoon (the 2:45 ear
// recheck): you forgot..."); a room heading a story told of one child
// after the colon ("Room 2 this morning: a little Braves fan got his first
// shots"); a chair that "had a rough reaction" and then is "she"; a bed
// "going home" after an illness; the same in Spanish ("Cama 4 tuvo un
// gran día"). All block (PRIV-14). A room closed for an hour, a room
// that served a crowd, a staff member's first shot given, a broken
// recliner and a bed sent away for repair stay the room's.
func TestSeatsAsPerson24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Spoken to after a time or a note in brackets.
		{text: "Room 6 this afternoon (the 2:45 ear recheck): you forgot your hearing aid case at the sink!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Exam 2 this morning (9:15, the wheezy toddler): your son's inhaler is still at the front desk.", want: post.VerdictBlock, rule: "PRIV-14"},
		// One person's story after the colon.
		{text: "Room 2 this morning: a little Braves fan got his first set of shots and barely flinched! 💪", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Bay 5 yesterday: one brave young lady had her stitches out and picked the purple lollipop.", want: post.VerdictBlock, rule: "PRIV-14"},
		// The chair had a scare, and is then he or she.
		{text: "Chair 3 in the infusion room had a tough reaction this morning, but she's resting comfortably now.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Chair 5 had a scary moment today but he is doing fine, thanks to our nurses.", want: post.VerdictBlock, rule: "PRIV-14"},
		// The bed goes home.
		{text: "Bed 7 in observation is going home today after his asthma flare! 🎈", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Bed 3 is heading home this afternoon after two nights with us for dehydration.", want: post.VerdictBlock, rule: "PRIV-14"},
		// After a photo's description.
		{text: "[photo: a bed sign that says Bed 9 with a balloon on it] Bed 9 in our observation room is going home tonight after his pneumonia!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "[photo: an empty exam room] Room 4 this afternoon: you left your crutches, and your x-ray report is at the desk.", want: post.VerdictBlock, rule: "PRIV-14"},
		// Spanish.
		{text: "¡Cama 4 tuvo un gran día hoy: terminó su última quimio! 🎉", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "La camilla 2 de observación se va a casa hoy después de su neumonía.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Sillón 3 esta mañana: su prueba de estreptococo salió negativa.", want: post.VerdictBlock, rule: "PRIV-14"},

		// The room's own hours, work and things.
		// (A room with its hour warns as before, PRIV-05 and PRIV-11: a
		// doctor looks, nothing blocks.)
		{text: "Room 4 this morning (8:30 to 10:00): closed for cleaning, please use Room 5.", want: post.VerdictReview},
		{text: "Room 2 today: 30 kids got their flu shots before school! 💉", want: post.VerdictReview},
		{text: "Room 3 this week: our new nurse gave her very first flu shot! 🎉", want: post.VerdictReview},
		{text: "Chair 4 had a rough week: the recliner finally broke, a new one comes Monday.", want: post.VerdictPass},
		{text: "Bed 2 in the sleep lab is going back to the manufacturer for repairs.", want: post.VerdictPass},
		{text: "La cama 3 de observación es nueva: ¡vengan a verla!", want: post.VerdictPass},
		{text: "Cama 2 tuvo un día ocupado: 40 vacunas contra la gripe.", want: post.VerdictPass},
		{text: "[photo: our freshly painted exam room] Room 4 got new paint and a fish tank this week! 🐠", want: post.VerdictPass},
	})
}

// TestPlateAsPerson24 (session 24, t24privacy): a licence plate told in
// full is its driver, as a car's colour and make are (priv_vehicle.go):
// with the driver's care in the notice it blocks (PRIV-14). A plate of
// food, a handout's page and a plate with no care stay clean.
func TestPlateAsPerson24(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Tennessee plate 7KD-4QX: you left your lights on during your colonoscopy consult 🚗", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Ohio plate 3KT-7RW — your stitches check moved to Friday, and you left your lights on!", want: post.VerdictBlock, rule: "PRIV-14"},
		// A plate of letters and digits is also an ID number (PRIV-08).
		{text: "Kentucky plate ABC-1234, your blood work results are at the front desk.", want: post.VerdictBlock},
		{text: "Plate 2 in our healthy eating handout: a diabetes-friendly dinner with half veggies.", want: post.VerdictPass},
		{text: "Build a plate for diabetes: half veggies, a quarter protein, a quarter whole grains.", want: post.VerdictPass},
	})
}

// TestSeatsAsPersonLinear24: many rooms spoken to after a time stay
// linear.
func TestSeatsAsPersonLinear24(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Room 6 this afternoon (the 2:45 ear recheck): you forgot your hearing aid case! ",
		"Room 2 this morning: a little fan got his first shots. ",
		"Chair 3 had a tough reaction, but she's fine. ",
		"Plate 7KD-4QX: your blood work is here. ",
	} {
		requireLinearText(t, c, unit)
	}
}
