package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 17):
// patient disclosures dressed in the shapes the new rules let through,
// clean posts in the shapes the new rules stop, and long texts of the new
// rules' shapes. Our own wording. Rules alone (PRIV-16 disabled).

// TestFDAStatusOfItsOwnSubject: an FDA status after a be-verb is its
// subject's, so a supplement named earlier in the sentence, in another
// clause ("Skip the elderberry: Tamiflu is FDA-approved") or before a
// subject of its own ("ramelteon, which is"), does not make it false; a
// myth told to be busted is MIS-01's. A practice word as the object of a
// place ("the laser at our office is FDA-cleared") or a supplier ("from an
// FDA-registered facility") is no practice called FDA-approved; a
// pharmacy's standards "the same as USP" are no drug called a brand.
// Each stays CLAIM-05's warning (review).
func TestFDAStatusOfItsOwnSubject(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Melatonin isn't for everyone — ask us about ramelteon, which is FDA-approved for insomnia.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Skip the elderberry syrup: Tamiflu and Xofluza are FDA-approved to treat the flu.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Vitamin D deficiency is common in winter; prescription ergocalciferol is FDA-approved to treat it.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "We sell melatonin, but only Rozerem is FDA-approved for insomnia.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Myth: elderberry is FDA-approved to prevent the flu. Fact: it is not, and no supplement is.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "The laser we use at our Elm Street office is FDA-cleared for hair removal.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Every device in our office is FDA-cleared.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Our semaglutide comes from an FDA-registered facility and is prescribed only after a visit.", want: post.VerdictReview, rule: "CLAIM-05"},
		{text: "Our compounding pharmacy meets the same sterility standards as USP 797 requires.", want: post.VerdictPass},
		{text: "Need a dye-free version? Our compounding pharmacy can make one with the same dose as the brand your doctor prescribed.", want: post.VerdictPass},

		// Near misses: the product or the practice is the status's subject.
		{text: "Our elderberry syrup, made in house, is FDA-approved for kids!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Elderberry gummies – approved by the FDA for flu season!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our sea moss gel, FDA approved, now at the front desk.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "We're an FDA approved clinic!", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "We are certified by the FDA to offer weight loss shots.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our team at the clinic is FDA certified.", want: post.VerdictBlock, rule: "CLAIM-05"},
		{text: "Our compounded semaglutide is made the same way as Ozempic.", want: post.VerdictBlock, rule: "CLAIM-05"},
	})
}

// TestNeighbourThankedWithOwnCare: a titled neighbour thanked in a post
// that tells their own procedure ("her first mammogram with us") or a life
// saved ("the ER team that saved him") tells care, so the street and the
// month beside them are a patient's (PRIV-07, PRIV-05 block), as before
// places17.go; the procedure words the health lexicon leaves out as a
// service offered, and the rescue, are read there too.
func TestNeighbourThankedWithOwnCare(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Mr. Ray Cole from Birch Lane brought donuts for the whole ER team that saved him in August.", want: post.VerdictBlock, rule: "PRIV-07"},
		{text: "Kudos to Mrs. Nguyen of Bolsa Ave for 10 years of volunteering — and for getting her first mammogram with us this June!", want: post.VerdictBlock, rule: "PRIV-07"},
		// Near misses: the neighbour's deeds alone.
		{text: "Mr. Ray Cole from Birch Lane brought donuts for the whole ER team in August.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Kudos to Mrs. Nguyen of Bolsa Ave for 10 years of volunteering this June!", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestKinTitleWordsInPlaceNames: the kin and respect titles of other
// languages are names and everyday words too; before a shop's, a place's
// or a feast's name ("Gashe Restaurant", "Kaka Pizza", "Masi Fest",
// "Sardar Patel Park", "our Didi Ayurvedic booth") they make no one a
// person. Before a person's name they still do.
func TestKinTitleWordsInPlaceNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Gashe Restaurant hosts our diabetes talk Tuesday.", want: post.VerdictPass},
		{text: "Happy Diwali! Our Didi Ayurvedic booth is closed; flu shots inside.", want: post.VerdictPass},
		{text: "Come to the Masi Fest on Saturday: free blood pressure checks at our tent!", want: post.VerdictPass},
		{text: "Kaka Pizza on 5th Ave gave our nurses free lunch after the vaccine drive.", want: post.VerdictPass},
		{text: "Sardar Patel Park hosts our health fair on Sunday.", want: post.VerdictPass},
		{text: "Popo Agie Clinic in Lander is now open on Saturdays.", want: post.VerdictPass},
		// Near misses: a person after the title.
		{text: "Gashe Alemu finished his chemo here on Tuesday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Masi Gurpreet from the Sikh temple had her knee replaced here Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Xalê Kawa from Dearborn finished his chemo here Tuesday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our didi Simran is home after her surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestYesYouCallsEveryReader: "Yes, YOU" points at one patient only with
// one person described after it ("Yes, YOU, the man in the green vest");
// a call to whoever reads ("Yes, YOU, the person reading this: book your
// mammogram") or to all ("Yes, YOU! Flu shots are for people of every
// age") points at no one (PROF-03).
func TestYesYouCallsEveryReader(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Yes, YOU, the person reading this: book your mammogram today.", want: post.VerdictPass},
		{text: "Yes, YOU! Flu shots are for people of every age. Walk in today.", want: post.VerdictPass},
		// Near misses: one person described.
		{text: "Yes, YOU, the guy in the Raiders jersey who yelled at our front desk.", want: post.VerdictBlock, rule: "PROF-03"},
		{text: "Some folks cannot wait their turn. Yes, YOU, the man in the green vest who cut the line this morning.", want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestReplyCareForEveryKind: a reply naming care for every adult, every
// patient or all kids ("The Tdap is recommended for every adult every 10
// years") names it for all, as "anyone" does, not the reader's (REV-01
// blocks no more; the reply still warns); the reader's own ("the Tdap you
// got", "your arm") still blocks.
func TestReplyCareForEveryKind(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The Tdap is recommended for every adult every 10 years; call us to book!", review: "Clean office and friendly staff.", want: post.VerdictReview, rule: "REV-01"},
		// Near misses: the reader's shot.
		{text: "The Tdap you got is good for every 10 years.", review: "Shot hurt", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Hope your Tdap arm feels better!", review: "Shot hurt", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestStaffNameIntroducedFrom: a name the staff list holds (or a short
// form of one: "Jo" for Jolene) opening a post and introduced by where its
// person is from ("Sarah from the Acre neighborhood finished her chemo
// here") is a patient sharing the name, or the staff member with their
// own news: either way the health told next is theirs (PRIV-10 block),
// where the patient-story cue had handed it to no rule at all (review).
// A staff member from a team who gives care, or brings cupcakes, keeps
// their verdict.
func TestStaffNameIntroducedFrom(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sarah from the Acre neighborhood finished her chemo here on Tuesday! Ring that bell!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah from the Acre neighborhood had her gallbladder out here Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah from our front desk is home after her surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: care given, or no health.
		{text: "Sarah from our nursing team helped a patient recovering from knee surgery walk again.", want: post.VerdictPass},
		{text: "Kevin from billing brought cupcakes for everyone today!", want: post.VerdictPass},
	})
}

// TestStaffShortFormIntroducedFrom: t17clean's short forms ("Jo" for
// Jolene, "Terri" for Teresa, "Yulia" for Yuliya) made patients of those
// names staff, and a patient's story told of a staff name reached no rule.
// Introduced by where they are from, with a verb of their own and health
// or a birth after it, they block (PRIV-10), as before session 17.
func TestStaffShortFormIntroducedFrom(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Jolene Harkey, MA", "Teresa Gomez", "Yuliya Bondar, NP")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Jo from the Acre neighborhood finished chemo here. Ring that bell!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Yulia from our Ukrainian moms group delivered a baby boy here!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Terri from the laundromat came in for her mammogram today.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Near misses: a staff member's work.
		{text: "Congrats Jo! Our MA is running the Boston Marathon for the cancer center.", want: post.VerdictPass},
		{text: "Kevin from our front desk is running the 5K for the cancer center!", want: post.VerdictPass},
		{text: "Sarah from our nursing team will talk about diabetes on Tuesday.", want: post.VerdictPass},
		{text: "Dr. Patel from our Elm St office now offers mammograms.", want: post.VerdictPass},
	})
}

// TestDeniedGuaranteeTurnedRound: a guarantee denied with its subject
// between ("No doctor can guarantee a result", "Results not typical or
// guaranteed") is a promise again when the post turns it round ("but we
// can", "... except at Maple"), and "gone, promise" said of a thing is
// one again with the reader's thing after it ("and so is your toenail
// fungus"): CLAIM-01 blocks, as before session 17. The denials alone, and
// a thing gone alone, still pass.
func TestDeniedGuaranteeTurnedRound(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "No doctor can guarantee a result, but we can: your back pain gone in one visit.", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "Results not typical or guaranteed... except at Maple, where every patient loses 30 lbs!", want: post.VerdictBlock, rule: "CLAIM-01"},
		{text: "The smell is gone, promise — and so is your toenail fungus after one laser session!", want: post.VerdictBlock, rule: "CLAIM-01"},
		// Near misses: denied, or a thing gone, and nothing turned round.
		{text: "No results guaranteed. Every body is different, but we'll make a plan together.", want: post.VerdictPass},
		{text: "No doctor can guarantee a result, but our team will be with you every step.", want: post.VerdictPass},
		{text: "Results not typical or guaranteed. Individual results vary.", want: post.VerdictPass},
		{text: "The old carpet is gone, promise — come see your new waiting room!", want: post.VerdictPass},
	})
}

// TestEarlyAntibioticSaidFutile: an antibiotic raced against a cold and
// said a few words on to do nothing ("won't help", "are useless") tells
// the myth to deny it: MIS-01 does not block it as advice. Stated as
// advice it still blocks.
func TestEarlyAntibioticSaidFutile(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Antibiotics at the first sign of a cold won't help: colds are viruses.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Antibiotics at the first sign of a cold are useless: colds are viruses.", want: post.VerdictPass},
		// Near misses: the advice itself.
		{text: "Start antibiotics at the first sign of a cold so it doesn't turn into something worse.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Antibiotics work best if you start them in the first 48 hours of a cold. Don't wait.", want: post.VerdictBlock, rule: "MIS-01"},
	})
}

// TestAttack17Linear: the new looks of session 17 and of these fixes stay
// a few tokens around each hit, also when the whole text is one sentence
// or many short ones.
func TestAttack17Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Elderberry syrup is FDA-approved for kids, ",
		"our elderberry syrup, made in house, and Tamiflu is FDA approved, ",
		"the laser at our office is FDA-cleared and we are FDA certified, ",
		"compounded semaglutide is the same as Ozempic, ",
		"Xalê Kawa, Abaayo Faadumo, our beloved Hodan, Gashe Restaurant, ",
		"Thanks Mr. Otis on Elm Street for her first mammogram in June. ",
		"the ER team that saved him on Elm Street, ",
		"Yes, YOU, the person reading this, ",
		"The Tdap is recommended for every adult, ",
		"Sarah from billing is here. We treat asthma and diabetes and COPD and gout. ",
		"No doctor can guarantee a result, but ",
		"The smell is gone, promise, and so is ",
		"antibiotics at the first sign of a cold won't ",
	} {
		requireLinearText(t, c, unit)
	}
}

// TestNeighbourWishedWell: a titled neighbour thanked in a post that sees
// them at their follow-up or is glad they feel better tells they were in
// care, so the street and the month beside them block (PRIV-07, PRIV-05)
// as before places17.go; a wish or a word of feeling said of anyone else
// does not.
func TestNeighbourWishedWell(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Happy 85th to Mr. Walt Brody on Route 9 — see you at your follow-up in June!", want: post.VerdictBlock, rule: "PRIV-05"},
		{text: "Thanks Mrs. Kowalski from Dover for the pickles in July! Glad you're feeling better.", want: post.VerdictBlock, rule: "PRIV-05"},
		// Near misses.
		{text: "Happy 85th to Mr. Walt Brody on Route 9 — see you at the parade in June!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks Mr. Otis on Elm St for the soup in June, it made the whole staff feel better!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks Mrs. Kowalski from Dover for the pickles in July! They went well with the burgers.", want: post.VerdictReview, rule: "PRIV-10"},
	})
}

// TestBelovedPlaceGreeted: a word no list holds after "our beloved" or
// "to our beloved", ended by a comma or a colon, is a person only when the
// post goes on about them ("she's recovering"); a neighbourhood the
// practice thanks or greets ("Our beloved Kalihi, thank you for 20
// years!") is no one (PRIV-10 blocked it with the flu shots beside).
func TestBelovedPlaceGreeted(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Our beloved Kalihi, thank you for 20 years! Free flu shots Saturday.", want: post.VerdictPass},
		{text: "To our beloved Waipahu: we're open late Thursdays for checkups.", want: post.VerdictPass},
		// Near misses: a person the post goes on about.
		{text: "Everyone at the center knows our beloved Xatuun — she's recovering and will be home soon.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our beloved Xatuun! We miss her so much since her stroke.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}
