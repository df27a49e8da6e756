package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of the block-leak tuner's session 12 (issue 11): each case is our
// own wording of a kind of text that let a block-labelled post pass, not a
// labelled set's item. Rules alone (PRIV-16 disabled).

// TestOtherLanguagePeople: a post wholly in a community's own language
// names one person the way that language does (an elder's title or a kin
// word with the name, a family name before "grandmother") and tells their
// health in the same language. Arabic writes "to" and "the" onto the
// title ("للحاجة"); Korean writes the particle onto the kin word
// ("할머니께서"). Clinic news in those languages, and "in need of" in
// Arabic, name no one.
func TestOtherLanguagePeople(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Arabic: congratulations to Hajja Fatima on her knee operation.
		{text: "ألف مبروك للحاجة فاطمة على نجاح عملية الركبة 🌹", want: post.VerdictBlock, rule: "PRIV-10"},
		// Hajj Mahmoud left the hospital today.
		{text: "الحاج محمود خرج من المستشفى اليوم، الحمد لله على السلامة", want: post.VerdictBlock, rule: "PRIV-10"},
		// Umm Khaled started her insulin this week.
		{text: "أم خالد بدأت الأنسولين هذا الأسبوع وكلنا فخورين بها", want: post.VerdictBlock, rule: "PRIV-10"},
		// The clinic is open Saturday; the flu vaccine is available to all.
		{text: "عيادتنا مفتوحة يوم السبت. لقاح الإنفلونزا متوفر الآن للجميع", want: post.VerdictPass},
		// If you need treatment, call us.
		{text: "إذا كنت بحاجة إلى علاج، اتصل بنا", want: post.VerdictPass},
		// Korean: Grandma Park had her knee surgery and is recovering well.
		{text: "박 할머니께서 무릎 수술을 잘 마치셨어요! 빨리 나으세요 💐", want: post.VerdictBlock, rule: "PRIV-10"},
		// Grandpa Lee got his first checkup after the cataract operation.
		{text: "이 할아버지가 백내장 수술 후 첫 검진을 받으셨습니다.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Flu shots are available at all our offices.
		{text: "모든 지점에서 독감 예방접종을 받으실 수 있습니다.", want: post.VerdictPass},
		// Somali: congratulations, your baby was born.
		{text: "Hambalyo Sahra! Gabadhaadii way dhalatay, Ilaahay ha barakeeyo 💚", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hambalyo Cawo! Qalliinkii wuu guuleystay, isbitaalka ayaad ka baxday.", want: post.VerdictBlock, rule: "PRIV-10"},
		// Somali: congratulations, our new office is open.
		{text: "Hambalyo! Xafiiskeenna cusub ee Lake Street wuu furan yahay.", want: post.VerdictPass},
		// Portuguese congratulations on an operation.
		{text: "Parabéns Dona Lúcia! Operada com sucesso e já em casa 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		// Nepali health with a Latin-script name: Hari dai's diabetes check.
		{text: "Hari dai ले मधुमेह जाँच गर्नुभयो, सबै ठीक छ!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "हाम्रो क्लिनिक शनिबार खुला छ। Flu shots available!", want: post.VerdictPass},
		// Nepali: a name before a kin word, with an operation; the
		// Latin-script "dai" after a name.
		{text: "कमला दिदीको अपरेसन सफल भयो! बधाई छ 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ram dai को सुगर अब ठीक छ, congrats!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Arabic "for" written onto Umm: congratulations to Umm Yusuf on the birth.
		{text: "مبروك لأم يوسف، الولادة كانت سهلة والحمد لله", want: post.VerdictBlock, rule: "PRIV-10"},
		// Somali possessive on the operation: Mother Hodan's surgery went well.
		{text: "Hooyo Hodan qalliinkeedii wuu guuleystay 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		// Spanish: a grandchild born on a named day.
		{text: "Felicidades a Doña Rosa por su nieta, nació el jueves 💗", want: post.VerdictBlock, rule: "PRIV-10"},
		// Egyptian Arabic: get well, Uncle Boutros, after the heart operation.
		{text: "ألف سلامة يا عم بطرس، رجعت لنا بعد عملية القلب 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		// Kurdish (Sorani): welcome back, teacher Dilan, after surgery.
		{text: "بەخێربێیتەوە مامۆستا دیلان! دوای نەشتەرگەری گەڕایتەوە 🌷", want: post.VerdictBlock, rule: "PRIV-10"},
		// Korean: Deacon Park Minho (a whole name before the title), surgery.
		{text: "박민호 장로님, 허리 수술이 잘 끝나서 다행입니다! 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		// Arabic: our diabetes class is Tuesday; everyone is welcome.
		{text: "درس السكري يوم الثلاثاء في العيادة، الكل مرحب به", want: post.VerdictPass},
	})
}

// TestBracketedPhotoOfPatient: a post that describes its attached picture
// in brackets ("[photo: ...]") discloses what the picture shows. A child
// or an adult in it with a health detail (a cast, a wheelchair, shots) is
// a patient's face in care (PRIV-12 block); a person without one still
// goes to a doctor (warn); a picture said to show no one, staff alone or
// things is no one.
func TestBracketedPhotoOfPatient(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "[photo: a beaming girl in a purple cast giving a thumbs up] Monkey bars: 1, us: 0 💜", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "Best part of Friday 🥹 [image: a grandpa in a wheelchair dancing with our MA at the fall festival after his stroke rehab]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a toddler in a Bengals onesie grinning after her 4-year shots]", want: post.VerdictBlock, rule: "PRIV-12"},
		{text: "[photo: a boy in a No. 9 jersey waving from the front steps] Go Tigers!", want: post.VerdictReview, rule: "PRIV-12"},
		{text: "[photo: our staff in pink for breast cancer awareness week, no one else in frame]", want: post.VerdictPass},
		{text: "[photo: the new lobby aquarium] Come say hi to the fish 🐠", want: post.VerdictPass},
		{text: "3 stretches for wrist pain you can do on your break (video)", want: post.VerdictPass},
	})
}

// TestInitialsWithAge: three or four dotted initials with an age set after
// them between commas ("A.J.K., 16, ...") are how a post names a child
// without the name; with an allergic reaction, a pen of epinephrine or
// any health detail beside them they are a patient's. "U.S.A., 2026" is
// a country and a year.
func TestInitialsWithAge(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "T.R.B., 9, Little League shortstop: bee sting reaction in the dugout, one EpiPen, back on the field Saturday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to M.A.G., 12, who got through her first allergy shot without a single tear 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "J.P., 15, needed his EpiPen at the church picnic and is doing great.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A.J.K., 16, made varsity this year!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "U.S.A., 2026, here we come! Get your travel shots early.", want: post.VerdictPass},
		{text: "Peanut allergy? Carry two EpiPens, always. Ask us for a refill.", want: post.VerdictPass},
	})
}

// TestPartialNameWithHealth: part of a name (how it starts or ends) points
// at one person as part of a number does: a found badge "(last name starts
// with RAM-)" beside an insulin pen is someone's. The reader's own name
// and a range of names sort a line ("if your last name starts with A-M").
func TestPartialNameWithHealth(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Lost and found: a Tyson Foods lanyard (last name starts with OKO-) with an inhaler clipped on. Front desk has it!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Left in exam room 2: a pill organizer, first name starts with Jo. Come grab it!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The gentleman whose last name begins with Tr: your glasses are at the front desk.", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "If your last name starts with A through M, check in at window 1 for flu shots.", want: post.VerdictPass},
		{text: "Flu shot day! Last names starting with A-L at window 1, M-Z at window 2.", want: post.VerdictPass},
	})
}

// TestPossessiveBloodPressure: someone's blood pressure ("the fire chief's
// blood pressure", "Coach Dee's blood pressure") is their health as "his
// blood pressure" is; blood pressure as a topic is no one's.
func TestPossessiveBloodPressure(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "We checked the Eastside Eagles bus driver's blood pressure at the fair: 124/80, not bad for a man who eats that many funnel cakes!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Dee's blood pressure is finally where we want it 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Today's blood pressure tip: cut back on salt and walk after dinner.", want: post.VerdictPass},
		{text: "What's blood pressure, anyway? Our nurses explain at the fair booth.", want: post.VerdictPass},
	})
}

// TestFirstBabyOfTheYear: the first (or last) baby born at the practice's
// birth suite or of a year is one birth the whole town can date (PRIV-14);
// the reader's own first baby and history's ("the first baby born through
// IVF, in 1978") are no one's.
func TestFirstBabyOfTheYear(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Meet the first baby delivered at our birth center this year! 💙 Mom says we can brag.", want: post.VerdictReview, rule: "PRIV-14"},
		{text: "Our first baby of the new year arrived at 3:12 this morning!", want: post.VerdictReview, rule: "PRIV-14"},
		{text: "The first baby Joy caught at our new birth suite is home and thriving 💕", want: post.VerdictReview, rule: "PRIV-14"},
		{text: "Tips for your first baby at home: sleep when the baby sleeps.", want: post.VerdictPass},
		{text: "In 1978 Louise Brown became the first baby born through IVF.", want: post.VerdictPass},
	})
}

// TestReplyVisitSeries: a reply that thanks the reviewer for coming every
// week, or counts the months left of their schedule, confirms a course of
// care (REV-01 block); a visit to a fair booth is no one's care.
func TestReplyVisitSeries(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks for coming in every Tuesday! Almost done 💪", review: "best PT team", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We love seeing you! Only two more months on the maintenance schedule.", review: "Kayla is great with shots", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thank you for coming to see us every month, it's always a bright spot!", review: "love this office", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks for stopping by our booth at the county fair every year!", review: "fun booth", want: post.VerdictPass},
	})
}

// TestReplyCareInArabic: a reply in Egyptian or Levantine Arabic that is
// glad of the reviewer's sugar or medicine ("سكرك", "الدوا") tells their
// care: a doctor looks (REV-01 warn; it blocks with a visit the review
// tells); thanks for kind words tell none.
func TestReplyCareInArabic(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "الحمد لله إن سكرك نزل! كمل على نفس النظام 💙", review: "دكتورة ممتازة", want: post.VerdictReview, rule: "REV-01"},
		{text: "مبسوطين إن الدوا الجديد ريحك 🙏", review: "شكراً للعيادة", want: post.VerdictReview, rule: "REV-01"},
		{text: "شكراً على كلامك الحلو! نتشرف بخدمتك دائماً", review: "خدمة ممتازة", want: post.VerdictPass},
	})
}

// TestBodyPartSetWithHardware: a body part pinned or plated is an
// operation told in everyday words, also with "is" shortened onto it
// ("hip's pinned", "knee's sore"); a post pinned to a page is no one's.
func TestBodyPartSetWithHardware(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The village postmaster says she's doing fine, wrist's pinned and she's sorting mail one-handed.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Coach Amy's knee's sore after the 5K but she'll live 😂", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Legion's bartender got his ankle plated Tuesday. Bring him crosswords.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our hip-hop dance class flyer is pinned to the top of our page.", want: post.VerdictPass},
	})
}
