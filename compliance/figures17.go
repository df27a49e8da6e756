package compliance

import "strconv"

// A public figure's name worn by a neighbour (session 18, t18prec). The
// list of public figures (names/figures.go) grew by stars whose own
// injury or illness was news everyone followed ("Larry Bird's back
// surgeries", "Mario Lemieux beat Hodgkin lymphoma in 1993"): cited to
// teach, they are no patient. A private person may share the whole name;
// told as one of the practice's people ("Larry Bird from our walking
// group", "our own Gloria Estefan", "Jim Kelly, our neighbor"), the name
// is theirs and is weighed as any other.

// nearbyLeads before a name make it a neighbour's: "our own", "our
// neighbor".
var nearbyLeads = newWordSet([]string{"own", "neighbor", "neighbour", "friend", "member", "volunteer", "patient", "client",
	"regular", "buddy"})

// figureNearby reports whether the public figure's name p is told as
// one of the practice's people: after "our own" or "our neighbor", or
// followed by "from our", "of our", "from the" or ", our".
func (s *scan) figureNearby(p person) bool {
	if p.from >= 2 && nearbyLeads.has(s.toks[p.from-1].low) && inSet(s.toks[p.from-2].low, "our", "my", "a") {
		return true
	}
	if p.from >= 3 && s.toks[p.from-1].low == "," && nearbyLeads.has(s.toks[p.from-2].low) {
		return true // "our neighbor, Jim Kelly"
	}
	if p.to+1 >= len(s.toks) {
		return false
	}
	next, after := s.toks[p.to].low, s.toks[p.to+1].low
	if next == "," && after == "the" {
		// "Septima Clark, the Johns Island teacher whose schools changed
		// this country": an appositive saying who the figure was; one of
		// ours only if it says so ("Jim Kelly, the guy from our walking
		// group"; session 27, t27clean, figures27.go).
		return s.appositiveOurs27(p.to + 2)
	}
	// "in our parking lot" places a look-alike, not a member: "That's not
	// Peyton Manning in our parking lot".
	return inSet(next, "from", "of", ",") && inSet(after, "our", "the", "my")
}

// careNowWords date care to now or to the days around it, or place it
// here: "is recovering", "in the ICU", "this week", "scheduled for
// Friday", "had his back surgery here". A star's illness cited to teach
// is told in the past ("beat Hodgkin lymphoma in 1993"); care told as
// now or next week is a neighbour's who shares the name. "Still" and
// "here" are left out: a star "still changed baseball forever", and
// "here's what one involves" teaches.
var careNowWords = newWordSet([]string{"today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently",
	"scheduled", "recovering", "recuperating", "hospice", "icu", "pray", "praying", "prayers",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

// careNowLeads and careNowSpans make a span of time near now: "this
// week", "last night", "next month".
var (
	careNowLeads = newWordSet([]string{"this", "last", "next"})
	careNowSpans = newWordSet([]string{"night", "week", "weekend", "month", "morning", "evening", "afternoon"})
)

// figureCareNow reports whether the public figure p, in sentence si that
// tells health and no year of history, is told with care dated to now or placed here
// (careNowWords, "this week", "is home"), or with their age between
// commas after the name ("Michael Douglas, 72, of Elm Street"): a
// neighbour who shares a star's name (session 18, att18). The new
// figures of session 18 are common names ("Eric Davis", "Jim Kelly").
func (s *scan) figureCareNow(si int, p person) bool {
	if !s.healthInSentence(si) || s.historical(si) || s.pastYearIn(si) {
		return false // "told the world he had HIV in 1991 and is still thriving today"
	}
	if p.to+2 < len(s.toks) && s.toks[p.to].low == "," && s.toks[p.to+1].kind == tokNumber && s.toks[p.to+2].low == "," {
		return true
	}
	se := s.sents[si]
	for t := se.tokStart; t < se.tokEnd; t++ {
		w := s.toks[t].low
		switch {
		case careNowWords.has(w):
			return true
		case careNowLeads.has(w) && t+1 < se.tokEnd && careNowSpans.has(s.toks[t+1].low):
			return true
		case w == "home" && t > se.tokStart && inSet(s.toks[t-1].low, "is", "s", "back", "now"):
			return true
		}
	}
	return false
}

// pastYearIn reports a year before this one told as a year in sentence
// si ("in 1991", "since 2019"): the care is a story of then.
func (s *scan) pastYearIn(si int) bool {
	se := s.sents[si]
	for t := se.tokStart + 1; t < se.tokEnd; t++ {
		w := s.toks[t].low
		if s.toks[t].kind != tokNumber || len(w) != 4 || !yearWords.has(s.toks[t-1].low) {
			continue
		}
		if y, err := strconv.Atoi(w); err == nil && y >= 1900 && y < s.d.Now.Year() {
			return true
		}
	}
	return false
}
