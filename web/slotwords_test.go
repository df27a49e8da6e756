package web

import "testing"

func TestSlotWords(t *testing.T) {
	tests := []struct {
		name  string
		specs []string
		want  string
	}{
		{"the example's two weekday slots", []string{"0 9 * * 1-5", "30 12 * * 1-5"}, "Weekdays at 9:00 and 12:30"},
		{"times sorted and said once", []string{"30 12 * * MON-FRI", "0 9 * * 1-5", "0 9 * * 1-5"}, "Weekdays at 9:00 and 12:30"},
		{"two named days", []string{"0 10 * * 2,4"}, "Tuesdays and Thursdays at 10:00"},
		{"three named days", []string{"0 11 * * 1,3,5"}, "Mondays, Wednesdays and Fridays at 11:00"},
		{"one day", []string{"0 8 * * 2"}, "Tuesdays at 8:00"},
		{"a range", []string{"15 7 * * 1-4"}, "Monday to Thursday at 7:15"},
		{"every day", []string{"0 18 * * *"}, "Every day at 18:00"},
		{"Sunday as 7, all week", []string{"0 18 * * 1-7"}, "Every day at 18:00"},
		{"weekends", []string{"0 10 * * 6,0"}, "Weekends at 10:00"},
		{"weekends with 7", []string{"0 10 * * sat,7"}, "Weekends at 10:00"},
		{"hour and minute lists", []string{"0,30 9,14 * * 1-5"}, "Weekdays at 9:00, 9:30, 14:00 and 14:30"},
		{"groups by days, in config order", []string{"0 9 * * 1-5", "0 10 * * 6", "30 16 * * 1-5"}, "Weekdays at 9:00 and 16:30; Saturdays at 10:00"},
		{"descriptor", []string{"@daily"}, "Every day at 0:00"},
		{"a step falls back to cron", []string{"*/15 9 * * 1-5"}, "*/15 9 * * 1-5"},
		{"a day of the month falls back", []string{"0 9 1 * *"}, "0 9 1 * *"},
		{"a month falls back", []string{"0 9 * 12 *"}, "0 9 * 12 *"},
		{"a zone of its own falls back", []string{"CRON_TZ=UTC 0 9 * * *"}, "CRON_TZ=UTC 0 9 * * *"},
		{"@every falls back", []string{"@every 1h"}, "@every 1h"},
		{"out of range falls back", []string{"0 25 * * *"}, "0 25 * * *"},
		{"readable and not, side by side", []string{"0 9 * * 1-5", "0 */2 * * *"}, "Weekdays at 9:00; 0 */2 * * *"},
		{"none", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slotWords(tt.specs); got != tt.want {
				t.Errorf("slotWords(%q) = %q, want %q", tt.specs, got, tt.want)
			}
		})
	}
}
