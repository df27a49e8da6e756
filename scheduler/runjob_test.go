package scheduler

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
)

// TestRunJobDecides: with Options.RunJob set, every firing of a periodic
// job goes through it, with the window it fired in; a firing it leaves to
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
	runJob := func(ctx context.Context, name string, window time.Time, attempts int, run func(context.Context) error) (JobOutcome, error) {
		mu.Lock()
		firings = append(firings, window)
		mine := len(firings)%2 == 0 // every other firing is another replica's
		mu.Unlock()
		if name != "tick" || !mine || attempts != JobAttempts {
			return JobDone, nil
		}
		return JobRan, run(ctx)
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
		if !w.Equal(w.Truncate(time.Second)) || w.Location() != time.UTC {
			t.Errorf("window %v is not a UTC second (the period of @every 1s)", w)
		}
	}
}

// TestJobWindow: every replica computes the same window for a firing, and
// its end is when the next window starts.
func TestJobWindow(t *testing.T) {
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		spec            string
		at              time.Time
		window, nextWin time.Time
	}{
		{"*/5 * * * *", time.Date(2027, 2, 1, 12, 5, 0, 300e6, time.UTC), time.Date(2027, 2, 1, 12, 5, 0, 0, time.UTC), time.Date(2027, 2, 1, 12, 10, 0, 0, time.UTC)},
		{"@daily", time.Date(2027, 2, 1, 6, 0, 0, 200e6, time.UTC), time.Date(2027, 2, 1, 6, 0, 0, 0, time.UTC), time.Date(2027, 2, 2, 6, 0, 0, 0, time.UTC)},
		// cron counts @every from each process's start: replicas started
		// at 12:34:56 and 12:50:01 both land in the 12:00 window.
		{"@every 1h", time.Date(2027, 2, 1, 12, 34, 56, 0, time.UTC), time.Date(2027, 2, 1, 12, 0, 0, 0, time.UTC), time.Date(2027, 2, 1, 13, 0, 0, 0, time.UTC)},
		{"@every 1h", time.Date(2027, 2, 1, 12, 50, 1, 0, time.UTC), time.Date(2027, 2, 1, 12, 0, 0, 0, time.UTC), time.Date(2027, 2, 1, 13, 0, 0, 0, time.UTC)},
	} {
		sched, err := cronParser.Parse(tc.spec)
		if err != nil {
			t.Fatal(err)
		}
		w, end := jobWindow(sched, tc.at, chicago)
		if !w.Equal(tc.window) || !end.Equal(tc.nextWin) {
			t.Errorf("%s fired at %v: window %v to %v, want %v to %v", tc.spec, tc.at, w, end, tc.window, tc.nextWin)
		}
	}
}

// TestFailedJobTriedAgainInItsWindow: a firing whose run fails is tried
// again within its window, at most JobAttempts times; once a window's run
// succeeded (here or, through RunJob, on another replica) it never runs
// again in that window.
func TestFailedJobTriedAgainInItsWindow(t *testing.T) {
	boom := errors.New("the network did not answer")
	for _, tc := range []struct {
		name string
		// results are the run's answers, in turn (nil once they run out).
		results []error
		// replica, when set, answers for the other replicas before this
		// one may run: its answers in turn, then JobRan.
		replica  []JobOutcome
		wantRuns int // runs of the first firing
	}{
		{name: "succeeds at once", wantRuns: 1},
		{name: "fails twice, then succeeds", results: []error{boom, boom}, wantRuns: 3},
		{name: "fails every time", results: []error{boom, boom, boom, boom, boom}, wantRuns: JobAttempts},
		{name: "another replica runs it, and it succeeded there", replica: []JobOutcome{JobWait, JobWait, JobDone}, wantRuns: 0},
		{name: "another replica gave up on it", replica: []JobOutcome{JobWait, JobGaveUp}, wantRuns: 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, map[string]channels.Channel{}, envOpt{})
			runs := 0
			job := Job{Name: "engagement", Spec: "@daily", Run: func(context.Context) error {
				runs++
				if runs <= len(tc.results) {
					return tc.results[runs-1]
				}
				return nil
			}}
			opt := Options{DB: e.db, Pauser: e.cal, Jobs: []Job{job}}
			if tc.replica != nil {
				asked := 0
				opt.RunJob = func(ctx context.Context, _ string, _ time.Time, _ int, run func(context.Context) error) (JobOutcome, error) {
					asked++
					if asked <= len(tc.replica) {
						return tc.replica[asked-1], nil
					}
					return JobRan, run(ctx)
				}
			}
			s, err := New(opt)
			if err != nil {
				t.Fatal(err)
			}
			s.jobRetry = 10 * time.Millisecond
			sched, err := cronParser.Parse(job.Spec)
			if err != nil {
				t.Fatal(err)
			}
			at := time.Now().UTC().Truncate(24 * time.Hour).Add(time.Minute)
			s.fire(e.ctx, job, sched, at)
			if runs != tc.wantRuns {
				t.Errorf("%d runs, want %d", runs, tc.wantRuns)
			}
			if tc.replica != nil {
				return
			}
			// A second firing in the same window (another tick of this
			// process) runs nothing more: done or given up.
			before := runs
			s.fire(e.ctx, job, sched, at.Add(time.Second))
			if runs != before {
				t.Errorf("a second firing in the window ran the job %d more times", runs-before)
			}
		})
	}
}
