package scheduler

import (
	"github.com/practicepost/practicepost/post"
)

// settle derives a post's status from its deliveries through the lifecycle
// table: publishing while any channel is pending or publishing, then
// published, failed, unknown or held. A post none of whose channels has started stays as it is
// unless every channel is held. A move the table forbids (a person held the
// post while a call was under way) keeps the status and is logged: the
// delivery record, which is what matters for exactly-once, is kept either way.
// settle returns the status it wanted and could not move to, or "", so the
// caller can log it once its transaction has committed (a Batch function
// may run twice and must not log).
func settle(p *post.Post) (refused post.Status) {
	started, allHeld, open := false, true, false
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryPending || d.State == post.DeliveryPublishing || d.State == post.DeliveryModeration {
			open = true
		}
		switch d.State {
		case post.DeliveryPublishing, post.DeliveryPublished, post.DeliveryFailed, post.DeliveryUnknown, post.DeliveryTask, post.DeliveryModeration:
			started = true
		}
		if d.State != post.DeliveryHeld && d.State != post.DeliveryCancelled {
			allHeld = false
		}
	}
	want := p.Status
	switch {
	case started && open:
		// StatusFromDeliveries ranks unknown and failed above open, but
		// the store's due index only serves scheduled and publishing
		// posts: the other channels must still go out.
		want = post.StatusPublishing
	case started:
		want = p.StatusFromDeliveries()
	case allHeld:
		want = post.StatusHeld
	}
	if want == p.Status {
		if want == post.StatusHeld && p.HoldReason == "" {
			p.HoldReason = heldReason(p)
		}
		return ""
	}
	if err := p.Transition(want); err != nil {
		return want
	}
	if want == post.StatusHeld {
		p.HoldReason = heldReason(p)
	}
	return ""
}

// heldReason is the reason of the first held delivery, for the post.
func heldReason(p *post.Post) string {
	for _, c := range p.Channels {
		if d := p.Deliveries[c]; d != nil && d.State == post.DeliveryHeld && d.LastError != "" {
			return c + ": " + d.LastError
		}
	}
	return "held by the scheduler"
}
