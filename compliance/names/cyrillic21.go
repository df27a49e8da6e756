package names

import (
	"strings"
	"unicode/utf8"
)

// Given names in the other cases of Russian and Ukrainian (issue 11,
// session 21, t21names). A capitalized word opening a sentence was a name
// only before a comma, a surname or English words: every sentence opens
// with a capital. A given name the data holds, before a word in lower
// case, names the person in any case: "Сергею сделали операцию" (to
// Sergei), "Оксані зробили операцію" (to Oksana), "Ирину выписали"
// (Irina), "Оксана закончила химиотерапию". The name is read back to the
// nominative by its case ending; a base shorter than four letters is left
// out ("Тому" would be Tom, "Дома" Dom).

// cyrillicCaseEnds map a case ending to the nominative endings it may
// come from: "-е" of Ирине is Ирина's "-а", of Никите Никита's; "-у" of
// Олегу is Олег's nothing.
var cyrillicCaseEnds = [...]struct{ end, nom string }{
	{"ою", "а"}, {"ой", "а"}, {"ей", "я"}, {"ею", "я"}, {"ові", ""}, {"еві", ""}, {"ом", ""}, {"ем", ""},
	{"е", "а"}, {"е", "я"}, {"е", ""}, {"і", "а"}, {"і", "я"}, {"у", "а"}, {"у", ""}, {"ю", "я"}, {"ю", "ь"}, {"ю", "й"},
	{"ы", "а"}, {"и", "а"}, {"и", "я"}, {"а", ""}, {"я", "ь"}, {"я", "й"},
}

// cyrillicNotGiven are sentence openers that read back to a name: "Маме"
// (to mum), "Вере" and "Надежде" (faith, hope), "Розе", "Лилии" (flowers).
var cyrillicNotGiven = set("маме", "мами", "маму", "мамі", "папе", "папі", "вере", "вірі", "надежде", "надії", "любви", "розе",
	"розы", "лилии", "тому", "дома", "слава", "славе", "славы", "мира", "миру", "марте", "мае", "августе", "аврора", "будь", "будьте")

// cyrillicGivenForm reports whether low, a lower-case Cyrillic word, is a
// given name the data holds, as written or read back from another case.
func cyrillicGivenForm(low string) bool {
	if cyrillicNotGiven.has(low) || cyrillicOpener.has(low) || cyrillicGreeting.has(low) {
		return false
	}
	if utf8.RuneCountInString(low) >= 4 && cyrillicFirst(low) {
		return true
	}
	for _, c := range cyrillicCaseEnds {
		base, ok := strings.CutSuffix(low, c.end)
		if !ok || utf8.RuneCountInString(base)+utf8.RuneCountInString(c.nom) < 4 {
			continue
		}
		if cyrillicFirst(base + c.nom) {
			return true
		}
	}
	return false
}

// cyrillicFirst reports whether the data holds low, read either way, as a
// first name of four Latin letters or more: "Будь ласка" (you're welcome)
// reads "bud", a name in English.
func cyrillicFirst(low string) bool {
	for _, ukr := range [...]bool{false, true} {
		if u := transliterate(low, ukr); len(u) >= 4 && First(u) != None {
			return true
		}
	}
	return false
}
