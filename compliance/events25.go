package compliance

// Events a name opens (session 25, t25clean: clean passing and block
// precision). A town names its festivals and weeks for a figure, a unit
// or a slogan ("Jackson Days", "Daniel Boone Days", "Marne Week",
// "Welcome Back Days"), and a feast day can open with a word that is a
// name too ("Ash Wednesday"). The practice gives shots and screenings
// there, so the sentence tells care; read as a person beside it, the
// event's name blocked as a patient's (PRIV-10). The event is told by its
// head word and its place: the head is capitalised and follows the name
// in one run of capitalised words, and the run stands after "at",
// "during" or "through" (an event attended) or before a booth, a fair or
// a parade. A person who carries the head as a surname is told otherwise
// ("Kevin Days had his knee replaced", "Praying for Carla Days"), and a
// title in the run ("Mr. Week") makes it a person's.

// eventHeads25 end the name of a festival or a week: "Jackson Days",
// "Marne Week", "Riverfront Fest". "Day" is left out: it is a common
// surname ("Mary Day") and "Founders Day" is read elsewhere.
var eventHeads25 = newWordSet([]string{"days", "week", "weekend", "fest"})

// eventCues25 stand before an event attended: "at Jackson Days",
// "during Marne Week", "en Jackson Days".
var eventCues25 = newWordSet([]string{"at", "during", "through", "throughout", "en", "durante"})

// eventNouns25 follow an event's name: "the Lincoln Days parade", "Fort
// Stewart's Marne Week booth".
var eventNouns25 = newWordSet([]string{"booth", "booths", "fair", "parade", "tent", "table", "dance", "festival", "celebration",
	"event", "events", "carnival", "rodeo", "clinic"})

// feastOpeners25 open a feast day named with a weekday, where the first
// word is a name too: "Ash Wednesday", "Holy Thursday", "Easter Monday".
var feastOpeners25 = newWordSet([]string{"ash", "holy", "maundy", "palm", "easter", "good", "black", "cyber", "giving", "fat", "shrove"})

// fullWeekdays25 are the weekdays written out: a feast is never
// abbreviated ("Ash Wed" is rare and reads as a schedule).
var fullWeekdays25 = newWordSet([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

// eventNamed25 reports whether tokens [from,to), found as a name, are the
// name of a festival, a week or a feast day (see above).
func (s *scan) eventNamed25(from, to int) bool {
	si := s.toks[from].sent
	if to-from == 1 && to < len(s.toks) && feastOpeners25.has(s.toks[from].low) && s.toks[to].capital && s.toks[to].sent == si &&
		fullWeekdays25.has(s.toks[to].low) && s.text[s.toks[from].end:s.toks[to].start] == " " {
		return true // "Ash Wednesday": one feast, written with one space
	}
	h := to - 1
	if !s.toks[h].capital || !eventHeads25.has(s.toks[h].low) {
		h = to
		if h >= len(s.toks) || !s.toks[h].capital || s.toks[h].kind != tokWord || s.toks[h].sent != si || !eventHeads25.has(s.toks[h].low) {
			return false
		}
	}
	for k := from; k < h; k++ {
		if !s.toks[k].capital || s.toks[k].kind != tokWord || honorificWords.has(s.toks[k].low) {
			return false // "Mr. Days", "Dr. Week": a titled person
		}
	}
	// The run may open before the name: "UNM Welcome Back Days" is found
	// as its head alone.
	start := from
	for n := 0; n < 3 && start > 0 && s.toks[start-1].sent == si && s.toks[start-1].capital && s.toks[start-1].kind == tokWord &&
		!honorificWords.has(s.toks[start-1].low); n++ {
		start--
	}
	if start == h {
		return false // "Days" alone: a surname
	}
	if h+1 < len(s.toks) && s.toks[h+1].low == "s" {
		return false // "Kevin Days's surgery": a person's own
	}
	if s.eventRunPerson25(start, h) {
		return false // "at Tom Days' home", "at Grandpa Joe Days" (att25)
	}
	for k := h + 1; k < len(s.toks) && k <= h+2 && s.toks[k].sent == si && s.toks[k].kind == tokWord && !s.toks[k].capital; k++ {
		if eventNouns25.has(s.toks[k].low) {
			return true // "the Lincoln Days parade", "Jackson Days flu clinic"
		}
	}
	return start > 0 && s.toks[start-1].sent == si && eventCues25.has(s.toks[start-1].low)
}
