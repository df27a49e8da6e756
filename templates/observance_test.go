package templates

import (
	"fmt"
	"testing"
	"time"
)

// movingDates are the moving observances' first days, 2025 to 2030, worked
// out by hand from each rule (the 2025 ones match the organisers' published
// dates): Wear Red Day, World Kidney Day, Public Health Week, Women's Health
// Week, Don't Fry Day, Men's Health Week, Mammography Day, Great American
// Smokeout.
var movingDates = map[int][8]string{
	2025: {"02-07", "03-13", "04-07", "05-11", "05-23", "06-09", "10-17", "11-20"},
	2026: {"02-06", "03-12", "04-06", "05-10", "05-22", "06-15", "10-16", "11-19"},
	2027: {"02-05", "03-11", "04-05", "05-09", "05-28", "06-14", "10-15", "11-18"},
	2028: {"02-04", "03-09", "04-03", "05-14", "05-26", "06-12", "10-20", "11-16"},
	2029: {"02-02", "03-08", "04-02", "05-13", "05-25", "06-11", "10-19", "11-15"},
	2030: {"02-01", "03-14", "04-01", "05-12", "05-24", "06-10", "10-18", "11-21"},
}

var movingIDs = [8]string{
	"wear-red-day", "world-kidney-day", "public-health-week", "womens-health-week",
	"dont-fry-day", "mens-health-week", "mammography-day", "great-american-smokeout",
}

func byID(obs []Observance) map[string]Observance {
	m := map[string]Observance{}
	for _, o := range obs {
		m[o.ID] = o
	}
	return m
}

func TestMovingObservances(t *testing.T) {
	loc, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	for year, dates := range movingDates {
		obs := byID(Observances(year, loc))
		for i, id := range movingIDs {
			o, ok := obs[id]
			if !ok {
				t.Fatalf("%d: %s missing", year, id)
			}
			want, err := time.ParseInLocation(time.DateOnly, fmt.Sprintf("%d-%s", year, dates[i]), loc)
			if err != nil {
				t.Fatal(err)
			}
			if !o.Start.Equal(want) || o.Start.Location() != loc {
				t.Errorf("%d %s starts %v, want %v", year, id, o.Start, want)
			}
			days := 1
			if o.Kind == KindWeek {
				days = 7
			}
			if end := want.AddDate(0, 0, days-1); !o.End.Equal(end) {
				t.Errorf("%d %s ends %v, want %v", year, id, o.End, end)
			}
		}
		// Structural checks that hold every year.
		if wd := obs["wear-red-day"].Start.Weekday(); wd != time.Friday {
			t.Errorf("%d: Wear Red Day on %v", year, wd)
		}
		if d := obs["dont-fry-day"].Start.AddDate(0, 0, 3); d.Weekday() != time.Monday || d.AddDate(0, 0, 7).Month() != time.June {
			t.Errorf("%d: Don't Fry Day is not the Friday before Memorial Day", year)
		}
		if e := obs["mens-health-week"].End; e.Weekday() != time.Sunday || e.Day() < 15 || e.Day() > 21 {
			t.Errorf("%d: Men's Health Week does not end on Father's Day: %v", year, e)
		}
	}
}

func TestFixedObservances(t *testing.T) {
	tests := []struct {
		id         string
		year       int
		start, end string
	}{
		{"heart-month", 2027, "2027-02-01", "2027-02-28"},
		{"heart-month", 2028, "2028-02-01", "2028-02-29"}, // leap year
		{"colorectal-cancer-month", 2026, "2026-03-01", "2026-03-31"},
		{"world-health-day", 2029, "2029-04-07", "2029-04-07"},
		{"world-immunization-week", 2025, "2025-04-24", "2025-04-30"},
		{"mental-health-month", 2030, "2030-05-01", "2030-05-31"},
		{"breast-cancer-month", 2026, "2026-10-01", "2026-10-31"},
		{"diabetes-month", 2025, "2025-11-01", "2025-11-30"},
		{"world-aids-day", 2027, "2027-12-01", "2027-12-01"},
		{"doctors-day", 2028, "2028-03-30", "2028-03-30"},
	}
	for _, tt := range tests {
		o := byID(Observances(tt.year, nil))[tt.id]
		if got := o.Start.Format(time.DateOnly); got != tt.start {
			t.Errorf("%s %d starts %s, want %s", tt.id, tt.year, got, tt.start)
		}
		if got := o.End.Format(time.DateOnly); got != tt.end {
			t.Errorf("%s %d ends %s, want %s", tt.id, tt.year, got, tt.end)
		}
	}
}

func TestObservancesSortedAndDescribed(t *testing.T) {
	obs := Observances(2027, time.UTC)
	if len(obs) != len(calendar) {
		t.Fatalf("%d observances, want %d", len(obs), len(calendar))
	}
	for i, o := range obs {
		if i > 0 && o.Start.Before(obs[i-1].Start) {
			t.Errorf("%s sorts after %s but starts earlier", o.ID, obs[i-1].ID)
		}
		if o.Rule == "" || o.Name == "" || o.Source == "" || o.End.Before(o.Start) {
			t.Errorf("incomplete observance %+v", o)
		}
	}
	wr := byID(obs)["wear-red-day"]
	if wr.Rule != "the first Friday of February" {
		t.Errorf("rule %q", wr.Rule)
	}
}

func TestObservanceWhenAndContains(t *testing.T) {
	obs := byID(Observances(2026, time.UTC))
	tests := []struct {
		id, want string
	}{
		{"heart-month", "February"},
		{"wear-red-day", "Friday, February 6"},
		{"public-health-week", "April 6 to 12"},
		{"world-immunization-week", "April 24 to 30"},
	}
	for _, tt := range tests {
		if got := obs[tt.id].When(); got != tt.want {
			t.Errorf("%s When = %q, want %q", tt.id, got, tt.want)
		}
	}
	// A week across two months says both.
	wk := Observance{Kind: KindWeek, Start: day(2026, time.May, 31, time.UTC), End: day(2026, time.June, 6, time.UTC)}
	if got := wk.When(); got != "May 31 to June 6" {
		t.Errorf("When = %q", got)
	}
	hm := obs["heart-month"]
	for at, want := range map[time.Time]bool{
		time.Date(2026, 2, 28, 23, 59, 0, 0, time.UTC): true,
		time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC):    false,
		time.Date(2026, 1, 31, 23, 0, 0, 0, time.UTC):  false,
	} {
		if hm.Contains(at) != want {
			t.Errorf("heart-month Contains(%v) = %v", at, !want)
		}
	}
}

func TestObservancesIn(t *testing.T) {
	got := ObservancesIn(time.Date(2027, time.February, 14, 0, 0, 0, 0, time.UTC))
	ids := map[string]bool{}
	for _, o := range got {
		ids[o.ID] = true
	}
	if len(got) != 2 || !ids["heart-month"] || !ids["wear-red-day"] {
		t.Errorf("February 2027: %v", ids)
	}
}
