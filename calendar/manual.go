package calendar

import (
	"context"
	"net/url"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// ConfirmManual records that a person posted a manual channel's task by
// hand: who, where (the URL) and when.
type ConfirmManual struct {
	Actor   Actor     `json:"actor"`
	ID      post.ID   `json:"id"`
	Channel string    `json:"channel"`
	URL     string    `json:"url"`
	At      time.Time `json:"at,omitzero"` // default now
}

// ConfirmManual marks the task done and the delivery published.
func (s *Service) ConfirmManual(ctx context.Context, req ConfirmManual) (*post.Post, error) {
	u, err := url.Parse(req.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, post.Errorf(post.EInvalid, "give the address (https://…) where the post can be seen")
	}
	return s.change(ctx, PostRef{Actor: req.Actor, ID: req.ID, Reason: "posted by hand on " + req.Channel}, post.RoleStaff, "delivery.confirm",
		func(tx *store.Tx, p *post.Post) error {
			d := p.Deliveries[req.Channel]
			if d == nil {
				return post.Errorf(post.ENotFound, "post %s does not go to channel %q", p.ID, req.Channel)
			}
			if d.State != post.DeliveryTask {
				return post.Errorf(post.EConflict, "post %s on %s is %s, not waiting to be posted by hand", p.ID, req.Channel, d.State)
			}
			at := req.At
			if at.IsZero() {
				at = tx.Now()
			}
			d.State, d.URL, d.PublishedAt, d.PublishedBy, d.LastError = post.DeliveryPublished, req.URL, at.UTC(), req.Actor.Name, ""
			if st := p.StatusFromDeliveries(); st != p.Status {
				return p.Transition(st)
			}
			return nil
		})
}
