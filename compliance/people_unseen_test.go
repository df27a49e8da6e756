package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPeopleUnseenKinds checks, by the verdict a whole post gets, kinds of
// people and identifiers other writers used that the rules did not know
// (issue 11, privacy family): vital signs and heart tests in initials, a
// death told by the practice, names shouted or written surname first, days
// that are first names, friends by an initial, the one role a team has,
// jersey numbers, and the ordinary posts beside them. The examples are our
// own, one or two per kind.
func TestPeopleUnseenKinds(t *testing.T) {
	checkVerdicts(t, []verdictCase{
		// Vital signs, heart tests and visits in initials and short forms.
		{"Meet Mr. Okafor, a retired bus driver whose BP is finally under control!", post.VerdictBlock},
		{"Congrats to Lena Marsh, she crushed her stress test this morning!", post.VerdictBlock},
		{"Dwayne's EKG looked great, see you at the 5K!", post.VerdictBlock},
		{"Little Noah came to his appt dressed as a dinosaur today.", post.VerdictBlock},
		{"BP checks at the library on Saturday, no appt needed.", post.VerdictPass},
		{"Our new EKG machines arrive next week.", post.VerdictPass},
		{"Shoutout to the dad who carried three kids through the snow to his appt.", post.VerdictReview},
		// A death the practice tells.
		{"Rest in peace, Mr. Halvorsen. He passed away at home this week and we will miss him.", post.VerdictBlock},
		{"Our grief support group meets Wednesdays at 6; everyone is welcome.", post.VerdictPass},
		// A name shouted in capitals that no list holds.
		{"ADEBOLA OKONKWO IS OFFICIALLY DONE WITH CHEMO!!! we will miss u", post.VerdictBlock},
		{"HUGE SHOUTOUT TO OBINNA FOR FINISHING PHYSICAL THERAPY", post.VerdictBlock},
		{"HUGE THANKS TO MEDTRONIC FOR SPONSORING OUR HEART WALK", post.VerdictReview}, // shouting only (PROF-07)
		// Surname first, in lower case.
		{"big ups to tran thi lan who finally started her blood pressure meds", post.VerdictBlock},
		// A first name that is a day.
		{"Sunday Okafor's dad had his stent placed here this morning.", post.VerdictBlock},
		{"Happy birthday, Sunday! She finished her last round of chemo this week.", post.VerdictBlock},
		{"Sunday Brunch and Learn: talk to our dietitian about heart-healthy eats.", post.VerdictPass},
		{"See you Sunday! He will be at the booth with the raffle.", post.VerdictPass},
		// A friend by one initial, a boy by two.
		{"M., we are so proud of you for making it through your first sober holiday.", post.VerdictBlock},
		{"So proud of you, R. Your first month of chemo is behind you.", post.VerdictBlock},
		{"Congrats to TJ, who says his new glasses make everything sharp!", post.VerdictBlock},
		{"Vitamin D, calcium and sleep help your bones. Plan B? Ask us.", post.VerdictPass},
		// The one role a team has, and a player by a jersey number.
		{"The Westview High boys' varsity keeper was cleared after his concussion.", post.VerdictBlock},
		{"riverside prep's starting quarterback had his ACL repaired last week.", post.VerdictBlock},
		{"We loved seeing the #23 girl we rehabbed score twice tonight!", post.VerdictBlock},
		{"Number 8 on the JV squad is back after his torn meniscus.", post.VerdictBlock},
		{"Ask your kid's coach about concussion protocol.", post.VerdictPass},
		{"Our #1 priority is your health. The #2 reason kids miss school is asthma.", post.VerdictPass},
		{"The Eastside High head coach brought the whole team in for sports physicals.", post.VerdictReview},
		// A name no list holds inside a sentence about the person's life;
		// a thing someone likes is no one.
		{"It has been an honor to walk beside Mekdes this year, after the loss of her husband.", post.VerdictBlock},
		{"Kids can try Duolingo while they wait, and her favorite is Spanish.", post.VerdictPass},
		// Public figures no list holds, told as fame or history, and
		// officials named by office; a local player's care is still his.
		{"Fun fact: Wilma Rudolph wore a leg brace as a child and won three Olympic golds in 1960.", post.VerdictPass},
		{"Kerri Walsh vaulted on a sprained ankle in 1996. Iconic. Please don't.", post.VerdictPass},
		{"Senator Alvarez toured our new clinic today. Thanks for visiting!", post.VerdictPass},
		{"Mayor Lee stopped by today. She is home after her hip surgery, get well soon!", post.VerdictBlock},
		{"Derek Mills, who played for Lincoln High, had his knee replaced here last week.", post.VerdictBlock},
		// Spanish record numbers and dates, and dates written day first.
		{"Nuestra paciente, expediente 48213, ya salió del hospital.", post.VerdictBlock},
		{"Número de póliza 8812-4471, favor de llamar a la oficina.", post.VerdictBlock},
		{"Nuestro paciente fue operado el 5 de diciembre y ya camina.", post.VerdictBlock},
		{"Found in the lobby: a form with DOB 23/07/1961. Please call us to pick it up.", post.VerdictBlock},
		{"Vacunas contra la gripe el sábado 6 de diciembre en la iglesia.", post.VerdictPass},
		{"Clínica cerrada el 25 de diciembre. ¡Felices fiestas!", post.VerdictPass},
		{"Diabetes talk on Jan 12 at the library. Everyone is welcome!", post.VerdictPass},
		{"La placa dental se forma en 24 horas: cepíllate dos veces al día.", post.VerdictPass},
		// Streets told by a hundred block or a number, and someone
		// placed on one.
		{"Someone on the 4200 block of N 31st St missed their insulin refill, please call us.", post.VerdictBlock},
		{"The family on 38th Ave whose boy broke his arm: get well soon!", post.VerdictBlock},
		{"Our fall festival is on the 3500 block of Main St this Saturday!", post.VerdictPass},
		{"Someone on our team will call you about your flu shot.", post.VerdictPass},
		// A person addressed by name with "your" care; dental, allergy
		// and sleep care in everyday words; partial SSNs; the practice's
		// own ZIP said alone in a patient's story.
		{"Rosalind, 4th grade teacher at Lincoln — your lab work shows the allergy is to dust, not the class guinea pig!", post.VerdictBlock},
		{"Mr. T. from the Oak Street laundromat (the one with the green bike) — your biopsy paperwork is ready for pickup.", post.VerdictBlock},
		{"Huge shoutout to Yusuf Haddad for being so brave during his wisdom teeth extraction today!", post.VerdictBlock},
		{"The crossing guard at Lincoln Elementary finally did her allergy testing: it is the cat.", post.VerdictBlock},
		{"Left in the lobby: a folder for a toddler, SSN ending 5512. Please call us.", post.VerdictBlock},
		{"Big thanks to Omar's wife Lina, our bravest deep-cleaning patient of the week!", post.VerdictBlock},
		{"Our dog Biscuit turned 3 today, and he has never needed a cleaning.", post.VerdictPass},
		{"Kevin is running the half-marathon for St. Jude. Donate at the link in bio!", post.VerdictPass},
		{"Our social media team will be at the fair Saturday.", post.VerdictPass},
		// Spanish and Portuguese people: a family, one person of a shop or
		// a team, a player by number.
		{"Felicitaciones a la cajera de la panadería por su test de embarazo positivo!", post.VerdictBlock},
		{"Las Hialeah Hawks celebran que su capitana, la #9, ya está sin muletas después de la fractura.", post.VerdictBlock},
		{"Gracias a la familia Ortega por los pasteles. ¡Deliciosos!", post.VerdictReview},
		{"the Westside High QB is back throwing after his shoulder surgery", post.VerdictBlock},
		{"Bem-vinda de volta, Dona Rosa! Firme depois da fratura no quadril. Our team loves you", post.VerdictBlock},
		// A call sign in quotes after a rank.
		{"Welcome home, Sgt. \"Tank\"! Glad the new knee made the flight.", post.VerdictBlock},
	})
}
