package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/names"
)

// Holidays named abroad and "fr" as slang (session 28, t28clean: clean
// passing).
//
// A holiday kept by the practice's families is named in their language:
// "¡Feliz Cinco de Mayo!", "Happy Diez y Seis", "Tết Trung Thu is almost
// here", "Chúc mừng Năm Mới", "Día de los Muertos". The name finder reads
// the capitalised words ("Feliz Cinco", "Trung Thu", "Nguyên Đán") as a
// person, and holidayGreeting knew only the words a greeting wishes at
// Christmas and New Year, after a greeting word. A name wholly inside a
// holiday's own words (holidayPhrases28), with or without a greeting
// before it, is no one. A name beside the holiday ("Happy Cinco de Mayo
// from Rosa Delgado") is its own span and stays held.
//
// "fr" written small closing a clause is "for real" ("y'all been real
// ones fr. Shoutout to ...", "bussin fr. Come work with us"), yet "fr"
// is a priest's title and the name finder joined it to the next
// sentence's first word. Written small, with a word after its period the
// lexicon knows is no name, it is slang; "Fr. Tomas", "for fr. Tomas"
// (a name after it) stay a person.

// holidayPhrases28 are holidays in the words of those who keep them,
// lower case, one word per token ("diez y seis"), compared unmarked.
var holidayPhrases28 = func() [][]string {
	var out [][]string
	for _, p := range []string{
		// Spanish: Mexican, Central and South American, Caribbean.
		"cinco de mayo", "diez y seis", "diez y seis de septiembre", "dieciseis de septiembre", "dia de los muertos",
		"dia de muertos", "dia de los reyes", "dia de reyes", "dia de la independencia", "dia de las madres", "dia de la madre",
		"dia del padre", "dia del nino", "dia de los ninos", "dia de la raza", "dia de la candelaria", "dia de san valentin",
		"las posadas", "semana santa", "fiestas patrias", "noche buena", "ano nuevo", "grito de dolores",
		// Vietnamese, Chinese, Korean, Lao, Khmer, Hmong, Tibetan.
		"tết trung thu", "tet trung thu", "trung thu", "tết nguyên đán", "tet nguyen dan", "nguyên đán", "chúc mừng năm mới",
		"chuc mung nam moi", "năm mới", "nam moi", "gong xi fa cai",
		"gong hei fat choy", "xin nian kuai le", "zhong qiu jie", "chuseok", "seollal", "pi mai lao", "bun pi mai",
		"choul chnam thmey", "nyob zoo xyoo tshiab", "losar",
		// South Asian, Persian, Muslim, Jewish.
		"raksha bandhan", "ganesh chaturthi", "durga puja", "makar sankranti", "shubh deepavali", "eid al fitr", "eid al adha",
		"eid mubarak", "ramadan mubarak", "ramadan kareem", "mawlid an nabi", "rosh hashanah", "yom kippur", "simchat torah",
		"nowruz", "chaharshanbe suri",
		// Filipino.
		"maligayang pasko", "manigong bagong taon", "simbang gabi", "araw ng kalayaan",
	} {
		// Marks the unmark table knows come off ("día", "nguyên"); the
		// Vietnamese tone marks it does not know stay ("tết", "mới").
		ws := strings.Fields(p)
		for i, w := range ws {
			ws[i] = names.Unmark(w)
		}
		out = append(out, ws)
	}
	return out
}()

// holidayNamed28 reports whether tokens [from,to), found as a name, lie
// wholly inside a holiday's own words, a greeting word ("Feliz",
// "Happy", "Chúc") read as a first name allowed at its start.
func (s *scan) holidayNamed28(from, to int) bool {
	k := from
	for k < to-1 && (greetingOpeners.has(s.toks[k].low) || inSet(s.toks[k].low, "happy", "chúc", "mừng")) {
		k++
	}
	// Only a phrase holding token k's word at some place can cover k: the
	// index gives those places, so a name costs a lookup, not a walk over
	// every phrase (the walk added 49,000 instructions to a 280-byte
	// check, 16%).
	for _, at := range holidayWordAt28[names.Unmark(s.toks[k].low)] {
		ph := holidayPhrases28[at.phrase]
		st := k - at.pos // the phrase starts at st
		if st < 0 || st+len(ph) < to || st+len(ph) > len(s.toks) {
			continue
		}
		if s.tokensAre28(st, ph) {
			return true
		}
	}
	return false
}

// holidayWordPlace28 is a word's place in a holiday phrase.
type holidayWordPlace28 struct{ phrase, pos int }

// holidayWordAt28 gives, for each word of holidayPhrases28, the phrases
// and places it stands at.
var holidayWordAt28 = func() map[string][]holidayWordPlace28 {
	at := map[string][]holidayWordPlace28{}
	for i, ph := range holidayPhrases28 {
		for j, w := range ph {
			at[w] = append(at[w], holidayWordPlace28{phrase: i, pos: j})
		}
	}
	return at
}()

// tokensAre28 reports whether the tokens from st spell ph, unmarked, in
// one sentence.
func (s *scan) tokensAre28(st int, ph []string) bool {
	si := s.toks[st].sent
	for j, w := range ph {
		t := &s.toks[st+j]
		if t.sent != si || t.kind != tokWord || names.Unmark(t.low) != w {
			return false
		}
	}
	return true
}

// slangFr28 reports whether tokens [from,to) are "fr" written small, its
// period, and one word the lexicon knows is no name: "fun fr. Big
// thanks", "fr fr. Shoutout".
func (s *scan) slangFr28(from, to int) bool {
	if to-from != 3 || s.toks[from].low != "fr" || s.toks[from].capital || s.toks[from+1].low != "." {
		return false
	}
	n := &s.toks[from+2]
	return n.kind == tokWord && n.lex != nil && !n.lex.knownName && n.shape&classNonASCII == 0
}
