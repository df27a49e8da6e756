package templates

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// slotsAt returns 10:00 slots on the given days of a month.
func slotsAt(year int, m time.Month, loc *time.Location, days ...int) []time.Time {
	var out []time.Time
	for _, d := range days {
		out = append(out, time.Date(year, m, d, 10, 0, 0, 0, loc))
	}
	return out
}

func TestPlanFebruary(t *testing.T) {
	loc := time.FixedZone("CST", -6*3600)
	lib := mustLoad(t)
	month := time.Date(2027, time.February, 1, 0, 0, 0, 0, loc)
	// Wear Red Day 2027 is Friday 5 February; there is a slot that day.
	slots := slotsAt(2027, time.February, loc, 2, 5, 9, 16, 23)
	slots = append(slots, time.Date(2027, time.March, 1, 10, 0, 0, 0, loc)) // outside the month: ignored
	got := Plan(month, slots, lib, testPractice, PlanOptions{EvergreenInterval: 14 * 24 * time.Hour})

	if len(got) != 5 {
		t.Fatalf("%d proposals, want one per February slot: %+v", len(got), got)
	}
	want := []struct {
		day        int
		template   string
		observance string
	}{
		{2, "heart-month", "heart-month"},
		{5, "wear-red-day", "wear-red-day"},
		{9, "new-patients", ""}, // evergreens in name order: never used yet
		{16, "patient-portal", ""},
		{23, "screening-colorectal", ""},
	}
	for i, w := range want {
		p := got[i]
		if p.At.Day() != w.day || p.Template != w.template || p.Observance != w.observance {
			t.Errorf("proposal %d = %s %s (%s), want Feb %d %s", i, p.At.Format(time.DateOnly), p.Template, p.Observance, w.day, w.template)
		}
		if p.Problem != "" || p.Rendered.Short == "" || p.Rendered.Long == "" {
			t.Errorf("proposal %d not rendered: %q", i, p.Problem)
		}
	}
	if !strings.HasPrefix(got[1].Rendered.Short, "Friday, February 5 is National Wear Red Day") {
		t.Errorf("Wear Red Day date not filled in: %q", got[1].Rendered.Short)
	}
}

func TestPlanPlacement(t *testing.T) {
	loc := time.UTC
	lib := mustLoad(t)
	// May 2027: Women's Health Week 9-15, Don't Fry Day Friday 28, Mental
	// Health Awareness Month all month.
	tests := []struct {
		name  string
		days  []int
		want  map[string]int // template -> day of month; absent: not planned
		empty []int          // slots that must stay empty (no evergreen fill)
	}{
		{
			name: "each on its own days",
			days: []int{3, 10, 28},
			want: map[string]int{"mental-health-month": 3, "womens-health-week": 10, "dont-fry-day": 28},
		},
		{
			name: "day observance takes a slot up to three days before",
			days: []int{1, 7, 25},
			want: map[string]int{"mental-health-month": 1, "womens-health-week": 7, "dont-fry-day": 25},
		},
		{
			name:  "nothing close enough: skipped, slot left free",
			days:  []int{2, 20},
			want:  map[string]int{"mental-health-month": 2},
			empty: []int{20},
		},
		{
			name: "days before weeks before months",
			days: []int{28},
			want: map[string]int{"dont-fry-day": 28},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Plan(time.Date(2027, time.May, 1, 0, 0, 0, 0, loc), slotsAt(2027, time.May, loc, tt.days...), lib, testPractice, PlanOptions{})
			have := map[string]int{}
			for _, p := range got {
				have[p.Template] = p.At.Day()
				if slices.Contains(tt.empty, p.At.Day()) {
					t.Errorf("slot May %d should stay empty, got %s", p.At.Day(), p.Template)
				}
			}
			if len(have) != len(tt.want) {
				t.Errorf("planned %v, want %v", have, tt.want)
			}
			for tpl, d := range tt.want {
				if have[tpl] != d {
					t.Errorf("%s on May %d, want May %d (all: %v)", tpl, have[tpl], d, have)
				}
			}
		})
	}
}

func TestPlanMissingAndDisabled(t *testing.T) {
	lib, err := Load("", []string{"heart-month"})
	if err != nil {
		t.Fatal(err)
	}
	noBooking := testPractice
	noBooking.BookingURL = ""
	got := Plan(time.Date(2027, time.February, 1, 0, 0, 0, 0, time.UTC), slotsAt(2027, time.February, time.UTC, 1, 5), lib, noBooking, PlanOptions{})
	if len(got) != 1 || got[0].Template != "wear-red-day" {
		t.Fatalf("want only wear-red-day (heart-month is off), got %+v", got)
	}
	// wear-red-day links no booking page, so it renders without one.
	if got[0].Problem != "" {
		t.Errorf("wear-red-day: %s", got[0].Problem)
	}

	// A template whose practice field is empty comes back with the
	// variable named, never with a hole in the text.
	got = Plan(time.Date(2027, time.March, 1, 0, 0, 0, 0, time.UTC), slotsAt(2027, time.March, time.UTC, 2), lib, noBooking, PlanOptions{})
	if len(got) != 1 || !slices.Equal(got[0].Missing, []string{VarBookingURL}) || got[0].Rendered.Short != "" {
		t.Errorf("want colorectal-cancer-month missing booking_url, got %+v", got)
	}

	// Evergreen fill with a template needing a user variable nobody gave.
	dir := t.TempDir()
	writeFile(t, dir, "open-house.tmpl", strings.Replace(goodFile, "tags = [\"community\"]", "tags = [\"community\"]\nevergreen = true", 1))
	lib, err = Load(dir, []string{"*"})
	if err != nil {
		t.Fatal(err)
	}
	got = Plan(time.Date(2027, time.July, 1, 0, 0, 0, 0, time.UTC), slotsAt(2027, time.July, time.UTC, 6), lib, testPractice,
		PlanOptions{EvergreenInterval: time.Hour})
	if len(got) != 1 || !slices.Equal(got[0].Missing, []string{"date"}) || !strings.Contains(got[0].Problem, "date") {
		t.Errorf("want open-house missing date, got %+v", got)
	}
	got = Plan(time.Date(2027, time.July, 1, 0, 0, 0, 0, time.UTC), slotsAt(2027, time.July, time.UTC, 6), lib, testPractice,
		PlanOptions{EvergreenInterval: time.Hour, Vars: map[string]string{"date": "July 9", "provider": "unused"}})
	if len(got) != 1 || got[0].Problem != "" || !strings.Contains(got[0].Rendered.Short, "July 9") {
		t.Errorf("want open-house rendered with the offered date, got %+v", got)
	}
}

func TestPlanEvergreenRespectsHistory(t *testing.T) {
	lib := mustLoad(t)
	loc := time.UTC
	// July 2027 holds only UV Safety Month; give six slots.
	slots := slotsAt(2027, time.July, loc, 1, 6, 13, 20, 27, 30)
	history := []Use{
		{"new-patients", time.Date(2027, 6, 25, 10, 0, 0, 0, loc)},
		{"telehealth", time.Date(2027, 6, 28, 10, 0, 0, 0, loc)},
	}
	interval := 21 * 24 * time.Hour
	got := Plan(time.Date(2027, time.July, 1, 0, 0, 0, 0, loc), slots, lib, testPractice,
		PlanOptions{History: history, EvergreenInterval: interval})
	all := slices.Clone(history)
	for _, p := range got {
		if p.Observance != "" {
			continue
		}
		for _, u := range all {
			if u.Key == p.Template && p.At.Sub(u.At) < interval {
				t.Errorf("%s planned %v after an earlier use", p.Template, p.At.Sub(u.At))
			}
		}
		all = append(all, Use{p.Template, p.At})
	}
	if len(got) != 6 || got[0].Template != "uv-safety-month" {
		t.Errorf("want UV Safety Month first and every slot used, got %d proposals", len(got))
	}
}

func TestPlanUsesReplacedObservanceTemplate(t *testing.T) {
	dir := t.TempDir()
	// The practice's own heart-month file, without an observance line.
	writeFile(t, dir, "heart-month.tmpl", "+++\ntitle = \"Our heart month\"\n+++\n"+
		"{{define \"short\"}}Heart month at {{.practice_name}}.{{end}}{{define \"long\"}}Heart month at {{.practice_name}}, all February.{{end}}\n")
	lib, err := Load(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := Plan(time.Date(2027, time.February, 1, 0, 0, 0, 0, time.UTC), slotsAt(2027, time.February, time.UTC, 1), lib, testPractice, PlanOptions{})
	if len(got) != 1 || got[0].Rendered.Short != "Heart month at Maple Street Family Medicine." {
		t.Errorf("got %+v", got)
	}
}
