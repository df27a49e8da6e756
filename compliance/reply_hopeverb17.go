package compliance

// hopeObjects follow "hope" the verb and no person called Hope: "Hope to
// see you", "Hope your week is great", "Hope everyone stays warm".
var hopeObjects = newWordSet([]string{"to", "you", "your", "youre", "you're", "u", "ur", "y'all", "yall", "you'all",
	"everyone", "everybody", "all", "everything", "things", "this", "it", "the", "we", "we're", "our"})

// hopeVerbAt reports whether the one word at bytes [start,end) is "Hope"
// opening a clause with its "we" dropped ("😊 Hope to see you at the
// fair!"): a wish, not a person (REV-02). "Hope says hi" and "Hope loved
// meeting you" are a person doing something, and stay names.
func (s *scan) hopeVerbAt(start, end int) bool {
	t := s.tokenStart(start)
	if t+1 >= len(s.toks) || s.toks[t].end != end || s.toks[t].low != "hope" || s.toks[t+1].sent != s.toks[t].sent {
		return false
	}
	return hopeObjects.has(s.toks[t+1].low)
}
