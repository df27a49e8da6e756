package templates

import (
	"testing"
	"time"
)

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load("", nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	lib, err := Load("", nil)
	if err != nil {
		b.Fatal(err)
	}
	vars := map[string]string{"date": "Friday, February 6"}
	for b.Loop() {
		if _, err := lib.Render("wear-red-day", testPractice, vars); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkObservances(b *testing.B) {
	for b.Loop() {
		Observances(2027, time.UTC)
	}
}

func BenchmarkPlanMonth(b *testing.B) {
	lib, err := Load("", nil)
	if err != nil {
		b.Fatal(err)
	}
	// Two slots a weekday in May 2027: 42 slots, three observances, the
	// rest filled from the evergreen queue.
	var slots []time.Time
	for d := 1; d <= 31; d++ {
		day := time.Date(2027, time.May, d, 0, 0, 0, 0, time.UTC)
		if day.Weekday() != time.Saturday && day.Weekday() != time.Sunday {
			slots = append(slots, day.Add(9*time.Hour), day.Add(15*time.Hour))
		}
	}
	opt := PlanOptions{EvergreenInterval: 3 * 24 * time.Hour}
	month := time.Date(2027, time.May, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		Plan(month, slots, lib, testPractice, opt)
	}
}
