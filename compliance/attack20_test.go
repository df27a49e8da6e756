package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Attacks on this session's checklist changes (issue 11, session 20,
// att20): posts a practice would write where a new exception lets a
// patient through, or a new catch stops a clean post. Our own wording.

// TestHeldBackNeedsAReview: "before"/"instead of" with a verb of writing
// or leaving holds a review back only when what is posted is a review or
// a bare place ("instead of posting here"). A reply that asks for a call
// instead of writing health details on the page protects the reviewer's
// privacy; "đăng ký nhận" is signing up to receive, "ka hor intaadan
// ilmahaaga qorin" registering a child, Tagalog "bago" also "new", and
// "Questions? Call us rather than posting here" asks for calls where no
// review is in sight. The reviews held back keep their block.
func TestHeldBackNeedsAReview(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Por su privacidad, llámenos en vez de publicar sus datos médicos aquí.", review: "mal servicio", want: post.VerdictPass},
		{text: "Pour votre confidentialité, appelez-nous au lieu d'écrire vos informations médicales ici.", review: "mauvais", want: post.VerdictPass},
		{text: "Xin gọi cho chúng tôi trước khi đăng ký nhận thuốc.", want: post.VerdictPass},
		{text: "Rele nou anvan ou mete randevou sou entènèt.", want: post.VerdictPass},
		{text: "Fadlan na soo wac ka hor intaadan ilmahaaga qorin.", want: post.VerdictPass},
		{text: "Ligue para nós antes de deixar seu carro aqui.", want: post.VerdictPass},
		{text: "Llámenos antes de dejar a su hijo aquí.", want: post.VerdictPass},
		{text: "Appelez-nous avant de laisser votre voiture ici.", want: post.VerdictPass},
		{text: "Tawagan n'yo kami, may bago kaming post dito tungkol sa flu shots.", want: post.VerdictPass},
		{text: "Questions about the flu clinic? Call us rather than posting here — we answer the phone faster than Facebook messages.", want: post.VerdictPass},

		{text: "Please give us a call instead of posting all this here.", review: "bad", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Call us rather than posting it here.", review: "bad", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Llámenos en vez de dejar su comentario aquí.", review: "mal servicio", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Xin gọi cho chúng tôi trước khi đăng.", review: "tệ", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Xin gọi cho chúng tôi trước khi đăng lên mạng.", review: "tệ", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Xin gọi cho chúng tôi trước khi đăng nhận xét.", review: "tệ", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Rele nou anvan ou ekri sou entènèt.", review: "pa bon", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Tawagan n'yo kami bago mag-post.", review: "pangit", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Tawagan n'yo kami bago kayo mag-post dito.", review: "pangit", want: post.VerdictBlock, rule: "ENDORSE-03"},
		{text: "Appelez-nous avant de poster ici.", review: "mauvais", want: post.VerdictBlock, rule: "ENDORSE-03"},
	})
}

// TestMannersOwnPromise: the manners phrases of session 20 ("try to be
// respectful", "have some courtesy", "learn how to treat", "học cách
// tôn trọng", "aprann respekte") said by the practice of itself are a
// promise in an apology, not the reviewer told off; said to the reviewer
// they keep their block.
func TestMannersOwnPromise(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We try to be respectful of your time and we're sorry the wait was long.", review: "long wait", want: post.VerdictPass},
		{text: "Our team always tries to be respectful of your time; we will try to be polite and respectful at every visit.", review: "rude", want: post.VerdictPass},
		{text: "We have some courtesy wheelchairs at the front entrance for anyone who needs one.", review: "hard to walk in", want: post.VerdictPass},
		{text: "Training helps our new hires learn how to treat the front desk rush calmly.", review: "slow desk", want: post.VerdictPass},
		{text: "Chúng tôi luôn học cách tôn trọng thời gian của bạn.", review: "chờ lâu", want: post.VerdictPass},
		{text: "Nou toujou ap aprann respekte tan ou.", review: "tann twò lontan", want: post.VerdictPass},

		{text: "Honestly we'd say try being a decent person.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
		{text: "We think you should learn some manners.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
		{text: "We were shocked. Learn some manners.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
		{text: "We all try being nicer here, you should too: try being nicer to the front desk next time.", review: "rude desk", want: post.VerdictBlock, rule: "REV-03"},
	})
}

// TestReviewsBlamedHappyTears: "reviews like this" with tears told happy,
// a burnout made worth it, or a quitting denied thanks the reviewer; the
// staff's hurt told plainly keeps its block.
func TestReviewsBlamedHappyTears(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Reviews like this make our whole team cry happy tears 😭💙", review: "best clinic ever", want: post.VerdictPass},
		{text: "Comments like yours make the long days and the burnout worth it!", review: "thank you nurses", want: post.VerdictPass},
		{text: "Reviews like this are why our nurses never quit on a patient.", review: "great care", want: post.VerdictPass},
		{text: "Reviews like yours are why our staff will never burn out 💙", review: "great", want: post.VerdictPass},
		{text: "Reviews like these make us cry (the good kind).", review: "amazing", want: post.VerdictPass},

		{text: "Reviews like this are why our staff burns out, not happy about it.", review: "meh", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Reviews like yours make our front desk cry.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
		{text: "Reviews like this are why nurses quit. Good job.", review: "bad", want: post.VerdictBlock, rule: "REV-03"},
	})
}

// attack20StaffProfile lists staff whose given names have the pet forms
// and spellings session 20 reads ("Harry" for Henry, "Tess" for Teresa,
// "Molly" for Mary, "Светлана" for Svetlana, "Оксану" for Oksana).
func attack20StaffProfile() Profile {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "Teresa Gomez, RN", "Henry Walsh, PA", "Mary Jones", "Svetlana Morozova, RN", "Oksana Hrytsenko")
	return p
}

// TestStaffFormSpokenToCare: session 20 read a pet form or a Cyrillic
// spelling of a staff name as the staff member, which took "Harry, we're
// so proud of you for finishing chemo!" off the name path that blocked
// it; the staff walk reads news told of a staff member, not to one, nor
// "was diagnosed with", nor Russian. A patient who shares the pet form,
// or the staff member themself, is told their own care: both block. The
// staff member greeted with no care of theirs, or with the care they
// give, keeps the pass.
func TestStaffFormSpokenToCare(t *testing.T) {
	checkFamilyCasesFor(t, attack20StaffProfile(), []familyCase{
		{text: "Harry, we're so proud of you for finishing chemo! Ring that bell!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thank you Harry for trusting us with your hip replacement!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Tess! So glad your chemo is done.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congratulations Molly on beating leukemia!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Henry, we're so proud of you for finishing chemo! Ring that bell!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Teresa was diagnosed with breast cancer last spring.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tess was diagnosed with breast cancer last spring; today she rang the bell.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Наша медсестра Светлана в больнице после инсульта.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Поздравьте Оксану: она закончила химиотерапию!", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Welcome back Tess, your patients are so happy to see you.", want: post.VerdictPass},
		{text: "Welcome back Harry! Hope your vacation was great.", want: post.VerdictPass},
		{text: "Thank you Harry for your help with the chemo patients this week!", want: post.VerdictPass},
		{text: "Thank you Teresa for your years of diabetes education.", want: post.VerdictPass},
		{text: "Congratulations Sarah on your diabetes educator certification!", want: post.VerdictPass},
		{text: "Sarah, your CPR class is full for Saturday.", want: post.VerdictPass},
		{text: "Dr. Patel diagnosed him with diabetes last year.", want: post.VerdictPass},
		{text: "Светлана проводит занятия о диабете после работы.", want: post.VerdictPass},
		{text: "Бегите на прививку, Светлана уже сделала!", want: post.VerdictPass},
	})
}

// TestAttack20Linear: the looks att20 added (a staff name spoken to and
// its care, "was diagnosed with", Cyrillic news, the happy tears after
// "reviews like this", a manners phrase's speaker, a place after a verb
// of posting) grow linearly with the text, in a post and in a reply.
func TestAttack20Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, attack20StaffProfile())
	for _, unit := range []string{
		"Welcome back Tess, your patients missed you. ",
		"Harry, Tess, Molly, thank you, your ",
		"Tess was was was diagnosed with ",
		"Светлана после Оксана её после ",
	} {
		requireLinearText(t, c, unit)
	}
	for _, unit := range []string{
		"reviews like this make us cry never happy tears worth ",
		"we always try to be respectful, we have some courtesy ",
		"llámenos en vez de publicar sus datos aquí, trước khi đăng ký nhận ",
	} {
		requireLinearReply(t, c, unit, "bad")
	}
}

// TestRegionNamesKinAndStory: a continent's name after kin and "of"
// ("la mamá de Asia", "the family of Asia") or listed only with another
// bare name ("Asia and America went home from the NICU") is a person; a
// talk that tells its owner's own story ("survivor talk", "chemo pep
// talk", "tips from living with type 1") or a coach's tip (a coach gives
// no care) is their own care. All block; the regions and clinicians'
// advice of session 20 keep their pass.
func TestRegionNamesKinAndStory(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "La mamá de Asia nos agradeció después de su cirugía del corazón.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Asia and America finally went home from the NICU after their RSV treatment!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Prayers for the family of Asia, in our ICU after a car crash.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Hanson's chemo pep talk to the team Friday was the bravest thing we've seen.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Smith's heart attack recovery talk is Thursday at the booster club.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sarah's breast cancer survivor talk is Thursday at the library.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dr. Lee's chemo diary talk: what I learned as a patient this year.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin's diabetes tips from living with type 1 for 20 years.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Dale's insulin reminder went off mid-game, he is doing great managing his diabetes.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Sickle cell trait is common in families from Africa and Asia; one blood test tells you.", want: post.VerdictPass},
		{text: "Hepatitis B is common in parts of Asia and Africa. Ask us about the test.", want: post.VerdictPass},
		{text: "Nurse Ama's diabetes tips for the holidays: walk after dinner.", want: post.VerdictPass},
		{text: "Sarah's asthma talk is Tuesday at noon in the community room.", want: post.VerdictPass},
	})
}

// TestBeliefHeadingAuthority: a heading that quotes an authority
// ("Experts say:", "Doctors say:", "Science says:", "Dr. Greene says:")
// backs the claim after it rather than naming it a belief to answer, and
// "We agree." after a quoted belief vouches for it: MIS-01 blocks. The
// headings of others' belief ("They say:", "Grandma's saying:") keep
// their warning.
func TestBeliefHeadingAuthority(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Experts say: vaccines cause autism.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Doctors say: antibiotics cure the flu.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Dr. Greene says: antibiotics cure the flu.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Science says: vaccines cause autism.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Dr. Patel told us: the flu shot gives you the flu.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "They say: vaccines cause autism. We agree.", want: post.VerdictBlock, rule: "MIS-01"},

		{text: "They say: vaccines cause autism.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Grandma's saying: feed a cold, starve a fever.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "They say: vaccines cause autism. We agree that's a myth, and here is why.", want: post.VerdictReview, rule: "MIS-01"},
	})
}

// TestNoticeReadingsAndBills: a reading word of the session-20 notice
// ("sugar", "pressure", "azúcar") is a reading only as one ("your sugar
// numbers"), and a bill is care only with the care it was for ("your
// bill for the MRI"): a shout-out to the bakery for "your sugar cookies",
// to the paving crew for "your bill was fair" or to the plumber for
// "your water pressure fix" tells no one's care. The notices of care keep
// their block.
func TestNoticeReadingsAndBills(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Shout out to the crew who repaved our parking lot — your bill was fair and the work was great!", want: post.VerdictPass},
		{text: "Shout out to the team at Lopez Plumbing — your water pressure fix came just in time!", want: post.VerdictPass},
		{text: "Shout out to the lady who runs the bakery on Main — your sugar cookies were great today!", want: post.VerdictReview, rule: "PROF-03"},

		{text: "Shout out to the lady who sells tamales — your sugar numbers were great today!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Shout out to the man who runs the taco truck — your sugar was 110 this morning!", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Acct ...2207 — your bill for the MRI is now $0", want: post.VerdictBlock, rule: "PRIV-14"},
	})
}

// TestStaffFormCameInWithCare: a name that is a short form of a staff
// name ("Liam" for William) as the one who came in with care ("Liam came
// in with a broken arm after soccer") is a patient, or the staff member
// as one: it blocks. The staff walk had read "came in" as a patient's
// story the staff member gives care in. A staff member who came in with
// donuts or with the team's flu shots passes the name check.
func TestStaffFormCameInWithCare(t *testing.T) {
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	p.StaffNames = append(p.StaffNames, "William Ortiz, RN", "Katherine Wu")
	checkFamilyCasesFor(t, p, []familyCase{
		{text: "Liam came in with a broken arm after soccer and was so brave.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Will came in with chest pain on Tuesday; he is home now.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Kevin came in with donuts for everyone!", want: post.VerdictReview, rule: "PRIV-11"},
		{text: "Kevin came in with flu shots for the whole team.", want: post.VerdictReview, rule: "PRIV-11"},
	})
}

// TestLexiconEverydayWords20: words the session-20 health lists read that
// are everyday words next to a name: a golf shot ("a low iron shot"), a
// shelter's microchip scan ("a free pet scan"), a body shop ("D & C Auto
// Body"), Haitian "gen sik" (has sugar: "gato a gen sik ase"), Korean
// "수두룩" (plenty, holding "수두", chickenpox). The names keep their
// warning, no block; the care told keeps its block.
func TestLexiconEverydayWords20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Congrats to Mike Davis on his hole-in-one at our charity golf outing — a low iron shot from 160 yards!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Lucy Chen from the Humane Society will do a free pet scan for microchips at Saturday's adoption event.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thanks to Carlos Mendez of D & C Auto Body for sponsoring our 5K!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Mèsi Marie Joseph pou gato a, li gen sik ase!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "박지성님 덕분에 주차장에 차가 수두룩해요.", want: post.VerdictReview, rule: "PRIV-10"},

		{text: "Dana Whitfield told us all about her low iron at lunch.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dana Whitfield had a PET scan on Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dana Whitfield had a D&C last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Dana Whitfield gen maladi sik.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big hugs to Dana Whitfield. 수두에 걸렸어요.", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNoMoreOfficeThings: "no more" before a treatment word that only
// modifies another thing ("no more drain smell in the restroom", "no
// more cane-sugar sodas", "no more collar pins on the scrubs") ends no
// treatment, and "the shot of espresso helped" is a drink: replies about
// the office keep their verdicts. The end of a treatment cheered still
// blocks (REV-01).
func TestNoMoreOfficeThings(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "No more drain smell in the restroom, the plumber came Tuesday. Thanks for telling us!", review: "restroom smelled bad", want: post.VerdictPass},
		{text: "Great news: no more cane-sugar sodas in the vending machine, only water and juice now.", review: "vending machine junk food", want: post.VerdictPass},
		{text: "No more collar pins on the scrubs — staff feedback heard!", review: "staff look sloppy", want: post.VerdictPass},
		{text: "Glad the shot of espresso helped! Our coffee bar is open till noon.", review: "coffee in lobby saved me", want: post.VerdictPass},

		{text: "No more cast! So happy for you.", review: "great ortho team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "No more crutches for you, woohoo!", review: "great ortho team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "No more chemo days, we are so happy for you!", review: "best nurses", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad the shot helped!", review: "my back is better", want: post.VerdictBlock, rule: "REV-01"},
	})
}

// TestThyroidNoduleBack20: "thyroid nodule" next to a named person is
// their health (PRIV-10 block); it was left out of session 20's words
// only for the growth 6995ee5 fixed (TestPictureSentenceLinear20).
func TestThyroidNoduleBack20(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Dana Whitfield told us all about her thyroid nodule at lunch.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Questions about thyroid nodules? Our nurses can answer them at the free class Tuesday.", want: post.VerdictPass},
	})
}
