package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// crashLimit is how many attempts of one delivery may end with practicepost
// dying, panicking or hanging before the delivery is held for a person. A
// post whose images exhausted memory killed the daemon at its slot, and
// again after every restart, for good.
const crashLimit = 3

// crashError is a platform call that ended without an answer because
// practicepost's own code panicked or the call ignored its timeout.
type crashError struct{ why string }

func (e *crashError) Error() string { return "scheduler: " + e.why }

// calls tracks the platform calls under way, by the real clock, so Health
// can name one that outlived its timeout and reconcile can leave alone an
// attempt whose call may still arrive.
type calls struct {
	mu   sync.Mutex
	next int
	live map[int]liveCall
}

type liveCall struct {
	channel, attemptID string
	started            time.Time
}

func (cs *calls) start(channel, attemptID string) int {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.live == nil {
		cs.live = map[int]liveCall{}
	}
	cs.next++
	cs.live[cs.next] = liveCall{channel: channel, attemptID: attemptID, started: time.Now()}
	return cs.next
}

func (cs *calls) end(id int) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	delete(cs.live, id)
}

// running reports whether a call of attemptID has not returned yet.
func (cs *calls) running(attemptID string) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, c := range cs.live {
		if c.attemptID == attemptID {
			return true
		}
	}
	return false
}

// overdue returns the oldest call running longer than timeout, if any.
func (cs *calls) overdue(timeout time.Duration) (liveCall, bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	var oldest liveCall
	found := false
	for _, c := range cs.live {
		if time.Since(c.started) > timeout && (!found || c.started.Before(oldest.started)) {
			oldest, found = c, true
		}
	}
	return oldest, found
}

// hangSlack is how long past its timeout a call is waited for before the
// worker gives up on it: an adapter that honours its context returns well
// within it.
func hangSlack(timeout time.Duration) time.Duration { return min(timeout, 5*time.Second) }

// bounded runs one platform call of channel (for attemptID, or "") in its
// own goroutine, so that neither a panic in it nor a call that ignores
// ctx's deadline takes the daemon down or hangs the channel's worker: both
// come back as a *crashError. A hung call keeps running in the background,
// tracked, until it returns.
func bounded[T any](s *Scheduler, ctx context.Context, channel, attemptID string, fn func(context.Context) (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	id := s.calls.start(channel, attemptID)
	go func() {
		defer s.calls.end(id) // a runtime.Goexit in fn sends no answer; end is idempotent
		var r result
		func() {
			defer func() {
				if p := recover(); p != nil {
					s.log.Error("platform call panicked", "channel", channel, "attempt_id", attemptID,
						"panic", fmt.Sprintf("%.200v", p), "stack", string(debug.Stack()))
					r = result{err: &crashError{why: "practicepost's code for " + channel + " panicked during the call"}}
				}
			}()
			v, err := fn(ctx)
			r = result{v: v, err: err}
		}()
		// Off the list before the answer is handed over: whoever acts on
		// the answer (the worker records it, its Tick returns, a reconcile
		// pass follows) must not find the call still under way, or
		// reconcile puts off an attempt it can decide.
		s.calls.end(id)
		done <- r
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
	}
	t := time.NewTimer(hangSlack(s.opt.CallTimeout))
	defer t.Stop()
	select {
	case r := <-done:
		return r.v, r.err
	case <-t.C:
		var zero T
		s.log.Error("platform call ignores its timeout; left running", "channel", channel, "attempt_id", attemptID, "timeout", s.opt.CallTimeout)
		return zero, &crashError{why: fmt.Sprintf("the call to %s did not return within its %s timeout", channel, s.opt.CallTimeout)}
	}
}

// countCrash counts d's current attempt as crashed, once, and reports
// whether it was new.
func countCrash(d *post.Delivery) bool {
	if d.AttemptID == "" || d.CrashedAttempt == d.AttemptID {
		return false
	}
	d.Crashes++
	d.CrashedAttempt = d.AttemptID
	return true
}

// crashed records that attempt c ended in a panic or a hang. The delivery
// stays publishing: whether the platform got it is unknown, so it is
// looked up like an interrupted attempt once it has settled, and retried
// only while it has crashed fewer than crashLimit times (see record).
func (s *Scheduler) crashed(ctx context.Context, c *claim, why string, log *slog.Logger) {
	ctx = context.WithoutCancel(ctx)
	err := s.db.Batch(ctx, func(tx store.Tx) error {
		p, err := tx.Post(c.post.ID)
		if err != nil {
			return err
		}
		d := p.Deliveries[c.channel]
		if d == nil || d.AttemptID != c.attemptID || d.State != post.DeliveryPublishing {
			return nil
		}
		countCrash(d)
		d.LastError = why + "; practicepost looks at the account before anything else"
		return tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.crashed", Detail: c.channel + " attempt " + c.attemptID + ": " + why})
	})
	if err != nil {
		log.Error("crash not recorded; the attempt is looked up at the next start", "error", err)
	}
	at := c.started.Add(s.opt.ReconcileSettle)
	s.holdChannelUntil(c.channel, at)
	s.recheckAfter(at)
}

// countInterrupted runs once at start, before the first reconcile pass:
// every delivery still publishing was under way when the last process
// ended (killed, out of memory, or stopped past ShutdownGrace), and counts
// as a crash of its attempt.
func (s *Scheduler) countInterrupted(ctx context.Context) error {
	if s.opt.SharedStore {
		// Another replica may be making the attempt now: it is counted
		// when a reconcile pass finds it interrupted (record).
		return nil
	}
	err := s.db.Update(ctx, func(tx store.Tx) error {
		for _, st := range midPublishStatuses {
			posts, err := tx.PostsByStatus(st)
			if err != nil {
				return err
			}
			for _, p := range posts {
				var counted []string
				for _, c := range p.Channels {
					if d := p.Deliveries[c]; d != nil && d.State == post.DeliveryPublishing && countCrash(d) {
						counted = append(counted, fmt.Sprintf("%s attempt %s (%d of %d)", c, d.AttemptID, d.Crashes, crashLimit))
					}
				}
				if len(counted) == 0 {
					continue
				}
				if err := tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.interrupted",
					Detail: fmt.Sprintf("practicepost stopped during %v", counted)}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("scheduler: count interrupted attempts: %w", err)
	}
	return nil
}

// asCrash returns err's *crashError, or nil.
func asCrash(err error) *crashError {
	var ce *crashError
	if errors.As(err, &ce) {
		return ce
	}
	return nil
}
