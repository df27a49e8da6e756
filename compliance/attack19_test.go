package compliance

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 19,
// att19): posts a practice would write where a new exception lets a
// patient through, or a new catch stops a clean post. Our own wording.

// TestPublicFrameCaredForNext: a name the sentence frames as public (a
// tribute night, a hall of fame, a town put on the map) is still someone
// the practice cares for when the next sentence ties "him" or "her" to
// care ("Proud to be his cardiologist"): the name keeps its warning. A
// frame with no care after it stays public.
func TestPublicFrameCaredForNext(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Rosa Jimenez tribute night is Friday at the VFW. Her oncology nurses here will all be there.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Coach Dale Hanson was inducted into the hall of fame Friday. Weeks ago he was in our cardiac unit.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Local legend Dan Gable put Waterloo wrestling on the map. Proud to be his cardiologist for 20 years.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Hector Ruiz won a Grammy in 2009. We've been his dentist ever since he was a kid.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Selena tribute concert at the plaza Saturday! Our booth has blood pressure checks all night.", want: post.VerdictPass},
		{text: "Juan Gabriel night at the community center Friday. He sang for all of us growing up.", want: post.VerdictPass},
		{text: "Walter Payton-era fans will remember the 1986 Super Bowl. Dr. Greene still has the jersey in his office.", want: post.VerdictPass},
	})
}

// TestSendoffHelpNotDoor: a reply to an unhappy reviewer that offers a
// referral, blames crowded clinics everywhere, or tells of an option
// ("nobody is forcing you to use the portal, call us instead") sends no
// one away; the door ("plenty of other clinics", "maybe the problem was
// you", "nobody is forcing you to come here") stays REV-03.
func TestSendoffHelpNotDoor(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We're sorry you're not happy with the wait. If you'd like, we can refer you to another doctor closer to home.", review: "Long wait, not happy", want: post.VerdictPass},
		{text: "Sorry you're not happy with how things went. We'd be glad to help you find a provider who is a better fit.", review: "Not a good fit", want: post.VerdictPass},
		{text: "So sorry the wait bothered you. Flu season has every clinic in town slammed, other clinics included, and we are adding staff.", review: "Waited 2 hours", want: post.VerdictPass},
		{text: "Sorry you're not happy with the parking. Many other practices downtown have the same lot problem; we're talking to the city.", review: "Parking is awful", want: post.VerdictPass},
		{text: "Honestly the problem was you all waiting in the cold. The lobby now opens at 7 so nobody waits outside.", review: "Had to wait outside", want: post.VerdictPass},
		{text: "No one is forcing you to use the portal — you can always call us instead.", review: "Portal is confusing", want: post.VerdictPass},
		{text: "Nadie le obliga a usar la aplicación; puede llamarnos cuando quiera.", review: "La aplicación es confusa", want: post.VerdictPass},
		{text: "If you don't like how we run things, there are plenty of other clinics.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Not happy? Then go find a doctor somewhere else.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "The problem is you all, not our staff.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Not happy? We can't help you. Try another clinic, there are plenty of other clinics too.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "If you don't like it, we'd recommend another clinic.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Nobody is forcing you to come here.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "No one's making you use us. Bye.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
	})
}

// TestStaffNotePlaceAtWork: a visit or treatment word that names a place
// or a post at work ("the lab appointment desk", "PT school", "the rehab
// center where he volunteers") is no staff member's own care; their own
// appointment or therapy still is.
func TestStaffNotePlaceAtWork(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Kevin Tran is at the lab appointment desk until noon, then front desk.", want: post.VerdictPass},
		{text: "Sarah Lopez is headed to the cardiology appointment line to help with check-ins.", want: post.VerdictPass},
		{text: "Dr. Patel is back from PT school graduation! So proud of her student.", want: post.VerdictPass},
		{text: "Kevin's back from the rehab center where he volunteers Saturdays.", want: post.VerdictPass},
		{text: "Sarah's at the infusion floor all day training new hires.", want: post.VerdictPass},
		{text: "Kevin's at his own infusion appt, back by noon.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah's back from PT and her knee is finally cooperating.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin is back from rehab after his fall, go say hi!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah Lopez is at her dentist appointment, back at 2.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestAttack19Linear: the loops this session added (other clinics and
// displeasure, the fault on the reviewer, "nobody is forcing you",
// public frames, staff scheduling notes, the next sentence's care) grow
// linearly with the text, in a post and in a reply.
func TestAttack19Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Juan Gabriel tribute night, ",
		"Dan Gable put Waterloo wrestling on the map and won a Super Bowl, ",
		"singing 'Amor eterno' to a 1964 Gibson ",
		"Kevin's at his own infusion appt at the lab appointment desk, ",
		"Sarah ran the half 8 weeks after knee surgery and is back from PT school ",
		"Rosa Jimenez night. ",
		"Dr. JP is back from rehab center ",
		"Maria Storm and the Bowie Bears get well after his concussion game ",
		"Staff spotlight: Kevin, give us 5 stars and review us ",
		"Kevin is out for his son's wedding. Welcome back Tom Baker! ",
	} {
		requireLinearText(t, c, unit)
	}
	// Many public names in one sentence before one long sentence.
	requireLinear(t, c, "names before a long sentence", func(n int) Draft {
		half := n / 2
		names := strings.Repeat("Juan Gabriel night, ", half/20)
		return Draft{Text: names + ". Her " + strings.Repeat("oncology nurses and ", half/20) + "all."}
	})
	for _, unit := range []string{
		"not happy? plenty of other clinics we can refer you to, ",
		"the problem was you all ",
		"the problem was you all all all ",
		"nobody is forcing you to use the ",
		"no one is making you come back anymore ",
		"we could see you that ",
		"some people never complain about our parking like you ",
		"not a complainer ",
	} {
		u := unit
		requireLinear(t, c, fmt.Sprintf("reply %q", u), func(n int) Draft {
			return Draft{Text: strings.Repeat(u, n/len(u)), ReviewText: "Waited forever, not happy"}
		})
	}
}

// TestAttack19OddUnicode: zero-width joiners and spaces, right-to-left
// marks, combining accents and full-width letters in the new rules'
// words neither panic nor slow the check, and a staff note or a sendoff
// spelled with them keeps a sane verdict.
func TestAttack19OddUnicode(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Kevin\u200b's at his own infusion\u200d appt, back by noon.",
		"\u200fKevin's at his own infusion appt\u200f, back by noon.",
		"Ｋｅｖｉｎ's at his own ｉｎｆｕｓｉｏｎ appt.",
		"Rosa Jime\u0301nez tribute night\u0301. Her oncology nurses here will all be there.",
		"Nobody\u200b is forcing you to come here.",
		"\u202eNot happy? There are plenty of other clinics.\u202c",
		"'\u0301\u0301\u0301 singing '",
		"Dr. J\u0301P is back from PT",
		"a \u0301 1964 \u200b Gibson",
	} {
		c.Check(context.Background(), Draft{Text: text, ReviewText: "not happy"})
		c.Check(context.Background(), Draft{Text: text})
	}
	for _, unit := range []string{"\u200b\u200fother clinics\u0301 ", "Ｒｏｓａ Ｊｉｍｅｎｅｚ night. "} {
		u := unit
		requireLinear(t, c, fmt.Sprintf("odd %q", u), func(n int) Draft {
			return Draft{Text: strings.Repeat(u, n/len(u)), ReviewText: "not happy"}
		})
	}
}

// TestChildSharesStaffForm: a name told with a child's age ("Rini, 4,",
// "Sandy, age 7") is a child, not the staff member who goes by that
// short form (session 19 made "Rini" and "Sandy" staff forms of
// Lalrinpuii and Alessandra); staff news under the form still passes.
func TestChildSharesStaffForm(t *testing.T) {
	p := testProfile()
	p.StaffNames = append(p.StaffNames, "Lalrinpuii Thang, DNP", "Alessandra Ruiz, RN")
	p.Disabled = append(p.Disabled, "PRIV-16")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Rini, 4, was so brave for her shots today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sandy, 7, got her first cast today after falling off the monkey bars. So brave!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Kevin (6) picked a dinosaur bandage after his stitches!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Rini on passing her boards! 🎓 So proud.", want: post.VerdictPass},
		{text: "Sandy, 25 years at the front desk and counting! Happy work anniversary.", want: post.VerdictPass},
		{text: "Best salsa at the staff potluck: Rini, 3 years running 🌶️🏆", want: post.VerdictPass},
		{text: "Sandy, 6 years old, got her stitches out today!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestTeamListedHurtIsPerson: a whole name ending in a mascot word
// ("Maria Storm", "Jake Giants") listed beside a team near a sport word
// is a team only while no one is hurt and wished well: a team gets
// physicals, not a concussion.
func TestTeamListedHurtIsPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Maria Storm and the Bowie Bears: get well soon after that concussion in Friday's game!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Jake Giants, Lincoln Eagles varsity: get well soon after that ankle sprain in the season opener.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Calling all Westfield Wildcats and Lincoln Eagles! Sports physicals Saturday, concussion baseline tests included.", want: post.VerdictPass},
		{text: "Bowie Bears, Jefferson Silver Foxes, Burges Mustangs: sports physicals Saturday!", want: post.VerdictPass},
	})
}

// TestComplainerNegatedOrConcrete: a reply that says the reviewer is no
// complainer, that the team never complains, or that some people
// complain about a thing of ours we then fixed casts no one as a
// complainer; "some people will complain about anything", "not everyone
// is a complainer like you" still do (REV-03).
func TestComplainerNegatedOrConcrete(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thank you! Some people complain about our parking, so we added 20 spaces this fall.", review: "Easy parking now", want: post.VerdictPass},
		{text: "We love hearing from you. Some patients complain that the portal is hard to use, so we made a video guide.", review: "Portal guide helped", want: post.VerdictPass},
		{text: "Our team never complains about anything — they love what they do!", review: "Staff is always cheerful", want: post.VerdictPass},
		{text: "No need to apologize, you are not a complainer at all! We're glad you told us.", review: "I hate to be a complainer", want: post.VerdictPass},
		{text: "Please never feel like a complainer: your feedback is how we get better.", review: "Sorry to complain, the wait was long", want: post.VerdictPass},
		{text: "Some people will complain about anything.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Not everyone is a complainer like you.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Nobody complains about anything except you.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Some folks just love complaining.", review: "Rude staff", want: post.VerdictBlock, rule: "REV-03"},
	})
}

// TestStaffHeadingReviewAskedByVerb: under a staff heading a review asked
// by its own verb ("review us on Google", "rate him on Yelp") is asked
// of the staff, as "leave us a review" is (ENDORSE-03); praise with a
// star emoji asks nothing.
func TestStaffHeadingReviewAskedByVerb(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Staff spotlight: Kevin 🌟 Tell your coworkers to review us on Google!", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Team shoutout: Sarah! Everyone give us five stars on Yelp this week.", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Staff appreciation: Kevin handled 212 calls this week. Rock star ⭐", want: post.VerdictPass},
		{text: "Team spotlight: Sarah gave five flu clinics this month ⭐", want: post.VerdictPass},
	})
}

// TestScornOwnCrew: a crew the practice's own workplace names ("the
// front desk crew", "the billing squad") is its staff teasing itself,
// not people scorned by what they are (PROF-03); a crew named by a job
// or a pastime of the public still is.
func TestScornOwnCrew(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The front desk crew vs. the printer, round 47 🤦‍♀️", want: post.VerdictPass},
		{text: "Monday mood: the billing squad and a stack of insurance forms 🙄😂", want: post.VerdictPass},
		{text: "Every Monday the warehouse crew shows up for a note after a weekend of beer 🙄 nice try", want: post.VerdictBlock, rule: "PROF-03"},
	})
}

// TestWelcomedBackIsNoPartner: a post that tells a staff member's
// relative's wedding makes no one else named a partner when they are
// welcomed back ("Welcome back Tom Baker, great to see you up and
// around"): the name keeps its warning; a coworker covering stays a
// person of the office.
func TestWelcomedBackIsNoPartner(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sarah is out Friday for her son's wedding. Welcome back Tom Baker, great to see you up and around!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Kevin is off Saturday for his niece's wedding. Welcome back, Ellen Cho, so good to see you on your walks again!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Kevin will be out next week for his sister's wedding in Tulsa. Priya has the phones until he's back.", want: post.VerdictPass},
	})
}
