package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's session 13 (issue 11): false alarms outside names,
// read by kind from dev58-dev60 and written in our own words. Rules alone
// (PRIV-16 disabled). Each case names one rule and the most severe
// finding it may give: "block", "warn", or "" (nothing above info).

// sevCase is a text, a rule and the highest severity the rule must give.
type sevCase struct {
	text string
	rule string
	want post.Severity
}

// checkSevCases runs cases with the test profile and compares each
// case's rule's most severe finding (info counts as none).
func checkSevCases(t *testing.T, cases []sevCase) {
	t.Helper()
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	c := rulesChecker(t, p)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	rank := map[post.Severity]int{post.SeverityWarn: 1, post.SeverityBlock: 2}
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: now})
		var got post.Severity
		for _, f := range rep.Findings {
			if f.Rule == tc.rule && rank[f.Severity] > rank[got] {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s gives %q, want %q; findings %v", tc.text, tc.rule, got, tc.want, brief(rep.Findings))
		}
	}
}

// TestPlacesThatAreNotHomes13: PRIV-07 guards where one patient lives. A
// numbered room of the practice ("the scale in Exam 3"), a product
// measured out ("a spoonful of Vicks", "a capful of Listerine"), a
// question put to every reader ("Back from Lagos with a fever? Come
// in."), a statistic of an area ("the 60623 ZIP code has the highest
// asthma rate in the city") and a business on its street ("Rosa's Tacos
// on Elm St is catering") are no one's home. A street or ZIP beside one
// person's care still blocks.
func TestPlacesThatAreNotHomes13(t *testing.T) {
	checkSevCases(t, []sevCase{
		// A room of the practice, numbered.
		{text: "The new baby scale in Exam 3 reads in both pounds and kilos for our littlest patients.", rule: "PRIV-07"},
		{text: "The eye chart in Room 2 now comes in Korean and picture versions for our youngest readers.", rule: "PRIV-07"},
		{text: "Our patient from Riverton came in with a broken hip today.", rule: "PRIV-07", want: post.SeverityBlock},
		// A product measured out.
		{text: "Grandmas swear a spoonful of Vicks in warm milk cures a cough. Please don't eat Vicks.", rule: "PRIV-07"},
		{text: "A capful of Listerine won't cure a sore throat, sorry.", rule: "PRIV-07"},
		{text: "A bottle of Gatorade after a stomach bug beats nothing, but water and broth work too.", rule: "PRIV-07"},
		{text: "The boy from Millbrook had a broken arm and a cast.", rule: "PRIV-07", want: post.SeverityBlock},
		// A question put to every reader.
		{text: "Just back from Lagos with a fever? Come in, malaria needs a test.", rule: "PRIV-07"},
		{text: "Home from Cebu with diarrhea that won't quit? Call us.", rule: "PRIV-07"},
		{text: "Traveling to Manila this summer? Ask us about typhoid shots.", rule: "PRIV-07"},
		{text: "Guess who's back from Lagos with malaria?", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Is the man from Millbrook with the fever feeling better?", rule: "PRIV-07", want: post.SeverityBlock},
		// A statistic of an area.
		{text: "The 60623 ZIP code has some of the highest asthma rates in the city. We want to change that.", rule: "PRIV-07"},
		{text: "ZIP 38109 has the fewest primary care visits per person in the county.", rule: "PRIV-07"},
		{text: "Zip 34759, positive strep culture, we've tried your phone 3x.", rule: "PRIV-07", want: post.SeverityBlock},
		// A business on its street.
		{text: "Uncle Rico's Tacos on Dexter St is sponsoring our staff kickball team again 🌮", rule: "PRIV-07"},
		{text: "Big thanks to Mama Lu's Pizza on Oak Rd for lunch during flu clinic!", rule: "PRIV-07"},
		{text: "Reminder for our friend at 412 Birch St: your prenatal vitamins are ready at the front desk.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "The barber on Oak Rd finally got his stitches out. Wear gloves with those clippers!", rule: "PRIV-07", want: post.SeverityBlock},
	})
}

// TestOfficeDates13: a date the office closes or trains on is the
// office's, whatever the training is about; a person's date of care still
// blocks.
func TestOfficeDates13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Closed Friday 3/8 for staff training in trauma-informed care.", rule: "PRIV-05"},
		{text: "We will be closed 11/27 for a staff retreat on diabetes care.", rule: "PRIV-05"},
		{text: "Office closing early 12/24 so the team can attend a CPR and overdose response training.", rule: "PRIV-05"},
		{text: "Our patient was admitted 3/8 with pneumonia.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "She was closed up after surgery on 3/8 and is healing well.", rule: "PRIV-05", want: post.SeverityBlock},
	})
}

// TestNarrativesThatAreNoStory13: PRIV-11 warns of a story about one
// patient. A patient denied ("not our patient", "isn't a patient of
// ours") and a physical therapist on staff ("Rusty, our PT, shows 3
// stretches") tell none.
func TestNarrativesThatAreNoStory13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "The aquarium has a new baby otter! Not our patient 😄 but congrats to the keepers.", rule: "PRIV-11"},
		{text: "That famous goat on the news? Definitely not our patient, but we love him.", rule: "PRIV-11"},
		{text: "Instagram takeover this week: Rusty, our PT, shows 3 stretches for desk workers.", rule: "PRIV-11"},
		{text: "This Saturday our PT Grace leads a free stretching class at the library.", rule: "PRIV-11"},
		{text: "Our patient came in this week with a broken wrist from the ice.", rule: "PRIV-11", want: post.SeverityWarn},
		{text: "Our pt came in this morning with chest pain.", rule: "PRIV-11", want: post.SeverityWarn},
	})
}

// TestRoomsThatAreRooms13: a numbered room whose sentence is about its
// paint or furniture, and which a pronoun ("the blue one") names again,
// is a room (PRIV-14).
func TestRoomsThatAreRooms13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Room 4 got a fresh coat of paint 🎨 it's the calm green one now.", rule: "PRIV-14"},
		{text: "Exam 2 got new chairs, it's the comfy one now.", rule: "PRIV-14"},
		{text: "Room 4 got discharged today, the little one did great.", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "Whoever drives the blue van: the coach is in Room 3 getting stitches, please move it.", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "To the retired judge who was in Exam 2 this morning: your biopsy results are back, please call us.", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "Whoever was in Room 5 last: you left your umbrella.", rule: "PRIV-14", want: post.SeverityWarn},
	})
}

// TestMythsHeardAndAnswered13: a myth in quotation marks that the post
// says was heard or seen somewhere ("Heard at the bait shop:", "you've
// seen it on Facebook") and then answers is answered, not stated
// (MIS-01 warns, as every myth framing does). Said as the practice's own
// words it still blocks.
func TestMythsHeardAndAnswered13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Heard at the bait shop: \"a shot of whiskey warms you up in cold water.\" It actually speeds up heat loss.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Overheard in the waiting room: \"vaccines cause autism.\" They don't, and we're happy to talk about it.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "'Fluoride is poison' — you've probably seen it on Facebook. At the level in city water it protects teeth.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "\"Vaccines cause autism\" — maybe you read it in a group chat. Dozens of studies say otherwise.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "A shot of whiskey warms you up in cold water.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "\"Fluoride is poison\" — we've seen it for ourselves.", rule: "MIS-01", want: post.SeverityBlock},
	})
}

// TestInstitutionsCriticised13: PROF-03 blocks disparaging patients,
// colleagues or competitors. Telling an insurer or a public body to do
// better is advocacy a doctor looks at (warn); the same words at patients
// still block.
func TestInstitutionsCriticised13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "We are tired of the insurance companies denying our immigrant families' claims. Do better, y'all.", rule: "PROF-03", want: post.SeverityWarn},
		{text: "Insurers keep denying prior auths for our kids' inhalers. Do better.", rule: "PROF-03"},
		{text: "Congress keeps cutting funding for community clinics. Do better, y'all.", rule: "PROF-03", want: post.SeverityWarn},
		{text: "Patients who no-show three times in a row: do better.", rule: "PROF-03", want: post.SeverityBlock},
		{text: "the same folks who forget their insurance card every single week 🙄 do better", rule: "PROF-03", want: post.SeverityBlock},
	})
}

// TestNoOnesDetails13: details read from dev61-dev62 by kind, in our own
// words. Parking spots on a street (PRIV-07), a numbered room that "just
// got" new furniture (PRIV-14), a question put to every reader whose date
// is a train line (PRIV-05), an age over 89 supposed of the reader's
// relative or said of a group (PRIV-06), the practice's phone told by its
// last digits (PRIV-09) and a driver told to move out of the ambulance
// lane (PRIV-14) identify no one. Each near miss still does.
func TestNoOnesDetails13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Heads up: metered spots on Fordham Rd are free after 7pm.", rule: "PRIV-07"},
		{text: "Parking spots on Elm St are limited during the street fair.", rule: "PRIV-07"},
		{text: "The boy on Elm St has red spots on his arms and a fever.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Exam 3 just got a new table and the kids love the crinkly paper.", rule: "PRIV-14"},
		{text: "Room 3 just went home after her surgery, so proud of her.", rule: "PRIV-14", want: post.SeverityBlock},
		{text: "Pregnant and riding the 4/5 every morning? You can ask for a seat.", rule: "PRIV-05"},
		{text: "She was pregnant and riding the train on 4/5 when her water broke.", rule: "PRIV-05", want: post.SeverityBlock},
		{text: "If your grandpa is turning 95 this year, ask us about home visits.", rule: "PRIV-06"},
		{text: "Lots of folks in their 90s still dance at the senior center every week.", rule: "PRIV-06"},
		{text: "Mr. Alvarez is turning 95 this year and still walks to every appointment.", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "Our grandma patient in her 90s broke her hip.", rule: "PRIV-06", want: post.SeverityBlock},
		{text: "Our number ends in 5512. If a caller asks for your card number, hang up.", rule: "PRIV-09"},
		{text: "Got a call from a number ending in 7730 about your refill? That's us.", rule: "PRIV-09"},
		{text: "Ms. Ruiz, the card ending in 5512 was declined for your copay.", rule: "PRIV-09", want: post.SeverityBlock},
		{text: "The silver Camry parked across our driveway: please move it, the ambulance bay has to stay clear.", rule: "PRIV-14"},
		{text: "Owner of the silver Camry in the lot: your son is in Room 2 getting stitches, please move it.", rule: "PRIV-14", want: post.SeverityBlock},
	})
}

// TestFreeOutreach13: free checks at a community group's table or an
// event's booth are outreach (CLAIM-07, as the docs decide for fairs and
// festivals); free checks at the office still warn.
func TestFreeOutreach13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Our CHW will be at the Liberian Association table on Independence Day with free blood pressure checks.", rule: "CLAIM-07"},
		{text: "Find us at the community cookout Saturday: free glucose checks for everyone!", rule: "CLAIM-07"},
		{text: "Free blood pressure checks at our front desk table all week.", rule: "CLAIM-07", want: post.SeverityWarn},
		{text: "Free checks at our lobby all week.", rule: "CLAIM-07", want: post.SeverityWarn},
	})
}

// TestAreaRanked13: a place's statistic ranked against others ranks no
// practice (CLAIM-02); the practice ranking itself still warns.
func TestAreaRanked13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "ZIP 60644 has one of the lowest flu-shot rates in the city. Walk-ins Saturday.", rule: "CLAIM-02"},
		{text: "Our county has the highest diabetes rate in the state, so we're adding evening hours.", rule: "CLAIM-02"},
		{text: "Our clinic has the lowest infection rates in the county.", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "We have the highest patient satisfaction rate in the county.", rule: "CLAIM-02", want: post.SeverityWarn},
	})
}

// TestSSNNotNeeded13: part of an SSN named as what the practice does not
// need tells no one's number (PRIV-01); given or asked for it blocks.
func TestSSNNotNeeded13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "You do NOT need the last 4 of your SSN to book with us.", rule: "PRIV-01"},
		{text: "No need for the last four of your social to get a flu shot here.", rule: "PRIV-01"},
		{text: "Please send us the last 4 of your SSN so we can book you.", rule: "PRIV-01", want: post.SeverityBlock},
		{text: "You don't need to tell us, but the last 4 of his SSN is 5521.", rule: "PRIV-01", want: post.SeverityBlock},
	})
}

// TestClockOfNoCare13: a thing gone on a clock ("the tamales were gone in
// 20 minutes") promises no result (CLAIM-03); a condition gone on a clock
// still warns.
func TestClockOfNoCare13(t *testing.T) {
	checkSevCases(t, []sevCase{
		{text: "Thanks to everyone at the block party! The tamales were gone in 20 minutes.", rule: "CLAIM-03"},
		{text: "Raffle tickets for the staff bake sale were gone in two hours.", rule: "CLAIM-03"},
		{text: "Acne gone in 2 weeks with our new peel!", rule: "CLAIM-03", want: post.SeverityWarn},
		{text: "Back pain gone in 3 visits.", rule: "CLAIM-03", want: post.SeverityWarn},
	})
}
