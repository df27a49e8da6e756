package compliance

import (
	"context"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 18):
// patient disclosures dressed in the shapes the new rules let through,
// clean posts in the shapes the new rules stop, and long texts of the new
// rules' shapes. Our own wording. Rules alone (PRIV-16 disabled).

// TestPlaceNamesThatArePeople18: placenames17.go reads a name after a
// verb of travel and "from"/"to" as a town, a name owning a hospital's
// unit as a hospital, and a name before "flu drive" or "shot day" as an
// event's place. A name the post marks as a person is none of these: one
// with a title ("drives out to Mrs. Ortega"), one a relative clause
// follows ("Moving over to Maria, who ..."), one whose own care the next
// words tell ("after her hip surgery"), the subject of a new clause after
// a comma ("Driving in from Dayton, Maria came ..."), a name opening a
// post with its own day ("Mateo shot day"). Each still blocks; the
// places of placenames17_test.go still pass.
func TestPlaceNamesThatArePeople18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Travel: a title, a relative clause, own care, a new clause.
		{text: "Our home health nurse drives out to Mrs. Ortega every Tuesday for her wound care.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A thank-you card came in from Mrs. Whitfield after her hip surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "We drove up to Grandma Rosa after her hip surgery to bring soup.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Moving over to Maria, who just finished her chemo: we're so proud!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Flowers came all the way from Rosa after her mastectomy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Driving in from Dayton, Maria came for her colonoscopy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coming all the way from Beulah, Rosa got her stent placed Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Flying back to Bethel, Maria finished her chemo today.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Driving from Dayton, Marion and Jose got their colonoscopies done.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Flying in from Bethel and Nome, Mary and Joe had their knee surgeries here.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A hospital's unit owned by someone whose care is told.
		{text: "We brought soup to Rosa's new unit after her hip surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dropped flowers at Rosa's rehab unit after her fall 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Ortega's cardiac unit nurses say he's doing great after his bypass.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A person's own shot day, no event named by a place.
		{text: "Mateo shot day 💉 brave boy got all his kindergarten shots!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Jose vaccine day! He got all his school shots with Dr. Greene.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "It's Maria screening day: her first mammogram!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grandma Rosa flu shot day!! She finally did it 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big Ava blood drive day: she donated for the first time after beating leukemia!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: places still, in the same shapes.
		{text: "Driving in from Dayton, Xenia or Troy for your colonoscopy? Leave early, the roads are icy.", want: post.VerdictPass},
		{text: "Flying in from Bethel, Nome or Kotzebue this winter for an appointment? Call us first.", want: post.VerdictPass},
		{text: "Patients heading home to Marion after chemo can catch the 4pm shuttle.", want: post.VerdictPass},
		{text: "Mercy's north tower is closed for repairs, so stress tests move to our main office.", want: post.VerdictPass},
		{text: "Join us at the Oceana flu drive on Saturday, shots for everyone 6 months and up.", want: post.VerdictPass},
		{text: "She drove to Xenia and Marion to see her oncologist.", want: post.VerdictPass},
	})
}

// TestPlaceNamesThatArePeopleLinear18: the looks after a name for a
// relative clause, its own care and the end of a list of towns are
// bounded, so long texts of the shapes grow linearly.
func TestPlaceNamesThatArePeopleLinear18(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Driving in from Dayton, Xenia, Maria and Rosa came for her colonoscopy, ")
	requireLinearText(t, c, "Rosa's rehab unit after her fall and Sinai's north tower, ")
	requireLinearText(t, c, "at our Oceana flu drive day who his hip surgery, ")
}

// TestMirroredFactWithAMythBeside18: mythmirror17.go drops the warning
// on a sentence that states the antibiotic fact or the flu vaccine fact.
// A sentence that turns from the fact to another claim ("but it can give
// you autism", "but it does change your DNA") or puts a remedy in the
// drug's place ("so take garlic to cure your cold", "use colloidal silver
// instead") tells a myth beside the fact: a doctor checks it (review), as
// before. The fact alone still passes.
func TestMirroredFactWithAMythBeside18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The flu vaccine can't give you the flu, but it can give you autism.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "The flu shot can't give you the flu, but it weakens your immune system for a month.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "The COVID vaccine can't give you COVID, though it does change your DNA.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Colds are viral, so antibiotics won't help, but colloidal silver will.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics only work on bacteria, so for viruses use colloidal silver instead.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics kill bacteria, not viruses, so take garlic to cure your cold.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics treat bacteria, not viruses; oregano oil is what knocks out a cold.", want: post.VerdictReview, rule: "MIS-01"},

		// The myth in the next sentence: something else said to cause
		// an illness, a cold said to be bacterial.
		{text: "Flu shots cannot cause the flu. They do cause miscarriages, though.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "The flu vaccine can't give you the flu. It gives you Guillain-Barre, so skip it if you're over 65.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics kill bacteria, not viruses. Colds are caused by bacteria after day three.", want: post.VerdictReview, rule: "MIS-01"},

		// Near misses: the fact alone, in the practice's voice.
		{text: "Colds are caused by viruses, so antibiotics won't help. Rest up.", want: post.VerdictPass},
		{text: "Antibiotics work on bacteria, not viruses, so rest and fluids are the way through a cold.", want: post.VerdictPass},
		{text: "The flu vaccine can't give you the flu. A sore arm for a day is normal.", want: post.VerdictPass},
		{text: "Colds are viral, so antibiotics won't help. Call us if a fever lasts past 3 days.", want: post.VerdictPass},
	})
}

// TestSpanOfDaysIsNoAccount18: the short account groups of session 18
// ("acct 07-51123") let two small numbers after an Rx or claim label
// read as an account (PRIV-08 block). Two groups of at most three digits
// before a unit ("30-90 day supply", "10-14 days") are a span; a short
// account told with care still blocks.
func TestSpanOfDaysIsNoAccount18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Rx 30-90 day supply options are available at our pharmacy.", want: post.VerdictPass},
		{text: "Rx 5-10 mg doses of melatonin are sold over the counter; ask our pharmacist first.", want: post.VerdictPass},

		// Near misses: a short account with care.
		{text: "Acct 07-51123: the charge for your knee MRI was corrected.", want: post.VerdictBlock, rule: "PRIV-08"},
		{text: "Rx 30-9041: your refill of metformin is ready for pickup.", want: post.VerdictBlock, rule: "PRIV-08"},
	})
}

// TestStaffNewsThatIsNoHealthEvent18: staffevent18.go reads a bell rung
// in a post that names a treatment as a staff member's last chemo, a
// time span before "clean" as their sobriety, and "finished his last
// radiation" as their course. A bell rung to open a chemo suite or at a
// fundraiser, "clean audits", and a radiation safety course are work
// news (pass); the bell told with a course ended, sobriety told of the
// name, and a last round of chemo still block.
func TestStaffNewsThatIsNoHealthEvent18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin rang the bell to open our new chemo infusion suite!", want: post.VerdictPass},
		{text: "Dr. Greene rang the bell at the stock exchange for our cancer center's fundraiser.", want: post.VerdictPass},
		{text: "10 years clean audits in a row, thanks to our practice manager Kevin 🎉", want: post.VerdictPass},
		{text: "Kevin finished his last radiation safety course this week.", want: post.VerdictPass},

		// Near misses: the staff member's own course and sobriety.
		{text: "Kevin rang the bell today 🔔 Last chemo DONE!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Greene rang the bell at the cancer center this morning!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "3 years sober today for our practice manager Kevin 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin finished his last radiation treatment this week.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestReplyWithLetterThatGrowsWhenLowered18: replyOtherScripts lowered
// the whole reply once and cut it by the text's byte offsets; a letter
// that changes its length when lowered ("İ" is two bytes, "i̇" three;
// the Kelvin sign "K" three, "k" one) moved every sentence after it and
// cut past the end: Check panicked. Each reply is checked, and a get-well
// wish after the letter is still read.
func TestReplyWithLetterThatGrowsWhenLowered18(t *testing.T) {
	c := rulesChecker(t, testProfile())
	for _, d := range []Draft{
		{Text: "Thanks from all of us in İzmir! See you soon:", ReviewText: "Great staff"},
		{Text: "İİİİ: we loved it", ReviewText: "Great staff"},
		{Text: "\u212a\u212a\u212a. Hope you feel better soon!", ReviewText: "Great staff"},
	} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Errorf("Check(%q) panicked: %v", d.Text, e)
				}
			}()
			c.Check(context.Background(), d)
		}()
	}
	checkRuleCases(t, []familyCase{
		{text: "Teşekkürler from İzmir! Hope you feel better soon!", review: "Kind nurses", want: post.VerdictReview, rule: "REV-01"},
	})
}

// TestAttack18Linear: the looks this file's fixes added are bounded (a
// bell's course within bellReach, a fact's sentence read once per
// warning, one pass for a myth beside the fact, a span's unit word), so
// long texts of their shapes grow linearly, in sentences and in one
// sentence with no stop.
func TestAttack18Linear(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Denny Ruiz")
	c, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Kevin rang the bell to open our chemo suite, 10 years clean audits for Denny, ")
	requireLinearText(t, c, "Colds are viral, so antibiotics won't help, but garlic cures them and flu shots cause colds. ")
	requireLinearText(t, c, "colds are viral so antibiotics won't help but the flu vaccine can't give you the flu though it gives you Guillain-Barre ")
	requireLinearText(t, c, "Rx 30-90 day supply and acct 07-51123 ")
}

// TestStarsNameWornByANeighbour18: figures17.go added stars whose own
// illness was news to the public figures, and many are common names
// ("Eric Davis", "Jim Kelly", "Michael Douglas", "Luke Perry"): a post
// telling a neighbour's care under such a name became a history lesson
// (PRIV-10 info, pass). Care dated to now or the days around it ("is
// home after", "this week", "last night", "scheduled for Friday", "in
// hospice now", "is recovering") or an age between commas after the name
// is a neighbour's; a star's illness told with its year, or with no time,
// still teaches.
func TestStarsNameWornByANeighbour18(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Eric Davis is home after his bypass surgery. Get well soon!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Jim Kelly started chemo for his jaw cancer at our Buffalo office this week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Michael Douglas, 72, of Elm Street, is recovering from throat cancer surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Luke Perry, 52, had a stroke at the Sunnyside Safeway last night; he's in the ICU.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "John Kruk's testicular cancer surgery is scheduled for Friday at Mercy.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Larry Bird had his back surgery here last Tuesday and is walking already!", want: post.VerdictBlock, rule: "PRIV-10"},

		// Near misses: the star's own story, told to teach.
		{text: "Jim Kelly beat jaw cancer twice. His story reminds us to get checked.", want: post.VerdictPass},
		{text: "Eric Davis beat colon cancer in 1997 and played again the same season.", want: post.VerdictPass},
		{text: "Luke Perry died of a stroke at 52: know the signs, and call 911 fast.", want: post.VerdictPass},
	})
}

// TestSomeOfYouReadOnce18: someOfYouLearn read from every "some of you"
// to its sentence's end, so a long stretch of "some of y'all" with no
// stop took time in the square of its length (16 times the text, over
// 200 times as long). Each word is now read once; the jabs still warn or
// block wherever the "some of you" stands.
func TestSomeOfYouReadOnce18(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "some of y'all Stop it ")
	requireLinearText(t, c, "some of y'all and then complain, ")
	checkRuleCases(t, []familyCase{
		{text: "Some of y'all, and some of you know who you are, need to learn that a 9am appointment means 9am.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some of you are new here and some of y'all treat the lobby like a tailgate.", want: post.VerdictReview, rule: "PROF-03"},
	})
}
