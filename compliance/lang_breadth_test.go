package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner D's work on text in other languages and scripts (issue
// 11): our own examples of each kind, in several languages and voices, not
// a labelled set's items.

// TestRarerFirstNames: a first name fewer US babies got than the 20,000
// most given (Somali, Hmong, Karen, Samoan, Amharic names in SSA's files)
// is a person where a name stands; with health beside it, a patient.
func TestRarerFirstNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "So proud of how far Khadra has come since her knee surgery in June!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our CHW helped Fartun get her two boys their MMR shots this week 💉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hodan holding her newborn son on the maternity floor this morning 🥹", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mahalo to Tavita for carrying the water jugs at Saturday's health fair!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Thank you, Shoua, for translating the clinic hours sign into Hmong!", want: post.VerdictReview, rule: "PRIV-10"},
		// A place, a firm or a list of places is no person.
		{text: "The Vernor office opens at 11am Tuesday; Dearborn, Hamtramck, Vernor all close at 5.", want: post.VerdictPass},
		{text: "Flu shots at our Columbia Heights site every Friday. Walk-ins welcome!", want: post.VerdictPass},
	})
}

// TestTitlesOfOtherLanguages: a title or a kin word before a name in
// Karen, Amharic, Somali, Hmong, Tagalog or Cajun French, or a Chinese
// title after a name written in Latin letters, makes it a person.
func TestTitlesOfOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Naw Htoo Paw finished her last round of chemo today 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ato Kebede is home and walking after his bypass surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats kay Aling Rosing, nanganak na ang apo niya... and she's recovering from her hip surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nonc Pete got his stitches out and he's back on the boat 🎣", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Li 奶奶 from the Saturday tai chi group is 3 weeks post-op and already back!", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestNoPersonInOtherLanguages: greetings, feasts, endearments and the
// names of peoples and their languages are no one's name.
func TestNoPersonInOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Щасливого Нового року від усієї команди! Happy New Year from all of us 🎆", want: post.VerdictPass},
		{text: "Доброго ранку! Our Brighton office opens at 8 today.", want: post.VerdictPass},
		{text: "Поздравляем всех с праздником! Closed Monday for the holiday.", want: post.VerdictPass},
		{text: "Lundi Gras and Mardi Gras hours: the Houma clinic closes at noon both days 🎭", want: post.VerdictPass},
		{text: "Our new Karen-speaking nurse starts Monday: now we have Karen interpreters every weekday!", want: post.VerdictPass},
		{text: "Forms are available in English, Burmese and Karen at the front desk.", want: post.VerdictPass},
		{text: "Merci beaucoup, cher! Y'all made our whole week 💜", review: "Great folks at the Thibodaux office", want: post.VerdictPass},
	})
}

// TestHealthInOtherLanguages: surgery, tests, births and deaths written
// in Russian, Ukrainian (any case ending), Korean, Chinese, Spanish,
// Tagalog, Somali, Hmong and Haitian Creole are health beside a name.
func TestHealthInOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Вітаємо Галину після операції на серці — вона вже вдома! 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Желаем Борису сил после инсульта, мы все за вас болеем", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Park Min-jun 님, 당뇨 검사 결과가 나왔습니다. Please call us.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Wei Zhang, 化疗 finished today! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "¡Doña Carmen ya camina sin yeso! 💃", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hooyo Sahra waxay dhameysay qalliinka, alxamdulillah 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mèsi Madan Jean! Li ansent ak twins 👶👶", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Remembering Mr. Ivan Petrenko, our patient of 30 years. Вічна пам'ять.", want: post.VerdictBlock, rule: "PRIV-10"},
		// A seminar, a birthday or a wish names no one's care.
		{text: "Сьогодні наша команда провела семінар про здорове харчування.", want: post.VerdictPass},
	})
}

// TestMythHeadingsOfMoreLanguages: a myth-busting post headed in
// Spanish, Vietnamese, Russian, Tagalog or Somali quotes its myth to bust
// it (MIS-01 warn), whatever the myth.
func TestMythHeadingsOfMoreLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "¿Mito o verdad? «Bañarse con fiebre es peligroso». ¡Mito! Un baño tibio ayuda.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Lầm tưởng (myth): trẻ bị sốt không được tắm. Sự thật: tắm nước ấm giúp hạ sốt.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Мифы о гриппе: «Грипп лечат антибиотиками». Правда: антибиотики на вирус не действуют.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Maling akala: masama ang maligo kapag may trangkaso. Katotohanan: okay lang.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Khuraafaad: ilmaha qandhada qaba lama maydho. Xaqiiqda: biyo diirran ayaa caawiya.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Akala ko sarado kami bukas — pero bukas pala! Open 8 to 5 tomorrow.", want: post.VerdictPass},
	})
}

// TestRepliesAddressedInOtherLanguages: a reply that thanks the reviewer
// by name with a courtesy after it ("ji", "po", "nhiều"), or with 님
// written onto a Korean name, greets the reviewer (REV-02 warn, no PRIV-10
// block); a reply signed by the practice's team at a site names no one.
func TestRepliesAddressedInOtherLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Priya ji, dhanyavad! Get well soon 🙏", review: "★★★★★ Priya Sharma: wonderful care", want: post.VerdictReview, rule: "REV-02"},
		{text: "Salamat, Maria po! Ingat palagi 💕", review: "★★★★★ Maria Santos: ang bait ng staff", want: post.VerdictReview, rule: "REV-02"},
		{text: "Cảm ơn anh Tuấn nhiều! Chúc anh mau khỏe.", review: "★★★★★ bác sĩ rất tận tình", want: post.VerdictReview, rule: "REV-02"},
		{text: "김서연님, 소중한 후기 감사합니다!", review: "★★★★★ 김서연: 친절해요", want: post.VerdictReview, rule: "REV-02"},
		{text: "선생님들께 전달하겠습니다. 감사합니다!", review: "★★★★★ 최고예요", want: post.VerdictPass},
		// Ukrainian and Russian say a name to its bearer in the vocative
		// case: still the name the reviewer signed; another name is not.
		{text: "Дякуємо, Маріє! Бережіть себе 💙", review: "★★★★★ Марія Коваль: дуже дякую", want: post.VerdictReview, rule: "REV-02"},
		{text: "Дякуємо, Олеже! Бережіть себе 💙", review: "★★★★★ Марія Коваль: дуже дякую", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Mèsi anpil, Madan Pierre! Bondye beni ou", review: "★★★★★ Rose Pierre: bon sèvis", want: post.VerdictReview, rule: "REV-02"},
		{text: "Gracias por sus palabras 💛 — equipo Flushing", review: "★★★★★ Excelente", want: post.VerdictPass},
		{text: "Дякуємо за відгук! — команда Brighton", review: "★★★★★ Дуже дякую", want: post.VerdictPass},
	})
}

// TestChildNamedAfterLittle: an unlisted name after "little" or "baby" in
// a greeting is the child's ("Happy birthday to little Aputi").
func TestChildNamedAfterLittle(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Happy 2nd birthday to little Qannik! Two years since your heart surgery 💕", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to baby Tsehay on going home from the NICU!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy birthday to little Bethel Clinic — 1 year in our new building! 🎂", want: post.VerdictPass},
	})
}
