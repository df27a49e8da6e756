package compliance

import (
	"slices"
	"strings"
)

// att28's attacks on session 28's changes and on what they reach (tests in
// attack28_test.go).

// reviewHasEvent28 reports a word of a gathering in the review
// (reviewEvents26), read once per check: reviewGathering26 asked it at
// each sentence of a reply, tokenizing the whole review each time, so a
// long reply of "See you soon!" to a long review cost their product
// (TestReviewReadOnce28: 16 times both texts took 343 times as long).
// reviewNamesPerson (review_visit.go) had the same cost at each sentence
// of "Named him Al." (414 times) and is answered once per check too.
func (s *scan) reviewHasEvent28() bool {
	return s.reviewEvent28.get(func() bool {
		words, _ := s.reviewWords23()
		return slices.ContainsFunc(words, reviewEvents26.has)
	})
}

// visitHourAlone28 reads, after the owner at t, the hour told as the visit
// itself, with no visit word after it (t28reply's visittime27.go read
// "your 2:15 physical" and "your 10:15 with Dr. C" but not these): "Sorry
// your 2:15 ran late", "past your 2:15.", "your 10:30 with our NP", "your
// Tuesday 3:30 ran behind", "your 4pm w/ Dr. Ray". The hour must be a
// clock's (a colon and minutes, or am/pm, or "14h30"), and what follows it
// ends the phrase (a mark, the sentence's end) or tells the visit running
// or its day; "your 5 stars" and "your 24/7 line" are no hour.
func (s *scan) visitHourAlone28(t, end int) (int, bool) {
	k := t + 1
	if k < end && weekDays28.has(s.toks[k].low) {
		k++ // "your Tuesday 3:30"
	}
	k, ok := s.clockHour28(k, end)
	if !ok {
		return 0, false
	}
	if k >= end || s.toks[k].kind == tokPunct && s.toks[k].low != ":" && s.toks[k].low != "/" || hourAfter28.has(s.toks[k].low) {
		return k, true
	}
	if s.toks[k].low == "/" && k > 0 && s.toks[k-1].low == "w" {
		return k, true
	}
	return 0, false
}

// clockHour28 reads a clock's hour from token k: "2:15", "2:15pm", "2:15
// pm", "10am", "10 a.m.", "14h30". It returns the token after it.
func (s *scan) clockHour28(k, end int) (int, bool) {
	if k >= end {
		return 0, false
	}
	w := s.toks[k].low
	if hourMinutes28(w) {
		return k + 1, true // "14h30"
	}
	if !isDigits(w) {
		// "10am", "4pm": a clock by its suffix.
		for _, suf := range []string{"am", "pm"} {
			if b, ok := strings.CutSuffix(w, suf); ok && isDigits(b) {
				return k + 1, true
			}
		}
		return 0, false
	}
	k++
	clock := false
	if k+1 < end && s.toks[k].low == ":" && len(s.toks[k+1].low) >= 2 && isDigits(s.toks[k+1].low[:2]) {
		clock = true // "2:15", "2:15pm"
		k += 2
	}
	// "am", "pm", "a.m.", "p. m."
	for k < end && inSet(s.toks[k].low, "am", "pm", "a", "p", "m", ".") {
		if s.toks[k].low != "." {
			clock = true
		}
		k++
	}
	return k, clock
}

// weekDays28 name the day of a visit before its hour.
var weekDays28 = newWordSet([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today's",
	"lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado"})

// hourAfter28 follow an hour that is a visit: it ran, it was, it was on a
// day, with someone.
var hourAfter28 = newWordSet([]string{"ran", "was", "got", "went", "started", "today",
	"yesterday", "tomorrow", "on", "with", "this", "last", "turned", "took", "con", "com", "ayer", "hoy", "ontem", "hoje"})

// namedByOther28: "we named him Gerald" names the lobby's animal, but the
// reviewer or anyone else naming someone ("you named him Mateo", "they
// named her Rosa") names a child. The naming verb at k has another's
// subject when "you", "they", "she", "he" or a parent word stands in the
// three words before it.
func (s *scan) namedByOther28(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && s.toks[j].sent == s.toks[k].sent; j-- {
		if inSet(s.toks[j].low, "you", "u", "ya", "y'all", "yall", "they", "she", "he", "mom", "dad", "parents", "usted", "ustedes") {
			return true
		}
		if inSet(s.toks[j].low, "we", "i") {
			return false
		}
	}
	return false
}

// animalTradeAny28: the reply's lobby-animal reading ("Gus the goldfish",
// reply27.go) kept a person only for its own short list of trades
// (walker, groomer, sitter), while the post's reading (pets27.go,
// attack27b.go) knows farmers, photographers, breeders: "Tell Luis the
// pig farmer thanks for the tamales" passed. Both lists count now, and
// the trades of a tank that is no fish's ("Marco the tank mechanic").
func animalTradeAny28(w string) bool {
	return animalTrades27.has(w) || animalTradesMore27b.has(w) || animalTrades28.has(w)
}

// animalTrades28 are trades after "the <animal>" neither list held.
var animalTrades28 = newWordSet([]string{"mechanic", "driver", "drivers", "commander", "cleaner", "cleaners", "guy", "guys", "gal",
	"girl", "boy", "king", "queen", "hunter", "fisherman", "man", "lady", "coach", "teacher"})

// bookingMore28 make the hour a slot offered, like bookingWords27, in the
// words it did not hold: "Pick your Saturday visit time on our website",
// "choose your 8 am slot", "Llame para hacer su cita del sábado" (all
// blocked as the reviewer's visit).
var bookingMore28 = newWordSet([]string{"pick", "choose", "select", "request", "llame", "llámenos", "llamenos", "haga", "hacer",
	"pida", "pedir", "programar", "programe", "agendar", "reservar", "reserve", "escoja", "escolha", "ligue", "marcar"})

// hourMinutes28 reports an hour written with "h" and its minutes, as
// Portuguese, Spanish and French write it: "14h30", "9h15". clockAt27
// read "10h" but not "14h30": "su consulta de las 14h30" passed.
func hourMinutes28(w string) bool {
	h, m, ok := strings.Cut(w, "h")
	return ok && isDigits(h) && len(h) <= 2 && len(m) == 2 && isDigits(m)
}
