package scheduler

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// claim is one delivery recorded as publishing, ready for the platform call.
type claim struct {
	post      *post.Post // as stored by the claiming transaction
	channel   string
	attemptID string
	started   time.Time
	due       time.Time
}

// claimResult is what the claiming transaction decided.
type claimResult struct {
	verdict Verdict
	claim   *claim
	// alert is what the claim raised in the claiming transaction, with the
	// state it is about: the held alert, or a manual channel's task.
	// stored is it as stored (nil: no Notifier, or one like it is still
	// open), sent once the claim committed.
	alert, stored *alert.Alert
}

// held says whether the gate held the delivery (or its post).
func (r claimResult) held() bool {
	return r.verdict.Action == HoldPost || r.verdict.Action == HoldDelivery
}

// claimDelivery re-reads the post, runs the gate and, when it says publish,
// records the attempt (publishing, attempt id, start time, text hash) and
// commits it, synced, before anything is sent. Manual channels become a task
// for staff instead. A hold and a task are saved with their alert.
func (s *Scheduler) claimDelivery(ctx context.Context, item store.DueItem) (claimResult, error) {
	ch, known := s.opt.Channels[item.Channel]
	_, manual := ch.(channels.Manual)
	var res claimResult
	// Batch shares the synced commit with the other channels' claims and
	// records; it returns only once the claim is on disk. fn may run more
	// than once, so it starts over each time and only decides from tx.
	err := s.db.Batch(ctx, func(tx store.Tx) error {
		res = claimResult{}
		p, err := tx.Post(item.PostID)
		if err != nil {
			return err
		}
		// Read in the claim's own transaction: the stop cannot be switched
		// between this read and the claim.
		stop, err := tx.EmergencyStop()
		if err != nil {
			return err
		}
		now := tx.Now()
		in := GateInput{Post: p, Channel: item.Channel, Now: now, Known: known, Emergency: stop.Active,
			Grace: s.graceOf(p.Schedule.Grace)}
		if p.AuthorizationID != "" {
			a, err := tx.Authorization(p.AuthorizationID)
			switch {
			case post.ErrorCode(err) == post.ENotFound:
				in.AuthorizationMissing = true
			case err != nil:
				return err
			}
			in.Authorization = a
		}
		if s.opt.Blackout != nil {
			in.Blackout = s.opt.Blackout(now.In(s.opt.Location))
		}
		if in.Paused, err = s.paused(tx, item.Channel); err != nil {
			return err
		}
		res.verdict = Gate(in)
		d := p.Deliveries[item.Channel]
		switch res.verdict.Action {
		case Skip:
			return nil
		case HoldPost, HoldDelivery:
			reason := res.verdict.Reason.String()
			hold(p, item.Channel, res.verdict.Action == HoldPost, reason)
			if err := tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.hold", Detail: item.Channel + ": " + reason}); err != nil {
				return err
			}
			res.alert = &alert.Alert{Kind: alert.KindHeld, PostID: p.ID, Channel: item.Channel,
				Message: fmt.Sprintf("Post %s was held and not published on %s: %s. Fix it and release the post, or give it a new time.", p.ID, item.Channel, reason)}
			res.stored, err = s.raiseIn(tx, *res.alert)
			return err
		}
		d.Attempts++
		d.AttemptID = post.NewID(now)
		d.AttemptStarted = now
		d.ContentHash = post.TextHash(p.TextFor(item.Channel))
		d.NextAttempt = time.Time{}
		d.State = post.DeliveryPublishing
		action := "delivery.attempt"
		if manual {
			d.State = post.DeliveryTask
			action = "delivery.task"
		}
		settle(p) // a refused move keeps the status; the delivery record is what counts
		if err := tx.PutPost(p, store.Audit{Actor: "practicepost", Action: action, Detail: item.Channel + " attempt " + d.AttemptID}); err != nil {
			return err
		}
		res.claim = &claim{post: p, channel: item.Channel, attemptID: d.AttemptID, started: now, due: d.DueAt}
		if !manual {
			return nil
		}
		task := manualTaskAlert(p.ID, item.Channel)
		res.alert = &task
		res.stored, err = s.raiseIn(tx, task)
		return err
	})
	if err != nil {
		return claimResult{}, fmt.Errorf("scheduler: claim %s on %s: %w", item.PostID, item.Channel, err)
	}
	if res.held() {
		s.m.held.WithLabelValues(item.Channel).Inc()
	}
	return res, nil
}

// hold stops channel (or, for a post-wide reason, every channel that has
// not started) with reason.
func hold(p *post.Post, channel string, wholePost bool, reason string) {
	for c, d := range p.Deliveries {
		if d.State == post.DeliveryPending && (wholePost || c == channel) {
			d.State = post.DeliveryHeld
			d.LastError = reason
		}
	}
	settle(p)
}

// errAbandoned marks a call cut short by shutdown: the delivery stays
// publishing for the reconciliation at the next start.
var errAbandoned = errors.New("scheduler: call abandoned at shutdown")
