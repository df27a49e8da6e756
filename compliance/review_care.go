package compliance

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// What a reply to a review says about the reviewer's care (REV-01), beyond
// the phrase list: the words clinics use in friendly replies, in the slang
// and the languages their reviewers write in.

var (
	// personWords point at the reviewer or at the person the review is
	// about (their child, their mother): next to a care word the reply
	// tells everyone that person was treated. Slang ("u", "ur") and the
	// pronouns of Spanish, Vietnamese and Polish replies are included.
	personWords = newWordSet([]string{"you", "your", "yours", "youre", "yourself", "u", "ur", "urself", "yall",
		"he", "she", "him", "her", "his", "hers", "himself", "herself",
		"su", "sus", "usted", "ustedes", "tu", "tus", "te", "hija", "hijo", "mamá", "bebé",
		"bạn", "anh", "chị", "em", "cháu", "bé", "cô", "chú", "bác", "khách", "pani", "pana",
		// Vietnamese mother and father ("mẹ anh", your mother).
		"mẹ", "bố",
		// French and Portuguese: "vos enfants", "leurs vaccins", "seu filho".
		"vos", "votre", "leurs", "leur", "seu", "sua", "seus", "suas",
		// Cape Verdean Kriolu: "bu tenson" (your blood pressure).
		"bu",
		// Bosnian, Croatian and Serbian "vaš šećer", "vaša mama"; Swahili
		// "sukari yako", "mwanao" (your child), "mtoto" (the child);
		// Tagalog "anak ninyo"; Nepali "tapaiko"; Hmong "koj"; Haitian
		// Creole "pitit" (the child).
		"vaš", "vaša", "vaše", "vašeg", "vašem", "vašu", "vašoj", "vaši", "tvoj", "tvoja", "tvoje",
		"yako", "wako", "lako", "chako", "zako", "mwanao", "mtoto", "ninyo", "niyo", "inyong", "iyong",
		"tapai", "tapaiko", "tapaaiko", "koj", "pitit"})
	// kinWords after "your" are the person the review was about.
	kinWords = newWordSet([]string{"son", "daughter", "kid", "kids", "child", "children", "baby", "babe", "boy", "girl", "guy",
		"mom", "mother", "dad", "father", "husband", "wife", "little", "lil", "one", "kiddo", "twins", "family", "fam",
		"grandma", "grandpa", "grandmother", "grandfather", "granny", "nana", "abuela", "abuelo", "abuelita", "abuelito",
		"mama", "papa", "sister", "brother", "aunt", "uncle", "auntie", "lola", "lolo"})
	// factWords react to how the care went: with a care word the reply
	// states the outcome ("so glad the antivenom did the trick").
	factWords = newWordSet([]string{"glad", "happy", "relieved", "pleased", "thrilled", "alegra", "alegramos", "felices",
		// Congratulations on care told: "congrats on finishing chemo".
		"congrats", "congratulations", "felicidades", "parabéns", "parabens",
		"سعيد", "سعيدة", "سعيدين", "سعداء", "cieszymy", "kontan",
		// "¡Qué bueno que ...!", "Que bom que ...", "Ravis que ...".
		"bueno", "bom", "felizes", "alegría", "alegria", "ravis", "ravie", "ravies", "heureux", "heureuse", "contents", "froh",
		// Glad in Bosnian, Croatian and Serbian ("drago nam je"), Swahili
		// ("tunafurahi"), Somali ("waan ku faraxsanahay"), Tagalog
		// ("natutuwa kami"), Nepali ("khusi chhau"), Hmong ("zoo siab"),
		// Vietnamese ("rất mừng").
		"drago", "sretni", "sretna", "radujemo", "tunafurahi", "nafurahi", "tumefurahi", "faraxsanahay", "faraxsan",
		"natutuwa", "masaya", "khusi", "khushi", "खुसी", "खुशी", "siab", "mừng",
		// Vietnamese "rất vui vì ..." (so glad that ...).
		"vui",
		// Russian and Ukrainian: "рады, что давление ...", "раді, що".
		"рады", "рад", "рада", "раді", "радий", "радо"})
	// wishWords make a sentence a wish, not a statement.
	wishWords = newWordSet([]string{"hope", "hopes", "hoping", "hopefully", "wish", "wishes", "wishing", "praying", "pray", "sending", "ojalá", "ojala"})
	// moodWords, after a reaction, say how the reviewer felt: it assumes
	// a condition but tells no care ("so glad you felt calmer").
	moodWords = newWordSet([]string{"calmer", "calm", "glowing", "relaxed", "lighter", "confident", "myself", "yourself",
		"welcome", "safe", "comfortable", "heard", "cared", "rushed", "dismissed", "ignored"})
	// instructWords tell the reviewer what to keep doing: with a care
	// word they give treatment detail ("remember to keep those
	// compression stockings on").
	instructWords = newWordSet([]string{"keep", "remember", "recuerde", "continue", "continúe", "pamiętaj", "pamietaj", "siga", "sigue",
		"continua", "mantenha", "sigan", "continúen", "continuen"})
	// nextWords put care in the future: a next visit, shot or check.
	nextWords = newWordSet([]string{"next", "próxima", "próximo", "proxima", "proximo", "siguiente", "viene"})
	// improveWords say someone is better.
	improveWords = newWordSet([]string{"better", "improving", "improved", "healing", "healed", "recovering", "recovered", "feeding",
		"sleeping", "trick", "holding", "urself", "yourself", "himself", "herself", "mejor", "mejora", "mejoró", "melhor", "melhorou",
		"melhorando", "mejorando",
		// A reading brought under control: "a pressão está controlada",
		// "la presión ya está controlada", "your sugars are controlled".
		"controlled", "controlada", "controlado", "controladas", "controlados", "estable", "estável", "estabilizada", "estabilizado"})
	// stateWords, in a wish, assume the reader is unwell.
	stateWords = newWordSet([]string{"feel", "feeling", "feels", "better", "heal", "heals", "healing", "recover", "recovers", "sleep", "health", "healthy",
		"recovery", "recovering", "mend", "mending", "settle", "settles", "settling", "clear", "clears", "clearing", "rest", "strength", "stronger", "peace", "mejore", "mejores", "recupere"})
	// agentVerbs after a staff name make the staff member the one who
	// acted or speaks: "Joy says", "Joy delivered".
	agentVerbs = newWordSet([]string{"says", "say", "said", "had", "did", "was", "will", "can", "could", "loved", "caught",
		"delivered", "stitched", "fixed", "gave", "given", "sends", "sent", "saw", "checked",
		// Spanish and Portuguese: "Aurelio dice que ...".
		"dice", "dijo", "diz", "disse"})
	// notStaffWords are short everyday words that may begin a staff
	// name ("the" of "Theresa"): never a staff member's short form here.
	notStaffWords = newWordSet([]string{"we", "it", "its", "they", "them", "the", "that", "this", "there", "who", "and", "all",
		"our", "was", "are", "can", "did", "had", "has", "say", "says"})
	// staffTitles before a word make it a staff member's name.
	staffTitles = newWordSet([]string{"dr", "doc", "doctor", "nurse", "midwife", "hygienist", "dra"})
)

// replyCareWords are care words of friendly replies that the health data
// lacks or reads as everyday words: dental work, checks, lab values,
// home care. "gum" alone is chewing gum; "gums" and "gum recession" are not.
var replyCareWords = map[string][]string{
	"crown": nil, "crowns": nil, "filling": nil, "fillings": nil, "cavity": nil, "cavities": nil, "gums": nil,
	"gum": {"recession", "disease", "line", "graft"}, "a1c": nil, "thyroid": nil, "pill": nil, "pills": nil, "waterpik": nil,
	"retainer": nil, "aligners": nil, "braces": nil, "bmi": nil, "heart": {"rate"}, "weight": {"check"}, "well": {"check", "visit", "child"},
	"frenotomy": nil, "tongue": {"tie"}, "antivenom": nil, "birth": {"plan"}, "sutures": nil, "bloodwork": nil, "blood": {"draw", "work", "sugar", "pressure"},
	"labs": nil, "touch": {"up"}, "botox": nil, "filler": nil, "fillers": nil, "session": nil, "sessions": nil,
	"injection": nil, "injections": nil, "dose": nil,
	// Skin, med-spa and counseling care.
	"laser": nil, "peel": nil, "peels": nil, "facial": nil, "facials": nil, "microneedling": nil, "hydrafacial": nil,
	"dermaplaning": nil, "prp": nil, "kybella": nil, "sculptra": nil, "juvederm": nil, "dysport": nil, "coolsculpting": nil,
	"ipl": nil, "lip": {"filler", "flip"}, "lab": {"values", "value", "work", "results"}, "therapy": nil,
	"hyaluronidase": nil, "dissolve": nil, "dissolving": nil, "compression": {"stockings", "socks", "garment"}, "flanks": nil,
	"jawline": nil, "brows": nil, "forehead": nil, "thighs": nil, "vaseline": nil,
	// Spanish, Vietnamese and Polish words of care (one token each, or
	// the first of two). Not "consulta" (also an inquiry) nor "hẹn" alone
	// ("hẹn gặp lại", see you again).
	"vacuna": nil, "vacunas": nil, "cita": nil, "citas": nil, "chequeo": nil, "embarazo": nil, "parto": nil,
	"tratamiento": nil, "receta": nil, "medicamento": nil, "medicamentos": nil, "inyección": nil, "inyeccion": nil,
	"análisis": nil, "cirugía": nil, "cirugia": nil, "dosis": nil, "terapia": nil, "sesión": nil, "sesion": nil,
	"visita": nil, "visitas": nil, "resultados": nil, "extracción": nil, "lunar": nil, "vaselina": nil, "trị": {"liệu"},
	"tiêm": nil, "vắc": nil, "khám": nil, "thuốc": nil, "xét": {"nghiệm"}, "điều": {"trị"}, "lịch": {"hẹn"}, "cuộc": {"hẹn"}, "liệu": {"trình"},
	// Vietnamese antibiotics, blood pressure, diabetes, blood sugar.
	"kháng": {"sinh"}, "huyết": {"áp"}, "tiểu": {"đường"}, "đường": {"huyết"},
	"removal": nil, "reduction": nil, "insertion": nil, "sling": nil, "regimen": nil, "cleanings": nil,
	"suboxone": nil, "methadone": nil, "sublocade": nil, "vivitrol": nil, "truvada": nil, "descovy": nil, "lantus": nil,
	"sesiones": nil,
	// Medicines and devices in Spanish, Portuguese, French and Kriolu:
	// "usar el inhalador", "toma bu rimédiu".
	"inhalador": nil, "inhaladores": nil, "inalador": nil, "inaladores": nil, "inhalateur": nil, "insulina": nil,
	"pastilla": nil, "rimédiu": nil,
	"séance": nil, "séances": nil, "sessão": nil, "sessões": nil, "fisio": nil, "peeling": nil, "creme": nil, "crema": nil, "crème": nil,
	"szczepienie": nil, "szczepionka": nil, "wizyta": nil, "wizyty": nil, "zastrzyk": nil,
	"mostu": nil, "mostek": nil, "korona": nil, "korony": nil, "plomba": nil, "plomby": nil, "nitkowanie": nil, "nitkowaniu": nil,
	"leczenie": nil, "leczenia": nil, "zabieg": nil, "zabiegu": nil,
	// Arabic: the skin, the cream, the treatment, the medicine, the
	// appointment, the session, the injection (with "your" endings).
	"بشرتك": nil, "الكريم": nil, "العلاج": nil, "علاجك": nil, "الدواء": nil, "دوائك": nil, "موعدك": nil, "زيارتك": nil,
	"الجلسة": nil, "جلستك": nil, "الحقن": nil, "الحقنة": nil,
	// Arabic as Egyptian and Levantine families write it: your (blood)
	// pressure, the medicine ("الدوا"), your medicine, your sugar, your
	// operation, your tests.
	"ضغطك": nil, "الدوا": nil, "دواك": nil, "سكرك": nil, "عمليتك": nil, "تحاليلك": nil, "التحاليل": nil,
	// Haitian Creole: blood pressure, medicine, appointment, vaccine.
	"tansyon": nil, "medikaman": nil, "randevou": nil, "vaksen": nil,
	// French, Spanish and Portuguese vaccines, fevers and medicines.
	"vaccin": nil, "vaccins": nil, "vacina": nil, "vacinas": nil, "fiebre": nil, "fièvre": nil, "febre": nil, "piqûre": nil,
	"piqûres": nil, "sirop": nil, "jarabe": nil, "xarope": nil, "pastillas": nil, "médicament": nil, "médicaments": nil,
	"remédio": nil, "remédios": nil, "ordonnance": nil,
	// Spanish and Portuguese tests and scans by name: "el
	// electrocardiograma que se le hizo" tells the test done.
	"electrocardiograma": nil, "eletrocardiograma": nil, "ecocardiograma": nil, "mamograma": nil, "mamografía": nil,
	"mamografia": nil, "radiografía": nil, "radiografia": nil, "ecografía": nil, "ecografia": nil, "ultrasonido": nil,
	"ultrassom": nil, "rayos": {"x"}, "raio": {"x"},
	// A French condition a reply may name: "votre asthme".
	"asthme": nil,
	// Blood sugar and blood pressure as Bosnian, Croatian and Serbian,
	// Swahili, Tagalog and Nepali replies say them ("vaš šećer", "sukari
	// yako", "presyon mo"); in a post they are food and everyday words.
	"šećer": nil, "šećera": nil, "pritisak": nil, "pritiska": nil, "sukari": nil, "presyon": nil,
	"pregled": nil, "pregleda": nil,
}

// notReplyHealth are health-data words that in a reply are everyday
// words: the Spanish "para" (for), a complaint about service.
var notReplyHealth = newWordSet([]string{"para", "complaint", "complaints"})

// cjkCare are care words of Chinese and Korean replies, whose words the
// tokenizer does not split: they are looked for inside the tokens.
var cjkCare = []string{"疫苗", "打针", "注射", "预约", "复诊", "治疗", "检查", "手术", "针", "药", "接种", "就诊", "复查", "疗程", "看诊",
	"방문", "내원", "상담",
	"주사", "예약", "진료", "시술", "치료", "백신", "접종", "검사", "수술", "처방", "리터치", "터치업", "보톡스", "필러"}

// seeAgainPhrases and nextTimePhrases, together in a reply, book the
// reviewer's next visit in another language: "hẹn gặp lại anh tuần sau",
// "다음 주에 뵙겠습니다", "下周见", "à la semaine prochaine".
var (
	seeAgainPhrases = []string{"gặp lại", "뵙겠", "뵐게", "봬요", "뵈어요", "만나요", "见", "nos vemos", "à bientôt", "a bientot", "au revoir",
		"до встречи", "увидимся", "hasta el", "hasta la",
		// Bosnian, Croatian and Serbian, Swahili, Tagalog, Nepali and
		// Haitian Creole: "vidimo se", "tutaonana", "magkita tayo",
		// "pheri bhetaula", "n a wè".
		"vidimo se", "tutaonana", "magkita tayo", "bhetaula", "n a wè", "na wè"}
	nextTimePhrases = []string{"tuần sau", "tháng sau", "lần tới", "lần sau", "năm sau", "다음", "下次", "下周", "下个月", "下星期", "próxima",
		"proxima", "semana que viene", "prochaine", "prochain", "следующ", "mañana", "lunes", "martes", "miércoles", "jueves", "viernes",
		// "za tri mjeseca", "sljedeće sedmice", "wiki ijayo", "sa
		// susunod", "arko hapta", "semèn pwochèn".
		"mjesec", "mesec", "sedmic", "tjedan", "tjedna", "sljedeć", "iduć", "ijayo", "ujao", "susunod", "arko hapta", "arko mahina",
		"pwochen", "pwochèn"}
)

// cjkNext put a Chinese or Korean care word in the future ("下次", "다음").
var cjkNext = []string{"下次", "下一", "다음", "tiếp", "sau"}

// wishPhrases are get-well wishes of Chinese, Korean, Vietnamese, Spanish
// and Polish replies: a person decides, as for "get well soon".
var wishPhrases = []string{"早日康复", "康复", "保重身体", "痊愈", "쾌유", "나으시", "나으세요", "회복", "khỏe", "bình phục",
	// Haitian Creole, French, Russian and Arabic: "nou espere w ap pi byen",
	// "j'espère que vous allez mieux", "выздоравливайте", "سلامتك".
	"pi byen", "geri vit", "allez mieux", "alliez mieux", "vas mieux", "va mieux", "выздоравл", "поправляйтесь", "поправляйся",
	"скорейшего", "سلامتك", "شفاك", "بالشفاء",
	"se mejore", "mejórese", "mejorese", "pronta recuperación", "se recupere", "powrotu do zdrowia", "zdrówka", "bon rétablissement",
	"prompt rétablissement", "sentindo melhor", "sinta melhor", "melhoras", "gute besserung", "pagaling",
	// Health wished in French, Arabic and Spanish (t21reply): "bonne
	// santé", "prenez soin de vous", "الصحة والعافية" (health and
	// wellbeing), "que esté muy bien".
	"bonne santé", "prenez soin de vous", "الصحة والعافية", "بالصحة", "que esté bien", "que esté muy bien", "que estén bien"}

// careAt returns how many tokens a reply care word starting at token i
// spans (0 for none).
func (s *scan) careAt(i int) int {
	follow, ok := replyCareWords[s.toks[i].low]
	if !ok {
		return 0
	}
	if follow == nil {
		if vietPlaceAt(s.toks, i-1) {
			return 0 // "phòng khám": the clinic, no exam
		}
		if i > 0 && s.toks[i].low == "removal" && thingsRemoved25.has(s.toks[i-1].low) {
			return 0 // "snow removal", "trash removal": the building's upkeep (reply25.go)
		}
		return 1
	}
	if i+1 < len(s.toks) && s.toks[i+1].sent == s.toks[i].sent && inSet(s.toks[i+1].low, follow...) {
		return 2
	}
	return 0
}

// staffAgentIn reports whether sentence si has a staff member acting or
// speaking: a staff name word after a title ("dr. h") or before an agent
// verb ("joy says", "Hope had").
func (s *scan) staffAgentIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if s.toks[t].kind != tokWord || personWords.has(w) || notStaffWords.has(w) {
			continue
		}
		if !(len(w) == 1 && s.c.allow.staffInitial(w)) && !s.c.allow.isStaff([]string{w}) {
			continue
		}
		prev := t - 1
		if prev >= se.tokStart && s.toks[prev].low == "." {
			prev--
		}
		if prev >= se.tokStart && staffTitles.has(s.toks[prev].low) {
			return true
		}
		if len(w) > 1 && t+1 < se.tokEnd && agentVerbs.has(s.toks[t+1].low) {
			return true
		}
	}
	return false
}

// kinAddressed reports whether sentence si speaks of the reviewer's own
// person: "him", or "your"/"ur" before a kin word within two words ("ur
// brave guy", "your little one").
func (s *scan) kinAddressed(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		switch s.toks[t].low {
		case "him":
			return true
		case "your", "ur":
			for k := t + 1; k < se.tokEnd && k <= t+3; k++ {
				if kinWords.has(s.toks[k].low) {
					return true
				}
			}
		}
	}
	return false
}

// wishSentence reports a sentence that wishes the reader well with words
// that assume they are unwell: "hope ur stomach settles soon", "we hope
// things get better for you", "hope she's doing well".
func (s *scan) wishSentence(si int) bool {
	if !s.sentenceHasWord(si, wishWords) || !(s.sentenceHasWord(si, personWords) || s.sentenceHasWord(si, kinWords) || s.sentenceHasWord(si, everythingWord)) {
		return false
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		switch {
		case stateWords.has(w):
			return true
		case w == "doing" && t+1 < se.tokEnd && inSet(s.toks[t+1].low, "well", "better", "great", "good", "ok", "okay", "fine"):
			return true
		case w == "back" && t+1 < se.tokEnd && inSet(s.toks[t+1].low, "on", "in", "to"):
			return true
		case (w == "looking" || w == "lookin") && t+1 < se.tokEnd && s.toks[t+1].low == "up":
			return true // "hope things are lookin up for you"
		case w == "everything" && t+2 < se.tokEnd && inSet(s.toks[t+2].low, "okay", "ok", "alright"):
			return true // "we hope everything is okay"
		}
	}
	return false
}

// everythingWord lets "we hope everything is okay" be a wish about the
// reviewer.
var everythingWord = newWordSet([]string{"everything"})

// improvedSentence reports a sentence that states someone is better: a
// reaction ("glad", "so happy") and the person just before a word of
// improvement ("glad he's feeding better", "glad ur feeling more like
// urself"). A care word with a reaction is found by replyHealth.
func (s *scan) improvedSentence(si int) bool {
	if !s.sentenceHasWord(si, factWords) {
		return false
	}
	// The person must come just before the improvement: "he's feeding
	// better", not "the phones work better for you".
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !improveWords.has(s.toks[t].low) {
			continue
		}
		for k := t - 1; k >= se.tokStart && k >= t-4; k-- {
			// "he's feeding better", "a pressão está melhor": the person,
			// or a reading of their body. "Glad you're feeling better"
			// answers what the reviewer said of themself and tells no
			// care: replyWishes sends it to a person.
			if secondPerson.has(s.toks[k].low) && inSet(s.toks[t].low, "better", "improving") && inSet(s.toks[t-1].low, "feeling", "doing", "feel") {
				break
			}
			if personWords.has(s.toks[k].low) || readingWords.has(s.toks[k].low) {
				return true
			}
		}
	}
	return false
}

// sentenceCare finds the first reply care word (or health hit) of
// sentence si: its token range, or ok false.
func (s *scan) sentenceCare(si int) (from, to int, ok bool) {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if n := s.careAt(t); n > 0 {
			return t, t + n, true
		}
	}
	return 0, 0, false
}

// hasCJKOrHangul reports whether text holds Han or Hangul characters.
func hasCJKOrHangul(text string) bool {
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0xAC00 && r <= 0xD7A3) {
			return true
		}
		i += w
	}
	return false
}

// reviewHealth reports whether the review itself tells a health detail of
// the reviewer or their family (a pregnancy, a stay in the NICU, a bite):
// a warm reaction to it then assumes that condition.
func (s *scan) reviewHealth() bool {
	if !s.reviewHealthAsked {
		s.reviewHealthAsked, s.revHlt = true, s.readReviewHealth()
	}
	return s.revHlt
}

// readReviewHealth is reviewHealth's reading (asked once per check).
func (s *scan) readReviewHealth() bool {
	words, hits := s.reviewWords23()
	for _, h := range hits {
		if h.Cat != health.BodyPart {
			return true
		}
	}
	for i, w := range words {
		if newbornWords.has(w) || inSet(w, "pregnant", "nicu", "miscarriage", "miscarriages", "postpartum", "recovered", "recovering",
			"recovery", "healed", "healing", "cured", "chemo", "hospice", "funeral", "died") {
			return true
		}
		if w == "lowest" && i > 0 && inSet(words[i-1], "my", "our", "his", "her") || w == "dark" && i+1 < len(words) && inSet(words[i+1], "place", "time", "times") {
			return true // "when I was at my lowest", "in a dark place"
		}
		if inSet(w, "clean", "sober") && i > 0 && inSet(words[i-1], "days", "weeks", "months", "years", "day", "week", "month", "year", "yrs") {
			return true // "90 days clean", "two years sober"
		}
		if inSet(w, "time", "times", "patch", "season", "year") && i >= 3 && inSet(words[i-1], "hard", "tough", "difficult", "rough", "dark", "scary") &&
			(words[i-3] == "through" || i >= 4 && words[i-4] == "through") {
			return true // "helped me through a hard time", "through a really tough time"; not "a hard time finding parking"
		}
		if (readingWords.has(w) || labWords.has(w)) && i > 0 && (inSet(words[i-1], "my", "his", "her", "our") ||
			inSet(words[i-1], "blood", "cholesterol") && i > 1 && inSet(words[i-2], "my", "his", "her", "our")) {
			return true // "my blood pressure is finally down", "my A1C": a reading of their own
		}
		if w == "passed" && i+1 < len(words) && words[i+1] == "away" {
			return true // "my dad passed away"
		}
		// "feeling so much better", "back on my feet", "pain free".
		if i+1 < len(words) && (inSet(w, "feel", "feeling", "feels", "felt") && inSet(words[i+1], "better", "so", "much", "great", "like") ||
			w == "pain" && inSet(words[i+1], "free", "gone") || w == "on" && inSet(words[i+1], "my", "the") && i+2 < len(words) && inSet(words[i+2], "feet", "mend")) {
			return true
		}
	}
	return false
}

// readingOrVisitIn reports a reading owned by someone ("her levels",
// "su presión") or a visit, a test or an exam in sentence si ("the
// memory test follow-up", "her monthly visits"): with the review's
// relative echoed, the reply still tells that person's care.
func (s *scan) readingOrVisitIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		if careEvents.has(s.toks[t].low) || careOutcomes.has(s.toks[t].low) {
			return true
		}
		if _, _, ok := s.resultAt(t); ok {
			return true
		}
	}
	return false
}

// reactionPhrases react warmly to what the reviewer went through.
var reactionPhrases = [][]string{
	{"happy", "for", "you"}, {"happy", "for", "u"}, {"sending", "love"}, {"sending", "so", "much", "love"}, {"sending", "you"},
	{"sending", "u"}, {"sending", "warmth"}, {"sending", "hugs"}, {"sending", "prayers"}, {"sending", "strength"},
	{"take", "care", "of", "yourself"}, {"take", "care", "of", "urself"}, {"congrats"}, {"congratulations"},
	// "So happy to hear that!" to "feeling so much better".
	{"happy", "to", "hear"}, {"glad", "to", "hear"}, {"so", "happy"}, {"so", "glad"}, {"love", "to", "hear"}, {"love", "hearing"},
	{"wonderful", "to", "hear"}, {"great", "to", "hear"}, {"good", "to", "hear"}, {"amazing", "to", "hear"}, {"awesome", "to", "hear"},
	// Comfort for hard news: "hang in there" to a review about chemo,
	// "sorry for your loss" to one about a death.
	{"hang", "in", "there"}, {"rooting", "for"}, {"sorry", "for", "your", "loss"}, {"sorry", "for", "ur", "loss"}, {"condolences"},
	{"thinking", "of", "you"}, {"thinking", "of", "u"}, {"hearts", "are", "with"}, {"in", "our", "thoughts"}, {"in", "our", "prayers"},
	{"praying", "for"}, {"stay", "strong"}, {"keep", "fighting"},
	// "whenever you're ready to try again" to a review about a loss.
	{"ready", "to", "try", "again"},
	// Pride in a milestone the review told ("90 days clean").
	{"proud", "of", "you"}, {"proud", "of", "u"}, {"proud", "of", "ya"},
	// A sign-off that answers hard news: "wishing you well" to "at my
	// lowest".
	{"wishing", "you", "well"}, {"wish", "you", "well"}, {"wishing", "u", "well"},
}

// containsAny reports whether text holds one of subs.
func containsAny(text string, subs []string) (string, bool) {
	for _, sub := range subs {
		if strings.Contains(text, sub) {
			return sub, true
		}
	}
	return "", false
}

// youWords address the reviewer ("re", "ve" and "ll" are the tails of
// "you're", "you've", "you'll", split off by the tokenizer).
var youWords = newWordSet([]string{"you", "your", "yours", "youre", "you're", "yourself"})

// kinGroups are the words for one kind of relative: a reply that says
// "your little one" to a review about "my baby" repeats the review.
var kinGroups = []*wordSet{
	newWordSet([]string{"son", "daughter", "child", "children", "kid", "kids", "baby", "babe", "newborn", "little", "lil", "boy",
		"girl", "guy", "kiddo", "one", "ones", "twins", "hija", "hijo", "bebé",
		// "mijo", "mija": Spanish "my son", "my daughter", as a review says it.
		"mijo", "mija", "mijito", "mijita"}),
	newWordSet([]string{"mom", "mother", "mama", "mum", "mamá", "madre"}),
	newWordSet([]string{"dad", "father", "papa", "pops", "papá", "padre"}),
	newWordSet([]string{"wife", "husband", "partner"}),
}

// echoedKin lowers to warn the REV-01 findings that only repeat the
// relative the review itself named ("tell ur mom we said hi" to "My mom
// loved Dr. H"), where the sentence tells no care: the reply confirms
// nothing the reviewer did not say. A person still looks.
func (s *scan) echoedKin(fs []post.Finding) {
	var review []string
	var wishOnly []int8
	for i := range fs {
		from, to := s.tokenRange(fs[i].Start, fs[i].End)
		if to-from < 2 || !inSet(s.toks[from].low, "your", "ur") {
			continue
		}
		if review == nil {
			review = append(strings.FieldsFunc(strings.ToLower(s.d.ReviewText), func(r rune) bool {
				return !unicode.IsLetter(r)
			}), "")
		}
		si := s.toks[from].sent
		if wishOnly == nil {
			wishOnly = make([]int8, len(s.sents))
		}
		// "Wishing your dad a speedy recovery" to "they helped my dad":
		// the wish's own words are no care told (replyleaks17.go).
		if !s.healthOnlyWishedMemo(si, wishOnly) || s.staffAgentIn(si) || s.readingOrVisitIn(si) {
			continue
		}
		if _, _, care := s.sentenceCare(si); care {
			continue
		}
		for _, g := range kinGroups {
			if g.has(s.toks[from+1].low) && slices.ContainsFunc(review, g.has) {
				fs[i].Severity, fs[i].NeedsHuman = post.SeverityWarn, true
				fs[i].Message = "The reply speaks of the relative the review named. It adds no care, but a person should decide."
				if s.kinCalls29(from) {
					// "We'd welcome a call from your mother": the
					// matter taken offline (t29reply, reply29.go).
					fs[i].Severity, fs[i].NeedsHuman = post.SeverityInfo, false
					fs[i].Message = "The reply invites the relative the review named to call: it takes the matter offline and tells no care."
				}
				break
			}
		}
	}
}

// secondPerson words are the reviewer spoken to.
var secondPerson = newWordSet([]string{"you", "youre", "u", "ur", "yall"})

// reactionVerbs after "glad to" or "happy to" react to news ("glad to
// hear"); any other verb offers help ("glad to talk them through").
var reactionVerbs = newWordSet([]string{"hear", "see", "know", "read", "learn", "find", "have", "report", "say", "share", "been"})

// gladToHelp reports whether every gladness word of sentence si offers
// help ("our nurses are glad to talk them through", "happy to answer
// them") rather than reacting to news: then it confirms nothing.
func (s *scan) gladToHelp(si int) bool {
	se := s.sents[si]
	offer := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		if !factWords.has(s.toks[t].low) {
			continue
		}
		if !inSet(s.toks[t].low, "glad", "happy", "pleased") || t+2 >= se.tokEnd || s.toks[t+1].low != "to" || reactionVerbs.has(s.toks[t+2].low) {
			return false
		}
		offer = true
	}
	return offer
}

// lifeTreats reports a "treating you" finding at tokens [from, to) whose
// treater is a time or life ("the new year is treating you kindly",
// "hope retirement's been treating you well"), not the practice.
func (s *scan) lifeTreats(from, to int) bool {
	if to-from != 2 || !inSet(s.toks[from].low, "treating", "treats", "treated", "treat") {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-3 && s.toks[k].sent == s.toks[from].sent; k-- {
		if timeTreaters.has(s.toks[k].low) || lifeTreaters22.has(s.toks[k].low) {
			return true
		}
		if !inSet(s.toks[k].low, "is", "s", "been", "has", "are", "have", "'") {
			return false
		}
	}
	return false
}

// timeTreaters are what "is treating you well" says of a time of life.
var timeTreaters = newWordSet([]string{"year", "years", "life", "day", "week", "month", "summer", "winter", "spring", "fall", "autumn",
	"season", "weather", "world", "retirement", "holidays", "things", "everything", "semester", "job"})

// trustWarms turns a "trusting us with your health" finding (thanks for
// the reviewer's trust in the practice "with your health", "your family's
// health") into a warning: warmth that assumes the reviewer is a patient
// and tells no care, as the independent sets label it (dev48). "Your
// care" says care was given and still blocks (dev labels it so), as does
// a treatment named after it.
func (s *scan) trustWarms(out []post.Finding) {
	for i := range out {
		from, to := s.tokenRange(out[i].Start, out[i].End)
		if from < 1 || !inSet(s.toks[from].low, "trusting", "trust", "trusted") {
			continue
		}
		last := to
		if last < len(s.toks) && s.toks[last].low == "s" { // "your family's care"
			last++
		}
		if last < len(s.toks) && s.toks[last-1].low == "s" || inSet(s.toks[to-1].low, "family", "families", "kids", "children") {
			if last >= len(s.toks) || !inSet(s.toks[last].low, "health", "wellbeing") {
				continue
			}
			last++
		} else if !inSet(s.toks[to-1].low, "health", "wellbeing") {
			continue
		}
		if last < len(s.toks) && s.toks[last].sent == s.toks[from].sent && s.toks[last].kind == tokWord && !inSet(s.toks[last].low, "and", "over", "all", "these", "this", "for") {
			continue // "your health care plan": more follows
		}
		out[i].Severity, out[i].NeedsHuman = post.SeverityWarn, true
		out[i].Message = "Thanks for the reviewer's trust in their health care: it assumes they are a patient. A person should decide."
	}
}

// vietPlaces are Vietnamese two-word names of places of care: "phòng
// khám" (clinic), "bệnh viện" (hospital), "nhà thuốc" (pharmacy), "trung
// tâm" (center). Their first word is no name, their second no care told.
var vietPlaces = map[string]string{"phòng": "khám", "bệnh": "viện", "nhà": "thuốc", "trung": "tâm"}

// vietPlaceAt reports whether tokens i and i+1 are such a place name.
func vietPlaceAt(toks []token, i int) bool {
	if i < 0 || i+1 >= len(toks) || toks[i].sent != toks[i+1].sent {
		return false
	}
	next, ok := vietPlaces[toks[i].low]
	return ok && toks[i+1].low == next
}
