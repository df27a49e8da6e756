package calendar

import (
	"context"
	"net/url"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ConfirmManual records what a person found out by hand about one channel
// of a post: either they posted a manual channel's task themselves, or they
// checked the account after a publish whose outcome nobody could tell
// (unknown) and saw the post there — or, with NotPosted, saw that it is not
// there.
type ConfirmManual struct {
	Actor   Actor     `json:"actor"`
	ID      post.ID   `json:"id"`
	Channel string    `json:"channel"`
	URL     string    `json:"url"`
	At      time.Time `json:"at,omitzero"` // default now
	// NotPosted marks an unknown delivery failed: it is not on the account.
	// The post can then be given a new time to send it again.
	NotPosted bool `json:"not_posted,omitempty"`
}

// ConfirmManual marks the task or the unknown delivery published (or, with
// NotPosted, an unknown one failed) and settles the post's status.
func (s *Service) ConfirmManual(ctx context.Context, req ConfirmManual) (*post.Post, error) {
	reason := "posted by hand on " + req.Channel
	if req.NotPosted {
		reason = "checked by hand: not posted on " + req.Channel
	} else if u, err := url.Parse(req.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, post.Errorf(post.EInvalid, "give the address (https://…) where the post can be seen")
	}
	return s.change(ctx, PostRef{Actor: req.Actor, ID: req.ID, Reason: reason}, post.RoleStaff, "delivery.confirm",
		func(tx store.Tx, p *post.Post) error {
			d := p.Deliveries[req.Channel]
			if d == nil {
				return post.Errorf(post.ENotFound, "post %s does not go to channel %q", p.ID, req.Channel)
			}
			switch {
			case req.NotPosted && d.State != post.DeliveryUnknown:
				return post.Errorf(post.EConflict, "post %s on %s is %s: only a delivery whose outcome is unknown can be marked not posted", p.ID, req.Channel, d.State)
			case d.State != post.DeliveryTask && d.State != post.DeliveryUnknown:
				return post.Errorf(post.EConflict, "post %s on %s is %s, not waiting to be posted or checked by hand", p.ID, req.Channel, d.State)
			}
			if req.NotPosted {
				d.State, d.LastError = post.DeliveryFailed, "not on the account, checked by "+req.Actor.Name
			} else {
				at := req.At
				if at.IsZero() {
					at = tx.Now()
				}
				d.State, d.URL, d.PublishedAt, d.PublishedBy, d.LastError = post.DeliveryPublished, req.URL, at.UTC(), req.Actor.Name, ""
			}
			return settleByHand(p)
		})
}

// settleByHand moves the post to the status its deliveries now give. An
// unknown post cannot become held directly (a channel of it may have been
// held meanwhile): it goes through scheduled, so releasing it later works
// like any other release.
func settleByHand(p *post.Post) error {
	st := p.StatusFromDeliveries()
	if st == p.Status || p.Status == post.StatusCancelled {
		// A cancelled post stays cancelled; what was found on the account
		// is still recorded on its delivery.
		return nil
	}
	if st == post.StatusHeld && !post.CanTransition(p.Status, st) && post.CanTransition(p.Status, post.StatusScheduled) {
		reason := p.HoldReason
		if err := p.Transition(post.StatusScheduled); err != nil {
			return err
		}
		p.HoldReason = reason
	}
	if err := p.Transition(st); err != nil {
		return err
	}
	if st == post.StatusHeld && p.HoldReason == "" {
		p.HoldReason = "a channel was held; release the post to send it"
	}
	return nil
}
