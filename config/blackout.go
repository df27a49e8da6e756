package config

import (
	"fmt"
	"strings"
	"time"
)

// InBlackout reports whether t, seen in loc (the practice's time zone),
// falls on a blackout day, when nothing is published. A nil loc uses t's
// own location.
func (s Scheduler) InBlackout(t time.Time, loc *time.Location) bool {
	if loc != nil {
		t = t.In(loc)
	}
	day := t.Format(time.DateOnly)
	for _, b := range s.Blackouts {
		start, end, err := parseBlackout(b)
		// YYYY-MM-DD strings sort like the dates they name.
		if err == nil && start <= day && day <= end {
			return true
		}
	}
	return false
}

// parseBlackout splits "2026-12-25" or "2026-12-24..2026-12-26" into its
// first and last day, both checked to be real dates in order.
func parseBlackout(b string) (start, end string, err error) {
	start, end, isRange := strings.Cut(b, "..")
	if !isRange {
		end = start
	}
	start, end = strings.TrimSpace(start), strings.TrimSpace(end)
	for _, d := range []string{start, end} {
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return "", "", fmt.Errorf("%q is not a date (YYYY-MM-DD) or a range (YYYY-MM-DD..YYYY-MM-DD)", b)
		}
	}
	if start > end {
		return "", "", fmt.Errorf("%q ends before it starts", b)
	}
	return start, end, nil
}
