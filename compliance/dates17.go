package compliance

// Office dates in clinic shorthand (session 17, t17prec). Notices written
// the way a front desk texts ("flu shts tmrw 9-2", "hrs chng: not 9-5
// like usu, pt portal dwn 6-7", "pls sched f/u appts thru the pt portal
// b4 12/9") say "pt" and "appts", which made their hours and deadlines a
// patient's dates (PRIV-05 block: dev24-281, dev26-290, dev37-264, all
// labelled review). Hours after "tmrw" or "hrs", and a deadline the
// reader is asked to meet, date the office's day, not anyone's care.

// hoursWords, a few words before a range of hours, say the range is the
// office's hours or a system's downtime: "tmrw 9-2", "hrs ... 9-5",
// "portal dwn 6-7".
var hoursWords = newWordSet([]string{"tmrw", "tmr", "tmrrw", "2mrw", "2moro", "tomorrow", "today", "tonight", "tonite", "2day",
	"hrs", "hours", "hr", "open", "opens", "closed", "closes", "dwn", "down", "offline", "outage"})

// hoursSaid reports whether one of hoursWords stands within six words
// before token from, in its sentence.
func (s *scan) hoursSaid(from int) bool {
	for k := from - 1; k >= 0 && k >= from-6 && s.toks[k].sent == s.toks[from].sent; k-- {
		if hoursWords.has(s.toks[k].low) {
			return true
		}
	}
	return false
}

// deadlineWords, right before a date, make it a deadline: "b4 12/9",
// "by 12/9", "thru 1/15".
var deadlineWords = newWordSet([]string{"b4", "before", "by", "until", "til", "till", "thru", "through"})

// deadlineAsks in a sentence ask the reader to do something by then: "pls
// sched", "please book".
var deadlineAsks = newWordSet([]string{"pls", "plz", "please", "sched", "schedule", "book", "call", "renew", "register", "sign"})

// readerDeadline reports whether the date at byte start is a deadline
// the sentence asks every reader to meet ("pls sched f/u appts thru the
// pt portal b4 12/9") and speaks of no one: no person, no he or she, no
// patient cue.
func (s *scan) readerDeadline(start int) bool {
	t := s.tokenStart(start)
	if t == 0 || t >= len(s.toks) || !deadlineWords.has(s.toks[t-1].low) {
		return false
	}
	si := s.toks[t].sent
	return !s.cueSent[si] && s.sentenceHasWord(si, deadlineAsks) && !s.personInSentence(si) && !s.sentenceHasWord(si, thirdPersonWords)
}
