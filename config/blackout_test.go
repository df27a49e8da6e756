package config

import (
	"testing"
	"time"
)

func TestInBlackout(t *testing.T) {
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	s := Scheduler{Blackouts: []string{"2026-12-25", "2026-12-31..2027-01-01"}}
	tests := []struct {
		name string
		t    time.Time
		loc  *time.Location
		want bool
	}{
		{"the day", time.Date(2026, 12, 25, 9, 0, 0, 0, chicago), chicago, true},
		{"day before", time.Date(2026, 12, 24, 23, 59, 0, 0, chicago), chicago, false},
		{"range start", time.Date(2026, 12, 31, 0, 0, 0, 0, chicago), chicago, true},
		{"range end", time.Date(2027, 1, 1, 23, 59, 0, 0, chicago), chicago, true},
		{"after range", time.Date(2027, 1, 2, 0, 0, 0, 0, chicago), chicago, false},
		// 2026-12-26 03:00 UTC is still Christmas evening in Chicago.
		{"zone decides the day", time.Date(2026, 12, 26, 3, 0, 0, 0, time.UTC), chicago, true},
		{"nil zone uses t's", time.Date(2026, 12, 26, 3, 0, 0, 0, time.UTC), nil, false},
	}
	for _, tt := range tests {
		if got := s.InBlackout(tt.t, tt.loc); got != tt.want {
			t.Errorf("%s: InBlackout(%v) = %v, want %v", tt.name, tt.t, got, tt.want)
		}
	}
}

func TestParseBlackout(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		ok         bool
	}{
		{"2026-12-25", "2026-12-25", "2026-12-25", true},
		{"2026-12-24..2026-12-26", "2026-12-24", "2026-12-26", true},
		{"2026-12-24 .. 2026-12-26", "2026-12-24", "2026-12-26", true},
		{"2026-12-26..2026-12-24", "", "", false},
		{"2026-13-01", "", "", false},
		{"2026-12-24..", "", "", false},
		{"christmas", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		start, end, err := parseBlackout(tt.in)
		if (err == nil) != tt.ok || start != tt.start || end != tt.end {
			t.Errorf("parseBlackout(%q) = %q, %q, %v", tt.in, start, end, err)
		}
	}
}
