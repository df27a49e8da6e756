package scheduler

import (
	"context"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// publishedOutcome is the outcome of a post the network has: published, or
// with the network for review when its receipt says the network shows it
// only once its moderation passes it (Google's PROCESSING). Either way the
// post exists and is never sent again.
func publishedOutcome(rec post.Receipt) outcome {
	if rec.Moderation == post.InModeration {
		return outcome{state: post.DeliveryModeration, receipt: rec}
	}
	return outcome{state: post.DeliveryPublished, receipt: rec}
}

// inModeration is one delivery a network is reviewing.
type inModeration struct {
	postID    post.ID
	channel   string
	attemptID string
	remoteID  string
	url       string
}

// checkModeration asks each network about the deliveries it is still
// reviewing: live ones are published, rejected ones failed with the
// reason and an alert, the rest are asked about again after
// ModerationEvery. A network that cannot be asked now (an error) is asked
// again then too; a channel that no longer moderates (reconfigured) is
// left for a person, with an alert.
func (s *Scheduler) checkModeration(ctx context.Context) {
	var todo []inModeration
	err := s.db.View(ctx, func(tx store.Tx) error {
		for _, st := range midPublishStatuses {
			posts, err := tx.PostsByStatus(st)
			if err != nil {
				return err
			}
			for _, p := range posts {
				for _, c := range p.Channels {
					if d := p.Deliveries[c]; d != nil && d.State == post.DeliveryModeration {
						todo = append(todo, inModeration{p.ID, c, d.AttemptID, d.RemoteID, d.URL})
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("reading posts under the networks' review", "error", err)
			s.recheckAfter(s.now().Add(s.opt.ModerationEvery))
		}
		return
	}
	again := false
	for _, m := range todo {
		log := s.log.With("post_id", m.postID, "channel", m.channel, "remote_id", m.remoteID)
		c := &claim{post: &post.Post{ID: m.postID}, channel: m.channel, attemptID: m.attemptID}
		mod, ok := s.opt.Channels[m.channel].(channels.Moderated)
		if !ok {
			oc := unknownOutcome("the network had the post under review, and the channel can no longer be asked about it")
			if err := s.record(ctx, c, oc, log); err != nil {
				log.Error("moderation outcome not recorded", "error", err)
			}
			continue
		}
		state, reason, err := mod.Moderation(ctx, m.remoteID)
		var oc outcome
		switch {
		case err != nil:
			log.Warn("could not ask the network about its review; asking again later", "class", channels.ClassOf(err).String(), "error", err)
			again = true
			continue
		case state == channels.ModerationLive:
			oc = outcome{state: post.DeliveryPublished, receipt: post.Receipt{RemoteID: m.remoteID, URL: m.url}, note: "the network's review passed: published"}
		case state == channels.ModerationRejected:
			if reason == "" {
				reason = "the network rejected the post after reviewing it"
			}
			oc = outcome{state: post.DeliveryFailed, alertKind: alert.KindPublishFailed, reason: reason}
		default:
			again = true
			continue
		}
		if err := s.record(ctx, c, oc, log); err != nil {
			log.Error("moderation outcome not recorded", "error", err)
			again = true
		}
	}
	if again {
		s.recheckAfter(s.now().Add(s.opt.ModerationEvery))
	}
}
