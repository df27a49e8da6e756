package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of the people-and-identifiers tuner's session 11 (issue 11): each
// case is our own wording of a kind of text, in other voices and
// languages, not a labelled set's item. Rules alone (PRIV-16 disabled).

// TestRoleWithAnyModifiers: one person told by a job and the place named
// where they do it is pointed at whatever words say which job ("the
// overnight forklift trainer at Gulf Coast Freight", "the ski school's
// head snowboard instructor at Big Sky"): no list of modifiers can be
// whole, so the capitalised place after "at", "of" or "from" decides.
// Without a health detail it is only noted; care's own jobs and a job at
// no named place are anyone's.
func TestRoleWithAnyModifiers(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The overnight forklift trainer at Gulf Coast Freight just finished cardiac rehab with us 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "welcome back to the grumpy deli manager over at Kowalski's Market, stitches out and looking sharp", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "So proud of the ski school's head snowboard instructor at Big Sky — cleared after her concussion 🏂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the third-shift quality inspector from Tyson Foods tested positive for TB, please get screened", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to the weekend produce supervisor at H-E-B for the fruit trays at our health fair! 🍉", want: post.VerdictPass},
		{text: "The night shift manager at the plant can sign you up for our flu shot day.", want: post.VerdictPass},
		{text: "Ask the school nutrition educator at Lincoln Elementary about our diabetes class.", want: post.VerdictPass},
		{text: "The new billing manager at our Midland office starts Monday!", want: post.VerdictPass},
	})
}

// TestPatientWithWordsBetween: "our COPD patient", "this brave little
// patient", "nuestra paciente diabética" are one patient as surely as "our
// patient" is, so a street or a date beside them is theirs; "our new
// patient forms" and "the average patient" are no one.
func TestPatientWithWordsBetween(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our COPD patient on Birch Hollow Rd needs her oxygen refilled, driver is on the way", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "this brave little patient from Maple Ave got her cast off today 🎉", want: post.VerdictBlock},
		{text: "our sweet hospice patient out on Ridge Road turned 88 today", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Our new patient forms are online now, fill them out before you come in!", want: post.VerdictPass},
		{text: "The average patient waits 12 minutes at our Oak Street office.", want: post.VerdictPass},
	})
}

// TestLabelledIdentifiersWithResults: an identifier the post labels (a
// ZIP code, a birth month and year) given to reach the one a test result
// belongs to identifies them, in any order and wording; a ZIP said of an
// event, a town's cases or anyone who lives there is no one's.
func TestLabelledIdentifiersWithResults(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "zip 60623 - your biopsy came back, we've called twice, pls call us", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Paciente del código postal 78520: su prueba de strep salió positiva, llámenos", want: post.VerdictBlock},
		{text: "ZIP 04240, abnormal mammogram, we need to talk to you this week", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "born 11/1954 and waiting on your colonoscopy results? call the front desk", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "D.O.B. 7-1949, Medicare patient, your INR is high, call us back today", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "zip 78520: free diabetes screenings Saturday at the park!", want: post.VerdictPass},
		{text: "Flu cases in zip 78520 are up this week, get your shot", want: post.VerdictPass},
		{text: "Our flu clinic moved in 03/2021 and is still open every weekday 💉", want: post.VerdictPass},
	})
}

// TestSpelledEmailsAnyWay: an address written out to dodge filters is an
// address however it is spelled: a spelled dot in the name, a host of two
// words, or a big provider with no ending. "Meet us at the park" and "see
// you at Main St." are no mailbox.
func TestSpelledEmailsAnyWay(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "if this is u, rosa dot m at yahoo, your lab results are in 📬", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "we have you as bigtex55 (at) texas mail dot com, is that right?", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "escríbale a lupe punto garza arroba hotmail para la cita", want: post.VerdictBlock, rule: "PRIV-03"},
		{text: "Meet us at the park for the health fair!", want: post.VerdictPass},
		{text: "See you at Main St. Pharmacy for flu shots", want: post.VerdictPass},
	})
}

// TestRoleOfANamedPlace: one person told by the place's name and the job
// it has one of, with words between ("the Halvorsen Trucking night shift
// dispatcher", "the new Ridgeview Academy band captain", "the Aces'
// equipment manager"), or a job of two role nouns ("the lifeguard
// captain"), or a team's helper "we patched up". A place, a thing or a
// clause after the name ("the new PT gym floor is in", "the December rush
// is smarter", "our Sun-evening hours exist") and the practice's own
// chaplain are no one.
func TestRoleOfANamedPlace(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Get well soon to the Gulf Coast Freight night shift dispatcher, who had his appendix out Friday 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the new Ridgeview Academy band captain is finally out of the cast after that wrist fracture 🎺", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sending love to the Las Vegas Aces' equipment manager, who had knee surgery with us. Back on the bench soon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Saint Brendan Parish chaplain got his biopsy back and it's benign, praise be 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The lifeguard captain at the 12th Ave beach needed 6 stitches after Saturday's rescue.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big Tony wiped out at the skatepark and we patched him up, concussion check and all 🛹", want: post.VerdictBlock},
		{text: "The new PT gym floor is IN. Thanks to the crew from Tacoma who worked all weekend 🔨", want: post.VerdictPass},
		{text: "Patience is a virtue, but getting your flu shot before the December rush is smarter 😉", want: post.VerdictPass},
		{text: "That's why our Sun-evening hours exist: no appointment needed for blood pressure checks.", want: post.VerdictPass},
		{text: "Grieving this season? Our chaplain's door is open, no appointment needed.", want: post.VerdictPass},
	})
}

// TestGreetedNameWithResult: a name greeted in any language ("Merhaba
// Elif!", "Mbote Kiese,", "Hafa Adai Tåsi!") and then told their result
// ("your Pap came back normal, no need to call") is that person's result
// even though the sentence also says what to do; a sentence's capitalised
// first word ("Your Pap smear") does not make the test a company's name.
// A greeting to everyone, and advice about a test, name no one's result.
func TestGreetedNameWithResult(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Merhaba Elif! Your Pap test was normal, no need to call us back 😊", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Zdravo Amra, your mammogram came back benign 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hafa Adai Tåsi! Your biopsy came back negative, call us if you have questions", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mbote Kiese! Your strep culture came back negative, back to school tomorrow", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Buenos días a todos! Your Pap test is due every 3 years, call us to book 📞", want: post.VerdictPass},
		{text: "Your Pap smear is quick and saves lives. Book yours this month!", want: post.VerdictPass},
	})
}

// TestStaffChildAndOwnKin: a staff member's child said as "boy" or
// "girl" ("Wade's boy", "Faith's girls") and a relative after "own"
// ("Dr. Raj's own mom") or in a regional or family word ("Tasha's
// grandmama", "Dr. Kim's halmeoni") is that relative, whose health
// blocks; with only family news it is noted.
func TestStaffChildAndOwnKin(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Wade Pruitt, LVN", "Tasha Greene, MA")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Wade's boy took a fastball to the nose Saturday, 2 stitches and a great story 😬", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Lee's own mom came in for her colonoscopy and it was all clear!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tasha's grandmama had her cataract surgery and can read her Bible again 👓", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Wade's girls sold 300 boxes of cookies this year! 🍪", want: post.VerdictPass},
		{text: "Salamat, Tito Boy, for the lumpia at the health fair!", want: post.VerdictReview},
	})
}
