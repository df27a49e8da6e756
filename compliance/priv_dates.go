package compliance

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
	"github.com/practicepost/practicepost/compliance/names"
	"github.com/practicepost/practicepost/post"
)

const monthNames = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

var (
	// numericDateRE is a numeric date; checkDates runs its hand-written
	// equivalent (numericDate), tested against it.
	numericDateRE = regexp.MustCompile(`\b(?:(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])(?:[/.-](?:\d{4}|\d{2}))?|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b`)
	// monthDayRE needs a day or a year beside the month, so "may" the verb
	// and "march" the verb are not dates.
	monthDayRE = mustAnchor(`(?i)\b(?:(?:`+monthNames+`)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|\d{4}\b)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:`+monthNames+`)\b(?:,?\s+\d{4}\b)?)`, 48).withHand(matchMonthDay)
	// bareMonthRE is a capitalized month on its own ("last March").
	bareMonthRE  = mustAnchor(`\b(?:January|February|March|April|June|July|August|September|October|November|December)\b`, 10).withHand(matchBareMonth)
	weekdayDayRE = mustAnchor(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b`, 32).withHand(matchWeekdayDay)

	ageRE      = mustAnchor(`(?i)\b(\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b|\baged?\s*:?\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:y/o|yo|y\.o\.)`, 40).withHand(matchAge)
	oldWordsRE = mustAnchor(`(?i)\b(?:ninety|one\s+hundred|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?[- ]years?[- ]old\b|\b(?:centenarian|nonagenarian|supercentenarian)s?\b|\b(?:in\s+(?:her|his|their)\s+(?:90s|nineties|100s))\b`, 48)
	birthdayRE = mustAnchor(`(?i)\b(9\d|1[01]\d)(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b|\bhappy\s+(9\d|1[01]\d)(?:st|nd|rd|th)\b|\bturn(?:s|ed|ing)?\s+(9\d|1[01]\d)\b|\b(9\d|1[01]\d)\s*(?:years?|yrs?)[\s-]+(?:young|strong)\b`, 40)
	// wordAgeRE is an age over 89 in words ("turned ninety-two", "her
	// ninety-fifth birthday", "hundredth birthday") or in Spanish
	// ("cumplió 95 años", "tiene 101 años").
	wordAgeRE = mustAnchor(`(?i)\bturn(?:s|ed|ing)?\s+(?:ninety|(?:one|a)\s+hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b|\b(?:ninetieth|hundredth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\s+(?:birthday|bday|b-day)\b|\b(?:cumpl[a-záéíóú]*|tiene|ten[ií]a|celebr[a-záéíóú]*)\s+(?:sus\s+)?(?:9\d|1[01]\d)\s+años\b`, 48)
	// celebratedRE is "just celebrated 101 years": an age when said of a
	// person ("100 years of insulin" is not one).
	celebratedRE = mustAnchor(`(?i)\bcelebrat(?:es|ed|ing)\s+(9\d|1[01]\d)\s+(?:years?|yrs?|birthdays?)\b`, 40)
	// dobDateRE is a numeric birth date whose year can say the age.
	dobDateRE = mustAnchor(`(?i)\b(?:born|dob|birthdate|birthday|birth)\b[^0-9\n]{0,8}\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b`, 40)
	bornRE    = mustAnchor(`(?i)\bborn\s+(?:in\s+)?(?:(?:`+monthNames+`)\.?\s+(?:\d{1,2},?\s+)?)?(\d{4})\b`, 48)
)

// Anchors of the date and age expressions: the words they can start with.
var (
	monthAnchor = wordAnchor("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december")
	weekdayAnchor  = wordAnchor("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	oldWordsAnchor = wordAnchor("ninety", "one", "hundred", "centenarian", "centenarians", "nonagenarian", "nonagenarians",
		"supercentenarian", "supercentenarians", "in")
	monthDayAnchor   = anyAnchor(monthAnchor, dayBeforeMonth)
	ageAnchor        = anyAnchor(ageNumber, wordAnchor("age", "aged"))
	birthdayAnchor   = anyAnchor(allAnchor(numberAnchor, followedBy("birthday", "bday", "b", "years", "year", "yrs", "yr")), wordAnchor("turn", "turns", "turned", "turning", "happy"))
	celebratedAnchor = wordAnchor("celebrates", "celebrated", "celebrating")
	wordAgeWords     = []string{"turn", "turns", "turned", "turning", "ninetieth", "hundredth", "ninety", "cumple", "cumplió", "cumplio",
		"cumplirá", "cumplira", "cumpliendo", "cumplen", "tiene", "tenía", "tenia", "celebra", "celebró", "celebro", "celebrando"}
	wordAgeAnchor = wordAnchor(wordAgeWords...)
	// personAgeRE is "Ruth is 97", "at 93": an age said of a person the
	// sentence names.
	personAgeRE     = mustAnchor(`(?i)\b(?:is|was|at|age|aged|now|just)\s+(9\d|1[01]\d)\b(?:\s+(?:years|yrs|and|today|this|next|on|!|\.|,)|[!.,]|$)`, 40)
	personAgeAnchor = wordAnchor("is", "was", "at", "age", "aged", "now", "just")
	// pronounAgeRE is "she's 93", "he is 101": an age said of someone the
	// post speaks of.
	pronounAgeRE     = mustAnchor(`(?i)\b(?:she|he)(?:['’]s|\s+is|\s+was|\s+turned|\s+just\s+turned)\s+(9\d|1[01]\d)\b(?:\s+(?:years|yrs|and|today|this|next|on|but|yet)|[!.,]|$)`, 40)
	pronounAgeAnchor = wordAnchor("she", "he")
	dobAnchor        = wordAnchor("born", "dob", "birthdate", "birthday", "birth")
	bornAnchor       = wordAnchor("born")
)

// dayBeforeMonth finds the day of "17th of October" and "5 May".
func dayBeforeMonth(s *scan, i int) bool {
	if !numberAnchor(s, i) || i+1 >= len(s.toks) {
		return false
	}
	return monthAnchor(s, i+1) || (s.toks[i+1].low == "of" && i+2 < len(s.toks) && monthAnchor(s, i+2))
}

// ageNumber finds the number of "45 years old", "45-year-old", "45yo" and
// "45 y/o".
func ageNumber(s *scan, i int) bool {
	w := s.toks[i].low
	if !isNumberWord(w) {
		return false
	}
	// The digits are skipped byte by byte: strings.TrimLeft with a
	// cutset builds the set on every call, and findAt asks about every
	// number of the text.
	d := 1 // w[0] is a digit
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d < len(w) {
		return w[d] == 'y'
	}
	return i+1 < len(s.toks) && ageUnits.has(s.toks[i+1].low)
}

// ageUnits are the words after an age's number ("45 years"), a wordSet:
// findAt asks ageNumber about every number of the text.
var ageUnits = newWordSet([]string{"year", "years", "yr", "yrs", "yo", "y"})

// checkDates is PRIV-05: dates finer than a year. In patient context they
// block (an admission or birth date); elsewhere they are event dates and only
// noted. Relative dates ("this morning") in patient context warn.
func checkDates(s *scan) []post.Finding {
	out := s.ruleOut()
	add := func(start, end int) {
		if overlapsAny(out, start, end) {
			return
		}
		if s.cutoffDate(start) {
			// "kids born on or after 1/1/2022": a group's cut-off, no one's
			// birthday.
			out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
				Message: "A cut-off date for a group. Fine as long as it is no one's own date."})
			return
		}
		if s.dateOfEvent(end) {
			out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
				Message: "The date of a public event (a storm, an outage, a parade): no one's own date."})
			return
		}
		if s.historicDate(start, end) || s.monthInHistory(start, end) {
			out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
				Message: "A date in history: no living patient's."})
			return
		}
		if s.careDate(start) {
			out = append(out, post.Finding{Start: start, End: end,
				Message:    "An admission, discharge or procedure date identifies a patient. It must never be posted.",
				Suggestion: "Leave the date out."})
			return
		}
		if s.birthDate(start) {
			out = append(out, post.Finding{Start: start, End: end,
				Message:    "A date of birth identifies a person. It must never be posted.",
				Suggestion: "Leave the date out."})
			return
		}
		if s.dateInHistory(start) {
			out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
				Message: "A date in history: no living patient's."})
			return
		}
		// "We treated more heat exhaustion cases at August practices than
		// any month on record": a month counting many patients' care
		// dates no one, even beside "treated".
		if (s.bytesInPatientContext(start, end) && !s.monthOfNoOne(start, end)) || ((s.personalCondition(start) || s.possessedCareInSentence(start)) && !s.offerPeriod(start, end) &&
			!s.monthOfNoOne(start, end) && !s.eventDate(start)) {
			// Next to a patient's story, a date may still be no one's: asked
			// only here, of the dates that would block.
			switch {
			case s.shipmentDate(start):
				out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
					Message: "The day goods came in (a vaccine shipment): no one's own date."})
			case s.readerDate(start) || s.readerDeadline(start):
				out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
					Message: "A date told to every reader who came then (\"if you were seen Feb 3-5\"): no one's own."})
			case s.officeDay29(start):
				out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
					Message: "A day the office keeps (open, closed, an event's hour): no one's own date."})
			case s.recurringMonth(start, end):
				out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
					Message: "A month of every year or a whole month (\"every July\", \"all October\"), told of no one's care."})
			default:
				out = append(out, post.Finding{Start: start, End: end,
					Message:    "A date (day or month) next to a patient's story can identify the patient.",
					Suggestion: "Leave the date out, or give only the year."})
			}
			return
		}
		out = append(out, post.Finding{Start: start, End: end, Severity: post.SeverityInfo,
			Message: "A date. Fine for an event or office hours; never give a patient's visit, birth or treatment date."})
	}
	// Dots count too: "DOB 03.14.1985" is written that way on forms; a
	// single dot ("3.5") is a number, skipped below.
	if s.hasByte("/-.") {
		for _, m := range s.findNumeric(numericDate, islandNeed{digits: 2, run: 1, anyOf: "/.-"}) {
			if !numberBoundary(s.text, m[0], m[1]) || strings.Count(s.text[m[0]:m[1]], ".") == 1 {
				continue // "3.5" is a number, not a date
			}
			if s.rangeOfUnits(m[1]) {
				continue // "12-15 months", "4-6 yrs": a range, not a date
			}
			if s.hourRange(m[0], m[1]) {
				continue // "mon pulaski & cermak 2-5": opening hours after a day
			}
			add(m[0], m[1])
		}
	}
	for _, ms := range [][][]int{
		s.findAt(monthDayRE, monthDayAnchor),
		s.findAt(weekdayDayRE, weekdayAnchor),
		s.findAt(bareMonthRE, monthAnchor),
	} {
		for _, m := range ms {
			add(m[0], m[1])
		}
	}
	for _, d := range s.otherDates() {
		add(d[0], d[1])
	}
	if s.hasAny(dobCues) || s.words.has("nacimiento") {
		// "born 19850314", "dob 14031985": a birth date written as one
		// number, as forms and exports write it.
		for t := 1; t < len(s.toks); t++ {
			if tk := &s.toks[t]; tk.kind == tokNumber && (len(tk.low) == 8 || len(tk.low) == 6) && compactDate(tk.low) {
				if s.birthDate(tk.start) {
					add(tk.start, tk.end)
				}
			}
			// "DOB 03/1961", "fecha de nacimiento: 7-1958": a birth month
			// and year, finer than the year alone Safe Harbor allows.
			if e, ok := s.monthYearAt(t); ok && s.birthDate(s.toks[t].start) {
				add(s.toks[t].start, s.toks[e].end)
			}
		}
	}
	// "admitted on the 28th": a day of the month alone, in a patient's
	// story (elsewhere, "closed on the 24th" needs no note). Most posts
	// have no "on": one look-up spares a pass over every token.
	for t := 2; t < len(s.toks) && s.words.has("on"); t++ {
		if s.toks[t-1].low == "the" && s.toks[t-2].low == "on" && ordinalDay(s.toks[t].low) {
			a, b := s.span(t-2, t+1)
			if s.bytesInPatientContext(a, b) {
				add(a, b)
			}
		}
	}
	for _, h := range s.hitsOf("PRIV-05/relative") {
		if s.inPatientContext(h.from, h.to) && !s.questionHook(s.toks[h.from].sent) {
			f := s.finding(h.from, h.to, "A relative date (\"this morning\", \"yesterday\") next to a patient's story tells people who it was.")
			f.Severity, f.NeedsHuman = post.SeverityWarn, true
			f.Suggestion = "Leave out when it happened."
			out = append(out, f)
		}
	}
	return s.keepOut(out)
}

// monthYearAt reports whether tokens from t read as a month and a year
// glued by a slash, a dash or a dot ("03/1961", "7-1958", "7/62"), and the token
// index of the year.
func (s *scan) monthYearAt(t int) (int, bool) {
	if t+1 >= len(s.toks) {
		return 0, false
	}
	// The separator is a token of its own or, for a dash, none.
	k := t + 1
	if s.toks[k].kind == tokPunct && k+1 < len(s.toks) {
		k++
	}
	m, y := &s.toks[t], &s.toks[k]
	if m.kind != tokNumber || len(m.low) > 2 || y.kind != tokNumber || (len(y.low) != 4 && len(y.low) != 2) || y.start != m.end+1 || !strings.ContainsRune("/-.", rune(s.text[m.end])) {
		return 0, false
	}
	month, _ := strconv.Atoi(m.low)
	year, _ := strconv.Atoi(y.low)
	// Two digits are a year too on a form ("dob 7/62").
	return k, month >= 1 && month <= 12 && (len(y.low) == 2 || year >= 1900 && year <= s.d.Now.Year())
}

// compactDate reports whether the digits w read as a date written without
// separators: YYYYMMDD, DDMMYYYY or MMDDYYYY (eight digits, a year from
// 1900 on), or MMDDYY and DDMMYY (six).
func compactDate(w string) bool {
	n := func(a, b int) int { v, _ := strconv.Atoi(w[a:b]); return v }
	day := func(d int) bool { return d >= 1 && d <= 31 }
	month := func(m int) bool { return m >= 1 && m <= 12 }
	if len(w) == 6 {
		return (month(n(0, 2)) && day(n(2, 4))) || (day(n(0, 2)) && month(n(2, 4)))
	}
	if y := n(0, 4); y >= 1900 && y <= 2100 && month(n(4, 6)) && day(n(6, 8)) {
		return true
	}
	y := n(4, 8)
	return y >= 1900 && y <= 2100 && ((day(n(0, 2)) && month(n(2, 4))) || (month(n(0, 2)) && day(n(2, 4))))
}

// hourRange reports whether the numeric "date" at bytes [start, end) is
// a range of hours: two small numbers joined by a hyphen, no year, after a
// day of the week in the same sentence ("wed 63rd & halsted 1-4", "Sat
// 9-12") or before "am"/"pm".
func (s *scan) hourRange(start, end int) bool {
	d := s.text[start:end]
	if strings.Count(d, "-") != 1 || len(d) > 5 || strings.ContainsAny(d, "/.") || s.careDate(start) {
		return false
	}
	// Hours run forward within a clock's twelve: "2-5", "9-12"; "3-14"
	// is a day of March.
	a, b, _ := strings.Cut(d, "-")
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA != nil || errB != nil || x == y || x > 12 || y > 12 {
		return false
	}
	// Past noon the clock starts again: "Sundays 9-1" runs 9am to 1pm,
	// which only a day of every week before it tells from September 1st.
	wraps := x > y
	from, to := s.tokenRange(start, end)
	if from >= len(s.toks) {
		return false
	}
	if from > 0 && inSet(s.toks[from-1].low, "from", "frm", "between", "btwn") && to < len(s.toks) &&
		s.toks[to].sent == s.toks[from].sent && weekdayWords.has(s.toks[to].low) {
		return true // "portal down frm 2-4 sat": hours from and to, then the day, wherever a patient is named
	}
	if s.cueSent[s.toks[from].sent] {
		return false // "our patient came in Monday 1-4": her date
	}
	if s.hoursSaid(from) && !s.sentenceHasWord(s.toks[from].sent, thirdPersonWords) {
		return true // "flu shts tmrw 9-2", "pt portal dwn 6-7" (dates17.go)
	}
	if !wraps && to < len(s.toks) && inSet(s.toks[to].low, "am", "pm", "p", "a") {
		return true
	}
	if to < len(s.toks) && s.toks[to].sent == s.toks[from].sent && weekdayWords.has(s.toks[to].low) {
		return true // "down for maintenance 2-4 sat": the hours, then the day
	}
	for k := from - 1; k >= 0 && k >= from-6 && s.toks[k].sent == s.toks[from].sent; k-- {
		// "open Saturdays 8-12", "weekdays 9-5": a day every week.
		w := s.toks[k].low
		if plural := strings.TrimSuffix(w, "s"); plural != w && weekdayWords.has(plural) || inSet(w, "weekdays", "weekends", "daily") {
			return true
		}
		if !wraps && weekdayWords.has(w) {
			return true
		}
	}
	return false
}

// ordinalDay reports whether w is a day of the month as an ordinal
// ("28th", "1st").
func ordinalDay(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || !inSet(w[n:], "st", "nd", "rd", "th") {
		return false
	}
	d, _ := strconv.Atoi(w[:n])
	return d >= 1 && d <= 31
}

// rangeOfUnits reports whether a unit of time or age follows byte end ("12-15
// months", "4-6 yrs"): the numbers were a range.
//
// Clinic shorthand counts ("f/u 2-3 wk", "4-6 hr"), and one word may
// stand between that says which days ("3-5 business days", "2-3 biz
// dys", "1-2 more weeks").
func (s *scan) rangeOfUnits(end int) bool {
	t := s.tokenStart(end)
	if t+1 < len(s.toks) && rangeFillers.has(s.toks[t].low) {
		t++
	}
	return t < len(s.toks) && rangeUnits.has(s.toks[t].low)
}

// rangeUnits are the units after a range of numbers ("12-15 months").
var rangeUnits = newWordSet([]string{"months", "mos", "mo", "years", "yrs", "yr", "weeks", "wks", "wk", "days", "dys", "d",
	"hours", "hrs", "hr", "h", "minutes", "mins", "min", "lbs", "pounds", "kg", "mg", "ml", "times", "doses", "visits", "year",
	"month", "week", "day", "nights"})

// rangeFillers may stand between a range and its unit: "3-5 business days".
var rangeFillers = newWordSet([]string{"business", "biz", "bz", "bus", "working", "work", "more", "school", "calendar", "full"})

// offerPeriod reports whether the date at bytes [start, end) is a month
// named as the time of an offer or a campaign, with no day: "this January
// only", "all February", "through March". Next to a condition ("Botox for
// migraines, $10 a unit this January only") it dates the offer, not a
// patient's care.
func (s *scan) offerPeriod(start, end int) bool {
	if strings.ContainsAny(s.text[start:end], "0123456789") {
		return false
	}
	from, _ := s.tokenRange(start, end)
	return from > 0 && inSet(s.toks[from-1].low, "this", "next", "all", "every", "through", "thru", "until", "till", "during")
}

// agedThings have birthdays and anniversaries too: "happy 90th birthday
// to our building", "the practice turns 95".
var agedThings = newWordSet([]string{"building", "practice", "clinic", "office", "town", "city", "village", "hospital", "library",
	"church", "school", "company", "business", "store", "club", "chapter", "parish", "county", "bridge", "theater", "theatre", "paper",
	"newspaper", "fair", "parade", "festival", "tradition", "organization", "foundation", "society", "hall", "mill", "diner",
	"landmark", "museum", "hotel", "station", "courthouse", "stadium", "lighthouse", "cinema", "bakery", "restaurant", "cafe", "market",
	// Furniture, machines and trees of the office: "our oldest exam table
	// is 93 years old", "the oak out front turns 100".
	"table", "piano", "clock", "chair", "desk", "tree", "oak", "barn", "tractor", "truck"})

// thingsAge reports whether the age at bytes [start, end) is a thing's: a
// word of agedThings within four words either side, in the same sentence,
// and no person word between ("happy 90th birthday to our building!").
func (s *scan) thingsAge(start, end int) bool {
	from, to := s.tokenRange(start, end)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	// An anniversary reaches further: "Happy 100th anniversary to the
	// Hamtramck Labor Day Festival crew".
	// So does a birthday wished to a named building: "Happy 100th
	// birthday to the Carnegie Public Library building".
	// "Our 104-year-old neighbor from Clark County": the noun the age is
	// glued to is a person, whatever town or office follows; so is the
	// age in a sentence that opens with a patient ("A patient at our Elm
	// Street office: 99 years young") (session 21, t21names).
	if s.ageOfPerson21(from, to, si) {
		return false
	}
	if s.spanishBodyAge22(from) {
		return true // "¡Nuestra clínica cumple 100 años!" (session 22)
	}
	reach := 4
	if to < len(s.toks) && inSet(s.toks[to].low, "anniversary", "birthday") {
		reach = 8
	}
	for t := max(0, from-4); t < min(len(s.toks), to+reach); t++ {
		if s.toks[t].sent != si {
			continue
		}
		w := s.toks[t].low
		if personWords.has(w) || relativeWords.has(w) || calloutNouns.has(w) || inSet(w, "patient", "grandma", "grandpa", "lady", "gentleman") {
			return false
		}
		if agedThings.has(w) {
			return true
		}
	}
	return s.thingAfterColon(to, si)
}

// thingAfterColon reports whether a colon or a dash just after the age
// ending at token to introduces a thing of agedThings, in a sentence
// naming no one: "Turned 95 this year: the Fox Theater!", "Turning 90
// this month — the Elm Street library". The named part runs to the next
// punctuation.
func (s *scan) thingAfterColon(to, si int) bool {
	se := s.sents[si]
	k := to
	for k < se.tokEnd && k < to+4 && !inSet(s.toks[k].low, ":", "—", "–") {
		k++
	}
	if k >= se.tokEnd || k >= to+4 || s.personInSentence(si) {
		return false
	}
	for t := k + 1; t < se.tokEnd && t <= k+8 && s.toks[t].kind != tokPunct; t++ {
		w := s.toks[t].low
		if personWords.has(w) || relativeWords.has(w) || calloutNouns.has(w) || inSet(w, "patient", "grandma", "grandpa", "lady", "gentleman") {
			return false
		}
		if agedThings.has(w) {
			return true
		}
	}
	return false
}

// historicDate reports whether the date at bytes [start, end) carries a
// year no living person's care can have (more than 122 years back: "born
// on May 12, 1820", "in March 1796 Jenner tested ..."): history, not a
// patient's date.
func (s *scan) historicDate(start, end int) bool {
	m := s.text[start:end]
	for i := 0; i+4 <= len(m); i++ {
		if (i > 0 && isDigit(m[i-1])) || (i+4 < len(m) && isDigit(m[i+4])) {
			continue
		}
		y := 0
		for _, b := range []byte(m[i : i+4]) {
			if !isDigit(b) {
				y = -1 // not a year; parsed by hand, since a failed Atoi allocates its error
				break
			}
			y = y*10 + int(b-'0')
		}
		if y > 1000 && y < s.d.Now.Year()-122 {
			return true
		}
	}
	return false
}

// monthInHistory reports whether the date at bytes [start, end) is a
// month alone in a sentence dated to a year long gone ("In 1918 the flu
// reached the agency in October"): history's month, no patient's.
func (s *scan) monthInHistory(start, end int) bool {
	if strings.ContainsAny(s.text[start:end], "0123456789") {
		return false
	}
	from, _ := s.tokenRange(start, end)
	// "A patient of ours, drafted in 1968, had his bypass in October":
	// the old year is the patient's past and the month their care's.
	return from < len(s.toks) && s.historical(s.toks[from].sent) && !s.patientCue(s.toks[from].sent)
}

// dateInHistory reports whether the date at byte start closes with a year
// at least 40 years back ("died on Dec 31, 1972 flying relief supplies")
// in a sentence with no patient cue: history's date (historical), not a
// care date or a birth date, which are asked before.
func (s *scan) dateInHistory(start int) bool {
	from := s.tokenStart(start)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	return s.historical(si) && !s.patientCue(si)
}

// monthOfNoOne reports whether the date at bytes [start, end) is a month
// with no day or year ("April is Autism Acceptance Month", "measles cases
// rose in March"), in a sentence that names an observance month or
// illness in a population (spreadWords), names no person and holds no
// pronoun or word for a person but the practice's "we" ("she", "my",
// "your", "their", "mom", "patient"): next to a condition it dates an
// observance or a season of illness, not anyone's care.
func (s *scan) monthOfNoOne(start, end int) bool {
	if strings.ContainsAny(s.text[start:end], "0123456789") {
		return false
	}
	from, _ := s.tokenRange(start, end)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	if s.personInSentence(si) {
		return false
	}
	se := s.sents[si]
	general := false
	for t := se.tokStart; t < se.tokEnd; t++ {
		// "Vote YES on Question 4 in November": an election's month.
		if w := s.toks[t].low; spreadWords.has(w) || inSet(w, "month", "awareness", "acceptance", "observance", "vote", "voting", "election", "ballot") {
			general = true
		}
	}
	// "Loneliness spikes in December": a season of rising illness.
	general = general || s.seasonRise(from)
	if !general && !s.conditionCan(si) && !s.conditionOfMany(si) {
		return false
	}
	for t := se.tokStart; t < se.tokEnd; t++ {
		if w := s.toks[t].low; personWords.has(w) || relativeWords.has(w) || kinWords.has(w) || calloutNouns.has(w) ||
			inSet(w, "i", "me", "my", "mine", "myself", "they", "them", "their", "theirs", "pt", "someone", "somebody") {
			return false
		}
	}
	return true
}

// canWords, right after a condition, tell what it can do to anyone: "Heat
// stroke can happen in minutes in a parked car in July", "Frostbite may
// set in within 30 minutes", "Allergies often peak in May".
var canWords = newWordSet([]string{"can", "could", "may", "might", "often", "usually", "tends", "tend", "peaks", "peak", "spikes"})

// oneDescribed are words for one person told by what they are, not named.
var oneDescribed = newWordSet([]string{"man", "woman", "lady", "gentleman", "guy", "gal", "boy", "girl", "teen", "teenager",
	"toddler", "infant", "newborn", "patient", "client", "resident", "player", "worker", "veteran", "student", "regular", "regulars",
	"friend", "neighbor", "neighbour", "rider", "driver", "hunter", "fisherman", "grandmother", "grandfather", "one"})

// singularS are conditions whose one case ends in "s".
var singularS = newWordSet([]string{"diabetes", "measles", "mumps", "hives", "herpes", "shingles", "rabies", "scabies", "rickets", "aids"})

// conditionOfMany reports whether sentence si names a condition in the
// plural ("Snowmobile injuries in Maine peak in February", "Seasonal
// allergies in December?", "stats for November: 38 wrist fractures"):
// many people's cases, a season's or a count's, not one person's care.
// monthOfNoOne still asks that no one is in the sentence, so "her
// injuries in March" is someone's.
func (s *scan) conditionOfMany(si int) bool {
	if s.sentenceHasWord(si, oneDescribed) {
		return false // "a man from Beaufort with burns in July": one person's
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent != si || h.Cat != health.Condition {
			continue
		}
		if s.oneWith(h.From) {
			return false // "the bride with hives in June": one person's
		}
		w := s.toks[h.To-1].low
		if len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
			!strings.HasSuffix(w, "is") && !singularS.has(w) {
			return true
		}
	}
	return false
}

// oneWith reports whether the condition starting at token c is told of
// one person by the noun before a "with" or "whose" ahead of it ("the
// bride with hives in June", "the kiddo whose burns we dressed"): a noun in
// the singular that is no crowd ("anyone with sprains", "folks with
// allergies" are many).
func (s *scan) oneWith(c int) bool {
	for k := c - 1; k >= 1 && k >= c-3 && s.toks[k].sent == s.toks[c].sent; k-- {
		if w := s.toks[k].low; w == "with" || w == "whose" {
			p := &s.toks[k-1]
			return p.sent == s.toks[c].sent && p.kind == tokWord && !strings.HasSuffix(p.low, "s") && !manyOrTime.has(p.low)
		}
	}
	return false
}

// manyOrTime are words in the singular for many people or for a time:
// "anyone with allergies", "a season with sprains".
var manyOrTime = newWordSet([]string{"anyone", "anybody", "everyone", "everybody", "people", "children", "men", "women", "folk",
	"population", "community", "crowd", "town", "county", "area", "season", "year", "month", "week", "time", "day", "winter",
	"summer", "spring", "fall", "autumn"})

// conditionCan reports whether sentence si makes a condition the subject
// of what it can do or usually does: a general fact, whose month is a
// season (monthOfNoOne still asks that no one is in the sentence).
func (s *scan) conditionCan(si int) bool {
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si && h.Cat == health.Condition && h.To < len(s.toks) && canWords.has(s.toks[h.To].low) {
			return true
		}
	}
	return false
}

// cutoffDate reports whether the date at byte start bounds a group by
// birth: "born on or after 1/1/2022", "born before 1957".
func (s *scan) cutoffDate(start int) bool {
	from, _ := s.tokenRange(start, start+1)
	bound := false
	for t := from - 1; t >= 0 && t >= from-4; t-- {
		switch s.toks[t].low {
		case "after", "before", "since", "between":
			bound = true
		case "born":
			return bound || s.groupBorn(t)
		}
	}
	return false
}

// bornGroupWords before "born" make the birth a group's: "everyone born
// in December", "if you were born in 1957", "babies born this year".
var bornGroupWords = newWordSet([]string{"everyone", "everybody", "anyone", "anybody", "all", "those", "people", "folks", "kids",
	"children", "babies", "you", "y'all", "adults", "seniors", "todos", "quienes"})

// groupBorn reports whether "born" at token b is said of a group or of the
// reader, not one person.
func (s *scan) groupBorn(b int) bool {
	for t := b - 1; t >= 0 && t >= b-3 && s.toks[t].sent == s.toks[b].sent; t-- {
		if bornGroupWords.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// birthDate reports whether the date at byte start is introduced as a
// birth date ("born 3/14/1935", "DOB: 03/14", "date of birth March 14").
// "Born on or after 1/1/2022" is a group of children, not anyone's birth
// date.
//
// A birthday with no year ("Jordan's birthday is 6/12") is a day to
// celebrate, no date of birth; in a patient's story the date blocks anyway.
// "D.O.B." is written with its dots too.
func (s *scan) birthDate(start int) bool {
	from, _ := s.tokenRange(start, start+1)
	if w := s.text[max(0, start-12):start]; strings.Contains(w, ".o.b") || strings.Contains(w, ".O.B") || strings.Contains(w, "/o/b") || strings.Contains(w, "/O/B") {
		return true // "d.o.b.", "D.O.B.", "d/o/b"
	}
	for t := from - 1; t >= 0 && t >= from-4; t-- {
		if inSet(s.toks[t].low, "after", "before", "between", "since") {
			return false
		}
		switch s.toks[t].low {
		case "born", "dob", "birthdate", "birth", "nació", "nacio", "nacimiento":
			return true
		case "twins", "triplets", "baby", "son", "daughter", "girl", "boy", "newborn":
			if s.birthToldAt(t) && s.dateHasDay(from) {
				return true
			}
		case "birthday", "bday":
			return s.dateHasYear(start)
		}
	}
	return false
}

// birthVerbs, in the past, tell a birth with its child after them:
// "welcomed twins", "had a baby girl", "delivered a healthy boy".
var birthVerbs = newWordSet([]string{"welcomed", "had", "delivered"})

// birthFillers stand between a birth verb and the child: "a healthy baby
// girl", "their twin".
var birthFillers = newWordSet([]string{"a", "an", "baby", "little", "healthy", "beautiful", "their", "her", "twin", "sweet"})

// birthToldAt reports whether the child's word at token t is told as
// born (session 17, t17leak): a birth verb in the past a few words before
// it in its sentence ("One of our Somali families welcomed twins on Dec 1
// at Northwest"). The day given then is the children's date of birth,
// which Safe Harbor (C) names; "we welcomed 40 babies this year" counts
// many ("babies" is no child's word here, a number is no filler).
func (s *scan) birthToldAt(t int) bool {
	for k := t - 1; k >= 0 && k >= t-4 && s.toks[k].sent == s.toks[t].sent; k-- {
		w := s.toks[k].low
		if birthVerbs.has(w) {
			return true
		}
		if !birthFillers.has(w) {
			return false
		}
	}
	return false
}

// dateHasDay reports whether the date starting at token from gives a day,
// a number in its first two tokens ("Dec 1", "12/1"), not a month alone.
func (s *scan) dateHasDay(from int) bool {
	for t := from; t < len(s.toks) && t < from+2; t++ {
		if s.toks[t].kind == tokNumber {
			return true
		}
	}
	return false
}

// careDateWords introduce a date of a patient's care: "admitted 11/22,
// discharged 11/26", "date of service 3/4", "surgery date: 5/2".
var careDateWords = newWordSet([]string{"admitted", "discharged", "readmitted", "admission", "discharge", "dos", "admit",
	"operado", "operada", "ingresado", "ingresada", "internado", "internada", "alta", "ingreso"})

// careDate reports whether the date at byte start is introduced, within a
// few words, as an admission, a discharge or a date of service (Safe
// Harbor (C) names them beside the birth date).
func (s *scan) careDate(start int) bool {
	from, _ := s.tokenRange(start, start+1)
	for t := from - 1; t >= 0 && t >= from-3; t-- {
		w := s.toks[t].low
		if careDateWords.has(w) {
			return true
		}
		if w == "service" && t >= 2 && s.toks[t-1].low == "of" && s.toks[t-2].low == "date" {
			return true
		}
		if s.toks[t].kind == tokNumber || (s.toks[t].kind == tokPunct && w != ":" && w != "," && w != "-") {
			return false // another date or a sentence's punctuation between
		}
	}
	return false
}

// dateHasYear reports whether the date starting at byte start carries a
// year: three numbers ("6/12/61") or a four-digit run ("June 12, 1961").
func (s *scan) dateHasYear(start int) bool {
	from, _ := s.tokenRange(start, start+1)
	nums := 0
	for t := from; t < len(s.toks) && t < from+6; t++ {
		if s.toks[t].kind == tokNumber {
			nums++
			if len(s.toks[t].low) == 4 {
				return true
			}
		} else if s.toks[t].kind == tokWord && !monthAnchor(s, t) && !ordinalDay(s.toks[t].low) {
			break
		}
	}
	return nums >= 3
}

// possessiveWords before a health word make it someone's: "his colonoscopy",
// "her surgery". The practice's "our" and the reader's "your" do not.
var possessiveWords = newWordSet([]string{"his", "her", "their", "my", "hers", "theirs"})

// possessedCareInSentence reports whether the sentence holding byte start
// has a health detail someone owns ("his colonoscopy is booked for 12/15"):
// a date there is that person's procedure date, not an event's.
func (s *scan) possessedCareInSentence(start int) bool {
	return s.healthBeside(start, func(h health.Hit) bool { return h.From > 0 && possessiveWords.has(s.toks[h.From-1].low) })
}

// healthBeside reports whether the sentence holding byte start has a
// health detail for which keep is true.
func (s *scan) healthBeside(start int, keep func(h health.Hit) bool) bool {
	from, _ := s.tokenRange(start, start+1)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	if s.noHealthIn(si) {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si && keep(h) {
			return true
		}
	}
	return false
}

// conditionInSentence reports whether the sentence holding byte start names
// a condition (an illness, injury or state such as pregnancy): a date, street
// or ZIP code there dates or places a person's illness. Procedures do not
// count: "flu shots Saturday, Oct 17" is an event.
func (s *scan) conditionInSentence(start int) bool {
	return s.healthBeside(start, func(h health.Hit) bool { return h.Cat == health.Condition && !s.prevented(h.From) })
}

// prevented reports whether the condition at token t is what a shot or a
// step guards against ("vacunas contra la gripe", "protection against
// the flu"): no one's illness.
func (s *scan) prevented(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3 && s.toks[k].sent == s.toks[t].sent; k-- {
		if inSet(s.toks[k].low, "against", "contra", "prevent", "prevents", "preventing", "prevenir") {
			return true
		}
		if !inSet(s.toks[k].low, "the", "la", "el", "los", "las") {
			return false
		}
	}
	return false
}

// personInSentence reports whether sentence si names a person.
func (s *scan) personInSentence(si int) bool {
	for _, p := range s.people() {
		if s.toks[p.from].sent == si {
			return true
		}
	}
	return false
}

// oldWordStart finds the words oldWordsRE needs one of.
var oldWordStart = wordPrefix("ninety", "hundred", "centenarian", "nonagenarian", "supercentenarian", "90s", "100s")

// personAgeCues are the words personAgeRE needs one of.
var personAgeCues = newWordSet([]string{"is", "was", "at", "age", "aged", "now", "just"})

// birthdayCues are the words birthdayRE needs one of.
var birthdayCues = newWordSet([]string{"birthday", "bday", "b", "turns", "turn", "turned", "turning", "young", "strong", "happy"})

// wordAgeSet is wordAgeWords as a gate.
var wordAgeSet = newWordSet(wordAgeWords)

// bigAgeWords one of which a spelled age over 89 holds.
var bigAgeWords = newWordSet([]string{"ninety", "hundred", "ninetieth", "hundredth", "años"})

// celebrateWords are the words celebratedRE needs one of.
var celebrateWords = newWordSet([]string{"celebrates", "celebrated", "celebrating"})

// dobCues are the words dobDateRE needs one of.
var dobCues = newWordSet([]string{"born", "dob", "birthdate", "birthday", "birth"})

// apposedAge finds an age over 89 set right after a name ending at token
// k, between commas or in brackets: "Miss Evelyn, 92, still walks",
// "Grandpa Joe (96) is home". What follows the number must end the aside
// ("Moderna, 94% effective" is a share).
func (s *scan) apposedAge(k int) (a, b int, ok bool) {
	if k+2 >= len(s.toks) || !inSet(s.toks[k].low, ",", "(") || s.toks[k+1].kind != tokNumber || len(s.toks[k+1].low) > 3 {
		return 0, 0, false
	}
	if next := s.toks[k+2].low; (s.toks[k].low == "(" && next != ")") || (s.toks[k].low == "," && !inSet(next, ",", ")", ".", "!", ";", "—", "–")) {
		return 0, 0, false
	}
	if age, _ := strconv.Atoi(s.toks[k+1].low); age < 90 || age >= 130 {
		return 0, 0, false
	}
	a, b = s.span(k+1, k+2)
	return a, b, true
}

// checkAges is PRIV-06: ages over 89 (and birth years implying them)
// block; other ages in patient context warn.
func checkAges(s *scan) []post.Finding {
	var out []post.Finding
	over := func(start, end int) {
		if s.anyonesAge(start, end) {
			return
		}
		out = append(out, post.Finding{Start: start, End: end, Message: "Ages over 89 identify patients. Say \"90 or older\" instead.",
			Suggestion: "90 or older"})
	}
	for _, m := range s.findAt(ageRE, ageAnchor) {
		g := 2
		for g < len(m) && m[g] < 0 {
			g += 2
		}
		if g >= len(m) {
			continue
		}
		age, _ := strconv.Atoi(s.text[m[g]:m[g+1]])
		switch {
		case age >= 90 && age < 130:
			// "our 100-year-old building": a thing's age, as for a birthday.
			if !s.thingsAge(m[0], m[1]) {
				over(m[0], m[1])
			}
		case age < 90 && s.bytesInPatientContext(m[0], m[1]):
			out = append(out, post.Finding{Start: m[0], End: m[1], Severity: post.SeverityWarn, NeedsHuman: true,
				Message: "A patient's age together with their story can identify them.", Suggestion: "Leave the age out or give a range (\"in her 40s\")."})
		}
	}
	for _, m := range s.findAtIf(s.hasWordStarting(oldWordStart), oldWordsRE, oldWordsAnchor) {
		if !overlapsAny(out, m[0], m[1]) {
			over(m[0], m[1])
		}
	}
	for _, m := range s.findAtIf(s.hasAny(personAgeCues), personAgeRE, personAgeAnchor) {
		// "Your father is 93 and ...": the reader's person, in a reply.
		if from, _ := s.tokenRange(m[0], m[1]); from < len(s.toks) && (s.personInSentence(s.toks[from].sent) || s.reviewMode() && s.readerKinIn(s.toks[from].sent)) && !overlapsAny(out, m[0], m[1]) {
			over(m[0], m[1])
		}
	}
	// "Grandma Nizhoni Tsosie, 93, smiling", "Miss Evelyn, 92, still
	// walks": an age set after a person's name between commas.
	for _, p := range s.people() {
		if k := p.to; p.kind != names.Role && k+1 < len(s.toks) && s.toks[k].low == "," && s.toks[k+1].kind == tokNumber && len(s.toks[k+1].low) <= 3 &&
			(k+2 >= len(s.toks) || s.toks[k+2].kind == tokPunct || s.toks[k+2].sent != s.toks[k+1].sent) {
			if age, _ := strconv.Atoi(s.toks[k+1].low); age >= 90 && age < 130 {
				if a, b := s.span(k+1, k+2); !overlapsAny(out, a, b) {
					over(a, b)
				}
			}
		}
		if a, b, ok := s.apposedAge(p.to); ok && p.kind != names.Role && !overlapsAny(out, a, b) {
			over(a, b)
		}
	}
	// "Mr. Okafor, 94, beat pneumonia" where a staff member is an Okafor
	// too (people leaves staff out): the title makes him someone else.
	for _, h := range s.hitsOf("names/honorific") {
		t, end := s.afterHonorific(h)
		if a, b, ok := s.apposedAge(end); end > t && ok && !overlapsAny(out, a, b) {
			over(a, b)
		}
	}
	for _, m := range s.findAtIf(s.hasWord("she", "he"), pronounAgeRE, pronounAgeAnchor) {
		if !overlapsAny(out, m[0], m[1]) {
			over(m[0], m[1])
		}
	}
	for _, m := range s.findAtIf(s.hasAny(birthdayCues), birthdayRE, birthdayAnchor) {
		if !overlapsAny(out, m[0], m[1]) && !s.thingsAge(m[0], m[1]) {
			over(m[0], m[1])
		}
	}
	for _, m := range s.findAtIf(s.hasAny(wordAgeSet) && s.hasAny(bigAgeWords), wordAgeRE, wordAgeAnchor) {
		if !overlapsAny(out, m[0], m[1]) && !s.thingsAge(m[0], m[1]) {
			over(m[0], m[1])
		}
	}
	for _, m := range s.findAtIf(s.hasAny(celebrateWords), celebratedRE, celebratedAnchor) {
		if from, _ := s.tokenRange(m[0], m[1]); from < len(s.toks) && !overlapsAny(out, m[0], m[1]) &&
			(s.personInSentence(s.toks[from].sent) || s.patientSent[s.toks[from].sent]) {
			over(m[0], m[1])
		}
	}
	// A birth year says an age over 89 only for someone who may be alive
	// (no one now living is older than about 117: the oldest on record
	// reached 122, and none born before 1909 lived past 2025), and not for
	// a figure of history ("Jonas Salk was born in 1914").
	year := s.d.Now.Year()
	oldBirth := func(m []int) bool {
		y, _ := strconv.Atoi(s.text[m[2]:m[3]])
		if y <= 1800 || year-y < 90 || year-y > maxLivingAge || overlapsAny(out, m[0], m[1]) {
			return false
		}
		from, _ := s.tokenRange(m[0], m[1])
		// "Dr. Michael DeBakey, who pioneered heart surgery, was born in
		// 1908": what history tells, as for a listed figure.
		return from >= len(s.toks) || !(s.figureInSentence(s.toks[from].sent) || s.sentenceHasWord(s.toks[from].sent, inventedWords))
	}
	for _, m := range s.findAtIf(s.hasAny(dobCues), dobDateRE, dobAnchor) {
		if oldBirth(m) {
			over(m[0], m[1])
		}
	}
	for _, m := range s.findAtIf(s.words.has("born"), bornRE, bornAnchor) {
		if oldBirth(m) {
			over(m[0], m[1])
		}
	}
	for _, m := range s.otherAges21() {
		if !overlapsAny(out, m[0], m[1]) {
			over(m[0], m[1])
		}
	}
	return out
}

// manyWords are people in the plural an age can be said of as a group:
// "our neighbors in their 90s", "plenty of folks".
var manyWords = newWordSet([]string{"neighbors", "neighbours", "folks", "people", "patients", "residents", "adults", "seniors",
	"elders", "grandparents", "members", "plenty", "many", "lots", "most", "some", "veterans", "women", "men"})

// anyonesAge reports whether the age at bytes [start,end) is no one's in
// particular: supposed of the reader's relative ("If your grandmother is
// turning 90 this year, ask us about home visits") or said of a group
// ("Plenty of our neighbors in their 90s still garden"), in a sentence
// that names no one and speaks of no "he" or "she".
func (s *scan) anyonesAge(start, end int) bool {
	from, _ := s.tokenRange(start, end)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	if s.personInSentence(si) || s.sentenceHasWord(si, thirdPersonWords) {
		return false
	}
	se := s.sents[si]
	supposed, reader := false, false
	for t := se.tokStart; t < from; t++ {
		w := s.toks[t].low
		// "When you turned 100 last week" tells a birthday that
		// happened; "when your dad turns 90" supposes one.
		supposed = supposed || inSet(w, "if", "whether", "si") || w == "when" && !s.sentenceHasWord(si, agePastWords)
		reader = reader || inSet(w, "your", "you", "ur", "su", "tu")
	}
	if supposed && reader {
		return true
	}
	if s.anyoneOfAge(from, si) || s.ageRangeTop(from, si) || s.ageAsEvent(from, si) || s.ageOfCrowd(from, si) {
		return true
	}
	if !strings.Contains(strings.ToLower(s.text[start:end]), "their") {
		return false
	}
	// The many come before the age: "our neighbors in their 90s"; "The
	// Hendersons, in their 90s, are still our patients" is a couple.
	for t := from - 1; t >= se.tokStart && t >= from-4; t-- {
		if manyWords.has(s.toks[t].low) {
			return true
		}
	}
	return false
}

// ageModals say what anyone of an age can or should do.
var ageModals = newWordSet([]string{"can", "could", "may", "might", "should", "shouldn", "must", "cannot", "needs", "need", "does",
	"doesn", "do", "don"})

// oneDayWords date a sentence to one day's event: "came in today".
var oneDayWords = newWordSet([]string{"today", "yesterday", "tonight", "morning", "week", "weekend", "just", "finally"})

// anyoneOfAge reports whether the age whose number is token from is
// anyone's of that age, as advice: "a"/"an" before it and a modal just
// after it or in the sentence before it ("A 92-year-old can absolutely
// start strength training", "Should a 95-year-old get the RSV shot?").
// An event of the day ("A 93-year-old can go home today") is someone's.
func (s *scan) anyoneOfAge(from, si int) bool {
	se := s.sents[si]
	if from == se.tokStart || !inSet(s.toks[from-1].low, "a", "an") || s.sentenceHasWord(si, oneDayWords) {
		return false
	}
	modal := false
	for t := se.tokStart; t < from-1 && !modal; t++ {
		modal = ageModals.has(s.toks[t].low)
	}
	// Past the age's own words ("92", "-", "year", "-", "old") and one
	// noun or adverb: "a 95-year-old patient should", "can absolutely".
	t := from + 1
	for t < se.tokEnd && t < from+5 && inSet(s.toks[t].low, "-", "year", "years", "old", "yr", "yrs") {
		t++
	}
	for k := t; k < se.tokEnd && k < t+2 && !modal; k++ {
		modal = ageModals.has(s.toks[k].low)
	}
	return modal
}

// agePastWords tell that a birthday happened: "when you turned 100 last
// week".
var agePastWords = newWordSet([]string{"turned", "celebrated", "was", "were", "last", "yesterday", "ago", "had"})
