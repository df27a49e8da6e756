package scheduler

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// TestRunJobDecides: with Options.RunJob set, every firing of a periodic
// job goes through it, with the minute it fired in; a firing it leaves to
// another replica does not run here.
func TestRunJobDecides(t *testing.T) {
	e := newEnv(t, map[string]channels.Channel{}, envOpt{})
	var (
		mu      sync.Mutex
		firings []time.Time
		runs    int
	)
	job := Job{Name: "tick", Spec: "@every 1s", Run: func(context.Context) error {
		mu.Lock()
		runs++
		mu.Unlock()
		return nil
	}}
	runJob := func(ctx context.Context, name string, window time.Time, run func(context.Context) error) (bool, error) {
		mu.Lock()
		firings = append(firings, window)
		mine := len(firings)%2 == 0 // every other firing is another replica's
		mu.Unlock()
		if name != "tick" || !mine {
			return false, nil
		}
		return true, run(ctx)
	}
	s, err := New(Options{DB: e.db, Pauser: e.cal, Jobs: []Job{job}, RunJob: runJob})
	if err != nil {
		t.Fatal(err)
	}
	stop, err := s.startJobs(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(4500 * time.Millisecond)
	stop()
	mu.Lock()
	defer mu.Unlock()
	if len(firings) < 3 || runs != len(firings)/2 {
		t.Errorf("%d firings, %d runs: want runs only for the firings RunJob kept (every other one)", len(firings), runs)
	}
	for _, w := range firings {
		if !w.Equal(w.Truncate(time.Minute)) || w.Location() != time.UTC {
			t.Errorf("window %v is not a UTC minute", w)
		}
	}
}
