package scheduler

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// Job is a periodic task run by cron in the practice timezone: the nightly
// backup, the token check, engagement collection.
type Job struct {
	Name string
	Spec string // standard 5-field cron expression or @every/@daily
	Run  func(ctx context.Context) error
}

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

func (j Job) validate() error {
	if j.Name == "" || j.Run == nil {
		return fmt.Errorf("job %q: needs a name and a function", j.Name)
	}
	if _, err := cronParser.Parse(j.Spec); err != nil {
		return fmt.Errorf("job %s: schedule %q is not a cron expression: %w", j.Name, j.Spec, err)
	}
	return nil
}

// JobOutcome is what a JobRunner did with one attempt at a job's window.
type JobOutcome int

const (
	// JobRan: run was called here; the error beside it says how it went.
	JobRan JobOutcome = iota
	// JobDone: the window's run already succeeded, here or on another
	// replica. It is never run again in that window.
	JobDone
	// JobWait: not run here now (another replica is running it, or the
	// database could not be asked); asking again later may run it.
	JobWait
	// JobGaveUp: the window's run failed JobAttempts times, across every
	// replica; the next window tries again.
	JobGaveUp
)

// JobAttempts is how many times one window's run of a job may fail,
// counted across every replica, before it is left to the next window: a
// failure from a passing cause (the network, the database restarting) is
// retried soon, and one that fails every time does not run all window.
const JobAttempts = 3

// JobRunner makes one attempt at the window of the job called name (see
// jobWindow): it calls run unless the window's run succeeded already, is
// running elsewhere, or failed attempts times. Several replicas sharing
// one database each fire every job, and the runner lets one of them run
// it at a time (store/postgres's DB.RunJob); without one, the scheduler
// keeps the count in memory.
type JobRunner func(ctx context.Context, name string, window time.Time, attempts int, run func(context.Context) error) (JobOutcome, error)

// startJobs starts cron with every job. cron only triggers: what a job does
// is read from the store, so a run missed while the daemon was down is made
// up by the next one. The returned function stops cron and waits for
// running jobs.
func (s *Scheduler) startJobs(ctx context.Context) (func(), error) {
	logger := cronLogger{s.log}
	c := cron.New(cron.WithParser(cronParser), cron.WithLocation(s.opt.Location), cron.WithLogger(logger),
		// cron does not recover panics by itself.
		cron.WithChain(cron.Recover(logger), cron.SkipIfStillRunning(logger)))
	for _, j := range s.opt.Jobs {
		sched, err := cronParser.Parse(j.Spec)
		if err != nil {
			return nil, fmt.Errorf("scheduler: job %s: %w", j.Name, err)
		}
		c.Schedule(sched, cron.FuncJob(func() { s.fire(ctx, j, sched, time.Now()) }))
	}
	c.Start()
	return func() {
		select {
		case <-c.Stop().Done():
		case <-time.After(s.opt.ShutdownGrace):
			s.log.Warn("periodic jobs still running at shutdown")
		}
	}, nil
}

// fire handles one firing of j at the time at: it tries the firing's
// window until the window's run succeeded (here or elsewhere), failed
// JobAttempts times, or too little of the window is left to wait for
// another try.
func (s *Scheduler) fire(ctx context.Context, j Job, sched cron.Schedule, at time.Time) {
	window, end := jobWindow(sched, at, s.opt.Location)
	wait := s.jobRetryDelay(window, end)
	for {
		start := time.Now()
		outcome, err := s.runJob(ctx, j.Name, window, JobAttempts, func(ctx context.Context) error {
			// Said before the run, so a replica's log shows the windows
			// it ran even when it died running one.
			s.log.Info("job started", "job", j.Name, "window", window)
			return j.Run(ctx)
		})
		switch {
		case outcome == JobRan && err == nil:
			s.log.Info("job done", "job", j.Name, "window", window, "took", time.Since(start).Round(time.Millisecond))
			return
		case outcome == JobDone:
			s.log.Debug("job already done in this window", "job", j.Name)
			return
		case outcome == JobGaveUp:
			s.log.Warn("job failed every attempt in this window; the next window tries again", "job", j.Name, "attempts", JobAttempts)
			return
		case outcome == JobRan:
			s.log.Error("job failed", "job", j.Name, "window", window, "error", err)
		case err != nil:
			s.log.Warn("job: could not ask whether to run it", "job", j.Name, "error", err)
		default:
			s.log.Debug("job running on another replica", "job", j.Name)
		}
		if ctx.Err() != nil || !time.Now().Add(wait).Before(end) {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// runJob is Options.RunJob, or the in-memory count of one process.
func (s *Scheduler) runJob(ctx context.Context, name string, window time.Time, attempts int, run func(context.Context) error) (JobOutcome, error) {
	if s.opt.RunJob != nil {
		return s.opt.RunJob(ctx, name, window, attempts, run)
	}
	return s.jobs.run(ctx, name, window, attempts, run)
}

// jobWindow is the window a firing at t belongs to, as a time every
// replica computes alike, and when the next window starts. For a cron
// expression it is the minute the firing fell in (every replica fires in
// the same minute of its own clock) until the schedule's next time; for
// "@every d", which cron counts from each process's start, it is t cut
// down to a multiple of d, so replicas started at different times still
// share one window per period.
func jobWindow(sched cron.Schedule, t time.Time, loc *time.Location) (window, end time.Time) {
	if every, ok := sched.(cron.ConstantDelaySchedule); ok {
		window = t.UTC().Truncate(every.Delay)
		return window, window.Add(every.Delay)
	}
	window = t.UTC().Truncate(time.Minute)
	return window, sched.Next(window.In(loc)).UTC()
}

// jobRetryDelay is how long to wait before trying a window's run again:
// a quarter of the window, at least a second and at most five minutes.
func (s *Scheduler) jobRetryDelay(window, end time.Time) time.Duration {
	if s.jobRetry > 0 {
		return s.jobRetry
	}
	return min(max(end.Sub(window)/4, time.Second), 5*time.Minute)
}

// localJobs counts a process's attempts at each job's current window when
// no JobRunner shares the count between replicas.
type localJobs struct {
	mu   sync.Mutex
	runs map[string]localRun // by job name
}

type localRun struct {
	window   time.Time
	attempts int
	running  bool
	done     bool
}

func (l *localJobs) run(ctx context.Context, name string, window time.Time, attempts int, run func(context.Context) error) (JobOutcome, error) {
	l.mu.Lock()
	if l.runs == nil {
		l.runs = map[string]localRun{}
	}
	r := l.runs[name]
	if !r.window.Equal(window) {
		r = localRun{window: window}
	}
	var outcome JobOutcome
	switch {
	case r.done:
		outcome = JobDone
	case r.running:
		outcome = JobWait
	case r.attempts >= attempts:
		outcome = JobGaveUp
	default:
		r.attempts++
		r.running = true
	}
	l.runs[name] = r
	l.mu.Unlock()
	if !r.running {
		return outcome, nil
	}
	err := run(ctx)
	l.mu.Lock()
	defer l.mu.Unlock()
	if cur := l.runs[name]; cur.window.Equal(window) {
		cur.running, cur.done = false, err == nil
		l.runs[name] = cur
	}
	return JobRan, err
}

// cronLogger sends cron's own lines to slog.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }

func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append(kv, "error", err)...)
}

// SessionPruner deletes expired sessions. *store.DB implements it.
type SessionPruner interface {
	PruneSessions(ctx context.Context) (int, error)
}

// SessionPruneJob deletes expired web sessions every hour: nothing else
// removes them, and each sign-in adds one.
func SessionPruneJob(db SessionPruner, log *slog.Logger) Job {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return Job{Name: "prune-sessions", Spec: "@every 1h", Run: func(ctx context.Context) error {
		n, err := db.PruneSessions(ctx)
		if err != nil {
			return fmt.Errorf("scheduler: prune sessions: %w", err)
		}
		if n > 0 {
			log.Info("expired sessions pruned", "count", n)
		}
		return nil
	}}
}
