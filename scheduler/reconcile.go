package scheduler

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// pendingAttempt is a delivery left publishing with no call under way: by
// a crash, or by a call whose answer was lost.
type pendingAttempt struct {
	postID    post.ID
	channel   string
	attemptID string
	started   time.Time
	text      string
}

// midPublishStatuses are the post statuses that can hold a delivery left
// publishing: a person may have held or settled the post meanwhile.
var midPublishStatuses = []post.Status{post.StatusPublishing, post.StatusHeld, post.StatusFailed, post.StatusUnknown}

// reconcile settles every delivery left publishing with no call under way,
// by looking at the account (PLATFORMS.md section 6), never by re-posting
// blindly:
//
//   - listed on the account: published, with its id;
//   - the platform cannot be asked, or cannot list its posts: unknown, with
//     an alert, for a person to check;
//   - not listed, though the list is whole and the attempt began at least
//     ReconcileSettle ago: the platform never got it, so the delivery is
//     pending again and goes out as a new attempt (a Duplicate answer to
//     that is looked up in turn);
//   - not listed yet, the attempt being younger: left as it is and looked
//     up again when it is old enough.
//
// It schedules that next look (see recheckAfter).
func (s *Scheduler) reconcile(ctx context.Context) error {
	return s.reconcilePass(ctx, false)
}

// reconcilePass is reconcile; orphansOnly makes it the periodic sweep of a
// shared store (sweepOrphans): it decides only the attempts already past
// interruptedAfter, whichever replica made them, and neither holds a
// channel nor plans a look for the younger ones, which are most likely
// calls under way on live replicas (the next sweep sees them if not).
func (s *Scheduler) reconcilePass(ctx context.Context, orphansOnly bool) error {
	if s.opt.SharedStore {
		s.planSweep(s.now().Add(s.sweepEvery()))
	}
	var todo []pendingAttempt
	err := s.db.View(ctx, func(tx store.Tx) error {
		// A person may have held or settled the post while a channel was
		// publishing: look at every status that can hold such a delivery.
		for _, st := range midPublishStatuses {
			posts, err := tx.PostsByStatus(st)
			if err != nil {
				return err
			}
			for _, p := range posts {
				for _, c := range p.Channels {
					if d := p.Deliveries[c]; d != nil && d.State == post.DeliveryPublishing {
						todo = append(todo, pendingAttempt{p.ID, c, d.AttemptID, d.AttemptStarted, p.TextFor(c)})
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("scheduler: reconcile: %w", err)
	}
	byChannel := map[string][]pendingAttempt{}
	now := s.now()
	s.q.mu.Lock()
	for _, a := range todo {
		if orphansOnly && now.Sub(a.started) < s.interruptedAfter() {
			continue
		}
		// A call still under way is its worker's to record; a hung call
		// left running may still arrive, so it is not decided yet either.
		if s.calls.running(a.attemptID) {
			if !orphansOnly {
				s.recheckAfter(s.now().Add(minSleep))
			}
			continue
		}
		if !s.q.inflight[a.postID+"/"+a.channel] {
			byChannel[a.channel] = append(byChannel[a.channel], a)
		}
	}
	s.q.mu.Unlock()
	decided := 0
	for channel, attempts := range byChannel {
		decided += len(attempts)
		next := s.reconcileChannel(ctx, channel, attempts)
		if orphansOnly {
			// Every attempt was old enough: next is zero, and a hold
			// a full pass set for this channel is that pass's to lift.
			continue
		}
		s.setSettling(channel, next)
		if !next.IsZero() {
			s.recheckAfter(next)
		}
	}
	switch {
	case orphansOnly && decided > 0:
		s.log.Warn("looked up attempts left publishing by a replica that did not come back", "count", decided)
	case !orphansOnly && len(todo) > 0:
		s.log.Info("looked up interrupted attempts", "count", len(todo))
	}
	return ctx.Err()
}

// sweepEvery is how often a replica on a shared store looks for attempts
// left publishing by a replica that stopped and never came back: nothing
// else looks at them while every other replica keeps running (a replica
// looks up its own lost answers, and others' attempts only at its start
// or when a look of its own is due). Such an attempt is decided at most
// interruptedAfter + sweepEvery after it began.
func (s *Scheduler) sweepEvery() time.Duration {
	return s.opt.ReconcileSettle
}

// planSweep sets when the next sweep for abandoned attempts is due.
func (s *Scheduler) planSweep(t time.Time) {
	s.recheckMu.Lock()
	s.sweep = t
	s.recheckMu.Unlock()
}

// interruptedAfter is how long after an attempt began, with no call of it
// under way here, it is taken for interrupted and decided: the settle
// window; on a shared store, where the call may be under way on another
// replica, the call's timeout first.
func (s *Scheduler) interruptedAfter() time.Duration {
	if s.opt.SharedStore {
		return s.opt.CallTimeout + s.opt.ReconcileSettle
	}
	return s.opt.ReconcileSettle
}

// reconcileChannel asks the account once for everything since the oldest
// attempt and decides each attempt from that list. It returns when to look
// again at the attempts too young to decide, or zero.
func (s *Scheduler) reconcileChannel(ctx context.Context, channel string, attempts []pendingAttempt) (next time.Time) {
	since := attempts[0].started
	for _, a := range attempts {
		if a.started.Before(since) {
			since = a.started
		}
	}
	var recent []post.Receipt
	var why string // set when the platform cannot tell
	ch, ok := s.opt.Channels[channel]
	_, manual := ch.(channels.Manual)
	switch {
	case !ok:
		why = "the channel is no longer configured"
	case manual:
		why = "the network cannot list its posts"
	default:
		var err error
		if recent, err = s.recentSince(ctx, channel, ch, since.Add(-lookBack)); err != nil {
			why = "the platform could not be asked (" + reasonOf(err) + ")"
		}
	}
	now := s.now()
	used := map[string]bool{}
	for _, a := range attempts {
		log := s.log.With("post_id", a.postID, "channel", channel, "attempt_id", a.attemptID)
		c := &claim{post: &post.Post{ID: a.postID}, channel: channel, attemptID: a.attemptID, started: a.started}
		var oc outcome
		r, found := match(recent, a.text, "", used)
		switch {
		case why == "" && found:
			used[r.RemoteID] = true
			oc = publishedOutcome(r)
		case why != "":
			oc = unknownOutcome(why)
		case now.Sub(a.started) < s.interruptedAfter():
			at := a.started.Add(s.interruptedAfter())
			log.Info("interrupted attempt not listed yet; looking again later", "recheck_at", at)
			if next.IsZero() || at.Before(next) {
				next = at
			}
			continue
		case !covers(recent, a.started):
			oc = unknownOutcome(fmt.Sprintf("the account's list of recent posts is too long to show whether it arrived (%d listed, the oldest %s; the attempt began %s)",
				len(recent), oldestOf(recent).Format(time.RFC3339), a.started.Format(time.RFC3339)))
		default:
			note := "reconciled: not on " + channel + ", retrying"
			oc = outcome{state: post.DeliveryPending, reason: note, note: note, retryReconciled: true}
		}
		if err := s.record(ctx, c, oc, log); err != nil {
			log.Error("reconcile not recorded", "error", err)
		}
	}
	return next
}

// unknownOutcome is an interrupted attempt nobody can settle without a
// person: why says what the platform could not tell.
func unknownOutcome(why string) outcome {
	return outcome{state: post.DeliveryUnknown, alertKind: alert.KindOutcomeUnknown,
		reason: "the platform call was interrupted and " + why + ": check the account by hand and mark it published or failed"}
}

// recheckAfter asks for a reconcile pass at t (or earlier, if one is
// already due sooner), and wakes the loop so its timer counts it.
func (s *Scheduler) recheckAfter(t time.Time) {
	s.recheckMu.Lock()
	sooner := s.recheck.IsZero() || t.Before(s.recheck)
	if sooner {
		s.recheck = t
	}
	s.recheckMu.Unlock()
	if sooner {
		s.Wake()
	}
}

// recheckDue reports whether a full reconcile pass is due at now, or only
// the sweep for abandoned attempts (shared store), and clears what is due:
// the pass schedules the next one itself.
func (s *Scheduler) recheckDue(now time.Time) (full, sweep bool) {
	s.recheckMu.Lock()
	defer s.recheckMu.Unlock()
	if !s.recheck.IsZero() && !now.Before(s.recheck) {
		full = true
		s.recheck = time.Time{}
	}
	if !s.sweep.IsZero() && !now.Before(s.sweep) {
		sweep = true
		s.sweep = time.Time{}
	}
	return full, sweep
}

// nextRecheck is when the next reconcile pass is due, or zero.
func (s *Scheduler) nextRecheck() time.Time {
	s.recheckMu.Lock()
	defer s.recheckMu.Unlock()
	return s.recheck
}

// nextLook is when the next reconcile pass or sweep is due, or zero: the
// loop wakes for either.
func (s *Scheduler) nextLook() time.Time {
	s.recheckMu.Lock()
	defer s.recheckMu.Unlock()
	if s.sweep.IsZero() || (!s.recheck.IsZero() && s.recheck.Before(s.sweep)) {
		return s.recheck
	}
	return s.sweep
}

// setSettling holds new publishing on channel until until (zero lifts it).
func (s *Scheduler) setSettling(channel string, until time.Time) {
	s.recheckMu.Lock()
	defer s.recheckMu.Unlock()
	if until.IsZero() {
		delete(s.settling, channel)
		return
	}
	if s.settling == nil {
		s.settling = map[string]time.Time{}
	}
	s.settling[channel] = until
}

// settlingChannels lists the channels that must not publish at now.
func (s *Scheduler) settlingChannels(now time.Time) map[string]bool {
	s.recheckMu.Lock()
	defer s.recheckMu.Unlock()
	out := map[string]bool{}
	for ch, until := range s.settling {
		if now.Before(until) {
			out[ch] = true
		}
	}
	return out
}

// holdChannelUntil keeps channel from publishing until t, or later if it is
// already held longer.
func (s *Scheduler) holdChannelUntil(channel string, t time.Time) {
	s.recheckMu.Lock()
	defer s.recheckMu.Unlock()
	if s.settling == nil {
		s.settling = map[string]time.Time{}
	}
	if t.After(s.settling[channel]) {
		s.settling[channel] = t
	}
}

// oldestOf is the earliest publishing time in recent (zero when empty).
func oldestOf(recent []post.Receipt) time.Time {
	var t time.Time
	for _, r := range recent {
		if !r.PublishedAt.IsZero() && (t.IsZero() || r.PublishedAt.Before(t)) {
			t = r.PublishedAt
		}
	}
	return t
}

// recentSince lists the account's posts since t, within the call timeout
// and even while the daemon shuts down (a decision half-read is worse).
func (s *Scheduler) recentSince(ctx context.Context, channel string, ch channels.Channel, t time.Time) ([]post.Receipt, error) {
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opt.CallTimeout)
	defer cancel()
	return bounded(s, cctx, channel, "", func(ctx context.Context) ([]post.Receipt, error) { return ch.Recent(ctx, t) })
}
