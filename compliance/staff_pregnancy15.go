package compliance

// A staff member's own pregnancy told in the words an office uses for it
// ("Joy is expecting a baby girl", "on her 20-week ultrasound", "it's a
// boy!"): their health news, as their surgery is (docs/COMPLIANCE.md,
// staff's own health). The scans a staff member runs and the busy season
// they expect are not.

// expectedWords after "expecting" make it a pregnancy: "expecting a baby
// girl", "expecting twins", "expecting their first little one".
var expectedWords = newWordSet([]string{"baby", "babies", "twins", "triplets", "boy", "girl", "little", "bundle", "newborn"})

// pregnancyScans are the scans of a pregnancy, told as someone's ("her
// 20-week ultrasound", "their anatomy scan").
var pregnancyScans = newWordSet([]string{"ultrasound", "ultrasounds", "sonogram", "scan", "bump"})

// pregnancyToldAt reports, at token t of the stretch [from,to) after a
// staff member's name, their own pregnancy: "expecting" with a baby within
// three words, a scan or a bump owned by "her"/"their" a few words before
// (not "the ultrasound training"), or a reveal ("it's a boy").
func (s *scan) pregnancyToldAt(t, from, to int) bool {
	switch w := s.toks[t].low; {
	case w == "expecting":
		for k := t + 1; k < to && k <= t+3; k++ {
			if expectedWords.has(s.toks[k].low) {
				return true
			}
		}
	case pregnancyScans.has(w):
		if t+1 < to && careGivenNouns.has(s.toks[t+1].low) {
			return false // "her ultrasound training", "her scan schedule"
		}
		for k := t - 1; k >= from && k >= t-4; k-- {
			if inSet(s.toks[k].low, "her", "their") {
				return true
			}
		}
	case (w == "boy" || w == "girl") && t >= from+3:
		// "it's a boy": the tokenizer splits "it's" into "it" and "s".
		return s.toks[t-1].low == "a" && inSet(s.toks[t-2].low, "s", "is") && s.toks[t-3].low == "it"
	}
	return false
}
