package scheduler

import (
	"time"

	"github.com/practicepost/practicepost/post"
)

// Action is what the gate decides for one due delivery.
type Action int

// Gate actions.
const (
	// Publish: every check passed; claim the delivery and call the platform.
	Publish Action = iota + 1
	// Skip: nothing to do now (already done, not due, stopped by a person);
	// the delivery is left as it is.
	Skip
	// HoldPost: stop the whole post for a person (its approval, its
	// authorization or the practice-wide state forbids it).
	HoldPost
	// HoldDelivery: stop this channel only (the channel is paused, or this
	// channel's slot passed beyond its grace window).
	HoldDelivery
)

func (a Action) String() string {
	switch a {
	case Publish:
		return "publish"
	case Skip:
		return "skip"
	case HoldPost:
		return "hold_post"
	case HoldDelivery:
		return "hold_delivery"
	}
	return "action(?)"
}

// Reason says why the gate decided what it did. Its String is plain words
// for the hold reason, the alert and the UI.
type Reason int

// Gate reasons, in the order the gate checks them.
const (
	ReasonClear Reason = iota + 1
	ReasonNoDelivery
	ReasonNotPending
	ReasonPostNotScheduled
	ReasonNotDue
	ReasonUnknownChannel
	ReasonEmergencyStop
	ReasonNotApproved
	ReasonAuthorizationInvalid
	ReasonBlackout
	ReasonChannelPaused
	ReasonTooLate
)

func (r Reason) String() string {
	switch r {
	case ReasonClear:
		return "all checks passed"
	case ReasonNoDelivery:
		return "the post no longer goes to this channel"
	case ReasonNotPending:
		return "this channel is already being published or done"
	case ReasonPostNotScheduled:
		return "the post is held, cancelled or not scheduled"
	case ReasonNotDue:
		return "not due yet"
	case ReasonUnknownChannel:
		return "the channel is not configured (any more)"
	case ReasonEmergencyStop:
		return "the emergency stop is on"
	case ReasonNotApproved:
		return "the approval does not cover the current content"
	case ReasonAuthorizationInvalid:
		return "the linked patient authorization is revoked, expired or missing"
	case ReasonBlackout:
		return "today is a blackout day"
	case ReasonChannelPaused:
		return "the channel is paused"
	case ReasonTooLate:
		return "its time passed beyond the grace window"
	}
	return "reason(?)"
}

// Verdict is the gate's decision with its reason.
type Verdict struct {
	Action Action
	Reason Reason
}

// GateInput is everything the gate looks at; the caller reads it from the
// store in the claiming transaction, so the decision is made on fresh data.
type GateInput struct {
	Post    *post.Post
	Channel string
	Now     time.Time
	// Known is false when the channel is not in the daemon's channel map.
	Known     bool
	Emergency bool
	// Authorization is the linked authorization; nil when the post links
	// none or the linked one is missing (AuthorizationMissing tells which).
	Authorization        *post.Authorization
	AuthorizationMissing bool
	Blackout             bool // the practice-local day of Now is a blackout day
	Paused               bool // the channel is paused (config or auth expired)
	Grace                time.Duration
}

// Gate decides whether one due delivery may be published now. It is pure:
// every fact comes in through in.
func Gate(in GateInput) Verdict {
	p := in.Post
	d := p.Deliveries[in.Channel]
	switch {
	case d == nil || !p.HasChannel(in.Channel):
		return Verdict{Skip, ReasonNoDelivery}
	case d.State != post.DeliveryPending:
		return Verdict{Skip, ReasonNotPending}
	case p.Status != post.StatusScheduled && p.Status != post.StatusPublishing:
		return Verdict{Skip, ReasonPostNotScheduled}
	case d.DueAt.IsZero() || in.Now.Before(d.DueAt) || in.Now.Before(d.NextAttempt):
		return Verdict{Skip, ReasonNotDue}
	case !in.Known:
		return Verdict{HoldDelivery, ReasonUnknownChannel}
	case in.Emergency:
		return Verdict{HoldPost, ReasonEmergencyStop}
	case !p.Approval.Covers(p):
		return Verdict{HoldPost, ReasonNotApproved}
	case p.AuthorizationID != "" && !authorizationValid(in, p):
		return Verdict{HoldPost, ReasonAuthorizationInvalid}
	case in.Blackout:
		return Verdict{HoldPost, ReasonBlackout}
	case in.Paused:
		return Verdict{HoldDelivery, ReasonChannelPaused}
	case in.Now.After(d.DueAt.Add(in.Grace)):
		return Verdict{HoldDelivery, ReasonTooLate}
	}
	return Verdict{Publish, ReasonClear}
}

// authorizationValid checks the linked authorization at publish time: it
// must exist, be unrevoked and in date, and cover photos when an image shows
// a patient.
func authorizationValid(in GateInput, p *post.Post) bool {
	a := in.Authorization
	if in.AuthorizationMissing || a == nil || a.Revoked {
		return false
	}
	if in.Now.Before(a.Granted) || (!a.Expires.IsZero() && !in.Now.Before(a.Expires)) {
		return false
	}
	for _, m := range p.Media {
		if m.ShowsPatient && !a.Covers(post.UsePhoto, in.Now) {
			return false
		}
	}
	return true
}
