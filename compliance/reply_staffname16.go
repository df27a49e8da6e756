package compliance

// The reader greeted by a name a staff member also bears (session 16,
// t16reply). A reply's "Thank you, Miriam!", "You're the best, Sam!",
// "Merci, Jean-Paul!" or "Thank you so much, Nou!" speaks to the reader,
// whose display name the review does not carry: that a doctor is also
// called Miriam, or a nurse Mai Nou, does not make the greeted one staff.
// The name is the reviewer's, and a person checks it (REV-02 warn), as
// every development set labels it. "Thanks, Dr. Kauffman!" with a staff
// title names the doctor.

// staffNameGreeted reports whether the staff-like name at bytes [start,
// end) of a reply is said to the reader, with no staff title before it.
func (s *scan) staffNameGreeted(start, end int) bool {
	if !s.reviewMode() {
		return false
	}
	from, to := s.tokenRange(start, end)
	if from >= len(s.toks) || to <= from {
		return false
	}
	prev := from - 1
	if prev >= 0 && s.toks[prev].low == "." {
		prev--
	}
	if prev >= 0 && s.toks[prev].sent == s.toks[from].sent && (staffTitles.has(s.toks[prev].low) || courtesyTitles.has(s.toks[prev].low)) {
		return false // "Thanks, Dr. Kauffman!": the doctor; "Mrs." is courtesyVocative's
	}
	if s.openingGreetingBefore(from, to) {
		return true // "Hi Marcus, sorry about the parking." (session 25)
	}
	if from == s.sents[s.toks[from].sent].tokStart || !s.endsItsSentence(to-1) {
		// "Hope you're well", "Summer, our lead nurse, ...", "for me,
		// Bill, I will call": a word, a staff member or the writer.
		return false
	}
	return s.vocative(start, end) || s.replyAddressed(start, end)
}

// endsItsSentence reports whether the word at token t is the last word of
// its sentence, or only a lowercase word of respect follows it ("Ahmad
// jan!"): where a greeting puts the name it says to the reader.
func (s *scan) endsItsSentence(t int) bool {
	se := s.sents[s.toks[t].sent]
	words := 0
	for k := t + 1; k < se.tokEnd; k++ {
		if s.toks[k].kind == tokWord {
			words++
			if words > 1 || s.toks[k].capital {
				return false
			}
		}
	}
	return true
}

// staffFormsGreeted adds, in a reply, each capitalised word a staff
// member's name also holds that is said to the reader ("Thank you,
// Miriam!"): the name lists and the vocative shapes above leave staff
// forms out, as a post's "Miriam" is the doctor.
func (s *scan) staffFormsGreeted(add func(start, end int, greeting bool)) {
	if !s.reviewMode() {
		return
	}
	for i := range s.toks {
		t := s.toks[i]
		if !t.capital || t.kind != tokWord || len(t.low) < 2 || !s.c.allow.isStaff([]string{t.low}) {
			continue
		}
		if s.staffNameGreeted(t.start, t.end) {
			add(t.start, t.end, true)
		}
	}
}
