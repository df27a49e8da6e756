package compliance

// A staff member away for their own care (session 17, t17staff): "Dr.
// Greene is out this week for knee surgery" told no "his" or "her" and
// no recovery word, so the gate of staffHealth never let the walk see
// it; and "Dr. Greene is recovering from pneumonia, so his Thursday
// patients will see Dr. Patel" stopped at "patients", read as the care he
// gives, though the recovery was told first. Both are the staff member's
// health news (docs/COMPLIANCE.md, staff's own health).

// staffAwayWords open an absence whose reason ownHealthAfter reads ("out
// for knee surgery"): staffHealthGate lets the walk run on them.
var staffAwayWords = newWordSet([]string{"out", "off", "away"})

// recoveringWords in the present tense tell a recovery under way;
// recoveryFromAt reads what follows them.
var recoveringWords = newWordSet([]string{"recovering", "recuperating"})

// recoveringFromNear reports whether the word at t, a few words after the
// staff name that ends at from, tells their own recovery from a health
// detail: "is recovering from pneumonia", "is home recovering from a hip
// replacement". Told this close to the name, the recovery is theirs
// whatever the sentence says of patients after it; "recovering from the
// marathon" holds no health detail.
func (s *scan) recoveringFromNear(t, from, to int) bool {
	return recoveringWords.has(s.toks[t].low) && t-from <= 4 && s.recoveryFromAt(t, from, to)
}

// absenceReasonAt reports whether the reason after "out for" at token k
// is the staff member's own care: a health detail that is not a
// vaccination they run nor a field named after it ("out for knee
// surgery"; not "out for the flu shot clinic", "off for the diabetes
// education day").
func (s *scan) absenceReasonAt(k int) bool {
	h, ok := s.healthHitAt(k)
	if !ok || s.fieldAfter(h.To) {
		return false
	}
	for t := h.From; t < h.To; t++ {
		if vaccineWords.has(s.toks[t].low) && !inSet(s.toks[t].low, "flu", "covid") {
			return false // "out for a booster clinic"
		}
	}
	return true
}
