package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffOwnIllness25 (session 25, t25privacy): a staff member named on
// the staff list, told with an illness they have right now, in the words
// an office uses for a sick colleague: "tested positive for flu", "has
// COVID this week", "caught the flu", "dio positivo a COVID", "tiene COVID
// esta semana", and a back or a knee that "went out" or was "thrown out".
// It is their health information as their surgery is (PRIV-10 block;
// docs/COMPLIANCE.md, staff's own health). The care they give ("tested 40
// kids for strep"), the shots they stock or model, what they "have" for
// patients, a first pitch thrown out and the power going out stay clean.
func TestStaffOwnIllness25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// a test result
		{text: "Kevin tested positive for flu, so he is out this week. Get your shot!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene tested positive for COVID on Sunday, so his Monday patients will see Dr. Patel.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Heads up: Sarah tests positive for strep, so the nurse line is slow today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's COVID test came back positive, so the front desk is short today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "El Dr. Greene dio positivo a COVID, así que sus pacientes del lunes verán a la Dra. Patel.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin salió positivo de influenza esta semana, ¡que se mejore!", want: post.VerdictBlock, rule: "PRIV-10"},
		// an illness had now
		{text: "Sarah has strep this week, so please be patient with our phones.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene has COVID this week so his patients are getting rescheduled.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Poor Kevin has the stomach bug 🤢 send him good vibes", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "La Dra. Patel tiene COVID esta semana; la llamaremos para cambiar su cita.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin caught the flu from his kids 🤧 we miss him!", want: post.VerdictBlock, rule: "PRIV-10"},
		// a back or a knee gone out
		{text: "Kevin's back went out at the softball game, so he's on the couch this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is walking again after his back went out at the tournament 😂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin threw out his back moving a couch. Lift with your legs, people!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene threw his back out shoveling snow, so Dr. Patel has his Friday.", want: post.VerdictBlock, rule: "PRIV-10"},

		// the care they give, the shots they stock or model
		{text: "Kevin tested our new flu swabs today — results in 15 minutes!", want: post.VerdictPass},
		{text: "Dr. Patel tested 40 kids for strep at the school fair.", want: post.VerdictPass},
		{text: "Kevin is positive the flu clinic starts Monday.", want: post.VerdictPass},
		{text: "Kevin got his flu shot today. Have you?", want: post.VerdictPass},
		{text: "Dr. Patel has diabetes patients on Tuesdays and Thursdays.", want: post.VerdictPass},
		{text: "Kevin has flu shots ready at the front desk 💉", want: post.VerdictPass},
		{text: "Dr. Greene has COVID boosters for everyone 65+.", want: post.VerdictPass},
		{text: "Dr. Patel has COVID tests in stock if you need one.", want: post.VerdictPass},
		{text: "Sarah has asthma tips for you in our newsletter.", want: post.VerdictPass},
		{text: "La Dra. Patel tiene citas disponibles esta semana.", want: post.VerdictPass},
		{text: "La Dra. Patel tiene vacunas contra el COVID para toda la familia.", want: post.VerdictPass},
		// other things caught, thrown and gone out
		{text: "Kevin caught the first pitch at the Clippers game! ⚾", want: post.VerdictPass},
		{text: "Dr. Patel caught skin cancer early for three patients this month thanks to screening.", want: post.VerdictPass},
		{text: "Kevin threw out the first pitch at the Clippers game!", want: post.VerdictPass},
		{text: "The power went out, so Kevin is answering phones by flashlight.", want: post.VerdictPass},
		{text: "Kevin went out for lunch and came back with tacos for everyone.", want: post.VerdictPass},
		{text: "Kevin's back from vacation and the flu clinic is open again!", want: post.VerdictPass},
		{text: "Kevin pulled his weight and then some during the flu clinic!", want: post.VerdictPass},
		// a crowd's test, not the staff member's
		{text: "Un paciente dio positivo a influenza; lávese las manos. Kevin tiene gel en la entrada.", want: post.VerdictPass},
	})
}
