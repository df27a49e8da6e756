package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/compliance/health"
)

// recurWords before a month make it a month of every year or the whole
// month ("brings us tamales every December", "shoveled our walk all
// January", "each November", "throughout March"), not a day someone was
// seen.
var recurWords = newWordSet([]string{"every", "each", "all", "throughout", "thru", "through"})

// recurringMonth reports whether the month at bytes [start, end), with no
// day, is said of something done every year or all month long: "every
// July", "all of October", "every single day in December", "every morning
// in March". A sentence that tells anyone's care ("came in every day in
// March for her wound dressing", "had chemo with us every July", "in the
// hospital all October with pneumonia") keeps the month a patient's: it
// dates their care, however often.
func (s *scan) recurringMonth(start, end int) bool {
	if strings.ContainsAny(s.text[start:end], "0123456789") {
		return false
	}
	from, _ := s.tokenRange(start, end)
	if from < 1 || from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	if !s.recurBefore(from) {
		return false
	}
	// A health word in the sentence dates care, unless it names an event of
	// the practice ("the flu clinic", "the vaccine drive") or what a shot
	// prevents.
	if s.healthBeside(start, func(h health.Hit) bool {
		return !(h.To < len(s.toks) && eventDateWords.has(s.toks[h.To].low)) && !s.prevented(h.From)
	}) {
		return false
	}
	for _, h := range s.hitsOf("context/clinical") {
		if s.toks[h.from].sent == si && !(h.to == h.from+1 && everydayClinical.has(s.toks[h.from].low)) {
			return false // "came in every July", "seen all October"
		}
	}
	return true
}

// recurBefore reports whether the month at token m follows a word of
// recurWords directly ("every July"), through "of" ("all of October"),
// or through "in" after a span of each day ("every single day in
// December", "every morning in March", "each weekend in June").
func (s *scan) recurBefore(m int) bool {
	p := m - 1
	if p >= 0 && s.toks[p].low == "of" {
		p--
	}
	if p >= 0 && recurWords.has(s.toks[p].low) {
		return true
	}
	if m < 1 || s.toks[m-1].low != "in" {
		return false
	}
	// "every (single) day|morning|night|week|weekend in".
	for k := m - 2; k >= 0 && k >= m-4 && s.toks[k].sent == s.toks[m].sent; k-- {
		w := s.toks[k].low
		if inSet(w, "every", "each") {
			return k < m-2
		}
		if !inSet(w, "single", "day", "days", "morning", "mornings", "night", "nights", "week", "weekend", "weekday", "evening", "afternoon") {
			return false
		}
	}
	return false
}

// riseWords, just before "in <month>", make the month a season when an
// illness rises in everyone ("loneliness spikes in December", "falls on
// ice climb in January"); monthOfNoOne still asks that the sentence
// speaks of no one.
var riseWords = newWordSet([]string{"spike", "spikes", "climb", "climbs", "rise", "rises", "peak", "peaks", "jump", "jumps",
	"soar", "soars", "increase", "increases", "skyrocket", "skyrockets"})

// seasonRise reports whether the month at token m follows a word of
// riseWords and "in" or "every": "spike in January".
func (s *scan) seasonRise(m int) bool {
	return m >= 2 && inSet(s.toks[m-1].low, "in", "every", "each", "during") && riseWords.has(s.toks[m-2].low)
}

// everyReader are the subjects of a clause said to every reader or a
// whole group: "if you were seen", "anyone who visited", "everyone seen".
var everyReader = newWordSet([]string{"anyone", "anybody", "everyone", "everybody", "whoever", "those", "all"})

// readerDate reports whether the date at byte start is in a sentence
// told to every reader who came then ("If you were seen at our Elm St
// office Feb 3-5 and got no call about results, call us", "Anyone seen at
// our walk-in on Oct 12 may have been exposed to measles"): a notice to
// whoever it fits, naming no one. A sentence with one person in it ("If
// you know the man we treated Feb 3") keeps the date his.
func (s *scan) readerDate(start int) bool {
	from := s.tokenStart(start)
	if from >= len(s.toks) {
		return false
	}
	si := s.toks[from].sent
	se := s.sents[si]
	reader := false
	for t := se.tokStart; t < from; t++ {
		w := s.toks[t].low
		if everyReader.has(w) || w == "if" && t+1 < from && inSet(s.toks[t+1].low, "you", "u", "y", "ya", "yall") {
			reader = true
		}
	}
	if !reader || s.personInSentence(si) {
		return false
	}
	for t := se.tokStart; t < se.tokEnd; t++ {
		// personWords holds "you" and "your": the reader is who this is for.
		if w := s.toks[t].low; relativeWords.has(w) || oneDescribed.has(w) && w != "one" ||
			inSet(w, "she", "he", "her", "his", "him", "hers", "pt", "patient") {
			return false
		}
	}
	return true
}
