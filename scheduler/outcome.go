package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// maxBackoff caps the retry backoff.
const maxBackoff = 15 * time.Minute

// outcome is what one attempt came to, ready to be recorded.
type outcome struct {
	state       post.DeliveryState // published, failed, unknown, held, or pending to retry
	receipt     post.Receipt
	nextAttempt time.Time
	reason      string // plain words, no post text, no secrets
	alertKind   string // empty: no alert
	pause       bool   // the channel's credentials are gone: pause it
	// note replaces the audit detail (e.g. "reconciled: not on x, retrying").
	note string
	// retryReconciled: the platform's list shows the attempt never arrived;
	// pending again unless the attempts are used up.
	retryReconciled bool
	// recheckAt, for a publishing outcome: look the attempt up again then.
	recheckAt time.Time
}

// decide turns a platform answer into an outcome. Retries wait for the
// backoff or the platform's RetryAfter, whichever is longer, and never go
// past the grace window or MaxAttempts. OutcomeUnknown and Duplicate are
// reconciled against the account's recent posts before anything else.
func (s *Scheduler) decide(ctx context.Context, c *claim, ch channels.Channel, text string, rec post.Receipt, err error) outcome {
	if err == nil {
		return publishedOutcome(rec)
	}
	class := channels.ClassOf(err)
	reason := reasonOf(err)
	d := c.post.Deliveries[c.channel]
	switch class {
	case channels.Retryable, channels.RateLimited:
		// A server error on a create may come after the post was made (a
		// proxy's 502/504, a platform timing out its own answer): look at
		// the account before sending it again, as for a lost answer.
		if class == channels.Retryable && statusOf(err) >= 500 {
			if found, ok, ferr := s.find(ctx, c.channel, ch, text, d.AttemptStarted, ""); ferr == nil && ok {
				return publishedOutcome(found)
			}
		}
		now := s.now()
		// Due keys are whole seconds: round up so the retry is due when
		// its key is, before the grace check, so a retry allowed is never
		// due past the window (the gate would hold it as too late).
		next := ceilSecond(now.Add(max(s.backoff(d.Attempts), channels.RetryAfterOf(err))))
		deadline := c.due.Add(s.graceOf(c.post.Schedule.Grace))
		switch {
		case d.Attempts >= s.opt.MaxAttempts:
			return outcome{state: post.DeliveryFailed, alertKind: alert.KindPublishFailed,
				reason: fmt.Sprintf("gave up after %d attempts: %s", d.Attempts, reason)}
		case next.After(deadline):
			return outcome{state: post.DeliveryFailed, alertKind: alert.KindPublishFailed,
				reason: fmt.Sprintf("the next try (%s) would be past the grace window, so it was not sent late: %s", next.Sub(now).Round(time.Second), reason)}
		}
		return outcome{state: post.DeliveryPending, nextAttempt: next, reason: reason}
	case channels.Permanent:
		return outcome{state: post.DeliveryFailed, alertKind: alert.KindPublishFailed, reason: reason}
	case channels.AuthExpired:
		return outcome{state: post.DeliveryHeld, alertKind: alert.KindAuthExpired, pause: true,
			reason: "the channel's login expired or was revoked; reconnect it, then release the post: " + reason}
	}
	// OutcomeUnknown, Duplicate, or an error no adapter classified: the
	// post may be up. Look before anything else; never re-post blindly.
	var existing string
	if class == channels.Duplicate {
		if ce := asChannelError(err); ce != nil {
			existing = ce.ExistingID
		}
	}
	found, ok, ferr := s.find(ctx, c.channel, ch, text, d.AttemptStarted, existing)
	switch {
	case ok:
		return publishedOutcome(found)
	case ferr != nil:
		return outcome{state: post.DeliveryUnknown, alertKind: alert.KindOutcomeUnknown,
			reason: fmt.Sprintf("the platform's answer was lost (%s) and the platform could not be asked (%s): check the account by hand and mark it published or failed", reason, reasonOf(ferr))}
	case class == channels.Duplicate:
		// The platform says it has it and does not list it: a person
		// looks; re-posting could only make a second copy.
		return outcome{state: post.DeliveryUnknown, alertKind: alert.KindOutcomeUnknown,
			reason: fmt.Sprintf("the platform refused it as a duplicate (%s) but does not list it: check the account by hand and mark it published or failed", reason)}
	}
	// The answer was lost and the post is not listed yet. The platform may
	// still be taking it in: the delivery stays publishing and is looked up
	// again once its listing has had time to show it (reconcile).
	return outcome{state: post.DeliveryPublishing, recheckAt: d.AttemptStarted.Add(s.opt.ReconcileSettle),
		reason: fmt.Sprintf("the platform's answer was lost (%s) and the post is not listed yet; practicepost looks again", reason)}
}

// statusOf is the HTTP status an adapter recorded on err, or 0.
func statusOf(err error) int {
	if ce := asChannelError(err); ce != nil {
		return ce.Status
	}
	return 0
}

// ceilSecond rounds t up to a whole second (a whole second stays).
func ceilSecond(t time.Time) time.Time {
	if r := t.Truncate(time.Second); !r.Equal(t) {
		return r.Add(time.Second)
	}
	return t
}

// backoff is exponential from RetryBase with ±20% jitter, so channels that
// failed together do not retry together.
func (s *Scheduler) backoff(attempts int) time.Duration {
	d := s.opt.RetryBase << max(attempts-1, 0)
	if d > maxBackoff || d <= 0 {
		d = maxBackoff
	}
	jitter := time.Duration(rand.Int64N(int64(d)/5*2+1)) - d/5
	return d + jitter
}

// record stores the outcome of claim c in a second transaction: the
// receipt, the retry time or the failure, and the post's status.
func (s *Scheduler) record(ctx context.Context, c *claim, oc outcome, log *slog.Logger) error {
	ctx = context.WithoutCancel(ctx) // a receipt must be kept even at shutdown
	var (
		stale   bool
		refused post.Status
		final   outcome
		raised  *alert.Alert // stored with the outcome, to send once committed
	)
	// Batch: shared, synced commit; fn may run more than once, so it starts
	// over each time and decides only from what it reads.
	err := s.db.Batch(ctx, func(tx store.Tx) error {
		stale, refused, final, raised = false, "", oc, nil
		p, err := tx.Post(c.post.ID)
		if err != nil {
			return err
		}
		d := p.Deliveries[c.channel]
		// A delivery with the network for review is still open: its
		// moderation outcome is recorded like an attempt's.
		if d == nil || d.AttemptID != c.attemptID || (d.State != post.DeliveryPublishing && d.State != post.DeliveryModeration) {
			stale = true
			return nil
		}
		if c.due.IsZero() {
			c.due = d.DueAt
		}
		if final.retryReconciled && s.opt.SharedStore {
			// Decided past interruptedAfter: whichever process made the
			// attempt stopped before recording it (countInterrupted's
			// count on a store of one process).
			countCrash(d)
		}
		if final.retryReconciled && d.Crashes >= crashLimit {
			// Not on the platform, and trying it took practicepost down
			// (or hung it) every time: trying again would do it again.
			final = outcome{state: post.DeliveryHeld, alertKind: alert.KindHeld,
				reason: fmt.Sprintf("practicepost stopped, crashed or hung %d times while publishing this post on %s, which never got it, so it is not tried again on its own: check the post (its images first), then release it or cancel it", d.Crashes, c.channel)}
		} else if final.retryReconciled && d.Attempts >= s.opt.MaxAttempts {
			// Not on the platform, but out of attempts: a person decides.
			final = outcome{state: post.DeliveryFailed, alertKind: alert.KindPublishFailed,
				reason: fmt.Sprintf("gave up after %d attempts: the last one never reached %s", d.Attempts, c.channel)}
		}
		applyOutcome(d, final, tx.Now())
		refused = settle(p)
		detail := c.channel + " attempt " + c.attemptID
		if final.note != "" {
			detail = final.note + " (attempt " + c.attemptID + ")"
		}
		if err := tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery." + string(final.state), Detail: detail}); err != nil {
			return err
		}
		// The pause too: its alert says the channel is paused.
		if final.pause {
			if err := s.opt.Pauser.PauseExpiredLoginIn(tx, c.channel, final.reason); err != nil {
				return fmt.Errorf("pause the channel: %w", err)
			}
		}
		// The alert goes in the same transaction: raised after it, a
		// process killed in between kept a failed, held or unknown
		// delivery no one was told about.
		a, ok := alertOf(c, final)
		if !ok {
			return nil
		}
		raised, err = s.raiseIn(tx, a)
		return err
	})
	if err != nil {
		// The delivery stays publishing: a reconcile pass looks it up on
		// the network once the settle window has passed (a published
		// post is found there), not only at the next start.
		s.recheckAfter(s.now().Add(s.opt.ReconcileSettle))
		return fmt.Errorf("scheduler: record %s on %s: %w", c.post.ID, c.channel, err)
	}
	if stale {
		log.Error("attempt record changed under the call; outcome not recorded", "state", final.state)
		return nil
	}
	if refused != "" {
		log.Warn("post status left as is", "wanted", refused)
	}
	s.report(ctx, c, final, log)
	if a, ok := alertOf(c, final); ok {
		s.notify(ctx, a, raised)
	}
	return nil
}

func applyOutcome(d *post.Delivery, oc outcome, now time.Time) {
	d.State = oc.state
	d.LastError = oc.reason
	switch oc.state {
	case post.DeliveryPublished:
		d.LastError = ""
		d.RemoteID, d.URL, d.PublishedAt = oc.receipt.RemoteID, oc.receipt.URL, oc.receipt.PublishedAt
		if d.PublishedAt.IsZero() {
			d.PublishedAt = now
		}
	case post.DeliveryModeration:
		d.RemoteID, d.URL, d.PublishedAt = oc.receipt.RemoteID, oc.receipt.URL, oc.receipt.PublishedAt
	case post.DeliveryPending:
		d.NextAttempt = oc.nextAttempt
	}
}

// report logs, counts and alerts a recorded outcome.
func (s *Scheduler) report(ctx context.Context, c *claim, oc outcome, log *slog.Logger) {
	switch oc.state {
	case post.DeliveryPublished:
		s.m.published.WithLabelValues(c.channel).Inc()
		s.m.lateness.Observe(max(s.now().Sub(c.due), 0).Seconds())
		log.Info("published", "remote_id", oc.receipt.RemoteID)
	case post.DeliveryModeration:
		log.Info("accepted; the network is reviewing it", "remote_id", oc.receipt.RemoteID)
		s.recheckAfter(s.now().Add(s.opt.ModerationEvery))
	case post.DeliveryPending:
		log.Info("will retry", "next_attempt", oc.nextAttempt, "reason", oc.reason)
	case post.DeliveryPublishing:
		log.Warn("outcome not known yet; looking again later", "recheck_at", oc.recheckAt, "reason", oc.reason)
		s.holdChannelUntil(c.channel, oc.recheckAt)
		s.recheckAfter(oc.recheckAt)
	case post.DeliveryFailed:
		s.m.failed.WithLabelValues(c.channel).Inc()
		log.Error("publish failed for good", "reason", oc.reason)
	case post.DeliveryUnknown:
		s.m.unknown.WithLabelValues(c.channel).Inc()
		log.Error("publish outcome unknown", "reason", oc.reason)
	case post.DeliveryHeld:
		s.m.held.WithLabelValues(c.channel).Inc()
		log.Warn("delivery held", "reason", oc.reason)
	}
	if oc.pause {
		log.Warn("channel paused: its login expired")
	}
}

// alertOf is the alert a recorded outcome raises, if any.
func alertOf(c *claim, oc outcome) (alert.Alert, bool) {
	if oc.alertKind == "" {
		return alert.Alert{}, false
	}
	if oc.alertKind == alert.KindAuthExpired {
		// One open alert per channel, not per post.
		return alert.Alert{Kind: oc.alertKind, Channel: c.channel,
			Message: fmt.Sprintf("Channel %s is paused: %s. Post %s was held.", c.channel, oc.reason, c.post.ID)}, true
	}
	return alert.Alert{Kind: oc.alertKind, PostID: c.post.ID, Channel: c.channel,
		Message: fmt.Sprintf("Post %s on %s: %s.", c.post.ID, c.channel, oc.reason)}, true
}

// reasonOf is an error in plain words for the delivery record: an adapter's
// reason (which never holds a token or the post text), or a generic phrase
// for anything else, whose text might.
func reasonOf(err error) string {
	if ce := asChannelError(err); ce != nil {
		if ce.Status != 0 {
			return fmt.Sprintf("%s (HTTP %d)", ce.Reason, ce.Status)
		}
		return ce.Reason
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "no answer from the platform in time"
	}
	return "the request failed without an answer from the platform"
}

func asChannelError(err error) *channels.Error {
	var ce *channels.Error
	if errors.As(err, &ce) {
		return ce
	}
	return nil
}
