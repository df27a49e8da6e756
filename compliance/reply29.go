package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/post"
)

// The care of the reviewer's relative told back (session 29, t29reply).
// English replies that say the practice cared for "your mom" or that
// "your dad is feeling better" block (REV-01); the same lines in the other
// languages the sets' replies use warned or passed, and every set labels
// them block (dev168-256 "Fue un gusto atender a su mamá. ¡Que siga
// mejorando de la presión!", dev162-122 "Nos alegra mucho que su bebé ya
// esté subiendo de peso", dev162-151 "Chúc bé mau khỏe sau đợt viêm
// tai"):
//   - the relative attended, in Spanish and Portuguese: a verb of care
//     ("atender", "cuidar", "acompañar") then "a"/"de"/"da" and the
//     reviewer's relative ("su mamá", "sua mãe", "seu filho");
//   - the relative better, growing or gaining weight, with gladness: "qué
//     bueno que su esposo ya se siente mejor", "que bom que seu bebê está
//     ganhando peso", Vietnamese "mừng là bé đã khỏe hơn", Korean
//     "어머님 혈압이 좋아지셨다니 다행이에요";
//   - an improvement or recovery wished "from" an illness the review never
//     named: "que siga mejorando de la presión", "que se mejore pronto de
//     la varicela", "que ela continue melhorando da pressão", "chúc bé mau
//     khỏe sau đợt viêm họng", "아드님 중이염이 빨리 낫기를";
//   - in English, the practice "there for" a birth or a delivery ("an
//     honor to be there for both births", dev161-074 and dev169-230), and
//     the reader's people glad-told "up to date" (their shots, dev165-092).
//
// Left as they were: meeting the reviewer (an encounter, which blocks
// already), an offer to see a relative ("con gusto podemos atender a su
// mamá; llame ..."), a wish that names no illness ("que se mejore pronto",
// "chúc bé mau khỏe": a person decides), the review's own illness wished
// back, gladness about anything else ("qué bueno que su mamá nos
// eligió").

// kinCareVerbs29 are Spanish and Portuguese infinitives of caring for
// someone, which take the relative after "a", "de", "da", "do".
var kinCareVerbs29 = newWordSet([]string{"atender", "cuidar", "acompañar", "acompanar", "tratar", "examinar", "vacunar", "recibir",
	"ver", "acompanhar", "receber", "vacinar", "consultar"})

// kinCarePreps29 stand between the verb and the relative: "atender a su
// mamá", "cuidar da sua mãe", "cuidar do seu filho", "atender al bebé".
var kinCarePreps29 = newWordSet([]string{"a", "de", "da", "do", "al"})

// kinOwners29 own the relative: the reviewer's.
var kinOwners29 = newWordSet([]string{"su", "sus", "tu", "tus", "sua", "seu", "suas", "seus", "vuestra", "vuestro"})

// kinWords29 are the relatives a Spanish or Portuguese reply names, with
// kinRomance28's.
var kinWords29 = newWordSet([]string{"bebé", "bebe", "bebê", "niña", "niño", "nena", "nene", "niños", "niñas", "hijos", "hijas", "hijita",
	"hijito", "mamita", "papito", "suegra", "suegro", "nieto", "nieta", "familia", "filhos", "filhas", "marido", "neto", "neta",
	"sogra", "sogro", "menina", "menino", "nenê", "nene", "crianças", "criança", "gemelos", "gêmeos", "mami", "papi"})

// kinCareOffers29 make the care an offer, not a visit told: "podemos
// atender a su mamá", "nos encantaría cuidar de su papá".
var kinCareOffers29 = newWordSet([]string{"podemos", "puede", "pueden", "podríamos", "encantaría", "gustaría", "para", "llame",
	"llámenos", "agende", "quiere", "quisiera", "poderemos", "gostaríamos", "adoraríamos", "ligue", "agendar", "marque", "si",
	"cuando", "quando"})

// kinProgress29 are the words of a relative's progress in Spanish and
// Portuguese: better, recovering, growing, gaining weight.
var kinProgress29 = newWordSet([]string{"mejor", "mejorando", "mejoró", "mejorado", "recuperando", "recuperado", "recuperada",
	"recuperándose", "creciendo", "melhor", "melhorando", "melhorou", "crescendo", "engordando", "peso", "aliviado", "aliviada",
	"curado", "curada", "sano", "sana", "sanando", "sarando", "sarou", "recuperou", "recuperó"})

// kinProgressNot29 after "mejor" make it the service's: "se siente mejor
// atendida aquí".
var kinProgressNot29 = newWordSet([]string{"atendida", "atendido", "atendidos", "atendidas", "informada", "informado", "recibida",
	"recibido", "servida", "servido", "atendida", "que", "lugar", "opción", "opcao", "opção", "atendimento", "atención"})

// recoverFromVerbs29 wish or tell an improvement "from" something in
// Spanish and Portuguese: "mejorando de", "se mejore de", "se recupere
// de", "melhorando da".
var recoverFromVerbs29 = newWordSet([]string{"mejore", "mejorando", "mejorar", "mejora", "recupere", "recuperando", "recuperarse",
	"recupera", "alivie", "aliviando", "melhore", "melhorando", "melhorar", "melhora", "sare", "sarando", "recuperar"})

// illnessWords29 are illnesses and readings a Spanish or Portuguese reply
// may wish someone well from that the health data may not hold, with
// gladCare24's readings and wounds.
var illnessWords29 = newWordSet([]string{"varicela", "gripe", "gripa", "neumonía", "neumonia", "pneumonia", "bronquitis", "bronquite",
	"asma", "diabetes", "cirugía", "cirugia", "cirurgia", "operación", "operacion", "operação", "catarro", "resfriado", "resfriado",
	"covid", "sarampión", "sarampo", "otitis", "otite", "dengue", "infecciones", "infecções", "infecção", "alergia", "alergias",
	"anemia", "fractura", "fratura", "caída", "caida", "queda", "parto", "cesárea", "cesarea", "quimio", "quimioterapia",
	"tratamiento", "tratamento", "virus", "vírus", "rotavirus", "garganta", "oído", "ouvido", "estómago", "estomago", "estômago",
	"diarrea", "diarreia", "vómito", "vomito", "migraña", "enxaqueca", "tosse", "ansiedad", "ansiedade", "depresión", "depressão"})

// vietKin29 are Vietnamese words for the reader's relative or the reader
// ("bé", the little one; "mẹ", mother).
var vietKin29 = newWordSet([]string{"bé", "mẹ", "bố", "cháu", "con", "ông", "bà", "chồng", "vợ", "ba", "má", "anh", "chị", "em", "bác", "cô", "chú"})

// vietGlad29 are Vietnamese gladness: "mừng", "vui vì".
var vietGlad29 = newWordSet([]string{"mừng", "vui"})

// vietBetter29 are Vietnamese words of getting better, read as the pair
// they open ("khỏe hơn", "đỡ hơn", "lên cân", "hồi phục").
var vietBetter29 = map[string][]string{"khỏe": {"hơn", "lại", "rồi"}, "khoẻ": {"hơn", "lại", "rồi"}, "đỡ": {"hơn", "nhiều", "rồi"},
	"lên": {"cân"}, "tăng": {"cân"}, "hồi": {"phục"}, "bình": {"phục"}, "hết": {"bệnh", "sốt", "ho"}, "khỏi": {"bệnh", "sốt", "ho"}}

// vietIllness29 are Vietnamese illness syllables, after "sau đợt", "khỏi"
// or "hết": "viêm" (an inflammation: "viêm tai", "viêm họng"), "sốt"
// (fever), "cúm" (flu), "sởi" (measles), "thủy đậu" (chickenpox).
var vietIllness29 = newWordSet([]string{"viêm", "sốt", "cảm", "cúm", "ho", "sởi", "thủy", "thuỷ", "tiêu", "gãy", "hen", "dị", "nhiễm",
	"covid", "mổ", "phẫu", "bệnh"})

// koreanIllness29 are Korean conditions and readings (looked for inside
// the words, which carry their endings): blood pressure, blood sugar,
// an ear infection, pneumonia, a cold, the flu.
var koreanIllness29 = []string{"혈압", "혈당", "당뇨", "중이염", "폐렴", "감기", "독감", "장염", "수두", "천식", "비염", "피부염",
	"골절", "상처", "기관지염", "편도염", "콜레스테롤", "수술", "열이"}

// koreanBetter29 are Korean stems of getting better or healing: "좋아지",
// "나아지", "낫", "회복", "호전", "내려가".
var koreanBetter29 = []string{"좋아지", "좋아졌", "나아지", "나아졌", "낫기", "나으", "나았", "회복", "호전", "내려가", "내려갔",
	"떨어졌", "안정"}

// birthWords29 are a birth or a delivery the practice was "there for".
var birthWords29 = newWordSet([]string{"birth", "births", "delivery", "deliveries", "labor", "labour", "c", "arrival", "arrivals"})

// replyKinCare29 finds the kinds above in the sentences still open.
func (s *scan) replyKinCare29(open []bool) []post.Finding {
	c := sentenceFindings{s: s, done: open}
	var korean *bool
	for si, se := range s.sents {
		if open[si] || se.tokEnd <= se.tokStart {
			continue
		}
		if from, to, ok := s.kinAttended29(si); ok {
			c.add(si, from, to, false, "Esta respuesta dice que la clínica atendió al familiar de quien escribió (This reply says the practice cared for the reviewer's relative): it confirms they are a patient.")
			continue
		}
		if s.kinProgress29(si) || s.vietKinBetter29(si) {
			c.addSentence(si, false, "This reply says the reviewer's relative is better or growing: it tells everyone they were treated here.")
			continue
		}
		if from, to, ok := s.recoveredFrom29(si); ok {
			c.add(si, from, to, false, "This reply names the illness the reviewer's person is getting over: it tells their condition in public.")
			continue
		}
		if from, to, ok := s.thereForBirth29(si); ok {
			c.add(si, from, to, false, "This reply says the practice was there for the reviewer's births or deliveries: it tells everyone they were treated here.")
			continue
		}
		if from, to, ok := s.kinUpToDate29(si); ok {
			c.add(si, from, to, false, "This reply is glad the reviewer's people are up to date (their shots): it tells everyone they were treated here.")
			continue
		}
		if korean == nil {
			k := hasCJKOrHangul(s.text)
			korean = &k
		}
		if *korean && s.koreanIllnessBetter29(si) {
			c.addSentence(si, false, "This reply names the illness or reading of the reviewer's person and how it is going: it tells their care in public.")
		}
	}
	return c.out
}

// kinAt29 reports the reviewer's relative at token k: an owner then a kin
// word ("su mamá", "sua mãe"), returning the token after it.
func (s *scan) kinAt29(k, end int) (int, bool) {
	if k+1 >= end || !kinOwners29.has(s.toks[k].low) {
		return 0, false
	}
	w := s.toks[k+1].low
	if kinRomance28.has(w) || kinWords29.has(w) || kinTitles.has(w) {
		return k + 2, true
	}
	return 0, false
}

// kinAttended29 reports a verb of care with the reviewer's relative as
// its object in sentence si: "Fue un gusto atender a su mamá", "Foi um
// prazer cuidar da sua mãe". An offer ("podemos atender a su mamá") is
// left.
func (s *scan) kinAttended29(si int) (int, int, bool) {
	se := s.sents[si]
	for v := se.tokStart; v+2 < se.tokEnd; v++ {
		if !kinCareVerbs29.has(s.toks[v].low) {
			continue
		}
		k := v + 1
		if kinCarePreps29.has(s.toks[k].low) {
			k++
		}
		if k < se.tokEnd && inSet(s.toks[k].low, "la", "el", "a", "o") {
			k++ // "cuidar de la sua mãe" is rare, "atender a la mamá" is no owner
		}
		to, ok := s.kinAt29(k, se.tokEnd)
		if !ok {
			continue
		}
		for o := se.tokStart; o < v; o++ {
			if kinCareOffers29.has(s.toks[o].low) || kinCareHopes29.has(s.toks[o].low) {
				return 0, 0, false
			}
		}
		if s.kinAtEvent29(to, se.tokEnd) {
			return 0, 0, false
		}
		if s.kinMission29b(si, v) {
			return 0, 0, false // "Nuestra misión es cuidar de su familia" (attack29b.go)
		}
		return v, to, true
	}
	return 0, 0, false
}

// gladOpeners29 are gladOpeners24 and more of the same gladness: "nos da
// mucho gusto que", "qué alegría que", "que ótimo que".
var gladOpeners29 = append([]string{"nos da mucho gusto", "qué alegría que", "que alegría que", "que alegria que", "me alegro",
	"nos alegró", "que ótimo que", "que otimo que", "que maravilha que", "qué maravilla que", "estamos felices", "ficamos muito felizes",
	"nos encanta saber que", "qué gusto saber", "que gusto saber"}, gladOpeners24...)

// kinProgress29 reports sentence si glad, in Spanish or Portuguese, that
// the reviewer's relative is better, recovering or gaining weight: "qué
// bueno que su esposo ya se siente mejor", "nos alegra que su bebé ya esté
// subiendo de peso".
func (s *scan) kinProgress29(si int) bool {
	se := s.sents[si]
	low := strings.ToLower(s.text[se.start:se.end])
	op, ok := containsAny(low, gladOpeners29)
	if !ok {
		return false
	}
	from := se.start + strings.Index(low, op) + len(op)
	for k := se.tokStart; k < se.tokEnd; k++ {
		if s.toks[k].start < from {
			continue
		}
		to, ok := s.kinAt29(k, se.tokEnd)
		if !ok {
			continue
		}
		for p := to; p < se.tokEnd && p <= to+6; p++ {
			w := s.toks[p].low
			if !kinProgress29.has(w) {
				continue
			}
			if w == "peso" {
				// "subiendo de peso", "ganando peso", "ganhando peso": a
				// gain, not "el peso" alone.
				if p >= 1 && inSet(s.toks[p-1].low, "de", "ganando", "ganhando", "aumentando", "subiendo", "recuperando") {
					return true
				}
				continue
			}
			if p+1 < se.tokEnd && kinProgressNot29.has(s.toks[p+1].low) || s.betterAsAdjective29b(p) {
				continue // "un mejor horario" (attack29b.go)
			}
			return true
		}
		return false
	}
	return false
}

// vietKinBetter29 reports sentence si glad, in Vietnamese, that the
// reader or their relative is better: "mừng là bé đã khỏe hơn", "rất vui
// vì mẹ của anh đã đỡ hơn".
func (s *scan) vietKinBetter29(si int) bool {
	se := s.sents[si]
	glad, kin := -1, false
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		switch {
		case glad < 0 && vietGlad29.has(w) && !vietPlease29(s.toks, t, se.tokEnd):
			glad = t
		case glad >= 0 && vietKin29.has(w):
			kin = true
		case glad >= 0 && kin:
			if next, ok := vietBetter29[w]; ok && t+1 < se.tokEnd && inSet(s.toks[t+1].low, next...) {
				return true
			}
			if !vietBetween29b.has(w) {
				kin = false // "chị thấy thời gian chờ đã đỡ hơn": the wait is better (attack29b.go)
			}
		}
	}
	return false
}

// recoveredFrom29 reports, in sentence si, an improvement or a recovery
// wished or told "from" an illness the review does not name: "que siga
// mejorando de la presión", "que se mejore pronto de la varicela",
// "melhorando da pressão", Vietnamese "khỏe sau đợt viêm họng".
func (s *scan) recoveredFrom29(si int) (int, int, bool) {
	se := s.sents[si]
	kinBefore := false // a Vietnamese relative or reader before v (attack29b.go)
	for v := se.tokStart; v < se.tokEnd; v++ {
		w := s.toks[v].low
		kinBefore = kinBefore || vietKin29.has(w)
		if w == "đợt" || w == "khỏi" || w == "hết" {
			// "sau đợt viêm tai" (after the bout of), "khỏi sốt", "hết ho".
			if w == "đợt" && (v == se.tokStart || !inSet(s.toks[v-1].low, "sau", "qua") || !kinBefore) {
				continue // "Sau đợt covid, chúng tôi đã mở lại": no one's bout (attack29b.go)
			}
			if c := v + 1; c < se.tokEnd && vietIllness29.has(s.toks[c].low) && !s.reviewSays29(s.toks[c].low) {
				return v, c + 1, true
			}
			continue
		}
		if !recoverFromVerbs29.has(w) {
			continue
		}
		for k := v + 1; k < se.tokEnd && k <= v+3; k++ {
			p := s.toks[k].low
			if !inSet(p, "de", "del", "da", "do", "das", "dos") {
				if inSet(p, "pronto", "rápido", "rapido", "logo", "bien", "bem", "mucho", "muito", "poco", "pouco") {
					continue
				}
				break
			}
			c := k + 1
			if c < se.tokEnd && inSet(s.toks[c].low, "la", "el", "las", "los", "su", "sus", "esa", "esta", "a", "o", "as", "os", "sua", "seu") {
				c++
			}
			if c >= se.tokEnd || !s.illnessAt29(c) || s.reviewSays29(s.toks[c].low) || s.sentenceHasWord(si, generalRecovery29b) {
				break // "la mayoría de la gente se recupera de la gripe" (attack29b.go)
			}
			return v, c + 1, true
		}
	}
	return 0, 0, false
}

// illnessAt29 reports an illness, a reading or a wound at token c.
func (s *scan) illnessAt29(c int) bool {
	w := s.toks[c].low
	if illnessWords29.has(w) || gladCare24.has(w) {
		return !s.gladThingOf24At(c, s.sents[s.toks[c].sent].tokEnd) // "la presión del agua"
	}
	n, cat := health.At(s.healthWords(), c)
	return n > 0 && cat != health.BodyPart
}

// reviewSays29 reports word w (or its first five letters, for "varicela"
// against "varicelas") among the review's words: the review's own
// illness wished back is left to a person.
func (s *scan) reviewSays29(w string) bool {
	stem := w
	if r := []rune(w); len(r) > 5 {
		stem = string(r[:5])
	}
	// The review's words and their short beginnings are gathered once:
	// a long reply to a long review read them once per illness named,
	// which grew as the product of the two (attack29b.go).
	stems := s.reviewStems29b()
	return stems[" "+w] || stems[stem]
}

// thereForBirth29 reports "there for" a birth or a delivery in sentence
// si: "an honor to be there for both births", "there for both of your
// deliveries", "there for the birth of both your girls".
func (s *scan) thereForBirth29(si int) (int, int, bool) {
	se := s.sents[si]
	for t := se.tokStart; t+2 < se.tokEnd; t++ {
		if s.toks[t].low != "there" || s.toks[t+1].low != "for" {
			continue
		}
		for k := t + 2; k < se.tokEnd && k <= t+6; k++ {
			w := s.toks[k].low
			if birthWords29.has(w) {
				if w == "c" && (k+1 >= se.tokEnd || s.toks[k+1].low != "section") || s.birthNotOwned29(t+2, k, se.tokEnd) {
					break
				}
				return t, k + 1, true
			}
			if !inSet(w, "the", "both", "of", "your", "ur", "all", "three", "two", "her", "his", "their", "each", "every", "one", "big", "day", "-") {
				break
			}
		}
	}
	return 0, 0, false
}

// kinUpToDate29 reports, in a sentence of gladness, the reader or their
// people told "up to date": "glad your kids are all up to date now",
// "happy your daughter is fully up to date". A person up to date is up to
// date on their shots. "Keeping us up to date" and a schedule up to date
// are no one's.
func (s *scan) kinUpToDate29(si int) (int, int, bool) {
	if !s.sentenceHasWord(si, factWords) {
		return 0, 0, false
	}
	se := s.sents[si]
	for t := se.tokStart; t+2 < se.tokEnd; t++ {
		if s.toks[t].low != "up" || s.toks[t+1].low != "to" || s.toks[t+2].low != "date" || s.upToDateOnThing29(t+3, se.tokEnd) {
			continue
		}
		for k := t - 1; k >= se.tokStart && k >= t-5; k-- {
			w := s.toks[k].low
			if kinWords.has(w) || relativeWords.has(w) || inSet(w, "you", "u", "he", "she", "they", "everyone", "both", "twins") {
				if s.upToDateNews29b(t, k, se.tokEnd) {
					break // "keep everyone up to date on our new hours" (attack29b.go)
				}
				return k, t + 3, true
			}
			if !inSet(w, "are", "is", "s", "re", "all", "fully", "now", "completely", "finally", "totally", "both", "officially", "were", "was") {
				break
			}
		}
	}
	return 0, 0, false
}

// koreanIllnessBetter29 reports sentence si naming, in Korean, an illness
// or a reading with its getting better: "어머님 혈압이 좋아지셨다니",
// "아드님 중이염이 빨리 낫기를". The review's own illness is left.
func (s *scan) koreanIllnessBetter29(si int) bool {
	se := s.sents[si]
	text := s.text[se.start:se.end]
	ill, ok := containsAny(text, koreanIllness29)
	if !ok {
		return false
	}
	if _, better := containsAny(text[strings.Index(text, ill):], koreanBetter29); !better || koreanNoIllness29(text, ill) || koreanSeason29b(text, ill) {
		return false // "감기 시즌에도": a season, no one's illness (attack29b.go)
	}
	return !strings.Contains(s.d.ReviewText, ill)
}

// A lobby fish named by its kind (session 29, t29reply): "Gus the
// clownfish says thank you!" (dev175-115) blocked as a third person, as
// "Gus the goldfish" did before session 27. Any word ending in "fish"
// (clownfish, angelfish, pufferfish) is a fish, but "selfish" and
// "elfish" describe people.

// lobbyAnimals29 are more animals a lobby keeps, or a neighbour's that
// wanders into the lot.
var lobbyAnimals29 = newWordSet([]string{"axolotl", "frog", "crab", "hermit", "ferret", "chinchilla", "tarantula", "iguana", "canary",
	"cockatiel", "finch", "shrimp", "snail", "goat", "goats", "chicken", "hen", "rooster", "horse", "pony", "donkey", "llama", "alpaca",
	"cow", "sheep", "duck", "goose", "peacock"})

// ourAnimalAt29 reports, after a name and its comma, "our" or "the" and
// an animal, with one word or an owner's "'s" between: "Clementine, our
// neighbor's goat" (dev176-200), "Biscuit, our office cat". Not "our
// patient", "our neighbor's daughter", "our cat lover".
func (s *scan) ourAnimalAt29(a, si int) bool {
	if a >= len(s.toks) || s.toks[a].sent != si || !inSet(s.toks[a].low, "our", "the") {
		return false
	}
	k := a + 1
	if k+2 < len(s.toks) && s.toks[k+2].sent == si && inSet(s.toks[k+1].low, "'", "’") && s.toks[k+2].low == "s" {
		k += 3 // "our neighbor's goat"
	} else if k+1 < len(s.toks) && s.toks[k+1].sent == si && s.toks[k+1].low == "s" {
		k += 2
	} else if k+1 < len(s.toks) && s.toks[k+1].sent == si && !animalWord29(s.toks[k].low) {
		k++ // "our office cat"
	}
	if k >= len(s.toks) || s.toks[k].sent != si || !animalWord29(s.toks[k].low) {
		return false
	}
	return !(k+1 < len(s.toks) && s.toks[k+1].sent == si && (animalPeople27.has(s.toks[k+1].low) || s.toks[k+1].low == "s" ||
		animalTradeAny28(s.toks[k+1].low)))
}

// animalWord29 reports an animal word: animalWords27's, one ending in
// "fish", or lobbyAnimals29's.
func animalWord29(w string) bool {
	if animalWords27.has(w) || lobbyAnimals29.has(w) {
		return true
	}
	return strings.HasSuffix(w, "fish") && len(w) > len("fish") && w != "selfish" && w != "elfish" && w != "unselfish"
}

// A hello sent home (session 29, t29reply): "Thanks, Mrs. Dunn! Say hi to
// Harold for us 👋" (dev175-039), "Thank you, Mrs. Pfiffner! Say hi to Herb
// for us" (dev170-066): the reply greets the reviewer and sends a hello
// to someone of their household by a first name the review did not
// carry. It tells no care, and the writers of both sets (and dev112's,
// "Mrs. Brouwer! Give our best to Mr. Brouwer") label it review: REV-02
// warns instead of blocking. Only a reviewer greeted by a courtesy title
// and a surname ("Mrs. Dunn", "Mr. Ortiz", "Sra. Vega") is so read: a
// household known to the practice by its name. A greeting by a first name
// keeps session 26's and 27's blocks ("Thanks Paula! Say hi to Paul for
// us": a sibling; "Ua tsaug, Niam Pa! Tell Yawg Chue we said hi",
// attack26_test.go, reply27_test.go). The name with care in its sentence
// ("Say hi to Walter, and glad his new knee is holding up!"), without the
// hello ("Tell Walter his labs came back great"), or in a reply that
// greets no one keeps its block.

// titledGreeting29 reports a reply that greets its reader by a courtesy
// title and a name: "Thank you, Mrs. Dunn!", "Give our best to Walt, Mrs.
// Kovach!".
func (s *scan) titledGreeting29() bool {
	for i := 0; i+2 < len(s.toks); i++ {
		if courtesyTitles.has(s.toks[i].low) && s.toks[i+1].low == "." && s.toks[i+2].capital && s.toks[i+2].kind == tokWord {
			if a, b := s.span(i, i+3); s.courtesyVocative(a, b) {
				return true
			}
		}
	}
	return false
}

// helloWords29 send a hello: "say hi to", "give our best to", "tell X we
// said hello", "saludos a", "un abrazo para", "um abraço para".
var helloWords29 = newWordSet([]string{"hi", "hello", "hey", "howdy", "best", "love", "regards", "greetings", "hugs", "hug",
	"saludos", "salude", "saludes", "abrazo", "abrazos", "abraço", "abraços", "beijo", "beijos", "cariños", "lembranças"})

// helloSentHome29 lowers to a warning each block of out that names the
// one a hello is sent to, in a sentence with no health word.
func (s *scan) helloSentHome29(out []post.Finding) {
	for i := range out {
		f := &out[i]
		if f.Severity != "" && f.Severity != post.SeverityBlock || s.bytesNearHealth(f.Start) {
			continue
		}
		t := s.tokenStart(f.Start)
		if t >= len(s.toks) || !s.helloTo29(t, s.tokenStart(f.End)) || s.helloSeenHere29(t) {
			continue
		}
		f.Severity, f.NeedsHuman = post.SeverityWarn, true
		f.Message = "The reply sends a hello to someone by name. Make sure the name tells no one's care and is the reviewer's to share."
	}
}

// helloTo29 reports the name at tokens [t, end) as the one a hello is
// sent to: a hello word then "to"/"a"/"para" just before it ("say hi to
// Harold", "give our best to Walt", "saludos a Ernesto"), or "tell" just
// before it and a hello word after it in the sentence ("tell Rosa we
// said hello").
func (s *scan) helloTo29(t, end int) bool {
	si := s.toks[t].sent
	se := s.sents[si]
	if t >= se.tokStart+2 && inSet(s.toks[t-1].low, "to", "a", "para", "pra") && helloWords29.has(s.toks[t-2].low) {
		return true
	}
	if t > se.tokStart && inSet(s.toks[t-1].low, "tell", "dígale", "digale", "diga", "diles") {
		for k := end; k < se.tokEnd && k <= end+5; k++ {
			if helloWords29.has(s.toks[k].low) {
				return true
			}
		}
	}
	return false
}

// Care quantified for everyone (session 29, t29reply): "we want every
// appointment to feel unhurried" (dev157-135), "our front desk is happy to
// check coverage by phone before any appointment" (dev172-098): a visit or
// a care word after "every", "any", "each" or "all" is everyone's, no
// one's care told, and both writers label the reply pass (it warned,
// REV-01). A sentence that speaks to the reader ("every visit with you",
// "any of your appointments") is left to the other rules.

// everyWords29 quantify a care word for everyone.
var everyWords29 = newWordSet([]string{"every", "any", "each", "all"})

// everyCare29 reports the care word at token from quantified for everyone
// in a sentence that does not speak to the reader.
func (s *scan) everyCare29(from, si int) bool {
	k := from - 1
	if k >= 0 && s.toks[k].sent == si && inSet(s.toks[k].low, "single", "new", "future", "routine", "scheduled") {
		k--
	}
	if k < 0 || s.toks[k].sent != si || !everyWords29.has(s.toks[k].low) {
		return false
	}
	return !s.sentenceHasWord(si, secondPerson) && !s.sentenceHasWord(si, kinWords)
}

// The reviewer's relative invited to call (session 29, t29reply): "We'd
// welcome a call from your mother, or from anyone she has authorized, at
// (989) 555-0142" (dev169-311) to a review about "my mother": the relative
// the review named, asked to take the matter offline, is the safe reply
// itself; the writer labels it pass (it warned as an echoed relative,
// REV-01). Only a relative the review named, in a sentence with no care
// (echoedKin's conditions), is so lowered.

// kinCallVerbs29 are the ways of getting in touch.
var kinCallVerbs29 = newWordSet([]string{"call", "calls", "phone", "reach", "contact", "email", "message", "text"})

// kinCalls29 reports the relative at "your" (token from, the kin word
// after it) as the one invited to call: "a call from your mother", "your
// dad is welcome to call us", "have your mom reach out".
func (s *scan) kinCalls29(from int) bool {
	si := s.toks[from].sent
	se := s.sents[si]
	if from >= se.tokStart+2 && s.toks[from-1].low == "from" && kinCallVerbs29.has(s.toks[from-2].low) {
		return true
	}
	if from >= se.tokStart+1 && inSet(s.toks[from-1].low, "have", "ask", "invite", "encourage") &&
		from+2 < se.tokEnd && kinCallVerbs29.has(s.toks[from+2].low) {
		return true // "have your mom call us"
	}
	for k := from + 2; k < se.tokEnd && k <= from+6; k++ {
		w := s.toks[k].low
		if kinCallVerbs29.has(w) {
			return k > from+2 && inSet(s.toks[k-1].low, "to", "can", "may")
		}
		if !inSet(w, "can", "may", "is", "s", "always", "welcome", "to", "feel", "free", "also", "please") {
			return false
		}
	}
	return false
}

// The review called a joke (session 29, t29reply): "The only joke here is
// this review. Have a blessed day 🙂" (dev162-319), "The only joke here is
// this review, Karen. LOL." (dev176-023), to a review that called the
// practice a joke. Thrown back, the word calls the review names: REV-03
// block, as "this review is unhinged" does (both passed or warned). The
// judgement may come first ("the only joke here is this review") or after
// ("this review is a joke"). Not a joke of the practice's own ("the
// only joke here is our parking lot", "we love a good joke").

// jokeWords29 are names a reply calls a review by.
var jokeWords29 = newWordSet([]string{"joke", "jokes", "clown", "circus", "lie", "lies"})

// jokeAfter29 reports "a joke" in the few tokens from k (after "this
// review is"): "a joke", "the real joke", "a total joke", or -1.
func (s *scan) jokeAfter29(k, end int) int {
	for t := k; t < end && t <= k+4; t++ {
		w := s.toks[t].low
		if jokeWords29.has(w) {
			return t
		}
		if !judgeAdverbs.has(w) && !inSet(w, "the", "real", "biggest", "big", "total", "complete", "bad", "only") {
			return -1
		}
	}
	return -1
}

// onlyJokeIsReview29 reports in tokens [from, to) a joke word, then
// "here" or the like, a copula, and "this review" or "you": "the only
// joke here is this review", "the real joke is your review".
func (s *scan) onlyJokeIsReview29(from, to int) (int, int, bool) {
	for t := from; t+2 < to; t++ {
		if !jokeWords29.has(s.toks[t].low) {
			continue
		}
		k := t + 1
		for k < to && inSet(s.toks[k].low, "here", "around", "in", "this", "situation", "today") {
			k++
		}
		if k >= to || !copulas.has(s.toks[k].low) {
			continue
		}
		k++
		if k < to && inSet(s.toks[k].low, "this", "that", "your", "ur", "the") {
			k++
		}
		if k < to && inSet(s.toks[k].low, "review", "reviews", "post", "comment", "reviewer", "you", "u", "rant", "complaint") {
			return t, k + 1, true
		}
	}
	return 0, 0, false
}
