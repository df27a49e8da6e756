package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPartialPlanIDs: part of a Medicare, Medicaid or insurance number
// ("ends -2290A", "ending in 4TW7X") picks out its holder at the desk as
// well as the whole number does, with the plan word a few words before
// ("our Medicare friend ending ...", "the insurance card (ends ...)") and
// letters at the end, as plan numbers have (PRIV-09, rules alone).
func TestPartialPlanIDs(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "To our Medicare friend ending -4410B: you left your glasses by the scale 👓", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "Found: a medicaid card (ends in 7781K) near the flu shot station, come get it", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "insurance card ending 55T2X was left in exam 4 — please call", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "Tarjeta de Medicaid terminada en 3391A olvidada en la recepción 🙏", want: post.VerdictBlock, rule: "PRIV-09"},
		{text: "Medicare open enrollment ends December 7 — call us with questions.", want: post.VerdictPass},
		{text: "Medicare open enrollment ends in 2027 for this plan, ask us how it works.", want: post.VerdictPass},
		{text: "Our insurance billing hours end at 5 today.", want: post.VerdictPass},
		{text: "Medicaid renewals for plans ending in 2027 start soon, we can help with the paperwork.", want: post.VerdictPass},
	})
}

// TestBirthMonthYear: a date of birth given by its month and year ("DOB
// 03/1961", "d.o.b. 7-58", "born 11/1949") still dates a birth finer than a
// year (PRIV-05, Safe Harbor (C)).
func TestBirthMonthYear(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "DOB 04/1958 — your lab results are in, please call us back", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "dob 7/62, we tried your cell twice. call the office 🙏", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Fecha de nacimiento 11-1949: llámenos por sus resultados", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Kids born 2019-2021 are due for boosters this fall.", want: post.VerdictPass},
	})
}

// TestLocatorNotice: a ZIP code, a street or a block that picks out an
// unnamed person, with their care in the sentence, discloses it even when
// the post speaks to them ("Zip 28451, your culture came back", "the
// gentleman from Birch Ln we saw for his foot ulcer, please call"): the
// locator says who "you" is (PRIV-07, rules alone). A venue, a street
// everyone shares, a count of cases stays an event.
func TestLocatorNotice(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Zip 28451: your throat culture came back positive, please call us today", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "ZIP code 60629, 71 y/o gentleman, abnormal EKG. Sir, we tried calling twice.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "code postal 04240 — votre test de grossesse est positif, appelez-nous svp", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "73301, Hargrove Ln — the lady we saw Tuesday for the leg ulcer, please call us, we need to recheck it", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "To the family on Larkspur Ct — your oxygen tanks are ready for pickup at the front desk", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "The white trailer off Quarry Rd: the home health nurse couldn't find you for your wound check, call us!", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "the resident in the 2300 block of Poplar Ave who lost his insulin in the fire, we have a replacement ready", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Free flu shots for anyone in zip 28451 this Saturday at the library!", want: post.VerdictReview},
		{text: "Flu cases are up in ZIP 60629, get your shot this week.", want: post.VerdictPass},
		{text: "Our new clinic on Larkspur Ct opens Monday: bring your insurance card.", want: post.VerdictPass},
		{text: "10000 steps a day is great for your heart, try it!", want: post.VerdictPass},
		{text: "Road work on Quarry Rd this week, plan extra time for your appointment.", want: post.VerdictPass},
	})
}

// TestSpelledEmailForms: an address written out loosely ("jdoe dot k at
// yahoo", "tj88 (at) big sky mail dot com") is still someone's address
// (PRIV-03): the provider may stand without its ".com" and the host may
// be two words.
func TestSpelledEmailForms(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "if this is you: mkowalski dot j at gmail — your biopsy was benign!", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "reply went to rosa_linda (at) south coast mail dot com, check your spam", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "escríbale a pedrito punto g arroba hotmail, ya tenemos sus resultados", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "We're at the fair at noon, see you at Gmail HQ's booth? jk 😂", want: post.VerdictPass},
		{text: "Meet us at yahoo falls park at 9 for the health walk", want: post.VerdictPass},
	})
}

// TestAgeAfterAnyName: an age over 89 set between commas after a name
// says it even when the name is a staff member's too ("Mr. Okafor, 94,"
// in a practice with a PA Okafor): the honorific makes him someone else
// (PRIV-06, rules alone).
func TestAgeAfterAnyName(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Chidi Adeyemi, PA-C")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Mrs. Adeyemi, 96, is home after her hip fracture 💪", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Señor Adeyemi (93) beat the flu this winter!", want: post.VerdictBlock, rule: "PRIV-06"},
		{text: "Chidi Adeyemi, PA-C, joins us Monday.", want: post.VerdictPass},
	})
}

// TestStreetsWithoutNumbers: a street named with no house number in the
// other ways people write it ("out to Birch Hollow Rd", "the 2200-block
// Poplar Ave neighbor") places someone beside their care (PRIV-07).
func TestStreetsWithoutNumbers(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Driving out to Birch Hollow Rd for a home visit — our hospice patient there needs a new morphine pump", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "the 2200-block Poplar Ave neighbor who lost her CPAP in the flood: we have a loaner for you", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Walk with us from the clinic to Main St for the heart walk Saturday!", want: post.VerdictPass},
		{text: "The 300 block of Poplar Ave is closed for the parade, use the back lot.", want: post.VerdictPass},
	})
}

// TestNumbersSomeoneWears: a race bib, a jersey or a locker number beside
// a health detail tells everyone at the race, the game or the gym whose
// care it is (PRIV-14, Safe Harbor (R)), with or without "#"; a room with
// a letter ("Room 12B") heading a post that points at one person and then
// tells their injury does too. Numbers with no one's care stay fine.
func TestNumbersSomeoneWears(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "to bib #2207 from Saturday's half marathon: your stress fracture films are back, call us", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Jersey 14 from the Eagles JV game, hope that concussion headache is easing up 🏈", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "casillero 9 del gimnasio: dejaste tu insulina en la banca", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Room 4C at Mercy West — that's our favorite lady from the quilting club. Hip replacement went great!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Jersey #22 scored the winning goal tonight! 🏈", want: post.VerdictPass},
		{text: "Lockers 1-40 are being repainted this week, sorry for the mess.", want: post.VerdictPass},
		{text: "Race bib pickup is Friday at our booth, see you there!", want: post.VerdictPass},
	})
}

// TestUnitsAndPlates: a home's unit in a park or a building ("Lot 17",
// "Space 22", "Apt 3B") pointing at someone's care, and a vehicle's plates
// written in the plural, identify (PRIV-07, PRIV-08).
func TestUnitsAndPlates(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Lot 31 at Pine Shadows: the home nurse comes Thursday for your leg ulcer dressing", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "space 22 at the Palms RV park, your oxygen concentrator is ready for pickup", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "the Tacoma with Idaho plates 2K 88123 — your CPAP is fixed, come grab it", want: post.VerdictBlock, rule: "PRIV-08"},
		{text: "Lot 2 is closed Saturday for repaving, park on the street for your appointment.", want: post.VerdictPass},
		{text: "Suite 310, your flu shot clinic is this Saturday!", want: post.VerdictPass},
	})
}

// TestNoticeHeadedByZIP: a ZIP code heading a notice about one person's
// medicine ("19120, Monday: the lady in the red coat left her nitro tabs")
// is a locator beside their care (PRIV-07).
func TestNoticeHeadedByZIP(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "19120, Monday: the lady in the red coat left her nitro tabs at check-in", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "19120, Monday: the food drive is at the church, bring cans!", want: post.VerdictPass},
	})
}
