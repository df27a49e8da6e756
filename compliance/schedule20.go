package compliance

// A short weekday in a schedule (session 20, t20clean): "Riverside
// (Thu)", "Thu 7am–noon". Names data holds "Thu" and "Mon" as given
// names, so a post of clinic days read as naming a person.

// clockTime reports whether w (lower case) is a clock time as schedules
// write it: "7am", "6:30am", "4pm", "9:30" (the tokenizer keeps the
// digits and the "am" or "pm" together).
func clockTime(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	n := len(w)
	if n >= 3 && (w[n-2:] == "am" || w[n-2:] == "pm") {
		return true
	}
	for i := 0; i < n; i++ {
		if w[i] == ':' {
			return true
		}
	}
	return false
}

// dayInParens reports whether tokens [from,to) stand alone in
// parentheses: "Riverside (Thu)", "Westside (Mon)".
func (s *scan) dayInParens(from, to int) bool {
	return from > 0 && to < len(s.toks) && s.toks[from-1].low == "(" && s.toks[to].low == ")"
}
