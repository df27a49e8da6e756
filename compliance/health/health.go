// Package health finds health details in text: conditions, procedures,
// medicines, recovery, sobriety and pregnancy words, and body parts that
// are new ("his new knee") or hurt ("broke her wrist"). Next to a person,
// any of them makes the person a patient. The data and where it came from
// are in README.md.
//
// It does no I/O and is safe for concurrent use.
package health

import (
	_ "embed"
	"maps"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/compliance/wordtab"
)

//go:embed terms.txt
var termData string

//go:embed cues.txt
var cueData string

// Category says what kind of health detail a term is.
type Category byte

const (
	Condition Category = 'c' // a disease, injury, symptom or state (pregnancy, sobriety)
	Procedure Category = 'p' // a procedure, test, therapy or place of care
	Medicine  Category = 'm' // a drug, vaccine or hormone
	BodyPart  Category = 'b' // a body part: a health detail only when new or hurt
	// Habit: a habit quit or weight lost ("quit smoking", "down 35
	// pounds"). Next to a person it is their health; it names no illness,
	// so a date or place beside it dates nobody's ("Quit smoking with our
	// class on Nov 19").
	Habit Category = 'h'
)

// Hit is a term found at words [From, To).
type Hit struct {
	From, To int
	Cat      Category
}

// term is one entry as the data files are read (load): its words after
// the first, and its category. At reads the terms from startIndex.
type term struct {
	rest []string
	cat  Category
}

// The term data is read once into load's map of terms by their first
// word, which builds the tables At, Find and MayCover read and is then
// dropped. The tables live as long as the process and the garbage
// collector marks them on every cycle, so they hold next to no pointers:
// kept, the map's 7,600 terms and the index's entries were some 25,000
// small objects.
//
// oneByte marks the one-byte words that start a term ("x" of "x ray");
// inner holds the words that can follow a hit's first word (MayCover);
// maxSpan is the most words a hit of Find spans.
var starts, oneByte, inner, maxSpan, termCount = index(load(termData, cueData))

// index builds the tables above from the terms by their first word.
func index(byFirst map[string][]term) (x *startIndex, oneByte [256]bool, inner *wordtab.Table, maxSpan, count int) {
	longest := 1
	// inner holds the other words of the terms (At also takes their
	// plurals, which MayCover tries through singular), a condition's
	// event words and the units of a birth weight and of a weight lost
	// (whose numbers are digits). A hit's other words are a second
	// term's, which starts there.
	innerWords := map[string]bool{"lb": true, "lbs": true, "pounds": true, "oz": true, "ounces": true, "kilos": true, "kg": true, "sizes": true}
	for w := range eventWords {
		innerWords[w] = true
	}
	for w, list := range byFirst {
		if len(w) == 1 {
			oneByte[w[0]] = true
		}
		count += len(list)
		for _, t := range list {
			longest = max(longest, 1+len(t.rest))
			for _, r := range t.rest {
				innerWords[r] = true
			}
		}
	}
	// maxSpan: a condition followed by a procedure (two terms), or a
	// birth weight's four words.
	maxSpan = max(4, 2*longest)
	return newStartIndex(byFirst), oneByte, wordtab.New(slices.Collect(maps.Keys(innerWords))), maxSpan, count
}

func load(files ...string) map[string][]term {
	m := map[string][]term{}
	for _, data := range files {
		for line := range strings.Lines(data) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' || len(line) < 3 || line[1] != ' ' {
				continue
			}
			ws := strings.FieldsFunc(line[2:], func(r rune) bool { return r == ' ' || r == '-' || r == '\'' })
			if len(ws) == 0 {
				continue
			}
			t := term{rest: ws[1:], cat: Category(line[0])}
			list := m[ws[0]]
			// A later file's entry for the same words replaces the earlier
			// one: cues.txt decides for the everyday words it lists.
			replaced := false
			for i := range list {
				if equal(list[i].rest, t.rest) {
					list[i], replaced = t, true
				}
			}
			if !replaced {
				list = append(list, t)
			}
			m[ws[0]] = list
		}
	}
	for k, list := range m {
		// longest first, so the longest term at a word wins
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].rest) > len(list[j-1].rest); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		m[k] = list
	}
	return m
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Len returns how many terms the data holds.
func Len() int { return termCount }

// At returns the longest term starting at words[i] (lower-case tokens of
// the text, hyphens and apostrophes already split off), trying a plural's
// singular too. n is 0 when none starts there.
func At(words []string, i int) (n int, cat Category) {
	w0 := words[i]
	if len(w0) < 2 && !oneByte[w0[0]] {
		return 0, 0 // punctuation and most single letters start no term
	}
	if e := starts.at(w0); e != nil {
		// The terms under the word itself first, then under its singular.
		for _, list := range [2]termRange{e.own, e.sing} {
			for _, t := range starts.terms[list.from:list.to] {
				n := int(t.restTo - t.restFrom)
				if i+1+n > len(words) {
					continue
				}
				ok := true
				for k := range n {
					// A plural is one or two bytes longer ("knees",
					// "injuries"): only then can its singular be r.
					r := starts.restWord(int(t.restFrom) + k)
					if x := words[i+1+k]; x != r && (len(x) <= len(r) || len(x) > len(r)+2 || singular(x) != r) {
						ok = false
						break
					}
				}
				if ok {
					return 1 + n, t.cat
				}
			}
		}
	}
	if c := shaped(w0); c != 0 {
		return 1, c
	}
	if w0[0] >= 0xd0 && w0[0] <= 0xd3 {
		// Russian and Ukrainian inflect a noun by its ending
		// ("операция", "операцией", "операцію"): a stem at the word's start.
		for _, st := range cyrillicStems {
			if strings.HasPrefix(w0, st.stem) {
				return 1, st.cat
			}
		}
		return 0, 0
	}
	if w0[0] >= 0xd8 && w0[0] <= 0xdb {
		// Arabic writes "the", "and", "to" and the possessive onto the
		// word ("العملية", "وعلاجها"): a stem inside the token.
		for _, st := range arabicStems {
			if strings.Contains(w0, st.stem) {
				return 1, st.cat
			}
		}
		return 0, 0
	}
	if (w0[0] == 0xe0 && len(w0) > 1 && (w0[1] == 0xa4 || w0[1] == 0xa5)) || (w0[0] == 0xe1 && len(w0) > 1 && w0[1] >= 0x80 && w0[1] <= 0x82) {
		// Nepali and Hindi (Devanagari) and Burmese: postpositions and
		// particles are written onto the word too.
		for _, st := range southAsianStems {
			if strings.Contains(w0, st.stem) {
				return 1, st.cat
			}
		}
		return 0, 0
	}
	if w0[0] == 0xe1 && len(w0) > 1 && w0[1] >= 0x88 && w0[1] <= 0x8d {
		// Ethiopic (U+1200 to U+137F): Amharic and Tigrinya.
		for _, st := range ethiopicStems {
			if strings.Contains(w0, st.stem) {
				return 1, st.cat
			}
		}
		return 0, 0
	}
	if w0[0] >= 0xe3 && w0[0] <= 0xed {
		// Korean, Chinese and Japanese write a word with its particles
		// and no spaces ("수술이", "做了手术"): a stem inside the token.
		for _, st := range cjkStems {
			if strings.Contains(w0, st.stem) && !cjkEveryday(w0, st.stem) {
				return 1, st.cat
			}
		}
	}
	return 0, 0
}

// cjkEverydayWords hold a stem of cjkStems inside an everyday word:
// Korean "수두룩" (plenty) holds "수두" (chickenpox), "계산후" (after
// paying) and "등산후" (after a hike) hold "산후" (after a birth), Chinese
// "拐杖糖" (a candy cane) holds "拐杖" (crutches) (att20).
var cjkEverydayWords = map[string][]string{"수두": {"수두룩"}, "산후": {"계산후", "등산후", "하산후"}, "拐杖": {"拐杖糖"}}

// cjkEveryday reports whether the stem inside w0 is there only as part
// of an everyday word (cjkEverydayWords).
func cjkEveryday(w0, stem string) bool {
	for _, e := range cjkEverydayWords[stem] {
		if strings.Contains(w0, e) && strings.Count(w0, stem) == strings.Count(w0, e) {
			return true
		}
	}
	return false
}

// cjkStems are health words of Korean, Chinese and Japanese, found inside
// a token.
var cjkStems = []struct {
	stem string
	cat  Category
}{
	{"수술", Procedure}, {"치료", Procedure}, {"시술", Procedure}, {"항암", Procedure}, {"입원", Procedure},
	{"퇴원", Procedure}, {"주사", Procedure}, {"진단", Procedure}, {"임신", Condition}, {"출산", Condition},
	{"투병", Condition}, {"완치", Condition},
	{"手术", Procedure}, {"手術", Procedure}, {"治疗", Procedure}, {"治療", Procedure}, {"化疗", Procedure},
	{"住院", Procedure}, {"出院", Procedure}, {"入院", Procedure}, {"退院", Procedure}, {"打针", Procedure},
	{"怀孕", Condition}, {"懷孕", Condition}, {"妊娠", Condition}, {"癌症", Condition},
	{"生病", Condition}, {"出産", Condition},
	// Korean tests, vaccines, diagnoses, mending and death ("혈액 검사",
	// "예방접종", "당뇨", "깁스", "재활", "별세"), and the same in Chinese.
	{"검사", Procedure}, {"검진", Procedure}, {"접종", Procedure}, {"백신", Medicine}, {"처방", Medicine},
	{"당뇨", Condition}, {"혈압", Condition}, {"골절", Condition}, {"깁스", Procedure}, {"재활", Procedure},
	{"투석", Procedure}, {"별세", Condition}, {"백내장", Condition}, {"명복", Condition}, {"돌아가셨", Condition},
	{"检查", Procedure}, {"檢查", Procedure}, {"化療", Procedure}, {"疫苗", Medicine}, {"糖尿病", Condition},
	{"高血压", Condition}, {"高血壓", Condition}, {"骨折", Condition}, {"中风", Condition}, {"中風", Condition},
	{"透析", Procedure}, {"去世", Condition}, {"逝世", Condition},
	{"过世", Condition}, {"過世", Condition}, {"安息", Condition},
	// Childhood diseases, cancers, stroke, heart attack, pneumonia, flu,
	// asthma, depression, panic disorder, dementia, a caesarean, a
	// pregnant woman, after a birth, an ultrasound and X-ray, the ER and
	// ICU, death, a funeral and crutches, in Korean (session 20, t20lex).
	// Not "암" alone (it is inside many words) nor "유산" (also an
	// inheritance) nor "조산" (also a midwife's "조산사").
	{"홍역", Condition}, {"수두", Condition}, {"백일해", Condition}, {"위암", Condition}, {"유방암", Condition},
	{"폐암", Condition}, {"대장암", Condition}, {"갑상선암", Condition}, {"간암", Condition}, {"뇌졸중", Condition},
	{"심장마비", Condition}, {"폐렴", Condition}, {"독감", Condition}, {"천식", Condition}, {"우울증", Condition},
	{"공황장애", Condition}, {"치매", Condition}, {"제왕절개", Procedure}, {"임산부", Condition}, {"산후", Condition},
	{"초음파", Procedure}, {"엑스레이", Procedure}, {"응급실", Procedure}, {"중환자실", Procedure}, {"사망", Condition},
	{"장례", Condition}, {"목발", Procedure},
	// The same in Chinese, simplified and traditional: "癌" is only ever
	// a cancer. Not a ward ("病房": a ward's nurse is staff).
	{"麻疹", Condition}, {"水痘", Condition}, {"百日咳", Condition}, {"癌", Condition}, {"肿瘤", Condition},
	{"腫瘤", Condition}, {"心脏病", Condition}, {"心臟病", Condition}, {"心梗", Condition}, {"肺炎", Condition},
	{"流感", Condition}, {"感冒", Condition}, {"哮喘", Condition}, {"抑郁症", Condition}, {"憂鬱症", Condition},
	{"抑鬱症", Condition}, {"失智", Condition}, {"痴呆", Condition}, {"流产", Condition}, {"流產", Condition},
	{"剖腹产", Procedure}, {"剖腹產", Procedure}, {"分娩", Condition}, {"坐月子", Condition},
	{"超声波", Procedure}, {"超聲波", Procedure}, {"验血", Procedure}, {"驗血", Procedure},
	{"急诊", Procedure}, {"急診", Procedure}, {"病逝", Condition}, {"葬礼", Condition}, {"葬禮", Condition},
	{"吃药", Medicine}, {"吃藥", Medicine}, {"拐杖", Procedure}, {"看病", Procedure},
}

// ethiopicStems are health words of Amharic and Tigrinya in Ethiopic
// script, found inside a token: the script writes "in", "of" and "the"
// onto the word ("በሆስፒታል", "የስኳር"). Hospital, surgery ("ቀዶ ጥገና"),
// disease (Amharic and Tigrinya), cancer, pregnant, vaccination,
// medicine, illness and a birth (session 20, t20lex; our own list).
var ethiopicStems = []struct {
	stem string
	cat  Category
}{
	{"ሆስፒታል", Procedure}, {"ቀዶ", Procedure}, {"በሽታ", Condition}, {"ሕማም", Condition}, {"ካንሰር", Condition},
	{"እርጉዝ", Condition}, {"ክትባት", Procedure}, {"መድሃኒት", Medicine}, {"መድኃኒት", Medicine}, {"ሕመም", Condition},
	{"ህመም", Condition}, {"ወለደ", Condition},
}

// arabicStems are health words of Arabic as families and practices write
// them (our own list, in Modern Standard Arabic spelling, issue 11): an
// operation and surgery, a hospital, treatment, cancer, diabetes, blood
// failure of the kidneys, pregnancy and birth, a newborn, vaccines and
// medicine, insulin, a fracture, a stroke or clot, tests, chemotherapy,
// an injury, and death. Not recovery: "شفاه الله" is a get-well wish.
var arabicStems = []struct {
	stem string
	cat  Category
}{
	{"عملية", Procedure}, {"عمليه", Procedure}, {"جراحة", Procedure}, {"جراحي", Procedure}, {"مستشفى", Procedure},
	{"علاج", Procedure}, {"سرطان", Condition}, {"السكري", Condition}, {"الكلوي", Condition}, {"حامل", Condition},
	{"ولادة", Condition}, {"مولود", Condition}, {"أنجبت", Condition}, {"انجبت", Condition}, {"لقاح", Medicine},
	{"تطعيم", Procedure}, {"دواء", Medicine}, {"أدوية", Medicine}, {"انسولين", Medicine}, {"أنسولين", Medicine},
	{"كسور", Condition}, {"مكسور", Condition}, {"جلطة", Condition}, {"تحاليل", Procedure}, {"كيماوي", Procedure},
	{"إصابة", Condition}, {"توفي", Condition}, {"وفاة", Condition}, {"رحمه", Condition}, {"رحمها", Condition},
	// Kurdish (Sorani, in Arabic letters): surgery, hospital, medicine,
	// cancer, diabetes.
	{"نەشتەرگەری", Procedure}, {"نەخۆشخانە", Procedure}, {"دەرمان", Medicine}, {"شێرپەنجە", Condition}, {"شەکرە", Condition},
}

// southAsianStems are health words of Nepali and Hindi (Devanagari) and
// Burmese, the languages of the Bhutanese-Nepali and Burmese (Chin,
// Karen) families many practices serve (our own list): hospital,
// operation and surgery, treatment, pregnancy, cancer, diabetes and
// "sugar" as Nepali says it, blood pressure, medicine, vaccine, dialysis
// and death, fever, the sick and a new mother; Burmese hospital, surgery, pregnancy, cancer, diabetes,
// hypertension and vaccine.
var southAsianStems = []struct {
	stem string
	cat  Category
}{
	{"अस्पताल", Procedure}, {"अपरेसन", Procedure}, {"अपरेशन", Procedure}, {"शल्यक्रिया", Procedure}, {"उपचार", Procedure},
	{"गर्भवती", Condition}, {"क्यान्सर", Condition}, {"कैंसर", Condition}, {"मधुमेह", Condition}, {"सुगर", Condition},
	{"प्रेसर", Condition}, {"औषधि", Medicine}, {"खोप", Procedure}, {"डायलासिस", Procedure}, {"निधन", Condition},
	// Fever, the sick, and after a birth (session 15).
	{"ज्वरो", Condition}, {"बिरामी", Condition}, {"सुत्केरी", Condition},
	{"ဆေးရုံ", Procedure}, {"ခွဲစိတ်", Procedure}, {"ကိုယ်ဝန်", Condition}, {"ကင်ဆာ", Condition}, {"ဆီးချို", Condition},
	{"သွေးတိုး", Condition}, {"ကာကွယ်ဆေး", Procedure},
}

// cyrillicStems are health words of Russian and Ukrainian, found at a
// word's start whatever its ending: surgery, treatment, chemotherapy,
// cataract, diabetes, stroke, heart attack, cancer care, tuberculosis,
// depression, pregnancy and birth, fracture and cast, rehabilitation,
// hospital, tests, vaccination, insulin, and death. Not recovery: it is
// mostly a get-well wish ("Выздоравливайте!", "Одужуйте!", "早日康复").
var cyrillicStems = []struct {
	stem string
	cat  Category
}{
	{"операци", Procedure}, {"операці", Procedure}, {"прооперир", Procedure}, {"прооперув", Procedure},
	{"лечени", Procedure}, {"лікуванн", Procedure}, {"химиотерап", Procedure}, {"хіміотерап", Procedure},
	{"химия", Procedure}, {"хімі", Procedure}, {"катаракт", Condition}, {"диабет", Condition}, {"діабет", Condition},
	{"инсульт", Condition}, {"інсульт", Condition}, {"инфаркт", Condition}, {"інфаркт", Condition},
	{"онколог", Condition}, {"туберкул", Condition}, {"депресс", Condition}, {"депрес", Condition},
	{"беременн", Condition}, {"вагітн", Condition}, {"родил", Condition}, {"народил", Condition}, {"пологи", Condition},
	{"роды", Condition}, {"перелом", Condition}, {"гипс", Procedure}, {"гіпс", Procedure}, {"реабилит", Procedure},
	{"реабіліт", Procedure}, {"больниц", Procedure}, {"лікарн", Procedure}, {"госпитал", Procedure},
	{"госпіталі", Procedure}, {"анализ", Procedure}, {"аналіз", Procedure}, {"прививк", Procedure}, {"щеплен", Procedure},
	{"вакцин", Medicine}, {"инсулин", Medicine}, {"інсулін", Medicine}, {"умер", Condition}, {"помер", Condition}, {"скончал", Condition},
	{"похорон", Condition},
	// Blood pressure and medicine (session 15): "давление
	// стабилизировалось", "после смены лекарства", "тиск", "ліки".
	{"давлени", Condition}, {"лекарств", Medicine}, {"тиск", Condition}, {"ліки", Medicine}, {"ліків", Medicine},
	// Childhood diseases, pneumonia, flu, asthma, hypertension, a
	// miscarriage, a caesarean, an X-ray, a drip, intensive care,
	// epilepsy, dementia, an abortion and a shot (session 20, t20lex).
	// Not "викид" alone: it is also "to throw out".
	{"ветрянк", Condition}, {"вітрянк", Condition}, {"коклюш", Condition}, {"кашлюк", Condition},
	{"пневмони", Condition}, {"пневмоні", Condition}, {"грипп", Condition}, {"грип", Condition}, {"астм", Condition},
	{"гипертони", Condition}, {"гіпертоні", Condition}, {"выкидыш", Condition}, {"викидень", Condition}, {"викидня", Condition},
	{"кесарев", Procedure}, {"кесарів", Procedure}, {"рентген", Procedure}, {"капельниц", Procedure}, {"крапельниц", Procedure},
	{"реанимаци", Procedure}, {"реанімаці", Procedure}, {"эпилепси", Condition}, {"епілепсі", Condition},
	{"деменци", Condition}, {"деменці", Condition}, {"альцгеймер", Condition}, {"аборт", Condition}, {"укол", Procedure},
}

// Word shapes of medicine: the Greek and Latin endings of procedures and
// conditions ("sclerotherapy", "cholecystectomy", "blepharoplasty",
// "tendinitis") and the stems the USAN council gives drug names
// ("semaglutide", "lisinopril", "atorvastatin", "adalimumab"). Terms the
// word list has not heard of still have the shape: the list cannot hold
// every procedure and drug, the shape can.
var (
	procedureEndings = []string{"ectomy", "ectomies", "otomy", "otomies", "ostomy", "ostomies", "plasty", "plasties",
		"oscopy", "oscopies", "therapy", "therapies", "terapia", "ectomía", "plastia", "oscopia", "lysis", "pexy", "desis"}
	conditionEndings = []string{"itis", "osis", "algia", "pathy", "plegia", "rrhea", "uria", "trophy", "cele"}
	drugStems        = []string{"glutide", "tirzepatide", "mab", "nib", "pril", "sartan", "olol", "statin", "prazole", "tidine",
		"cillin", "mycin", "cycline", "floxacin", "conazole", "dipine", "formin", "gliptin", "gliflozin", "triptan",
		"oxetine", "azepam", "azolam", "codone", "morphone", "setron", "lukast", "terol", "parin", "xaban", "vastatin",
		"semide", "thiazide", "tretinoin", "sone", "olone", "profen", "oxacin", "vudine", "navir", "previr",
		"asvir", "cept", "kinra", "lintide", "dronate",
		// Thyroid hormones, the -apine and -peridone antipsychotics,
		// tricyclics and the gabapentinoids ("levothyroxine",
		// "quetiapine", "amitriptyline", "pregabalin").
		"thyroxine", "thyronine", "apine", "peridone", "triptyline", "pramine", "gabalin", "pentin"}
	// notShaped words have a medical ending and are everyday words.
	notShaped = map[string]bool{
		"nostalgia": true, "sympathy": true, "telepathy": true, "antipathy": true, "osmosis": true, "symbiosis": true,
		"metamorphosis": true, "apotheosis": true, "analysis": true, "catalysis": true, "concept": true,
		"concepts": true, "intercept": true, "precept": true, "percept": true, "philosophy": true,
	}
)

// shaped returns the category a word's medical shape gives it, or 0: that
// of the first ending it has among procedureEndings, drugStems and
// conditionEndings, in that order.
func shaped(w string) Category {
	if len(w) < 6 {
		return 0
	}
	// The endings first: most words have none, and the letters need not
	// be read then.
	for _, e := range endingsByLast[w[len(w)-1]] {
		// Two letters before a drug stem of five or more make a drug
		// ("losartan", "heparin"); shorter stems and the endings need
		// three ("accept" is no "-cept" drug, "apathy" no "-pathy").
		lead := 2
		if e.cat == Medicine && len(e.suffix) >= 5 {
			lead = 1
		}
		if len(w) > len(e.suffix)+lead && strings.HasSuffix(w, e.suffix) {
			if !asciiLower(w) && !strings.ContainsAny(w, "íá") || notShaped[w] {
				return 0
			}
			return e.cat
		}
	}
	return 0
}

// ending is one medical ending and the category it gives.
type ending struct {
	suffix string
	cat    Category
}

// endingsByLast holds the endings by their last byte, each byte's in the
// order shaped tries them: At asks about every long word of a text, and a
// word need only be compared with the few endings that end as it does.
var endingsByLast = func() (t [256][]ending) {
	for _, list := range []struct {
		suffixes []string
		cat      Category
	}{{procedureEndings, Procedure}, {drugStems, Medicine}, {conditionEndings, Condition}} {
		for _, e := range list.suffixes {
			t[e[len(e)-1]] = append(t[e[len(e)-1]], ending{e, list.cat})
		}
	}
	return t
}()

// asciiLower reports whether w is all lower-case ASCII letters.
func asciiLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// startIndex finds what can start at a word in one look-up: At asks about
// every word of a text, and most words start no term. It keys every word
// that starts a term itself or through its singular (load's first words
// and their regular plurals), and a 65,536-bit signature of those keys
// turns most other words away before the table (starts by the word's
// index in words) is asked.
//
// It holds no pointers but the strings of words and restText: the terms
// are ranges of one array, and their words offsets into one string.
type startIndex struct {
	sig    [1024]uint64
	words  *wordtab.Table
	starts []start
	// terms holds every term, those under one first word together,
	// longest first.
	terms []indexedTerm
	// restText holds the terms' words after the first, one after
	// another: word j is restText[restEnds[j]:restEnds[j+1]].
	restText string
	restEnds []uint32
}

// start is what can start at one word: the terms under the word itself
// and those under its singular ("knees": those under "knee").
type start struct{ own, sing termRange }

// termRange is the terms startIndex.terms[from:to].
type termRange struct{ from, to uint32 }

// indexedTerm is a term of startIndex: its words after the first are
// words restFrom to restTo of restText.
type indexedTerm struct {
	restFrom, restTo uint32
	cat              Category
}

// restWord returns word j of restText.
func (x *startIndex) restWord(j int) string { return x.restText[x.restEnds[j]:x.restEnds[j+1]] }

func newStartIndex(byFirst map[string][]term) *startIndex {
	x := &startIndex{restEnds: []uint32{0}}
	var rest strings.Builder
	// Each first word's terms, once, as a range of x.terms.
	lists := make(map[string]termRange, len(byFirst))
	for w, list := range byFirst {
		r := termRange{from: uint32(len(x.terms))}
		for _, t := range list {
			e := indexedTerm{restFrom: uint32(len(x.restEnds) - 1), cat: t.cat}
			for _, word := range t.rest {
				rest.WriteString(word)
				x.restEnds = append(x.restEnds, uint32(rest.Len()))
			}
			e.restTo = uint32(len(x.restEnds) - 1)
			x.terms = append(x.terms, e)
		}
		r.to = uint32(len(x.terms))
		lists[w] = r
	}
	x.restText = rest.String()
	keyed := make(map[string]bool, 2*len(byFirst))
	var words []string
	add := func(w string) {
		if keyed[w] || w == "" {
			return
		}
		st := start{own: lists[w]}
		if s := singular(w); s != w {
			st.sing = lists[s]
		}
		if st.own.empty() && st.sing.empty() {
			return
		}
		keyed[w] = true
		words = append(words, w)
		x.starts = append(x.starts, st)
		b := startSig(w)
		x.sig[b>>6] |= 1 << (b & 63)
	}
	for w := range byFirst {
		add(w)
		// The words whose singular is w: singular strips "s" and turns
		// "ies" into "y" (add keeps a word only when singular leads to
		// terms).
		add(w + "s")
		if strings.HasSuffix(w, "y") {
			add(w[:len(w)-1] + "ies")
		}
	}
	x.words = wordtab.New(words)
	return x
}

func (r termRange) empty() bool { return r.from == r.to }

// startSig is a word's signature bit: its length and its first two and
// last two bytes, mixed.
func startSig(w string) uint {
	n := len(w)
	h := uint(n)*0x9E3779B1 ^ uint(w[0])*0x85EBCA6B ^ uint(w[n-1])*0xC2B2AE35
	if n > 1 {
		h ^= uint(w[1])*0x27D4EB2F ^ uint(w[n-2])*0x165667B1
	}
	h ^= h >> 16
	return h & (1<<16 - 1)
}

// at returns what can start at w (not empty), or nil.
func (x *startIndex) at(w string) *start {
	if b := startSig(w); x.sig[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	if k := x.words.Index(w, wordtab.Hash(w)); k >= 0 {
		return &x.starts[k]
	}
	return nil
}

// singular strips a regular plural ending: "fractures" → "fracture",
// "injuries" → "injury", "knees" → "knee".
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// hurtAfter words after a body part make it a health detail ("her appendix
// burst", "that knee replaced", "hip surgery").
var hurtAfter = map[string]bool{
	"replacement": true, "surgery": true, "replaced": true, "burst": true, "ruptured": true, "removed": true,
	"fixed": true, "broke": true, "broken": true, "fractured": true, "sprained": true, "transplant": true,
	"reconstruction": true, "repair": true, "repaired": true, "injury": true, "injuries": true, "infection": true,
	"recon": true, "scope": true, "scoped": true,
	// A nerve freed: "carpal tunnel release", "trigger finger release".
	"release": true,
	// Set with hardware: "her hip was pinned", "his wrist got plated".
	"pinned": true, "plated": true,
	// A body part that hurts: "his knees hurt", "her shoulder still aches".
	"hurt": true, "hurts": true, "hurting": true, "ache": true, "aches": true, "aching": true, "sore": true, "swollen": true,
	"strain": true, "strained": true, "sprain": true, "tear": true, "torn": true, "pull": true,
	// Coming back from it: "her ACL comeback", "his Achilles rehab".
	"comeback": true, "rehab": true,
}

// compoundHeads, after a body part, make it the first half of a compound:
// a rank before a job or a sport ("the new head coach", "our new head
// nurse") or a thing ("the new eye chart", "new hand sanitizer").
var compoundHeads = map[string]bool{
	"coach": true, "coaches": true, "nurse": true, "nurses": true, "chef": true, "cook": true, "custodian": true,
	"counselor": true, "counsellor": true, "librarian": true, "lifeguard": true, "ranger": true, "teacher": true,
	"football": true, "basketball": true, "baseball": true, "soccer": true, "softball": true, "volleyball": true,
	"hockey": true, "wrestling": true, "track": true, "swim": true, "golf": true, "tennis": true, "rugby": true,
	"chart": true, "charts": true, "sanitizer": true, "start": true, "count": true, "office": true, "door": true,
}

// compoundOf reports whether body part b makes a compound with head h:
// "head" ranks any job or sport ("head coach", "head basketball coach")
// and makes "head start", "head count", "head office"; the others only
// their own things ("eye chart", "hand sanitizer", "back door", "back
// office"). "Tom's new hip office visit", "his new knee tennis debut"
// are the implant's (session 16, att16).
func compoundOf(b, h string) bool {
	switch b {
	case "head":
		return true
	case "eye", "eyes":
		return h == "chart" || h == "charts"
	case "hand", "hands":
		return h == "sanitizer"
	case "back":
		return h == "door" || h == "office"
	}
	return false
}

// newCompound reports "new" before a body part that is no body: the first
// half of a compound ("the new head coach", "the new eye chart"), or
// newcomers ("new faces", "a new face at the front desk"). "His new
// knee" and "a new heart" are implants.
func newCompound(words []string, i, n int) bool {
	if i == 0 || words[i-1] != "new" {
		return false
	}
	if i+n < len(words) && compoundHeads[words[i+n]] && compoundOf(words[i], words[i+n]) {
		return true
	}
	return n == 1 && (words[i] == "faces" || words[i] == "face" && i >= 2 && words[i-2] == "a")
}

// jointRolled are the joints a person rolls when they turn them over
// ("rolled an ankle", "rolled his knee").
var jointRolled = map[string]bool{"ankle": true, "ankles": true, "knee": true, "foot": true, "wrist": true}

// hurtWords before a body part make it a health detail ("broke her wrist",
// "his new knee").
var hurtWords = map[string]bool{
	"new": true, "broke": true, "broken": true, "sprained": true, "fractured": true, "torn": true, "tore": true,
	"dislocated": true, "hurt": true, "injured": true, "bad": true, "replaced": true, "replacement": true, "sore": true,
	"bum": true, "busted": true, "achy": true, "wonky": true, "trick": true, "reconstructed": true, "repaired": true,
	"fix": true, "scoped": true,
	// The hurt words of sport and ranch work: "a blown ACL", "cracked a
	// rib", "snapped his collarbone", "jammed her finger".
	"blown": true, "blew": true, "cracked": true, "snapped": true, "shattered": true, "bruised": true, "jammed": true,
	"twisted": true,
}

// Find returns the health details in words, in order and without overlaps.
// A body part counts only after a hurt word, directly or across a
// possessive ("his new knee", "broke her wrist"). It appends to out.
func Find(words []string, out []Hit) []Hit {
	for i := 0; i < len(words); i++ {
		if len(words[i]) < 2 && !oneByte[words[i][0]] {
			continue // punctuation and most single letters: no term starts there, no weight ends there
		}
		// A weight ends in a unit after a number: most words follow none.
		afterNumber := i >= 2 && words[i-1] != "" && '0' <= words[i-1][0] && words[i-1][0] <= '9'
		if afterNumber && birthWeight(words, i) {
			// "5 lbs 2 oz": a newborn's weight.
			out = append(out, Hit{From: i - 3, To: i + 1, Cat: Condition})
			continue
		}
		if afterNumber && shortBirthWeight(words, i) {
			// "6lb 9oz", "7lbs 2oz": the same, glued to its units.
			out = append(out, Hit{From: i - 1, To: i + 1, Cat: Condition})
			continue
		}
		if afterNumber && weightLost(words, i) {
			// "down 35 pounds", "dropped 2 sizes": someone's weight.
			if n := len(out); n > 0 && out[n-1].To > i-2 {
				out = out[:n-1] // "lost" alone, if a term, gives way
			}
			out = append(out, Hit{From: i - 2, To: i + 1, Cat: Habit})
			continue
		}
		n, cat := At(words, i)
		if n == 0 && (words[i] == "cast" || words[i] == "casts") && wornCast(words, i) {
			n, cat = 1, Procedure
		}
		if n == 0 {
			continue
		}
		if n == 1 && words[i] == "spots" && placesOrOpenings(words, i) {
			continue // "four new parking spots", "a few open spots for new patients"
		}
		if (cat == Condition || cat == Procedure) && Figurative(words, i, n) {
			i += n - 1
			continue
		}
		if cat == BodyPart {
			// "hip's pinned": the "s" of "is" split off between.
			after := i + n
			if after+1 < len(words) && words[after] == "s" {
				after++
			}
			if !hurtBefore(words, i) && !(after < len(words) && hurtAfter[words[after]]) && !takenOut(words, i, n) && !healedAfter(words, i+n) ||
				newCompound(words, i, n) {
				continue
			}
			cat = Condition
		}
		// "flu vaccine", "measles shots", "cancer screening", "flu season":
		// a condition named for its prevention or an event is not anyone's
		// illness.
		if cat == Condition && i+n < len(words) {
			if topicWords[words[i+n]] {
				// "the flu clinic", "a cancer walk", "Alzheimer's
				// awareness month": an event or a topic, no one's health.
				i += n
				continue
			}
			if eventWords[words[i+n]] {
				cat, n = Procedure, n+1
			} else if m, c2 := At(words, i+n); m > 0 && (c2 == Procedure || c2 == Medicine) {
				cat, n = Procedure, n+m
			}
		}
		if (cat == Procedure || cat == Medicine) && i+n < len(words) && serviceEvent[words[i+n]] {
			// "the flu shot clinic", "a vaccine drive", "the first aid
			// station": an event someone runs or visits, no one's care.
			i += n - 1
			continue
		}
		out = append(out, Hit{From: i, To: i + n, Cat: cat})
		i += n - 1
	}
	return out
}

// shortBirthWeight reports whether words[i] ends a birth weight written
// with its units glued on ("6lb 9oz", "7lbs 2oz").
func shortBirthWeight(words []string, i int) bool {
	if i < 1 {
		return false
	}
	oz, ok := strings.CutSuffix(words[i], "oz")
	if !ok || oz == "" || !digits(oz) {
		return false
	}
	lb, ok := strings.CutSuffix(words[i-1], "lbs")
	if !ok {
		lb, ok = strings.CutSuffix(words[i-1], "lb")
	}
	return ok && lb != "" && digits(lb)
}

// birthWeight reports whether words[i] ends a weight told in pounds and
// ounces ("5 lbs 2 oz", "7 pounds 11 ounces"): how a birth is announced.
func birthWeight(words []string, i int) bool {
	if i < 3 || (words[i] != "oz" && words[i] != "ounces") || !digits(words[i-1]) || !digits(words[i-3]) {
		return false
	}
	switch words[i-2] {
	case "lb", "lbs", "pounds":
		return true
	}
	return false
}

// weightLost reports whether words[i] ends a weight lost ("down 35
// pounds", "lost 50 lbs", "dropping 2 sizes").
func weightLost(words []string, i int) bool {
	if i < 2 || !digits(words[i-1]) {
		return false
	}
	switch words[i] {
	case "pounds", "lbs", "lb", "kilos", "kg", "sizes":
	default:
		return false
	}
	switch words[i-2] {
	case "lost", "lose", "losing", "down", "dropped", "dropping", "drop", "shed", "shedding":
		return true
	}
	return false
}

func digits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// topicWords after a condition make it a topic or an event that is no
// one's health ("flu season", "cancer awareness month", "the flu clinic").
var topicWords = map[string]bool{
	"season": true, "awareness": true, "month": true, "week": true, "day": true, "clinic": true, "clinics": true,
	"walk": true, "run": true, "research": true, "foundation": true, "society": true, "association": true,
	"fundraiser": true, "drive": true, "event": true, "fair": true, "ride": true, "gala": true, "5k": true,
}

// serviceEvent words after a procedure or medicine make it an event ("the
// flu shot clinic", "our vaccine drive").
var serviceEvent = map[string]bool{
	"clinic": true, "clinics": true, "drive": true, "drives": true, "fair": true, "fairs": true, "event": true, "events": true,
	"station": true, "stations": true, "booth": true, "night": true, "fundraiser": true, "gala": true, "walk": true, "5k": true,
	"week": true, "room": true, "rooms": true, "suite": true, "wing": true, "pool": true,
}

// eventWords after a condition make it a service someone may get ("flu
// vaccine", "cancer screening"): care, not an illness.
var eventWords = map[string]bool{
	"screening": true, "screenings": true, "prevention": true, "test": true, "tests": true, "testing": true,
}

// openingWords before or after "spots" make them places or openings:
// "parking spots", "open spots", "spots left".
var (
	spotsBefore = map[string]bool{
		"parking": true, "metered": true, "open": true, "available": true, "few": true, "more": true, "limited": true, "last": true, "lunch": true,
		"hot": true, "extra": true, "reserved": true, "free": true, "empty": true, "remaining": true, "camp": true, "class": true,
		"appointment": true, "many": true, "several": true, "best": true, "favorite": true, "fav": true,
		// Places to eat or to go: "the best pho spots", "coffee spots", "sledding spots".
		"coffee": true, "taco": true, "pho": true, "pizza": true, "ramen": true, "boba": true, "brunch": true, "breakfast": true,
		"dinner": true, "food": true, "bbq": true, "burger": true, "donut": true, "hiking": true, "fishing": true, "picnic": true,
		"camping": true, "sledding": true, "swimming": true, "study": true, "photo": true, "date": true, "tourist": true, "hangout": true,
	}
	spotsAfter = map[string]bool{
		"left": true, "available": true, "open": true, "remaining": true, "for": true, "fill": true, "filling": true,
		"still": true, "out": true, "downtown": true, "near": true, "close": true, "this": true, "per": true, "at": true,
	}
)

// placesOrOpenings reports whether "spots" at i are places or openings
// ("four new parking spots", "a few open spots for new patients", "10
// spots left"), not marks on the skin ("new spots on her arm", "red
// spots").
func placesOrOpenings(words []string, i int) bool {
	if i > 0 && (words[i-1] == "parking" || words[i-1] == "metered") {
		return true // "metered spots on Olmstead Ave": where to park, whatever follows
	}
	if i+1 < len(words) && (words[i+1] == "on" || words[i+1] == "all") {
		return false // "spots on his back", "spots all over"
	}
	if i+1 < len(words) && spotsAfter[words[i+1]] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if w := words[k]; spotsBefore[w] || digits(w) || numberWords[w] {
			return true
		}
	}
	return false
}

// numberWords count: "four new spots".
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"twelve": true, "fifteen": true, "twenty": true, "dozen": true, "hundred": true,
}

// slangThing words after "sick" make it praise, not illness: "that sick
// kickflip", "a sick playlist", "sick beats".
var slangThing = map[string]bool{
	"kickflip": true, "kickflips": true, "ollie": true, "trick": true, "tricks": true, "move": true, "moves": true, "beat": true,
	"beats": true, "playlist": true, "mix": true, "track": true, "song": true, "jam": true, "solo": true, "riff": true,
	"goal": true, "save": true, "dunk": true, "catch": true, "pass": true, "play": true, "throw": true, "flip": true,
	"jump": true, "wheelie": true, "ride": true, "fit": true, "outfit": true, "kicks": true, "sneakers": true, "costume": true,
	"costumes": true, "mural": true, "lights": true, "decorations": true, "view": true, "design": true, "combo": true,
	"car": true, "truck": true, "bike": true, "board": true, "skateboard": true, "shades": true, "tattoo": true,
}

// collective words are the writers together, whose jokes about a party or
// a workout tell nobody's health: "we're still recovering from the
// potluck", "none of us have recovered".
var collective = map[string]bool{
	"we": true, "us": true, "team": true, "crew": true, "staff": true, "everyone": true, "everybody": true,
}

// recoveryFiller words may stand between the writers and their recovery:
// "we're all still recovering", "none of us have fully recovered".
var recoveryFiller = map[string]bool{
	"re": true, "are": true, "were": true, "have": true, "ve": true, "has": true, "is": true, "s": true, "all": true,
	"still": true, "both": true, "so": true, "just": true, "officially": true, "totally": true, "fully": true, "not": true,
	"never": true, "yet": true, "been": true, "'": true, "’": true, "whole": true,
}

// Figurative reports whether the term at words[i:i+n] is said in jest,
// not of anyone's health: slang "sick" before a feat or a thing, a
// recovery the writers joke about ("we're still recovering from those
// burpees", "none of us have recovered emotionally") with no illness
// after it, or an ache from laughing ("gave us all a stomach ache from
// laughing").
func Figurative(words []string, i, n int) bool {
	w := words[i]
	if n == 1 && w == "sick" && i+1 < len(words) && slangThing[words[i+1]] {
		return true
	}
	if n == 1 && (w == "recovering" || w == "recovered" || w == "recover") && funRecovered(words, i) {
		// "Dr. Greene is recovering from the marathon", "still recovering
		// from the Browns game": an outing or a party, no illness, whoever
		// recovers (session 16, att16).
		return true
	}
	if n == 1 && (w == "recovering" || w == "recovered" || w == "recover") {
		k := i - 1
		for k >= 0 && k > i-5 && recoveryFiller[words[k]] {
			k--
		}
		if k < 0 || !collective[words[k]] {
			return false
		}
		// "we're recovering from the flu" still tells an illness.
		for j := i + 1; j < len(words) && j < i+5; j++ {
			if m, _ := At(words, j); m > 0 {
				return false
			}
		}
		return true
	}
	for j := i + n; j+1 < len(words) && j < i+n+3; j++ {
		if words[j] == "from" && (words[j+1] == "laughing" || words[j+1] == "laughter") {
			return true
		}
	}
	return false
}

// funEvents are outings, games and parties someone recovers from with no
// illness.
var funEvents = map[string]bool{"marathon": true, "half-marathon": true, "5k": true, "10k": true, "race": true, "game": true,
	"party": true, "potluck": true, "holidays": true, "holiday": true, "weekend": true, "wedding": true, "reunion": true,
	"tournament": true, "cook-off": true, "cookoff": true, "concert": true, "festival": true, "fair": true, "trip": true,
	"move": true, "vacation": true, "loss": true, "season": true, "playoffs": true, "gala": true, "fundraiser": true}

// funRecovered reports "recovering from" and, within six words, a fun
// event and no health term: "recovering from the staff holiday party",
// "from our chili cook-off loss". "Recovering from the flu" or "from the
// marathon and a torn ACL" tell health.
func funRecovered(words []string, i int) bool {
	if i+1 >= len(words) || words[i+1] != "from" {
		return false
	}
	fun := false
	for j := i + 2; j < len(words) && j < i+8; j++ {
		if m, _ := At(words, j); m > 0 {
			return false
		}
		fun = fun || funEvents[words[j]]
	}
	return fun
}

// wornCast reports whether "cast" at i is one worn on a limb ("the cast is
// finally off", "her new cast"), not a play's cast or a cast vote.
func wornCast(words []string, i int) bool {
	if i+1 < len(words) {
		switch words[i+1] {
		case "of", "list", "party", "members", "member", "iron", "vote", "votes", "ballot", "ballots", "and", "crew":
			return false
		}
	}
	if i == 0 {
		return false
	}
	switch words[i-1] {
	case "the", "her", "his", "their", "my", "your", "a", "new", "arm", "leg", "walking", "s":
		return true // "s": "Brenda's cast", the apostrophe split off
	case "pink", "purple", "blue", "green", "red", "orange", "yellow", "neon", "camo", "wrist", "foot", "ankle",
		"fiberglass", "plaster", "waterproof", "full":
		return true // "a purple cast", "her wrist cast": what a child picks at the fracture clinic
	}
	return false
}

// healedAfter reports whether a body part's own healing follows it
// within three words: "his leg is fully healed", "her wrist is healing
// nicely".
func healedAfter(words []string, j int) bool {
	for k := j; k < len(words) && k < j+3; k++ {
		switch words[k] {
		case "healed", "healing", "mended", "mending", "recovered", "recovering":
			return true
		}
	}
	return false
}

// groomedParts are body parts whose being "done" is grooming, not care:
// "got her nails done", "had his hair done".
var groomedParts = map[string]bool{"nail": true, "nails": true, "hair": true, "brow": true, "brows": true, "eyebrow": true,
	"eyebrows": true, "lash": true, "lashes": true, "eyelash": true, "eyelashes": true, "face": true, "toes": true, "toe": true,
	"beard": true, "feet": true, "foot": true}

// takenOut reports whether the body part at words[i:i+n] was taken out
// or operated on: "had his gallbladder out", "got her tonsils out", "had
// her hip done" (session 15, t15kin: how a joint replacement is told in
// passing), but not "got her nails done".
func takenOut(words []string, i, n int) bool {
	if cameOut(words, i, n) {
		return true
	}
	if i < 2 || i+n >= len(words) || words[i+n] != "out" && (words[i+n] != "done" || groomedParts[words[i+n-1]]) {
		return false
	}
	switch words[i-1] {
	case "her", "his", "their", "my", "your", "the":
	default:
		return false
	}
	switch words[i-2] {
	case "had", "has", "have", "got", "gets", "getting", "having", "get":
		return true
	}
	return false
}

// countWords count body parts: "broke two ribs", "sprained both ankles".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "both": true,
	"several": true, "multiple": true}

// hurtBefore reports whether a hurt word comes right before words[i], or
// two words before with a possessive or a count between.
func hurtBefore(words []string, i int) bool {
	if i >= 2 && words[i-1] == "new" && words[i-2] == "our" {
		return false // "our new wing": the practice's, no one's body
	}
	if i >= 1 && hurtWords[words[i-1]] {
		return true
	}
	if i >= 2 && words[i-2] == "rolled" && jointRolled[words[i]] && (words[i-1] == "an" || words[i-1] == "her" || words[i-1] == "his" || words[i-1] == "their" || words[i-1] == "my") {
		return true // "rolled an ankle": "rolled her eyes" is a look, not a hurt
	}
	if i >= 2 && hurtWords[words[i-2]] {
		switch words[i-1] {
		case "her", "his", "their", "my", "a", "the", "its", "your":
			return true
		}
	}
	if i >= 3 && hurtWords[words[i-3]] && (words[i-2] == "her" || words[i-2] == "his" || words[i-2] == "their" || words[i-2] == "my") {
		return true // "broke her left wrist"
	}
	if i >= 2 && hurtWords[words[i-2]] && words[i-2] != "new" && (digits(words[i-1]) || countWords[words[i-1]]) {
		return true // "broke 3 ribs", "cracked two vertebrae", "sprained both ankles"
	}
	return false
}

// MayStart reports whether Find can return a hit starting at words[i]: a
// term starts there, a worn cast may, or the number of a birth weight or
// of a weight lost follows. It is a necessary condition only, and costs a
// look-up or two: a caller that asks about one sentence or one word learns
// that it holds no health detail without running Find over the whole text.
func MayStart(words []string, i int) bool {
	if n, _ := At(words, i); n > 0 {
		return true
	}
	w := words[i]
	return w == "cast" || w == "casts" || (i+3 < len(words) && birthWeight(words, i+3)) || (i+2 < len(words) && weightLost(words, i+2)) ||
		(i+1 < len(words) && shortBirthWeight(words, i+1))
}

// MayCover reports whether a hit of Find can hold words[i]: one that may
// start there, or one that may start before it and reach it (see reach),
// which only a word that can follow in a hit lets happen (inner).
func MayCover(words []string, i int) bool {
	if reach(words, i) > i {
		return true
	}
	if w := words[i]; !isInner(w) && !isInner(singular(w)) && !digits(w) {
		return false
	}
	for k := i - 1; k >= 0 && k > i-maxSpan; k-- {
		if reach(words, k) > i {
			return true
		}
	}
	return false
}

// isInner reports whether w is one of inner's words: those that can
// follow a hit's first word (see index).
func isInner(w string) bool { return inner.Index(w, wordtab.Hash(w)) >= 0 }

// reach returns the furthest end a hit of Find starting at words[i] can
// have, or i when none can start there: a term's end, one word further
// (a condition's event word, "cancer screening") or a second term's end
// (a condition's procedure, "flu vaccine"); a worn cast's; a birth weight's
// or a weight lost's last word.
func reach(words []string, i int) int {
	end := i
	if n, _ := At(words, i); n > 0 {
		end = i + n + 1
		if i+n < len(words) {
			if m, _ := At(words, i+n); m > 0 {
				end = max(end, i+n+m)
			}
		}
	}
	if w := words[i]; w == "cast" || w == "casts" {
		end = max(end, i+1)
	}
	// Find's hits from birthWeight start three words before the word it
	// tests, those from weightLost two.
	if i+3 < len(words) && birthWeight(words, i+3) {
		end = max(end, i+4)
	}
	if i+2 < len(words) && weightLost(words, i+2) {
		end = max(end, i+3)
	}
	if i+1 < len(words) && shortBirthWeight(words, i+1) {
		end = max(end, i+2)
	}
	return end
}

// cameOut reports whether someone's body part at words[i:i+n] "came out"
// or was "taken out": "his appendix came out Friday" (session 15,
// t15kin). A tooth coming out is a child's milestone, not care.
func cameOut(words []string, i, n int) bool {
	j := i + n
	if i < 1 || j+1 >= len(words) || words[j+1] != "out" || words[j] != "came" && words[j] != "taken" {
		return false
	}
	switch words[i+n-1] {
	case "tooth", "teeth", "hair", "nail", "nails", "lash", "lashes":
		return false
	}
	switch words[i-1] {
	case "her", "his", "their", "my", "your":
		return true
	}
	return false
}
