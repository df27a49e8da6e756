package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner E's session 13 (issue 11): ages, roads, photos and
// notices that are no one's, read by kind from dev61-dev67 and written in
// our own words. Rules alone (PRIV-16 disabled); see checkSevCases.

// TestAgesOfNoOne13: PRIV-06 blocks an age over 89 because it singles a
// person out. An age said of anyone of that age, as advice ("A 92-year-old
// can start lifting weights", "Should a 95-year-old get the RSV shot?"),
// or the age of a place named after a colon ("Turned 100 this year: the
// Orpheum!") is no one's. One person's age still blocks.
func TestAgesOfNoOne13(t *testing.T) {
	checkSevCases(t, []sevCase{
		// Anyone of that age, in advice.
		{text: "A 93-year-old can absolutely build muscle. Ask your clinician how to start.", rule: "PRIV-06"},
		{text: "Even a 97-year-old can benefit from balance exercises at home.", rule: "PRIV-06"},
		{text: "Should a 95-year-old still get the RSV shot? Usually yes, talk to us first.", rule: "PRIV-06"},
		{text: "An 91-year-old should not stop blood thinners without asking their doctor.", rule: "PRIV-06"},
		// One person of that age still blocks.
		{text: "A 93-year-old came in today with a broken wrist.", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "A 94-year-old can go home today after her hip surgery!", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "Our 101-year-old can still beat anyone at dominoes!", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "Mrs. Ortiz turned 94 last week and still walks to every visit.", rule: "PRIV-06", want: post.SeverityBlock},
		// A place's age, named after a colon or a dash.
		{text: "Turned 100 this year: the Orpheum Theatre! Happy birthday, old friend.", rule: "PRIV-06"},
		{text: "Turning 90 this month — the Elm Street library, where our staff got their first cards.", rule: "PRIV-06"},
		{text: "Turned 95 this week: our favorite downtown landmark, the Grand Hotel.", rule: "PRIV-06"},
		// A person named after the colon still blocks.
		{text: "Turned 96 yesterday: our patient Mr. Lee, who still drives himself to the clinic.", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "Turned 92 today: Grandma Rosa! The whole office signed her card.", rule: "PRIV-06", want: post.SeverityBlock},
	})
}

// TestTripPhotos13: PRIV-12 warns when the text says a picture shows
// someone. A staff member's trip brings back pictures of what they saw
// ("200 photos of elk", "pictures of Crater Lake"): no one is pictured.
// Photos of people on a trip still warn.
func TestTripPhotos13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Our PA is back from a week hiking the Smokies with 300 photos of black bears.", rule: "PRIV-12"},
		{text: "Marisol got home from her Alaska trip with way too many photos of glaciers.", rule: "PRIV-12"},
		{text: "Back from vacation with 500 pictures of Crater Lake, ask our nurse to show you.", rule: "PRIV-12"},
		{text: "Back from our mission trip with photos of the kids we treated in Oaxaca.", rule: "PRIV-12", want: post.SeverityWarn},
		{text: "Back from the health fair trip with photos of Mrs. Alvarez getting her flu shot.", rule: "PRIV-12", want: post.SeverityBlock},
		{text: "Photos of our patients at the 5K are up on the board!", rule: "PRIV-12", want: post.SeverityWarn},
	})
}

// TestDriveIsNoDoctor13: PROF-03 blocks a judgement of another doctor
// ("the Dr. at County is a joke"). "Dr." after a road's name and before no
// name is a drive ("roadwork on Lakeview Dr. is no joke").
func TestDriveIsNoDoctor13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Roadwork on Lakeview Dr. is no joke this week. Leave 15 minutes early for your visit.", rule: "PROF-03"},
		{text: "The detour at Canyon Ridge Dr. is a joke, so take Main instead to reach our office.", rule: "PROF-03"},
		{text: "Parking at 1400 Sunrise Dr. is terrible on Mondays; our back lot is open.", rule: "PROF-03"},
		{text: "The ER Dr. at County General is a joke.", rule: "PROF-03", want: post.SeverityBlock},
		{text: "The Dr. at the urgent care on Main is a joke.", rule: "PROF-03", want: post.SeverityBlock},
	})
}

// TestCivilityNotices13: PROF-03 blocks venting at patients who yelled at
// staff. A notice that staff have been yelled at and what the practice
// will do ("visits will be ended if staff are threatened") vents at no
// one; with a laugh or an eye-roll it still mocks.
func TestCivilityNotices13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Some patients have screamed at our front desk lately. Threats or abuse toward staff will end the visit.", rule: "PROF-03"},
		{text: "A few people have yelled at our nurses this week. We know waits are hard, but we do not tolerate abuse of staff.", rule: "PROF-03"},
		{text: "Folks have cursed at our team on the phone. Please be kind: anyone who threatens staff will be asked to leave.", rule: "PROF-03"},
		{text: "Patients who yelled at us today: we see you 🙄", rule: "PROF-03", want: post.SeverityBlock},
		{text: "A few folks have yelled at staff this month lol. We do not tolerate abuse.", rule: "PROF-03", want: post.SeverityWarn},
		{text: "A few folks have yelled at staff this month 🙄 We do not tolerate abuse.", rule: "PROF-03", want: post.SeverityBlock},
	})
}

// TestCardEndingsOfNoOne13: PRIV-09 blocks a card's last digits. Digits
// that end the practice's phone number in the same post ("Card ending in
// 0147? Nope, that's our number, 615-555-0147") or a card ending put as a
// question the next sentence says the practice never asks ("Card ending in
// 4471? We'd never know and never ask") are no one's card. A patient's
// card still blocks.
func TestCardEndingsOfNoOne13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Card ending in 0199? Nope, that's the end of our phone number, 402-555-0199. Never post card numbers here.", rule: "PRIV-09"},
		{text: "Got a call about a card ending in 2288? That's our main line (918) 555-2288, and we never ask for card numbers by phone.", rule: "PRIV-09"},
		{text: "Card ending in 5530? We would never ask you for that. Anyone who does is running a scam.", rule: "PRIV-09"},
		{text: "Account ending in 7721? We never text or call to ask for it.", rule: "PRIV-09"},
		// A patient's card still blocks.
		{text: "Card ending in 4471? You left it at the front desk, come pick it up.", rule: "PRIV-09", want: post.SeverityBlock},
		{text: "Card ending in 5530? Your payment did not go through; call us at 402-555-0199.", rule: "PRIV-09", want: post.SeverityBlock},
		{text: "Mrs. Diaz, your card ending in 0199 was declined.", rule: "PRIV-09", want: post.SeverityBlock},
		{text: "Thanks to the patient whose card ending in 8812 paid for a stranger's copay today!", rule: "PRIV-09", want: post.SeverityBlock},
	})
}

// TestCivilityAsks13: PROF-03 warns on "being yelled at" as venting. Said
// with understanding ("we get it", "we understand") and a request for
// kindness or a rule of conduct, it is a civility notice and passes; with
// a laugh or sarcasm, or without the understanding, it still warns.
func TestCivilityAsks13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Our nurses get yelled at more than you'd think. We understand, waiting while sick is hard, so we just ask for a little kindness.", rule: "PROF-03"},
		{text: "Our desk staff got cursed at twice this week. We know insurance is confusing; please treat our team with respect.", rule: "PROF-03"},
		{text: "Our desk staff got cursed at twice this week. Please be kind.", rule: "PROF-03", want: post.SeverityWarn},
		{text: "Nothing like being yelled at over a copay. We get it, be kind 🙄", rule: "PROF-03", want: post.SeverityBlock},
	})
}

// TestOwnPages13: PRIV-04 warns on a link that may be a patient's page.
// The practice's own page on a network, named by one of its handles
// ("facebook.com/maplefamilymed" for @maplefamilymed), is no one's; a
// page of another name on the same network still warns.
func TestOwnPages13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Find us on Facebook at facebook.com/maplefamilymed for closures.", rule: "PRIV-04"},
		{text: "If it's not @maplefamilymed or instagram.com/maplefamilymed, it's not us.", rule: "PRIV-04"},
		{text: "Follow along: https://www.facebook.com/MapleFamilyMed/", rule: "PRIV-04"},
		{text: "Send love to Jenny at facebook.com/jennysknee while she heals!", rule: "PRIV-04", want: post.SeverityWarn},
		{text: "Find us on Facebook at facebook.com/maplefamilymedfan for updates.", rule: "PRIV-04", want: post.SeverityWarn},
	})
}
