package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStaffToldNotToReview: a post telling the staff not to review the
// practice refuses insider reviews; the review words of the sentences
// after it ("Reviews are for patients", "share the review link with
// patients") ask nothing more of them. A later sentence that writes a
// review still asks (ENDORSE-03).
func TestStaffToldNotToReview(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Reminder for our team: please don't leave reviews of the clinic yourselves. Reviews belong to patients 🙏", want: post.VerdictPass},
		{text: "Staff — we ask you not to rate us on Google. Our patients' reviews are the ones that count.", want: post.VerdictPass},
		{text: "Hey team, no Yelp reviews from your personal accounts please! Hand patients the review card instead.", want: post.VerdictPass},
		{text: "to all employees: we ask that you not review your own workplace. thanks for keeping our reviews honest", want: post.VerdictPass},
		{text: "Team: don't review us on Yelp. But DO post a 5-star review on Google this week!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Staff, please leave us a review this week! Reviews help us grow.", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}

// TestMonthOfManyCases: a month beside a condition in the plural, with no
// one in the sentence, is a season's or a count's ("Snowmobile injuries
// peak in February", "Seasonal allergies in December?"), not a patient's
// date; a range of hours after a plural weekday ("open Saturdays 8-12")
// is opening hours. Beside one person it is still their date (PRIV-05).
func TestMonthOfManyCases(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Trampoline sprains in Texas jump in December when the gifts come out.", want: post.VerdictPass},
		{text: "Allergies in December? Could be the radiator dust.", want: post.VerdictPass},
		{text: "Did you know? Frostbite injuries rise in January.", want: post.VerdictPass},
		{text: "Ankle sprains on the trails double in October, when the leaves hide the roots.", want: post.VerdictPass},
		{text: "Sports concussions in our county peak in September.", want: post.VerdictPass},
		{text: "Our office is now open Sundays 9-1 for sick visits. Walk-ins welcome.", want: post.VerdictPass},
		{text: "Open Saturdays 8-12 for sick kids.", want: post.VerdictPass},
		{text: "Flu shots Saturdays 10-2 at the Main St office 💉", want: post.VerdictPass},
		{text: "Our patient came in Monday 9-1 with chest pain.", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Her injuries from the crash in March are healing well.", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "A patient with two rib fractures in January taught us a lot about sled safety.", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "One of our regulars had kidney stones in August and still ran the 10K.", want: post.VerdictBlock, rule: "PRIV-05"},
	})
}

// TestPublicCommission: "commission" as a public body's name (an
// election, planning or trade commission) is no sponsorship fee
// (ENDORSE-02); a fee earned is.
func TestPublicCommission(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Early voting starts Monday! Find your site on the Bexar County Elections Commission page 🗳️", want: post.VerdictPass},
		{text: "Our new parking lot was approved by the city planning commission last night 🎉", want: post.VerdictPass},
		{text: "The Federal Trade Commission has tips on spotting fake health products online.", want: post.VerdictPass},
		{text: "check the state election commission site for your polling place", want: post.VerdictPass},
		{text: "Love this collagen powder! I get a commission if you buy through my link 💕", want: post.VerdictReview, rule: "ENDORSE-02"},
	})
}

// TestPacificGreetings: Chamorro, Samoan and Tongan thanks and greetings
// ("Si Yu'os Ma'åse'", "Håfa Adai", "Mālō e lelei") hold words the name
// data reads as names ("Yu"); they thank or greet, and name no one.
func TestPacificGreetings(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Si Yu'os Ma'åse' to everyone who came to the health fair in Dededo! 🌺", want: post.VerdictPass},
		{text: "si yu'os maase for the kind words, we'll share them with the team", want: post.VerdictPass},
		{text: "Håfa Adai! Flu shots are in at both clinics 💉", want: post.VerdictPass},
		{text: "Mālō e lelei! Tongan interpreters are here on Tuesdays.", want: post.VerdictPass},
		{text: "Si Yu'os Ma'åse' to Jesse Taitano, home from the ICU after his heart surgery 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestServicesAreNoOne: the armed services and their members, capitalized
// by custom ("Happy birthday, Marines!", "every Soldier, Sailor and
// Airman"), and a community's families ("the Navy families", "the Hmong
// families") name no one; a surname's families still do.
func TestServicesAreNoOne(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Happy 250th birthday to the US Army! Thank you, Soldiers 🇺🇸", want: post.VerdictPass},
		{text: "To every Sailor and Marine deploying this month: we've got your families' sick visits covered ⚓", want: post.VerdictPass},
		{text: "Airmen and Guardians of the 21st Space Wing get same-day appointments at our Peterson office.", want: post.VerdictPass},
		{text: "we love serving the Coast Guard families on base 💙", want: post.VerdictPass},
		{text: "Flu clinic for the Karen and Hmong families at the temple Saturday.", want: post.VerdictPass},
		{text: "Prayers for the Nguyen families after the fire, both kids are in the burn unit.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestHistoryHonored: someone of history, dated by a whole date long past
// ("died on Dec 31, 1972"), honored by name ("We honor Chester Nez",
// "Today we remember Chief Joseph") or quoted ("once said") is noted, not
// a patient (PRIV-10, PRIV-05); one dated long ago who lives on today
// ("still jogs") is a patient's history.
func TestHistoryHonored(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Wilma Rudolph beat polio as a child and won three golds in Rome on Sept. 7, 1960. Dream big, kids 🏅", want: post.VerdictPass},
		{text: "We honor Ira Hayes and every Marine who raised the flag on Iwo Jima.", want: post.VerdictPass},
		{text: "today we remember Fannie Lou Hamer, who organized Freedom Summer in the Delta.", want: post.VerdictPass},
		{text: "Shirley Chisholm once said 'If they don't give you a seat at the table, bring a folding chair.' 🪑", want: post.VerdictPass},
		{text: "Joe Ruiz had his first heart attack on Dec 3, 1979 and still jogs at 80.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Joe Ruiz had his first heart attack in 1979 and still jogs at 80.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We honor Maria Delgado, who beat breast cancer this year!", want: post.VerdictBlock, rule: "PRIV-10"},
		// A neighbour's memorial is no figure of history: still a name to ask about.
		{text: "Remembering Mrs. Ana Kowal, 1938–2025, who trusted Dr. Patel with her heart for 20 years 🕯️", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Today in history: in 1895 the Wright brothers opened their bicycle shop in Dayton.", want: post.VerdictPass},
	})
}

// TestDoctoraAndTeodoro: "Dra." is the Spanish and Portuguese doctor's
// title, before a staff name or its short form, and its period ends no
// sentence; "Teddy" and "Teo" are Teodoro's short forms as Theodore's.
func TestDoctoraAndTeodoro(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Dra. Lucía Ortega", "Teodoro Salas, RN")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Felicidades a la Dra. Lucía por la graduación de su hija 🎓", want: post.VerdictPass},
		{text: "Congrats to Dra. Ortega on her son's wedding this weekend! 💍", want: post.VerdictPass},
		{text: "Tito Teddy made his famous pancit for the staff potluck 🍜", want: post.VerdictPass},
		{text: "Teo from our night shift finished his first half marathon 🏃", want: post.VerdictPass},
		{text: "Congrats to Dra. Carmen Ruiz on her new baby girl!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
