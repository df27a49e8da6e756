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
