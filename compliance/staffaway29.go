package compliance

// A staff member away or back for their own procedure or illness, told in
// the loose words an office uses (session 29, t29privacy, PRIV-10; the
// staff decision in docs/COMPLIANCE.md). Writers who read no rules put the
// place between the return and its reason ("Dr. Sam returns to the Divide
// office Monday after his heart procedure", "back at the front desk after
// a rough round of pneumonia"), call a procedure by a word and
// "procedure" ("taking a few weeks off for a heart procedure": the health
// words hold "procedure" and not "heart", so the absence walk found no
// detail at "heart"), and
// tell an illness with "that" and how bad it was ("cleared to come back
// after that nasty round of COVID"). Test: staffaway29_test.go.

// returnPlaceWords may make up the place a staff member returns to or is
// back at, after "to" or "at": "to the Elm Street office", "at the front
// desk", "to our Oak Ridge clinic".
var returnPlaceWords = newWordSet([]string{"the", "our", "front", "desk", "office", "clinic", "st", "street", "ave", "avenue",
	"rd", "road", "location", "practice", "lab", "counter", "phones", "nurse", "line", "work"})

// returnTimeWords may follow the place: "Monday", "this week".
var returnTimeWords = newWordSet([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"tomorrow", "this", "next", "week", "morning", "on"})

// pastReturnPlace29 returns the token after the place and the time told
// after a return word, from token k ("to the Elm Street office Monday"),
// or k when none is there.
func (s *scan) pastReturnPlace29(k, to int) int {
	if k >= to || !inSet(s.toks[k].low, "to", "at") {
		return k
	}
	j := k + 1
	for j < to && j <= k+6 && s.toks[j].kind == tokWord && (returnPlaceWords.has(s.toks[j].low) || s.toks[j].capital) {
		j++
	}
	if j == k+1 {
		return k
	}
	for j < to && j <= k+9 && returnTimeWords.has(s.toks[j].low) {
		j++
	}
	return j
}

// badWords29 tell how bad an illness was, between "that" and its name:
// "that nasty round of COVID", "a rough bout of flu".
var badWords29 = newWordSet([]string{"nasty", "rough", "bad", "tough", "awful", "long", "scary", "brutal", "terrible", "miserable"})

// returnReason29 reports whether, from token k just past a return word and
// the place after it, the stretch tells the staff member's own procedure
// or illness: "after his heart procedure", "after that nasty round of
// COVID", "after a rough round of pneumonia".
func (s *scan) returnReason29(k, to int) bool {
	if k >= to || !inSet(s.toks[k].low, "after", "from", "following") {
		return false
	}
	k++
	if k < to && inSet(s.toks[k].low, "that", "this") {
		k++
	}
	for k < to && (badWords29.has(s.toks[k].low) || detailFillers.has(s.toks[k].low) || ownersBeforeDetail.has(s.toks[k].low)) {
		k++
	}
	return k < to && s.ownDetail21At(k, to)
}
