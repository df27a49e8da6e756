package templates

import (
	"testing"
	"time"
)

func TestPickEvergreen(t *testing.T) {
	now := time.Date(2027, 3, 10, 9, 0, 0, 0, time.UTC)
	week := 7 * 24 * time.Hour
	ago := func(d time.Duration) time.Time { return now.Add(-d) }
	cands := []string{"telehealth", "patient-portal", "new-patients"}
	tests := []struct {
		name     string
		cands    []string
		history  []Use
		interval time.Duration
		want     string
		ok       bool
	}{
		{"no history: first candidate", cands, nil, 4 * week, "telehealth", true},
		{"never used beats used long ago", cands, []Use{{"telehealth", ago(50 * week)}}, 4 * week, "patient-portal", true},
		{"oldest last use wins", cands, []Use{
			{"telehealth", ago(10 * week)}, {"patient-portal", ago(20 * week)}, {"new-patients", ago(6 * week)},
		}, 4 * week, "patient-portal", true},
		{"latest use counts, not earliest", cands, []Use{
			{"telehealth", ago(30 * week)}, {"telehealth", ago(5 * week)}, {"patient-portal", ago(9 * week)}, {"new-patients", ago(8 * week)},
		}, 4 * week, "patient-portal", true},
		{"used within interval is skipped", cands, []Use{
			{"telehealth", ago(week)}, {"patient-portal", ago(2 * week)},
		}, 4 * week, "new-patients", true},
		{"a planned use ahead also blocks", cands, []Use{
			{"telehealth", now.Add(week)}, {"patient-portal", ago(3 * week)},
		}, 4 * week, "new-patients", true},
		{"exactly one interval ago is allowed", []string{"telehealth"}, []Use{{"telehealth", ago(4 * week)}}, 4 * week, "telehealth", true},
		{"all used within interval", cands, []Use{
			{"telehealth", ago(week)}, {"patient-portal", ago(week)}, {"new-patients", now},
		}, 4 * week, "", false},
		{"history of other keys is ignored", []string{"telehealth"}, []Use{{"flu-shots", now}}, 4 * week, "telehealth", true},
		{"no candidates", nil, nil, week, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := PickEvergreen(tt.cands, tt.history, now, tt.interval)
			if got != tt.want || ok != tt.ok {
				t.Errorf("PickEvergreen = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestEvergreenNeverRepeatsWithinInterval re-queues daily for a year and
// checks the promise itself rather than particular picks.
func TestEvergreenNeverRepeatsWithinInterval(t *testing.T) {
	cands := []string{"a", "b", "c", "d", "e"}
	interval := 4 * 24 * time.Hour
	var history []Use
	start := time.Date(2027, 1, 1, 10, 0, 0, 0, time.UTC)
	for d := range 365 {
		now := start.AddDate(0, 0, d)
		key, ok := PickEvergreen(cands, history, now, interval)
		if !ok {
			t.Fatalf("day %d: nothing picked though 5 candidates cover a 4-day interval", d)
		}
		for _, u := range history {
			if u.Key == key && now.Sub(u.At) < interval {
				t.Fatalf("day %d: %s picked again %v after its last use", d, key, now.Sub(u.At))
			}
		}
		history = append(history, Use{key, now})
	}
}
