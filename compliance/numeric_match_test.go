package compliance

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestNumericMatchersAgreeWithRegexps runs each hand-written matcher and
// the expression it replaces on random strings of digits, separators,
// letters and parentheses, and on the text's own edge cases.
func TestNumericMatchersAgreeWithRegexps(t *testing.T) {
	tests := []struct {
		name string
		re   *regexp.Regexp
		m    numericFinder
		// pieces, when set, replace the shared pieces below
		pieces []string
	}{
		{"ssn", regexp.MustCompile(`\b(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})\b`), ssnShape, nil},
		{"itin", regexp.MustCompile(`\b9\d{2}[- ]?(?:5[0-9]|6[0-5]|7\d|8[0-8]|9[0-24-9])[- ]?\d{4}\b`), itinShape, nil},
		{"phone", regexp.MustCompile(`(?:\+?1[-. ]?)?(?:\(\s*\d{3}\s*\)|\b\d{3})[-. ]?\d{3}[-. ]?\d{4}\b`), phoneShape, nil},
		{"numericDate", numericDateRE, numericDate, []string{"0", "1", "01", "09", "1", "3", "10", "12", "13", "20", "29", "30", "31", "32",
			"99", "2026", "12345", "/", ".", "-", "-", " ", "a", "_", "é"}},
		{"loosePhone", loosePhone, loosePhoneMatcher, nil},
	}
	fixed := []string{"", "536-22-1234", "536 22 1234", "536.22.1234", "536-221234", "5362-21234", "x536221234", "536221234x",
		"912-70-1234", "912 93 1234", "+1 (614) 555-2368", "1(614)555-2368", "1614 555 2368", "+1-614-555-2368",
		"( 614 ) 555 2368", "(614)\t555-2368", "15555555555", "+15555555555 and 555.555.5555", "a(614) 555-2368",
		"10/17/2026", "1/12", "12/31/99", "2026-10-17", "2026-1-17", "2026-10-1", "13/5", "0/5", "05.09.2026", "3.5", "1-2-3-4",
		"(12)34-56 78", "(1234)", "12 34 56 78 90", "1234-5678-1234-12"}
	pieces := []string{"0", "1", "5", "9", "12", "123", "1234", "555", "93", "6", "-", ".", " ", "  ", "(", ")", "+", "a", "_", "\t", "\n", "\v", "\r", "/", "é",
		"3", "30", "31", "2026", "10", "02", "20"}
	r := rand.New(rand.NewSource(3))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			check := func(s string) {
				got, want := tc.m.FindAllStringSubmatchIndex(s, maxMatches), tc.re.FindAllStringSubmatchIndex(s, maxMatches)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q: matcher %v, regexp %v", s, got, want)
				}
			}
			for _, s := range fixed {
				check(s)
			}
			ps := pieces
			if tc.pieces != nil {
				ps = tc.pieces
			}
			for i := 0; i < 200000; i++ {
				var b strings.Builder
				for n := r.Intn(14); n > 0; n-- {
					b.WriteString(ps[r.Intn(len(ps))])
				}
				check(b.String())
			}
		})
	}
}

// TestShape324MatchString checks MatchString against the expression's.
func TestShape324MatchString(t *testing.T) {
	re := regexp.MustCompile(`\b(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})\b`)
	for _, s := range []string{"", "536-22-1234", "(614) 555-2368", "call 536 22 1234 now", "5362212345", "x536221234"} {
		if got, want := ssnShape.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("%q: MatchString %v, regexp %v", s, got, want)
		}
	}
}
