package compliance

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// TestDateMatchersAgreeWithRegexps runs each hand-written date, age and
// domain matcher and the anchored expression it replaces on fixed cases and on
// random strings built from the expressions' own pieces (month and weekday
// names in any case, ordinals, digits, separators, ſ and the Kelvin sign
// that (?i) folds to s and k, invalid UTF-8).
func TestDateMatchersAgreeWithRegexps(t *testing.T) {
	noise := []string{"ſ", "\u212a", "s", "S", "k", "x", "_", "é", "\xff", "\xc5", " ", "  ", "\t", "\n", "\f", "\v",
		",", ".", ":", "-", "/", "0", "1", "9", "12345", "d", "e", "y", "of", "the", "ST", "Y.O."}
	// Each shape is a list of slots; a random string takes one piece of
	// each slot in turn (sometimes noise instead, sometimes nothing), so
	// most strings come near a match and many are one.
	month := []string{"jan", "Jan", "JANUARY", "feb", "february", "mar", "March", "apr", "april", "may", "jun", "june", "jul",
		"july", "aug", "augu", "August", "auguſt", "sep", "sept", "Sept", "september", "ſep", "oct", "October", "nov", "dec", "December"}
	spaces := []string{" ", " ", "  ", "\t", "\n", ""}
	days := []string{"1", "3", "9", "12", "17", "31", "123", "2026", "1999"}
	ords := []string{"st", "nd", "rd", "th", "ſt", "TH", "", ""}
	years := []string{"2026", "1999", "12345", "202", ""}
	tests := []struct {
		name   string
		re     *anchoredRE
		shapes [][][]string
	}{
		{"monthDay", monthDayRE, [][][]string{
			{month, {".", "", ""}, spaces, days, ords, {",", "", ""}, spaces, years, {" ", "x", "_", ""}},
			{days, ords, spaces, {"of", "OF", "", ""}, spaces, month, {",", "", ""}, spaces, years, {" ", "x", ""}},
		}},
		{"weekdayDay", weekdayDayRE, [][][]string{
			{{"mon", "Tues", "tues", "wednes", "WEDNES", "thurs", "fri", "satur", "Sun", "ſun", "thurſ", "satur\u212a", "sat"},
				{"day", "DAY", "days"}, {",", "", ""}, {" ", "  ", "\t", ""}, {"the", "The", "", ""}, {" ", "  ", ""},
				{"1", "3", "12", "21", "123"}, {"st", "nd", "rd", "th", "ſt", "TH", "x"}, {" ", "x", "_", ""}},
		}},
		{"bareMonth", bareMonthRE, [][][]string{
			{{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
				"November", "December", "march", "JUNE", "Jun"}, {" ", ".", "_", "1", "x", "é", "s", "ing", ""}},
		}},
		{"bareDomain", bareDomainRE, [][][]string{
			{{"maple", "a", "x1", "555", "cdc", "Walk", "_a", "-a", "ſa", "é"}, {"", "-", "family", "ſ", "\u212a", "_", "9"},
				{".", ".", "..", "-", ""}, {"com", "CO", "co", "uk", "us", "uſ", "\u212auk", "gov", "jp", "info", "health", "x", "2"},
				{".", ".", ""}, {"uk", "de", "com", "jp", "a", "ab", "uſ", "ſſ", ""}, {".", ".com", ""}, {"uk", "nl", "x", ""},
				{"/", "/path?q=1", "/\xff", "-", "_", "x", " ", ".", ""}, {"more", " x", "\t/", ""}},
		}},
		{"age", ageRE, [][][]string{
			{{"4", "45", "93", "101", "1234"}, {" ", "-", " - ", "", "\t"}, {"year", "years", "Years", "yr", "yrs", "yearſ", "yrſ", "y"},
				{" ", "-", "", "--"}, {"old", "OLD", "olden", "of", "of age", "of  age", "of ages", "ol"}, {" ", "x", ""}},
			{{"age", "Age", "aged", "AGED", "agex", "ag"}, spaces, {":", "", ""}, spaces, {"4", "45", "93", "101", "1234"}, {" ", "x", "_", ""}},
			{{"4", "45", "93", "101", "1234"}, spaces, {"y/o", "yo", "YO", "y.o.", "Y.O.", "y.o", "y", "ſ"}, {" ", "x", ""}},
		}},
	}
	fixed := []string{"", "Oct 17", "Oct. 17, 2026", "October 17th 2026", "oct 2026", "Oct 17x", "Oct  \t17th,  2026",
		"17 Oct", "17th of October, 2026", "5 of May", "5 mayday", "Sept 3", "Sep. 3rd", "September", "ſept 3", "Sept 3ſt",
		"Saturday, 17th", "saturday the 3rd", "Sunday 3", "Tuesday, the 21st ", "March", "March_", "Marching", "May",
		"45 years old", "45-year-old", "45 yrs of  age", "aged 93", "age: 45", "Aged:7", "45yo", "45 y/o", "45 Y.O.",
		"1234 years old", "45 yearſ old", "aged 1234", "45 years olden", "\xff", "Oct \xc5 17", "Oct 17\xc5\xbf",
		"a.b.c.d.e.f.g.h.i.j.com", "a.b.c.d.e.f.g.h.i.j.k.l", "x.co.uk/", "example.com-foo", "x.coſ", "maplefamilymed.com.",
		"555-2368", "Walk-ins", "cdc.gov/flu now", "e.g.", "x..com", "x.com/a\tb"}
	r := rand.New(rand.NewSource(5))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			check := func(s string) bool {
				var m handMatch
				var got []int
				if tc.re.hand(s, &m) {
					got = m.slice()
				}
				want := tc.re.at.FindStringSubmatchIndex(s)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q: matcher %v, regexp %v", s, got, want)
				}
				return want != nil
			}
			for _, s := range fixed {
				check(s)
			}
			const n = 150000
			matched := 0
			for i := 0; i < n; i++ {
				var b strings.Builder
				for _, slot := range tc.shapes[r.Intn(len(tc.shapes))] {
					switch k := r.Intn(10); {
					case k == 0:
						b.WriteString(noise[r.Intn(len(noise))])
					case k > 1:
						b.WriteString(slot[r.Intn(len(slot))])
					}
				}
				if check(b.String()) {
					matched++
				}
			}
			// The strings must exercise the matches, not only the misses.
			if matched < n/50 {
				t.Fatalf("only %d of %d random strings matched: the generator misses the expression", matched, n)
			}
			t.Logf("%d of %d random strings matched", matched, n)
		})
	}
}

// TestFoldAtOrbits checks foldAt's assumption about Go's (?i): the only
// characters outside ASCII that fold to an ASCII letter are ſ (to s) and
// the Kelvin sign (to k).
func TestFoldAtOrbits(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f == unicode.ToUpper(c) {
				continue
			}
			if e, ok := foldAt(string(f), 0, string(c)); !ok || e != len(string(f)) {
				t.Errorf("%q folds to %q but foldAt does not match it", f, c)
			}
		}
	}
}
