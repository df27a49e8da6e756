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

// TakedownWindow is how long after publication a post on a network that
// moderates (channels.Moderated) is still asked about: Google can take a
// LIVE post down later, after a report or a policy review, which happens
// within days; a month covers it without asking about every post ever.
const TakedownWindow = 30 * 24 * time.Hour

// TakedownJob runs CheckTakedowns on spec (the daemon uses the engagement
// schedule, hourly by default).
func (s *Scheduler) TakedownJob(spec string) Job {
	return Job{Name: "takedown-check", Spec: spec, Run: s.CheckTakedowns}
}

// live is one published delivery on a moderating network.
type live struct {
	postID   post.ID
	channel  string
	remoteID string
}

// CheckTakedowns asks each network that moderates posts about the posts
// it published in the last TakedownWindow. One it has rejected since (a
// post taken down after it was live) gets Removed on its delivery, with
// the network's reason, and a taken_down alert; it stays published, since
// it was public, and is not asked about again. A channel that cannot be
// asked now (rate limit, expired login) is skipped until the next run;
// the error names what was not asked.
func (s *Scheduler) CheckTakedowns(ctx context.Context) error {
	now := s.now()
	var todo []live
	err := s.db.View(ctx, func(tx store.Tx) error {
		return tx.Between(now.Add(-TakedownWindow), now.Add(time.Second), func(e store.Entry) error {
			if e.Delivery != post.DeliveryPublished {
				return nil
			}
			if _, ok := s.opt.Channels[e.Channel].(channels.Moderated); !ok {
				return nil
			}
			p, err := tx.Post(e.PostID)
			if err != nil {
				return err
			}
			d := p.Deliveries[e.Channel]
			if d == nil || d.RemoteID == "" || d.Removed != nil || p.Sample() {
				return nil
			}
			todo = append(todo, live{p.ID, e.Channel, d.RemoteID})
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("scheduler: takedown check: %w", err)
	}
	var errs []error
	stopped := map[string]bool{}
	for _, l := range todo {
		if stopped[l.channel] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		cctx, cancel := context.WithTimeout(ctx, s.opt.CallTimeout)
		state, reason, err := s.opt.Channels[l.channel].(channels.Moderated).Moderation(cctx, l.remoteID)
		cancel()
		switch {
		case err != nil:
			s.log.Warn("could not ask the network whether a published post is still up", "post_id", l.postID, "channel", l.channel,
				"class", channels.ClassOf(err).String(), "error", err)
			if c := channels.ClassOf(err); c == channels.RateLimited || c == channels.AuthExpired {
				stopped[l.channel] = true
			}
			errs = append(errs, fmt.Errorf("scheduler: takedown check of %s on %s: %w", l.postID, l.channel, err))
		case state == channels.ModerationRejected:
			if err := s.recordTakedown(ctx, l, reason); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// recordTakedown marks l's delivery removed and raises the alert in the
// same transaction, unless the delivery changed meanwhile.
func (s *Scheduler) recordTakedown(ctx context.Context, l live, reason string) error {
	if reason == "" {
		reason = "the network removed the post after it was published"
	}
	a := alert.Alert{Kind: alert.KindTakenDown, PostID: l.postID, Channel: l.channel,
		Message: fmt.Sprintf("Post %s was published on %s and has since been removed by the network: %s. It is no longer public there. Open the post in practicepost, check the network's policy, and post a corrected version as a new post if it should be up.",
			l.postID, l.channel, reason)}
	var (
		marked bool
		stored *alert.Alert
	)
	err := s.db.Update(ctx, func(tx store.Tx) error {
		marked, stored = false, nil
		p, err := tx.Post(l.postID)
		if err != nil {
			return err
		}
		d := p.Deliveries[l.channel]
		if d == nil || d.State != post.DeliveryPublished || d.RemoteID != l.remoteID || d.Removed != nil {
			return nil
		}
		d.Removed = &post.Removal{At: tx.Now(), Reason: reason}
		marked = true
		if err := tx.PutPost(p, store.Audit{Actor: "practicepost", Action: "delivery.removed", Detail: l.channel + ": " + reason}); err != nil {
			return err
		}
		// A removal, once saved, is never asked about again: an alert
		// left to a later transaction was lost for good by a kill.
		stored, err = s.raiseIn(tx, a)
		return err
	})
	if err != nil {
		return fmt.Errorf("scheduler: record the takedown of %s on %s: %w", l.postID, l.channel, err)
	}
	if !marked {
		return nil
	}
	s.log.Warn("the network took a published post down", "post_id", l.postID, "channel", l.channel, "remote_id", l.remoteID)
	s.notify(ctx, a, stored)
	return nil
}
