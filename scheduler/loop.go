package scheduler

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/store"
)

// minSleep keeps the loop from spinning when something stays due after a
// tick (a store error): it tries again no sooner than this.
const minSleep = time.Second

// storeRetry is how soon the loop reads the store again after it could
// not read when to wake (a connection the database server ended, a
// failover).
const storeRetry = 5 * time.Second

// Run reconciles interrupted attempts, starts the periodic jobs and the
// watchdog, and publishes until ctx ends. It returns after in-flight calls
// have finished or been abandoned (see Options.ShutdownGrace).
func (s *Scheduler) Run(ctx context.Context) error {
	// The resend below takes the alerts stored before this moment: those
	// an earlier run left unsent. Taken later, it also took the alerts the
	// reconcile pass raised, which the background sender sends already.
	start := s.now()
	s.beat()
	s.running.Store(true)
	defer s.running.Store(false)
	if err := s.countInterrupted(ctx); err != nil {
		return err
	}
	if err := s.reconcile(ctx); err != nil {
		return err
	}
	s.checkModeration(ctx)
	stopCron, err := s.startJobs(ctx)
	if err != nil {
		return err
	}
	defer stopCron()
	// Returns after the workers: in-flight calls finish or are abandoned.
	defer s.q.workers.Wait()
	// The alerts a killed process stored and never sent go out now, and
	// those whose send fails are tried again every AlertRetryEvery, beside
	// the loop: a dead mail server must not hold up publishing.
	s.q.workers.Add(1)
	go func() {
		defer s.q.workers.Done()
		s.sendUnsentAlerts(ctx, start)
		s.retryFailedAlerts(ctx)
	}()
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go s.watchdog(watchCtx)

	heartbeat := time.NewTicker(s.opt.HeartbeatEvery)
	defer heartbeat.Stop()
	timer := time.NewTimer(0) // tick once at start: catch up on what was missed
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-heartbeat.C:
			s.beat() // alive, nothing to do: no store scan
			continue
		case <-s.wake:
		case <-timer.C:
		}
		s.recheckIfDue(ctx)
		if _, _, err := s.dispatch(ctx, nil); err != nil && ctx.Err() == nil {
			s.log.Error("reading what is due", "error", err)
		}
		timer.Reset(s.sleepFor(ctx))
	}
}

// sleepFor is the time until the next due delivery, or to the next whole
// second while something is still due.
func (s *Scheduler) sleepFor(ctx context.Context) time.Duration {
	var next time.Time
	var ok bool
	if err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		next, ok, err = tx.NextDue()
		return err
	}); err != nil {
		// Nothing read: read again soon (or at a recheck due sooner). No
		// wake-up may come to end a longer sleep: with Postgres, a
		// connection the server ended leaves the listening one up.
		s.log.Warn("reading the next due time", "error", err)
		next, ok = s.now().Add(storeRetry), true
	}
	if re := s.nextLook(); !re.IsZero() && (!ok || re.Before(next)) {
		next, ok = re, true
	}
	if !ok {
		return 24 * time.Hour // Wake or the heartbeat comes first
	}
	d := next.Sub(s.now())
	if d <= 0 {
		// Still due: being handled by a busy channel, or left by a store
		// error. Look again at the next whole second (due keys are whole
		// seconds) for what comes due meanwhile, but do not spin.
		now := s.now()
		return max(now.Truncate(minSleep).Add(minSleep).Sub(now), 10*time.Millisecond)
	}
	return d
}

// recheckIfDue runs the reconcile pass an interrupted or unanswered
// attempt asked for, once its time has come.
func (s *Scheduler) recheckIfDue(ctx context.Context) {
	full, sweep := s.recheckDue(s.now())
	if !full && !sweep {
		return
	}
	if err := s.reconcilePass(ctx, !full); err != nil && ctx.Err() == nil {
		s.log.Error("looking up interrupted attempts", "error", err)
		s.recheckAfter(s.now().Add(minSleep))
	}
	s.checkModeration(ctx)
}

// watchdog raises scheduler_stalled when the loop misses three heartbeats:
// a hung call or a dead loop must not go unnoticed.
func (s *Scheduler) watchdog(ctx context.Context) {
	t := time.NewTicker(s.opt.HeartbeatEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if age := s.sinceBeat(); age > 3*s.opt.HeartbeatEvery {
			s.raise(ctx, alert.Alert{Kind: alert.KindSchedulerStalled,
				Message: fmt.Sprintf("The scheduler has not shown a heartbeat for %s: posts may not be going out. Check the practicepost process and its log.", age.Round(time.Second))})
		}
	}
}
