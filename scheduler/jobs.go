package scheduler

import (
	"context"
	"fmt"
	"log/slog"
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

// JobRunner runs one firing of the job called name, for window (the
// minute cron fired it in, UTC), by calling run, or leaves it to another
// replica: ran is false then.
type JobRunner func(ctx context.Context, name string, window time.Time, run func(context.Context) error) (ran bool, err error)

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
		if _, err := c.AddFunc(j.Spec, func() {
			start := time.Now()
			ran, err := true, error(nil)
			if s.opt.RunJob != nil {
				// Every replica fires in the same minute of its own clock.
				ran, err = s.opt.RunJob(ctx, j.Name, start.UTC().Truncate(time.Minute), j.Run)
			} else {
				err = j.Run(ctx)
			}
			if err != nil {
				s.log.Error("job failed", "job", j.Name, "error", err)
				return
			}
			if !ran {
				s.log.Debug("job left to another replica", "job", j.Name)
				return
			}
			s.log.Info("job done", "job", j.Name, "took", time.Since(start).Round(time.Millisecond))
		}); err != nil {
			return nil, fmt.Errorf("scheduler: job %s: %w", j.Name, err)
		}
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
