package calendar

import (
	"context"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// EditPost changes a post. Nil fields are left as they are. Version, when
// not zero, must match the stored post: an edit made on an old copy is
// refused instead of overwriting someone else's change.
type EditPost struct {
	Actor    Actor                           `json:"actor"`
	ID       post.ID                         `json:"id"`
	Version  int                             `json:"version,omitempty"`
	Body     *string                         `json:"body,omitempty"`
	Variants *map[string]string              `json:"variants,omitempty"`
	Options  *map[string]post.ChannelOptions `json:"options,omitempty"`
	// Topics replaces every channel's post type and details (an empty
	// map clears them).
	Topics          *map[string]post.Topic `json:"topics,omitempty"`
	Channels        *[]string              `json:"channels,omitempty"`
	At              *time.Time             `json:"at,omitempty"`
	NextSlot        *bool                  `json:"next_slot,omitempty"`
	Unschedule      bool                   `json:"unschedule,omitempty"`
	Tags            *[]string              `json:"tags,omitempty"`
	Audience        *post.Audience         `json:"audience,omitempty"`
	Media           *[]post.Media          `json:"media,omitempty"`
	AuthorizationID *post.ID               `json:"authorization_id,omitempty"`
	Evergreen       *bool                  `json:"evergreen,omitempty"`
}

// EditPost applies an edit. If the content an approval vouched for changes,
// the post goes back through the checklist (and to a doctor if needed).
func (s *Service) EditPost(ctx context.Context, req EditPost) (*post.Post, error) {
	if err := require(req.Actor, post.RoleStaff, "editing a post"); err != nil {
		return nil, err
	}
	if req.At != nil && req.At.IsZero() {
		// The zero time would quietly unschedule the post.
		return nil, post.Errorf(post.EInvalid, "give the new time, or unschedule the post to keep it as a draft")
	}
	var p *post.Post
	err := s.db.Update(ctx, func(tx store.Tx) error {
		var err error
		if p, err = tx.Post(req.ID); err != nil {
			return err
		}
		if req.Version != 0 && req.Version != p.Version {
			return post.Errorf(post.EConflict, "post %s changed since you opened it (version %d, yours %d); reload and edit again", p.ID, p.Version, req.Version)
		}
		if err := ownPost(req.Actor, p, "edit"); err != nil {
			return err
		}
		if p.Status == post.StatusHeld && reviewerHold(p) && !req.Actor.Role.AtLeast(post.RoleReviewer) {
			// An edit routes the post again, which would schedule it: the
			// author would lift the hold a reviewer put on.
			return post.Errorf(post.EForbidden, "post %s was held by %s (%s): a reviewer must lift that hold before it can be edited", p.ID, p.HeldBy, p.HeldByRole)
		}
		if !p.Editable() && !retriable(p) {
			return post.Errorf(post.EConflict, "post %s is %s: what has gone out cannot be edited", p.ID, p.Status)
		}
		if c := goneOutOn(p); c != "" && changesWords(p, req) {
			return post.Errorf(post.EConflict, "post %s has already gone out on %s: its text, channels, media and authorization can no longer change; give the rest a new time, release it to send the rest as it is, or cancel what has not gone out", p.ID, c)
		}
		before := p.ContentHash()
		applyEdit(p, req)
		// Checked here too: an edit that keeps the hashes but changes what
		// the request says of them does not change the content hash, so
		// route below may not run.
		if p.Media, err = storedMedia(tx, p.Media); err != nil {
			return err
		}
		if err := s.validate(p, tx.Now()); err != nil {
			return err
		}
		syncDeliveries(p)
		retry := p.Status == post.StatusFailed
		if retry {
			retryFailed(p)
		}
		if retry || p.ContentHash() != before || p.Status == post.StatusDraft || p.Status == post.StatusRejected {
			if c := publishingOn(p); c != "" {
				return post.Errorf(post.EConflict, "post %s is being published on %s right now (or practicepost is still finding out whether it arrived): wait a few minutes, then give the rest a new time", p.ID, c)
			}
			if p.Status == post.StatusRejected {
				if err := p.Transition(post.StatusDraft); err != nil {
					return err
				}
			}
			clearDueTimes(p)
			if err := s.route(ctx, tx, p, map[string]bool{}); err != nil {
				return err
			}
		}
		return tx.PutPost(p, store.Audit{Actor: req.Actor.auditName(), Action: "post.edit", Detail: routeDetail(p)})
	})
	if err != nil {
		return nil, err
	}
	s.notify(ctx)
	return p, nil
}

func applyEdit(p *post.Post, req EditPost) {
	if req.Body != nil {
		p.Body = *req.Body
	}
	if req.Variants != nil {
		p.Variants = *req.Variants
	}
	if req.Options != nil {
		p.Options = cleanOptions(*req.Options)
	}
	if req.Topics != nil {
		p.Topics = normalTopics(*req.Topics)
	}
	if req.Channels != nil {
		p.Channels = dedupe(*req.Channels)
	}
	if req.At != nil {
		p.Schedule.At, p.Schedule.NextSlot = req.At.UTC().Truncate(time.Second), false
	}
	if req.NextSlot != nil && *req.NextSlot {
		p.Schedule.At, p.Schedule.NextSlot = time.Time{}, true
	}
	if req.Unschedule {
		p.Schedule = post.Schedule{Grace: p.Schedule.Grace}
	}
	if req.Tags != nil {
		p.Tags = cleanTags(*req.Tags)
	}
	if req.Audience != nil {
		p.Audience = *req.Audience
	}
	if req.Media != nil {
		p.Media = *req.Media
	}
	if req.AuthorizationID != nil {
		p.AuthorizationID = *req.AuthorizationID
	}
	if req.Evergreen != nil {
		p.Evergreen = *req.Evergreen
	}
}

// syncDeliveries adds a delivery for each new channel and drops those of
// channels the post no longer goes to.
func syncDeliveries(p *post.Post) {
	if p.Deliveries == nil {
		p.Deliveries = map[string]*post.Delivery{}
	}
	for _, c := range p.Channels {
		if p.Deliveries[c] == nil {
			p.Deliveries[c] = &post.Delivery{Channel: c, State: post.DeliveryPending}
		}
	}
	for c := range p.Deliveries {
		if !p.HasChannel(c) {
			delete(p.Deliveries, c)
		}
	}
}

// clearDueTimes forgets the times of pending deliveries so that routing
// picks them again from the (possibly new) schedule.
func clearDueTimes(p *post.Post) {
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryPending || d.State == post.DeliveryHeld {
			d.State = post.DeliveryPending
			if !p.Schedule.NextSlot {
				d.DueAt = time.Time{}
			}
			d.NextAttempt = time.Time{}
		}
	}
}

// PostRef names a post, with an optional reason, for simple actions.
type PostRef struct {
	Actor  Actor   `json:"actor"`
	ID     post.ID `json:"id"`
	Reason string  `json:"reason,omitempty"`
}

// CancelPost cancels a post that has not gone out.
func (s *Service) CancelPost(ctx context.Context, req PostRef) (*post.Post, error) {
	return s.change(ctx, req, post.RoleStaff, "post.cancel", func(tx store.Tx, p *post.Post) error {
		if err := ownPost(req.Actor, p, "cancel"); err != nil {
			return err
		}
		for _, d := range p.Deliveries {
			if d.State == post.DeliveryPublishing {
				return post.Errorf(post.EConflict, "post %s is being published on %s right now; hold it or wait", p.ID, d.Channel)
			}
		}
		if err := p.Transition(post.StatusCancelled); err != nil {
			return err
		}
		for _, d := range p.Deliveries {
			if !d.Done() && d.State != post.DeliveryUnknown {
				d.State = post.DeliveryCancelled
			}
		}
		return nil
	})
}

// HoldPost stops a post from going out until someone releases it.
func (s *Service) HoldPost(ctx context.Context, req PostRef) (*post.Post, error) {
	return s.change(ctx, req, post.RoleStaff, "post.hold", func(tx store.Tx, p *post.Post) error {
		if err := MayHold(req.Actor, p); err != nil {
			return err
		}
		if err := holdPost(p, nonEmpty(req.Reason, "held by "+req.Actor.Name)); err != nil {
			return err
		}
		p.HeldBy, p.HeldByRole = req.Actor.Name, req.Actor.Role
		return nil
	})
}

// ownPost applies edit's rule to action: staff act on their own posts only,
// reviewers and admins on any.
func ownPost(a Actor, p *post.Post, action string) error {
	if !a.Role.AtLeast(post.RoleReviewer) && p.Author != a.Name {
		return post.Errorf(post.EForbidden, "staff may %s only their own posts; this one is %s's", action, p.Author)
	}
	return nil
}

// MayHold says whether a may hold p (nil) or why not: edit's rule, and a
// reviewer's hold cannot be held again by staff, which would make it a hold
// staff may lift.
func MayHold(a Actor, p *post.Post) error {
	if err := ownPost(a, p, "hold"); err != nil {
		return err
	}
	if p.Status == post.StatusHeld && reviewerHold(p) && !a.Role.AtLeast(post.RoleReviewer) {
		return post.Errorf(post.EForbidden, "post %s is already held by %s (%s); only a reviewer can change that hold", p.ID, p.HeldBy, p.HeldByRole)
	}
	return nil
}

// MayRelease says whether a may lift p's hold (nil) or why not: edit's
// rule, and a hold a reviewer or an admin put on needs a reviewer.
func MayRelease(a Actor, p *post.Post) error {
	if err := ownPost(a, p, "release"); err != nil {
		return err
	}
	if reviewerHold(p) && !a.Role.AtLeast(post.RoleReviewer) {
		return post.Errorf(post.EForbidden, "post %s was held by %s (%s): a reviewer must lift that hold", p.ID, p.HeldBy, p.HeldByRole)
	}
	return nil
}

// reviewerHold reports whether a reviewer or an admin put p's hold on.
func reviewerHold(p *post.Post) bool {
	return p.HeldBy != "" && p.HeldByRole.AtLeast(post.RoleReviewer)
}

// holdPost holds every delivery that has not started.
func holdPost(p *post.Post, reason string) error {
	if p.Status == post.StatusHeld {
		p.HoldReason = reason
		return nil
	}
	if err := p.Transition(post.StatusHeld); err != nil {
		return err
	}
	p.HoldReason = reason
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryPending {
			d.State = post.DeliveryHeld
		}
	}
	return nil
}

// ReleasePost lifts a hold. A post whose approval still covers its content
// goes back to where it was; one whose time has passed beyond its grace
// window must be given a new time first.
func (s *Service) ReleasePost(ctx context.Context, req PostRef) (*post.Post, error) {
	return s.change(ctx, req, post.RoleStaff, "post.release", func(tx store.Tx, p *post.Post) error {
		if err := MayRelease(req.Actor, p); err != nil {
			return err
		}
		if p.Status != post.StatusHeld {
			return post.Errorf(post.EConflict, "post %s is not held (it is %s)", p.ID, p.Status)
		}
		stop, err := tx.EmergencyStop()
		if err != nil {
			return err
		}
		if stop.Active {
			return post.Errorf(post.EConflict, "the emergency stop is on (%s, by %s): lift it with resume first; post %s will be dealt with then", stop.Reason, stop.By, p.ID)
		}
		return s.release(ctx, tx, p)
	})
}

func (s *Service) release(ctx context.Context, tx store.Tx, p *post.Post) error {
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryHeld {
			if !d.DueAt.IsZero() && tx.Now().After(d.DueAt.Add(s.graceOf(p))) {
				if !p.Schedule.NextSlot {
					return post.Errorf(post.EConflict, "post %s was due %s on %s, past its grace window: give it a new time (post edit --at or --next-slot)",
						p.ID, d.DueAt.In(s.loc).Format("Mon 2 Jan 15:04"), d.Channel)
				}
				// A post queued for "the next free slot" whose slot passed
				// while it was held takes the next one: editing it to
				// --next-slot again would change nothing.
				d.DueAt = time.Time{}
			}
			d.State = post.DeliveryPending
		}
	}
	from := p.HeldFrom
	switch {
	case from == post.StatusPublishing:
		if err := s.assignDueTimes(tx, p, map[string]bool{}); err != nil {
			return err
		}
		return p.Transition(post.StatusPublishing)
	case (from == post.StatusScheduled || from == post.StatusApproved) && p.Approval.Covers(p):
		if err := p.Transition(post.StatusApproved); err != nil {
			return err
		}
		return s.scheduleApproved(tx, p, map[string]bool{})
	}
	// Anything else is checked again from the start.
	return s.route(ctx, tx, p, map[string]bool{})
}

// GraceOf is how late p may still go out.
func (s *Service) graceOf(p *post.Post) time.Duration {
	if p.Schedule.Grace > 0 {
		return p.Schedule.Grace
	}
	return s.grace
}

// change loads a post, applies fn and stores it with one audit entry.
func (s *Service) change(ctx context.Context, req PostRef, min post.Role, action string, fn func(store.Tx, *post.Post) error) (*post.Post, error) {
	if err := require(req.Actor, min, action); err != nil {
		return nil, err
	}
	var p *post.Post
	err := s.db.Update(ctx, func(tx store.Tx) error {
		var err error
		if p, err = tx.Post(req.ID); err != nil {
			return err
		}
		if err := fn(tx, p); err != nil {
			return err
		}
		return tx.PutPost(p, store.Audit{Actor: req.Actor.auditName(), Action: action, Detail: req.Reason})
	})
	if err != nil {
		return nil, err
	}
	s.notify(ctx)
	return p, nil
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
