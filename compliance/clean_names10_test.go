package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner C's false-alarm work on names (issue 11, clean posts):
// each case is our own wording of a kind of text the staff post for fun,
// with the neighbours that must still be caught.

// TestRankedListOfThings: the items of a ranked list of shops, dishes,
// songs or parks are no one; a ranked list of people, or an item that
// tells a person's health, still is.
func TestRankedListOfThings(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our top 3 taco trucks near the clinic: 1) El Güero 2) Tacos Nena 3) Don Chuy", want: post.VerdictPass},
		{text: "Staff favorite road-trip songs, ranked by the billing team: 1. 'Jolene' 2. 'Sweet Caroline' 3. 'Layla'", want: post.VerdictPass},
		{text: "top 5 hikes near town according to our PT crew 🥾 1. Hanging Lake 2. Maroon Bells 3. Mount Sanitas 4. Royal Arch 5. the one with the waterfall", want: post.VerdictPass},
		{text: "Ranking the best pho spots in town, front desk edition: 1) Pho Hoa 2) Saigon Noodle 3) Pho Linh", want: post.VerdictPass},
		{text: "Official ranking of lunch spots for after your appointment: 1. Rosie Jean's Diner 2. Marco Polo 3. the vending machine (no)", want: post.VerdictPass},
		// A list of people, or an item that tells more than a name.
		{text: "Top 3 patients of the month: 1) Maria Lopez 2) Ana Ruiz 3) Tomas Diaz", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Our favorite nurses this year: 1) Keisha Brown 2) Tamika Jones", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Top 3 moments of 2026: 1) Maria Lopez ringing the chemo bell 2) the new lobby 3) our 10th birthday", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our favorite comebacks this year: 1) Darnell Brooks after his knee replacement 2) the Wi-Fi", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Top 3 snacks in the break room: 1) Maria Lopez's tamales 2) Tamika's cookies. Get well soon Maria, we hear the surgery went fine!", want: post.VerdictBlock, rule: "PRIV-10"},
		// One numbered line is no list.
		{text: "Step 1) Darnell Brooks", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestPlaceByLandform: a name closed by a landform or an event word is a
// place or an event; a first name before a surname that is also one is
// a person.
func TestPlaceByLandform(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Roads over Wolf Creek Pass are a mess tonight. Clinic opens at 10.", want: post.VerdictPass},
		{text: "Greetings from Salt Lake! Our MA is at a conference all week.", want: post.VerdictPass},
		{text: "Our PT team ran the Pikes Peak Marathon and everyone is sore 😅", want: post.VerdictPass},
		{text: "staff picnic at Bear Creek Falls this sunday, bring a chair 🧺", want: post.VerdictPass},
		{text: "Come find our booth at the Kyle Summer Wacipi!", want: post.VerdictPass},
		// People whose surname is a landform.
		{text: "Brandon Lake had his knee scoped today, he's doing great", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon Ricki Lake, we hear the surgery went well", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Daniel Brook for the donuts!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestDoctorByTitleWithoutHealth: a doctor named by title (not on the
// staff list) with nothing about anyone's health is a colleague, a mentor
// or a new hire; the same doctor with a health detail or a patient cue is
// a patient's story.
func TestDoctorByTitleWithoutHealth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Throwback to 1985: Dr. Whitfield cutting the ribbon on our very first office 📸", want: post.VerdictPass},
		{text: "Sunscreen tips from Dr. Moreno on our stories today ☀️", want: post.VerdictPass},
		{text: "dr. kowalski says the coffee machine is broken again lol", want: post.VerdictPass},
		{text: "Costume contest winner: Doc Ramírez as a giant taco 🌮", want: post.VerdictPass},
		{text: "Dra. Saldívar habla español y ahora atiende los viernes en Alamo.", want: post.VerdictPass},
		// Health or a patient cue makes the doctor the patient.
		{text: "Dr. Whitfield is recovering from knee surgery, send good vibes", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon Dr. Moreno! Hope the gallbladder surgery went smoothly", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Roy is in the hospital this week, please pray for him", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Whitfield came in as a patient yesterday", want: post.VerdictBlock, rule: "PRIV-10"},
		// A doctor of another practice, or a candidate, has not agreed to
		// be named by this one.
		{text: "Welcome to the neighborhood, Dr. Okoro and the team at Lakeside Pediatrics! 🎈", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Dr. Hale just opened a vet clinic next door. Welcome, neighbor!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Proud to endorse Dr. Lin for city council this fall 🗳️", want: post.VerdictReview},
	})
}

// TestKinCompoundAndPrayForUs: "dad jokes" is a kind of joke and "pray for
// us" the writers' own plea; a staff member's dad with a health detail
// and a prayer for a named person are still someone's health.
func TestKinCompoundAndPrayForUs(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin's dad jokes got zero laughs at the staff party. Zero.", want: post.VerdictPass},
		{text: "press 5 for Kevin's dad jokes (not really) 📞", want: post.VerdictPass},
		{text: "The printer jammed again and Dr. Greene is 'fixing' it. Pray for us 🙏", want: post.VerdictPass},
		{text: "Kevin's dad had his knee replaced today, send him good vibes", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Please pray for Kevin's mom, she's in the ICU", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pray for us and for Marisol, who starts chemo Monday", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestIntroducedStaffByNickname: a new team member welcomed by a full
// name and then called by a short form or a nickname is the same person;
// a relative or someone else named beside them is not.
func TestIntroducedStaffByNickname(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Welcome to the team, Joselito Ramos, RN! Joey comes to our ER from Manila by way of Tampa.", want: post.VerdictPass},
		{text: "Welcome aboard, Guadalupe Soto, CNA! Lupe joins our night clinic from Pueblo 🌙", want: post.VerdictPass},
		{text: "welcome aboard Tiva Leilua, RN 🌺 Tiva already knows where the good poke is", want: post.VerdictPass},
		{text: "Welcome to the team, Joselito Ramos, RN! Joey's mom just finished chemo with us.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome aboard, Tiva Leilua, RN! Her cousin Sione broke his arm last week and we set it.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestGreetingDateAndPeopleNotNames: a greeting that makes up its
// sentence, a weekday and month before a day, and a people's name before
// its history are no one; the same words doing what a person does are.
func TestGreetingDateAndPeopleNotNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our new dentist grew up in Brownsville and came home to practice. Bienvenido 🦷", want: post.VerdictPass},
		{text: "Closed Thu Dec 24 and Fri Dec 25. Happy holidays from all of us!", want: post.VerdictPass},
		{text: "flu shot clinic sat Nov 8, 9 to 1, walk right in", want: post.VerdictPass},
		{text: "New shelf of Lakota history books in the waiting room 📚", want: post.VerdictPass},
		{text: "Bienvenido had his gallbladder out today, doing great", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats Lakota on her new baby girl!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestStaffNicknameWithCourtesyTitle: "Miss Dee" is how the South greets
// Dolores on the staff list; her own health news still blocks.
func TestStaffNicknameWithCourtesyTitle(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Dolores Strickland, MHA")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Miss Dee's peppermints are back at the front desk 🍬", want: post.VerdictPass},
		{text: "Officially ranked #1 biscuit in the county: Miss Dee's sausage biscuit", want: post.VerdictPass},
		{text: "Miss Dee is home recovering from her hip surgery, send her some love", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Miss Deb's peppermints are back at the front desk 🍬", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestStormFirmAndSiteNames: a hurricane told as one, a firm by its
// suffix or its street, and a site of the practice are no one; the same
// names with a person's health are.
func TestStormFirmAndSiteNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Every October we remember Sandy. Our shore office sat under 3 feet of water.", want: post.VerdictPass},
		{text: "Since Hurricane Maria our clinic keeps a generator on the roof ⚡", want: post.VerdictPass},
		{text: "Katrina flooded our first clinic. We rebuilt two blocks from the levee.", want: post.VerdictPass},
		{text: "#ad We partnered with Esperanza Inc. to bring bilingual cooking classes to the west side.", want: post.VerdictPass},
		{text: "Best tamales in town? Staff vote says Lupita's on Main 🫔", want: post.VerdictPass},
		{text: "Lunch today is from Rosa's Kitchen, thank you!! 🌮", want: post.VerdictPass},
		{text: "Our Belmar team will be at the farmers market Saturday with free water bottles", want: post.VerdictPass},
		// People.
		{text: "Thanks to Michael for mopping up after the storm last night!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Since the flood, Maria has needed dialysis three times a week", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "After Sandy, Irene lost her insulin when the power went out for a week", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosa's on the mend after her gallbladder surgery 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rosa's in Tulsa now, recovering from her stroke", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestRespectTitleAfterName: a lower-case title of respect after a name
// ("Nilesh bhai", "Asha ji") makes the word before it a person's name,
// listed or not; after a staff name it is staff.
func TestRespectTitleAfterName(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Jyoti Patel, RN, CDCES")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Jyoti ben's Sunday recipe card is at the front desk 🌿", want: post.VerdictPass},
		{text: "#ad ShopRite's dietitians are joining Jyoti ben's sugar class this month 🛒", want: post.VerdictPass},
		{text: "Parabéns to our Nilesh bhai 🙏 A1c went from 9.8 to 6.9 in six months!!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon Asha ji, we're all praying for your recovery after the bypass", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you Ramesh bhai for the mangoes! 🥭", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestListPointersRacesAndGroups: "see #1" points back at a list item;
// "came in last" in a race and "everyone who came in" tell no one's
// visit; "patient appreciation day" is an event; "Guten Morgen" greets;
// a heritage month's hashtag honors the figure the post names.
func TestListPointersRacesAndGroups(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Winter survival tips from the front desk: 1) wool socks 2) more wool socks 3) see #1", want: post.VerdictPass},
		{text: "Our office manager ran the turkey trot and came in last. On purpose. Allegedly 🦃", want: post.VerdictPass},
		{text: "To every rancher who came in this year during calving season: we know what that morning cost you 🐄", want: post.VerdictPass},
		{text: "Patient appreciation day is Friday: coffee and pan dulce in every lobby ☕", want: post.VerdictPass},
		{text: "Guten Morgen, Fredericksburg! Flu shots all week, no appointment needed.", want: post.VerdictPass},
		{text: "Celebrating Dolores Huerta, who co-founded the farmworkers' union 🌾 #HispanicHeritageMonth", want: post.VerdictPass},
		{text: "Our hold music? It's all Dolly Parton 🎶 (playlist by the front desk)", want: post.VerdictPass},
		// Still ranks, still tells a visit, still names a patient.
		{text: "We're #1 in Ohio for knee replacements!", want: post.VerdictReview, rule: "CLAIM-02"},
		{text: "A patient came in last night with a broken wrist.", want: post.VerdictReview, rule: "PRIV-11"},
		{text: "Marisol came in last week with chest pain and we sent her to the ER", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy #HispanicHeritageMonth from Maria Lopez, who beat breast cancer this year!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestSlangEventDatesAndAskedPromises: "crazy" or "dumb" said of a time,
// a thing or denied, a date of a public event, a promise asked and
// answered no, a language after "in", a fish named like a person and a
// firm named again are no one's stigma, date, guarantee, town or name.
func TestSlangEventDatesAndAskedPromises(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Book your back-to-school physicals now, before August gets crazy 🎒", want: post.VerdictPass},
		{text: "Parents: there's no dumb question about vaccines. Bring your list!", want: post.VerdictPass},
		{text: "It's been a crazy busy flu season, thank you for your patience 🙏", want: post.VerdictPass},
		{text: "Late fees waived for anyone who missed an appointment during the Jan 9 ice storm. Call us to rebook ❄️", want: post.VerdictPass},
		{text: "Painless shots? Not quite, but we use numbing spray and go at your pace.", want: post.VerdictPass},
		{text: "New diabetes flyers at the front desk, all in Plautdietsch and Spanish.", want: post.VerdictPass},
		{text: "Meet Taco, the new goldfish named by the kids' waiting room vote 🐟", want: post.VerdictPass},
		{text: "#ad Thanks to Esperanza Inc. for the heart-health classes. Esperanza runs them every Tuesday.", want: post.VerdictPass},
		// The same words about people, a patient's date, a promise made.
		{text: "Some patients are crazy, honestly 🙄", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Mental health matters. Nobody who struggles is crazy or dumb.", want: post.VerdictReview, rule: "PROF-02"},
		{text: "Book now! Painless shots, guaranteed.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Painless shots? Absolutely, every time.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Our patient Maria missed her Jan 9 chemo appointment, so we drove to her house.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A patient came in yesterday from Plainview with chest pain.", want: post.VerdictBlock, rule: "PRIV-07"},
	})
}

// TestPricesOfNoCare: help that is no care offered at no charge, and a
// partner's discount on goods named earlier in the sentence, price no
// care; the same words next to care still do.
func TestPricesOfNoCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Open enrollment runs through Jan 15. Our navigators can help you compare plans, no charge for the help.", want: post.VerdictPass},
		{text: "#ad Paid partnership with @trailmugs: our staff got new bottles and they're giving our followers 15% off with code CLINIC15", want: post.VerdictPass},
		{text: "No charge for help managing your diabetes this month!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "#ad Our staff love their new bottles, and you get 15% off your first facial with code GLOW15", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}
