package names

import (
	"strings"
	"unicode/utf8"
)

// Names written in Cyrillic (issue 11, people family): Ukrainian, Russian
// and the other languages written in it. The name data is in Latin
// letters, so a Cyrillic name it holds is read through a transliteration
// ("Оксана" is oksana); one it does not hold ("Галина", "Шевченко") is
// still told by how those languages write: only proper nouns are
// capitalized inside a sentence, and a proper noun after a preposition of
// place, or one of the few countries and cities posts name, is a place.

// cyrillicLatin is a transliteration of the Cyrillic letters of Russian
// and Ukrainian close to the spellings US records hold (BGN/PCGN-like);
// г and и are read both ways (Russian "Galina", Ukrainian "Halyna").
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "yo", 'є': "ye", 'ж': "zh", 'з': "z",
	'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y",
	'ь': "", 'э': "e", 'ю': "yu", 'я': "ya", '\'': "", '’': "",
}

// isCyrillic reports whether low starts with a Cyrillic letter (U+0400 to
// U+04FF, lead bytes 0xd0 to 0xd3 in UTF-8).
func isCyrillic(low string) bool { return len(low) >= 2 && low[0] >= 0xd0 && low[0] <= 0xd3 }

// transliterate returns low, a lower-case Cyrillic word, in Latin letters,
// with г and и read the Russian way, or the Ukrainian way (г as h, и as y)
// when ukrainian is set; "" when low holds a letter the table lacks.
func transliterate(low string, ukrainian bool) string {
	var b strings.Builder
	b.Grow(len(low))
	for _, r := range low {
		switch {
		case ukrainian && r == 'г':
			b.WriteByte('h')
		case ukrainian && r == 'и':
			b.WriteByte('y')
		case r < utf8.RuneSelf && r != '\'':
			b.WriteRune(r)
		default:
			l, ok := cyrillicLatin[r]
			if !ok {
				return ""
			}
			b.WriteString(l)
		}
	}
	return b.String()
}

// cyrillicKnown returns the Latin spelling of a Cyrillic word that the
// name data holds as a first name or surname ("Оксана" is oksana), or "".
func cyrillicKnown(low string) string {
	for _, ukr := range [...]bool{false, true} {
		if u := transliterate(low, ukr); u != "" && (First(u) != None || Surname(u) != None) {
			return u
		}
	}
	return ""
}

// cyrillicOpener are words that open a Ukrainian or Russian sentence
// and read as a name in Latin letters ("Наша" is Nasha, "Надія" Nadiya):
// pronouns, greetings and the virtues that are names too.
var cyrillicOpener = set("наша", "наш", "наше", "наші", "мій", "моя", "моє", "мої", "ми", "ви", "вони", "він", "вона", "це",
	"ця", "цей", "та", "але", "так", "тепер", "вже", "дуже", "дякуємо", "дякую", "вітаємо", "привіт", "слава", "надія", "віра",
	"любов", "мы", "вы", "они", "он", "она", "это", "эта", "мой", "уже", "очень", "спасибо", "привет", "надежда", "вера")

// cyrillicGreeting are the capitalized greetings, wishes and their
// adjectives that are no name wherever they stand ("Поздравляем Зинаиду",
// "Веселого Різдва", "Добрий день", "Рада бачити"), and the words that open
// a sentence's time ("Теперь", "Сегодня").
var cyrillicGreeting = set(
	"поздравляем", "поздравляю", "вітаю", "благодарим", "благодарю", "дякуємо", "рада", "рад", "раді", "рады", "радий",
	"добрий", "добрый", "доброе", "доброго", "добра", "веселого", "веселих", "веселых", "щасливого", "счастливого",
	"щасливих", "счастливых", "христос", "здравствуйте", "вечная", "вічна", "светлая", "світла", "теперь", "сегодня",
	"сьогодні", "вчера", "вчора", "завтра", "когда", "коли", "ещё", "еще", "ще", "и", "а", "но", "с", "з", "со",
	// the holidays they wish ("Щасливого Нового року", "С Новым годом")
	"нового", "новим", "новым", "новий", "новый", "праздником", "праздник", "святом", "свята", "днем", "днём")

// cyrillicPlacePrep are the prepositions of Ukrainian and Russian after
// which a proper noun is a place: "з Українського Села", "у Києві", "в
// Чикаго".
// A word drawn only with letters like Latin ones reaches Find folded to
// them (compliance's fold undoes "Mаria" with a Cyrillic а), so "в", "у",
// "с" and "со" come as "b", "y", "c" and "co" too: no English word stands
// so before a capitalized Cyrillic one.
var cyrillicPlacePrep = set("в", "у", "з", "із", "зі", "до", "на", "від", "біля", "під", "над", "через", "по", "во", "из",
	"с", "со", "от", "около", "поблизу", "b", "y", "c", "co")

// cyrillicNotPerson are the starts of the places, holidays and sacred
// names a post writes capitalized: Ukraine, America, Kyiv, Lviv, Kharkiv,
// Odesa, Chicago, Poland, Europe, Russia, Moscow; God, Christ, Christmas,
// Easter.
var cyrillicNotPerson = []string{"україн", "украин", "америк", "київ", "києв", "киев", "львів", "львов", "харків", "харьк",
	"одес", "дніпр", "днепр", "чикаг", "польщ", "польш", "європ", "европ", "росі", "росс", "москв", "сша", "господ", "христ",
	"різдв", "рождеств", "великд", "пасх"}

// cyrillicGod are the forms of "God" ("Слава Богу"), which "Богдан" starts
// with.
var cyrillicGod = set("бог", "бога", "богу", "боже", "богом", "богові")

// cyrillicName finds a name in Cyrillic the data does not hold, at i: a
// capitalized Cyrillic word of three letters or more inside a sentence
// ("Наша клієнтка Галина з ...", "shoutout to Оксана for ..."), or opening
// one before a comma, said to the person or put before who they are
// ("Оксана, a soprano in the choir"). A capitalized Cyrillic word after it
// is the surname.
func cyrillicName(words []Word, i int) (Mention, bool) {
	w := &words[i]
	if !w.Capital || w.Acronym || utf8.RuneCountInString(w.Low) < 3 {
		return Mention{}, false
	}
	if cyrillicGod.has(w.Low) || cyrillicGreeting.has(w.Low) || cyrillicImperative(w.Low) {
		return Mention{}, false
	}
	for _, p := range cyrillicNotPerson {
		if strings.HasPrefix(w.Low, p) {
			return Mention{}, false
		}
	}
	opens := i == 0 || words[i-1].Sent != w.Sent
	if opens {
		// Every sentence opens with a capital: there a name is said to the
		// person or set before who they are ("Оксана, a soprano"), comes
		// with its surname ("Микола Шевченко після операції"), or is a
		// first name the data holds before words in English ("Оксана came
		// in for her screening").
		next := i + 1
		if next >= len(words) || words[next].Sent != w.Sent || cyrillicOpener.has(w.Low) {
			return Mention{}, false
		}
		n := &words[next]
		named := n.Low == "," || (n.Capital && !n.Acronym && isCyrillic(n.Low)) ||
			(!n.Punct && !isCyrillic(n.Low) && First(cyrillicKnown(w.Low)) != None) ||
			(!n.Punct && !n.Capital && isCyrillic(n.Low) && cyrillicGivenForm(w.Low)) // "Сергею сделали операцию" (session 21)
		if !named {
			return Mention{}, false
		}
	} else if p := &words[i-1]; cyrillicPlacePrep.has(p.Low) ||
		(p.Capital && isCyrillic(p.Low) && i >= 2 && words[i-2].Sent == w.Sent) {
		// After a preposition of place, a place; after another
		// capitalized Cyrillic word inside the sentence, the second word
		// of a place's name ("з Українського Села"). After the word
		// opening the sentence it is a name ("Дякуємо Богдану").
		return Mention{}, false
	} else if cyrillicListedPlace(words, i) {
		return Mention{}, false
	}
	end := i + 1
	if end < len(words) && words[end].Sent == w.Sent && words[end].Capital && !words[end].Acronym && isCyrillic(words[end].Low) {
		end++
	}
	kind := FirstName
	if end > i+1 {
		kind = FullName
	}
	return Mention{From: i, To: end, Name: i, Kind: kind}, true
}

// cyrillicAnd join the items of a list: "в Чикаго и Нью-Йорке" (the
// Ukrainian "і" comes folded, as "i").
var cyrillicAnd = set("і", "i", "й", "та", "и", "або", "или", ",")

// cyrillicListedPlace reports whether the capitalized word at i is listed
// after a place: "у Києві та Львові", "в Чикаго и Нью-Йорке".
func cyrillicListedPlace(words []Word, i int) bool {
	j := i - 1
	if j < 1 || !cyrillicAnd.has(words[j].Low) {
		return false
	}
	j--
	for j > 0 && words[j].Sent == words[i].Sent && (words[j].Low == "-" || (words[j].Capital && isCyrillic(words[j].Low))) {
		j--
	}
	return j < i-2 && words[j].Sent == words[i].Sent && cyrillicPlacePrep.has(words[j].Low)
}

// LatinSpellings returns low, a lower-case word, in Latin letters the
// Russian way and the Ukrainian way ("Оксана" is oksana both ways,
// "Ганна" ganna and hanna), or two empty strings when low is not
// Cyrillic or holds a letter the table lacks. A staff list writes its
// people in Latin letters; a post may greet them in their own script
// (session 20, t20clean).
func LatinSpellings(low string) (russian, ukrainian string) {
	if !isCyrillic(low) {
		return "", ""
	}
	return transliterate(low, false), transliterate(low, true)
}

// cyrillicImperativeEnds close a verb said to people in the plural or
// politely, Russian and Ukrainian: "Бегите, Светлана!" (run), "Вітайте"
// (welcome), "Поздравьте", "Приходьте". No given name or surname ends so
// (session 20, t20clean).
var cyrillicImperativeEnds = [...]string{"ите", "йте", "ьте", "іть", "їть"}

// cyrillicImperative reports whether low, a lower-case Cyrillic word,
// ends as a plural or polite imperative (cyrillicImperativeEnds).
func cyrillicImperative(low string) bool {
	for _, e := range cyrillicImperativeEnds {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}
