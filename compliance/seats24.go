package compliance

// Numbered rooms, chairs and beds, and licence plates, that stand for one
// person, in shapes session 23's reading (rooms23.go) left (session 24,
// t24privacy, PRIV-14):
//   - a room headed with its hour and spoken to after a clock time or a
//     note in brackets: "Room 4 this morning (the 10:30 asthma
//     follow-up): you left your inhaler spacer behind!";
//   - a room heading a story told of one person after the colon: "Room 4
//     this morning: a tiny RiverDogs fan got his first set of shots";
//   - a chair that "had a rough reaction" and is then he or she: "Chair 2
//     ... had a rough reaction today but she's stable now";
//   - a bed "going home": "Bed 12 in our observation room is going home
//     today after pneumonia", "la camilla 2 se va a casa";
//   - a plate told in full, with the driver's care: "Tennessee plate
//     4B7-KXQ: you left your headlights on during your colonoscopy
//     consult".
// A room's hours, a crowd's shots ("30 kids got their flu shots"), our own
// nurse's first shot given and a bed sent back for repair stay the
// room's.

// roomAside24 returns the ")" closing the bracket at token m (within ten
// tokens of the sentence), and reach moved on by the aside's length, so
// that a note in brackets does not use up the room's reach; with no
// closing bracket, m and reach unchanged.
func (s *scan) roomAside24(m, end, reach int) (int, int) {
	for c := m + 1; c < end && c <= m+10; c++ {
		if s.toks[c].low == ")" {
			return c, reach + (c - m + 1)
		}
	}
	return m, reach
}

// clockColon24 reports whether the colon at token m is a clock time's:
// digits on both sides with no space ("10:30").
func (s *scan) clockColon24(m int) bool {
	if m == 0 || m+1 >= len(s.toks) || s.toks[m].low != ":" {
		return false
	}
	p, n := &s.toks[m-1], &s.toks[m+1]
	return p.kind == tokNumber && n.kind == tokNumber && p.end == s.toks[m].start && s.toks[m].end == n.start
}

// storyOpeners24 open a story told of one person after a room's colon: "a
// tiny fan", "one brave young lady", "this little guy".
var storyOpeners24 = newWordSet([]string{"a", "an", "one", "this", "that", "the", "un", "una", "el", "la", "este", "esta"})

// storyPronouns24 make the story one person's: "got his first shots".
var storyPronouns24 = newWordSet([]string{"he", "she", "his", "her", "him", "hers", "él", "ella"})

// storyOwn24 before the pronoun make it staff's or the writer's: "our new
// nurse gave her first flu shot".
var storyOwn24 = newWordSet([]string{"our", "my", "we", "i", "nurse", "dr", "doctor", "staff", "team", "nuestra", "nuestro", "mi"})

// roomStoryAfter24 reports whether the colon or dash at token m, after a
// room heading sentence si, opens a story of one person with care: an
// opener ("a", "one", "this"), then his or her before the end of the
// sentence, nothing of ours before it, no count of many people's care,
// and a health word (a first shot too) in the sentence.
func (s *scan) roomStoryAfter24(m, si int) bool {
	end := s.sents[si].tokEnd
	if m+1 >= end || !storyOpeners24.has(s.toks[m+1].low) || s.storyHeadNotPatient24(m, end) {
		return false // "a volunteer from the Rotary club brought his guitar" (attack24.go)
	}
	for k := m + 2; k < end && k <= m+14; k++ {
		w := s.toks[k].low
		if storyOwn24.has(w) || s.c.allow.staff[w] {
			return false
		}
		if storyPronouns24.has(w) {
			return !s.roomTally23(si) && s.healthAfter24(m, si)
		}
	}
	return false
}

// healthAfter24 reports whether a health word stands in sentence si after
// token m.
func (s *scan) healthAfter24(m, si int) bool {
	if s.noHealthIn(si) {
		return false
	}
	for _, h := range s.healthHits() {
		if s.toks[h.From].sent == si && h.From > m {
			return true
		}
	}
	return false
}

// personPronounAfter24 reports whether "he" or "she" stands as a subject
// in sentence si after token m: "had a rough reaction today but she's
// stable now".
func (s *scan) personPronounAfter24(m, si int) bool {
	end := s.sents[si].tokEnd
	for k := m + 1; k < end && k <= m+20; k++ {
		if inSet(s.toks[k].low, "he", "she", "ella", "él") {
			return true
		}
	}
	return false
}

// roomGoesHome24 reports whether the verb at token k, after a room, says
// it goes home: "is going home", "heading home", "se va a casa", "va
// para casa". "Going back to the manufacturer" is the bed's.
func (s *scan) roomGoesHome24(k, si int) bool {
	end := s.sents[si].tokEnd
	for m := k + 1; m < end && m <= k+3; m++ {
		switch w := s.toks[m].low; {
		case w == "home" || w == "casa":
			return true
		case inSet(w, "va", "a", "para", "going", "heading", "headed", "straight", "back"):
		default:
			return false
		}
	}
	return false
}

// plateWords before a code name a licence plate: "Tennessee plate
// 4B7-KXQ", "placa 9XYZ-22".
var plateWords = newWordSet([]string{"plate", "placa", "matrícula", "matricula"})

// plateCode24 reports whether the tokens from n spell a licence plate's
// code: letters and digits in capitals, with a digit, four to eight
// characters, in one or two tokens joined by a hyphen ("4B7-KXQ"). "Plate
// 2" in a handout is no plate.
func (s *scan) plateCode24(n int) bool {
	chars, digit, letter := 0, false, false
	for k := n; k < len(s.toks) && k <= n+1; k++ {
		tk := &s.toks[k]
		if k > n && !inSet(s.text[s.toks[k-1].end:tk.start], "", "-") {
			break
		}
		if tk.kind != tokWord && tk.kind != tokNumber {
			break
		}
		for i := tk.start; i < tk.end; i++ {
			switch c := s.text[i]; {
			case c >= '0' && c <= '9':
				digit = true
			case c >= 'A' && c <= 'Z':
				letter = true
			default:
				return false
			}
			chars++
		}
	}
	return digit && letter && chars >= 4 && chars <= 8
}

// roomScares24 are the events of roomPersonEvents that are a body's: with
// he or she after them ("had a rough reaction today but she's stable
// now") the room's person is told to have had one, and it blocks.
var roomScares24 = newWordSet([]string{"reaction", "scare", "seizure", "episode", "fall", "moment", "susto", "reacción", "reação"})

// roomScareTold24 reports whether sentence si tells a room's person
// through a scare and he or she after it.
func (s *scan) roomScareTold24(i, si int) bool {
	return s.sentenceHasWord(si, roomScares24) && s.personPronounAfter24(i+2, si)
}
