package compliance

import (
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

// Session 26 (t26reply): a reply greets its reviewer by the name they
// signed with, written another way. The ranks a service member signs with
// ("SFC Morales", "A1C Tre") are said out or swapped in a reply ("Sgt.
// Morales", "Airman Tre"), a courtesy is spelled out ("Señora Durán" to
// "Sra. Durán"), a first name is said as its pet form ("Doña Lupe" to
// "Guadalupe S.", "Саша" to "Александр К.") or as the part of it people
// call the signer by ("Mr. Phan" to "Khamphan P."). None of these names a
// third person (REV-02 blocks that); each is the signer greeted, which the
// labels of every set make review at most.

// rankTitles26 are the ranks and the spelled-out courtesies a reply puts
// before a name, English, Spanish and Portuguese, written out and
// abbreviated. Alone they name no one.
var rankTitles26 = newWordSet([]string{
	"sgt", "sgto", "sargento", "sergeant", "staff", "ssg", "ssgt", "sfc", "tsgt", "msgt", "msg", "smsgt", "cmsgt", "sgm", "csm",
	"cpl", "corporal", "cabo", "pfc", "pvt", "private", "spc", "lt", "lieutenant", "teniente", "tenente", "capt", "cpt",
	"captain", "capitán", "capitan", "capitão", "maj", "major", "col", "colonel", "coronel", "ltc", "airman", "amn", "a1c",
	"1lt", "2lt", "1sg", "ens", "ensign", "cadet", "seaman", "petty", "officer", "cpo", "po1", "po2", "po3", "first", "second",
	"class", "master", "senior", "chief", "gunny",
	"señor", "señora", "señorita", "senhorita", "seu", "sir", "ma'am", "maam",
})

// rankOnly reports a "name" that is nothing but rank words ("Sgt",
// "Staff Sergeant"): the title of the name after it, no one's name.
func rankOnly(name string) bool {
	words := tokenizePhrase(name)
	n := 0
	for _, w := range words {
		if w == "." {
			continue
		}
		if !rankTitles26.has(w) {
			return false
		}
		n++
	}
	return n > 0
}

// rankBefore returns where a name at token t begins with the ranks said
// before it ("Staff Sergeant Ortiz", "TSgt Walker"), or t.
func (s *scan) rankBefore(t int) int {
	from := t
	for k := t - 1; k >= 0 && s.toks[k].sent == s.toks[t].sent; k-- {
		if s.toks[k].low == "." {
			continue
		}
		if !rankTitles26.has(s.toks[k].low) {
			break
		}
		from = k
	}
	return from
}

// petForms26 are the pet forms of Russian and Ukrainian first names, said
// to the bearer in place of the name they sign with ("Саша" to
// "Александр"); nicknames (allowlist.go) holds the English and Spanish.
var petForms26 = map[string][]string{
	"александр": {"саша", "шура"}, "александра": {"саша", "шура"}, "евгений": {"женя"}, "евгения": {"женя"},
	"дмитрий": {"дима"}, "михаил": {"миша"}, "мария": {"маша"}, "елена": {"лена"}, "екатерина": {"катя"},
	"анна": {"аня"}, "наталья": {"наташа"}, "наталия": {"наташа"}, "татьяна": {"таня"}, "ольга": {"оля"},
	"владимир": {"володя", "вова"}, "николай": {"коля"}, "сергей": {"серёжа", "сережа"}, "иван": {"ваня"},
	"алексей": {"лёша", "леша"}, "юлия": {"юля"}, "светлана": {"света"}, "людмила": {"люда"}, "галина": {"галя"},
	"валентина": {"валя"}, "андрей": {"андрюша"}, "павел": {"паша"}, "пётр": {"петя"}, "петр": {"петя"},
	"олександр": {"саша"}, "оксана": {"ксюша"}, "ксения": {"ксюша"},
}

// signedPetForm reports whether the name word w is a signed word's pet
// form (nicknames, petForms26) or the start or the end of a longer signed
// word ("alex" of "alexandra", "phan" of "khamphan", "lupe" of
// "guadalupe").
func signedPetForm(signed, w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, sw := range strings.Fields(signed) {
		if sw == w || utf8.RuneCountInString(sw) < 3 {
			continue
		}
		for _, p := range nicknames[sw] {
			if p == w {
				return true
			}
		}
		for _, p := range petForms26[sw] {
			if p == w {
				return true
			}
		}
		if len(sw) > len(w) && sw == signerFirstWord26(signed) && (petPrefix26(sw, w) || (utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(sw, w))) {
			return true
		}
	}
	return false
}

// teamEventWords26 follow a school's, a team's or a town's name in a
// reply, making it the name of a team or an event ("the Garfield fight
// song", "the Lumbee Homecoming parade").
var teamEventWords26 = newWordSet([]string{"fight", "song", "game", "games", "football", "basketball", "baseball", "soccer",
	"softball", "volleyball", "hockey", "wrestling", "band", "homecoming", "powwow", "festival", "parade", "fair", "rodeo",
	"tournament", "marathon", "potluck", "concert", "cruise", "jamboree", "fest", "fiesta", "carnival"})

// teamOrPlace26 reports a name at bytes [start, end) that is a team, an
// event or a street corner, not a person: cheered by the review in the
// plural after "go" ("go Hawks!" then "Hawk up!"; "the Okafors" signing a
// review is a family, greeted as "Okafor family"), followed by an event's or a
// team's word with no possessive ("the Garfield fight song"), or one of
// two capitalised words joined by "&" or "and" after "at" or "on" that
// end the sentence ("at Prescott & Vine.").
func (s *scan) teamOrPlace26(start, end int, review *wordText) bool {
	from, to := s.tokenRange(start, end)
	if from >= len(s.toks) || to > len(s.toks) || to <= from {
		return false
	}
	if review.contains(" go " + normalizeName(s.text[start:end]) + "s ") {
		return true // "Hawk up!" to "go Hawks!": the team the review cheered
	}
	last := to - 1
	if s.possessiveAt(last) {
		return false
	}
	// The event's word may follow a second capitalised word ("Lumbee
	// Homecoming parade").
	for k := to; k < len(s.toks) && k <= to+1 && s.toks[k].sent == s.toks[from].sent; k++ {
		if teamEventWords26.has(s.toks[k].low) && s.eventNameLed26(from) {
			return true
		}
		if !s.toks[k].capital || s.toks[k].kind != tokWord {
			break
		}
	}
	// A corner: "at Prescott & Vine", "on Alder and Whitman".
	si := s.toks[from].sent
	end2 := s.sents[si].tokEnd
	isWord := func(k int) bool { return k >= 0 && k < end2 && s.toks[k].kind == tokWord && s.toks[k].capital }
	closes := func(k int) bool {
		return k >= end2 || (s.toks[k].kind == tokPunct && inSet(s.toks[k].low, ".", "!", ",", ";")) || isSymbolToken(s.toks[k].low)
	}
	if to+1 < end2 && inSet(s.toks[to].low, "&", "and") && isWord(to+1) && !s.possessiveAt(to+1) && closes(to+2) &&
		from > 0 && s.cornerLead26(from-1) {
		return true // the first of the two streets
	}
	if from >= 3 && inSet(s.toks[from-1].low, "&", "and") && isWord(from-2) && s.cornerLead26(from-3) && closes(to) {
		return true // the second
	}
	return false
}

// thirdOwners26 own a condition as the reviewer's person's ("his
// eczema", "her vertigo", "their croup"); "your" has its own reading.
var thirdOwners26 = newWordSet([]string{"his", "her", "their"})

// thirdOwnsAt26 reports a condition at token t owned by a third person's
// possessive right before it: the reviewer's child, parent or partner,
// whom the reply wishes well by what they were seen for.
func thirdOwnsAt26(s *scan, t int) bool {
	return t >= 1 && s.toks[t-1].sent == s.toks[t].sent && thirdOwners26.has(s.toks[t-1].low)
}

// pregnancyLossCues26 are the words a review tells a pregnancy loss with,
// in the languages the sets' reviews use.
var pregnancyLossCues26 = []string{"miscarriage", "miscarried", "miscarry", "lost the baby", "lost our baby", "lost my baby",
	"pregnancy loss", "stillbirth", "stillborn", "aborto espontáneo", "aborto espontaneo", "perdí a mi bebé", "perdí el bebé",
	"perdi o bebê", "perdi meu bebê", "perdi o bebe", "выкидыш", "sẩy thai", "إجهاض"}

// lossSympathy26 are the lines a reply grieves a loss with ("so sorry
// for your loss", "such a hard loss", "whenever you're ready to try
// again"), as token sequences.
var lossSympathy26 = [][]string{{"your", "loss"}, {"ur", "loss"}, {"hard", "loss"}, {"difficult", "loss"}, {"painful", "loss"},
	{"try", "again"}, {"su", "pérdida"}, {"tu", "pérdida"}, {"sua", "perda"}, {"tua", "perda"}, {"вашей", "утратой"},
	{"вашу", "утрату"}, {"mất", "mát"}}

// pregnancyLossSympathy26 finds a reply grieving with a reviewer whose
// review told a pregnancy loss ("We're so sorry for your loss" to "so
// kind during my miscarriage"): the practice answering the loss with
// sympathy confirms it cared for them through it, which every labelled
// set blocks (REV-01). A loss that was a death ("my dad's last weeks")
// keeps its warning, and a reply that only thanks passes.
func (s *scan) pregnancyLossSympathy26() []post.Finding {
	review := strings.ToLower(s.d.ReviewText)
	told := false
	for _, c := range pregnancyLossCues26 {
		told = told || strings.Contains(review, c)
	}
	if !told {
		return nil
	}
	var out []post.Finding
	for t := range s.toks {
		for _, seq := range lossSympathy26 {
			if t+len(seq) > len(s.toks) {
				continue
			}
			match := true
			for k, w := range seq {
				match = match && s.toks[t+k].low == w
			}
			if match && (seq[0] != "try" || s.tryAgainAfterLoss26(t)) {
				out = append(out, s.finding(t, t+len(seq), "This reply grieves the pregnancy loss the review told: it confirms the practice cared for the reviewer through it."))
			}
		}
	}
	return out
}

// doseFrequencies26 are a dose's frequency in the languages the sets'
// replies use ("duas vezes ao dia", "дважды в день", "مرتين يومياً").
var doseFrequencies26 = []string{"vezes ao dia", "vez ao dia", "vezes por dia", "veces al día", "veces al dia", "vez al día",
	"veces por día", "раза в день", "раз в день", "дважды в день", "трижды в день", "lần mỗi ngày", "lần một ngày", "lần/ngày",
	"مرتين يومي", "مرة يومي", "مرات يومي", "مرتين في اليوم"}

// doseTakers26 are the words telling someone to take or keep on a
// medicine, in the same languages: Portuguese "continue com", "tome",
// Russian "принимайте", Vietnamese "uống", Arabic "تناول" (take) and
// "خذ".
var doseTakers26 = []string{"continue com", "tome ", "tomar ", "use ", "aplique", "принимайте", "принимать", "пейте", "uống",
	"تناول", "خذ ", "خذي"}

// doseFrequency26 finds a sentence that tells someone to take a medicine
// at a frequency: the reviewer's treatment, told in public (REV-01).
func (s *scan) doseFrequency26() []post.Finding {
	var out []post.Finding
	for si, se := range s.sents {
		low := strings.ToLower(s.text[se.start:se.end]) + " "
		if _, ok := containsAny(low, doseFrequencies26); !ok {
			continue
		}
		if _, ok := containsAny(low, doseTakers26); !ok {
			continue
		}
		if !s.doseMedicine26(si, low) {
			continue // "tomar o ônibus que passa três vezes ao dia": no medicine (attack26.go)
		}
		from, to := s.sents[si].tokStart, s.sents[si].tokEnd
		if from < to {
			out = append(out, s.finding(from, to, "This reply tells the reviewer how often to take a medicine: it gives their treatment in public."))
		}
	}
	return out
}

// reviewEvents26 are the gatherings a review may praise that the practice
// holds or attends and that meet again (a memory café, a walking club, a
// knitting circle, a festival booth): seeing the reviewer at the next one
// is no visit.
var reviewEvents26 = newWordSet([]string{"café", "cafe", "club", "circle", "booth", "festival", "fair", "potluck", "picnic",
	"cookout", "concert", "party", "meetup", "bingo", "cruise", "parade", "powwow"})

// reviewGathering26 reports a sentence of a reply to a review that told a
// gathering that meets again, with no visit or care in it: "see you next
// Thursday" to "five stars for the memory café" is the next café, not the
// next appointment (t26reply). The "see you" still warns (REV-01/soft).
func (s *scan) reviewGathering26(si int) bool {
	return s.reviewHasEvent28() && !s.sentenceHasWord(si, visitNouns) &&
		!s.healthInSentence(si)
}
