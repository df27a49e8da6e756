package compliance

import (
	"fmt"

	"github.com/practicepost/practicepost/compliance/readability"
	"github.com/practicepost/practicepost/post"
)

// READ-01 gates only posts long enough for the formulas to mean something
// (COMPLIANCE.md "Reading grade").
const (
	minGradeWords     = 30
	minGradeSentences = 2
)

// readability measures the scanned text, once. Grade is the higher of
// Flesch-Kincaid and Coleman-Liau (the API; COMPLIANCE.md's table
// says their mean): the two disagree most on short, dense posts, and the
// harder reading is the one that loses readers.
func (s *scan) readability() Readability {
	if s.read != nil {
		return *s.read
	}
	st := readability.Analyze(s.text)
	r := Readability{FleschKincaid: round1(st.FleschKincaid), ColemanLiau: round1(st.ColemanLiau), Words: st.Words, Sentences: st.Sentences}
	// The formulas go below zero on a few very short words; a school
	// grade does not, so the reported grade stops at 0 (the two formula
	// values stay as computed).
	r.Grade = max(r.FleschKincaid, r.ColemanLiau, 0)
	s.read = &r
	return r
}

func round1(v float64) float64 {
	if v != v { // NaN from an empty text
		return 0
	}
	return float64(int64(v*10+0.5*sign(v))) / 10
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// checkReadingGrade is READ-01: the reading grade is above the practice's
// thresholds (defaults: warn above 8, info above 6).
func checkReadingGrade(s *scan) []post.Finding {
	r := s.readability()
	if r.Words < minGradeWords || r.Sentences < minGradeSentences {
		return nil
	}
	var sev post.Severity
	switch {
	case r.Grade > s.c.warnG:
		sev = post.SeverityWarn
	case r.Grade > s.c.infoG:
		sev = post.SeverityInfo
	default:
		return nil
	}
	if sev == post.SeverityWarn && s.has("READ-01/notpatient") {
		// A job post or a staff welcome is not patient material: its
		// grade is advice, not a reason for review.
		sev = post.SeverityInfo
	}
	return []post.Finding{{Start: 0, End: 0, Severity: sev,
		Message:    fmt.Sprintf("Reading grade %.1f. Patient material should read at grade %.0f or below.", r.Grade, s.c.warnG),
		Suggestion: "Use shorter sentences and everyday words."}}
}
