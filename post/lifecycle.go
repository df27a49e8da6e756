package post

import "slices"

// Status is where a post stands in its lifecycle:
//
//	draft → checked → needs_review | approved → scheduled → publishing → published | failed | unknown
//
// plus rejected, cancelled and held. Every change of status goes through
// Transition, so an illegal move is an error, never a silent overwrite.
type Status string

// The statuses of a post.
const (
	StatusDraft       Status = "draft"        // being written; not checked since the last edit
	StatusChecked     Status = "checked"      // the checklist ran on this exact content
	StatusNeedsReview Status = "needs_review" // the checklist found something a doctor must see
	StatusApproved    Status = "approved"     // cleared for publishing, no time yet
	StatusScheduled   Status = "scheduled"    // cleared and has a time on every channel
	StatusPublishing  Status = "publishing"   // at least one channel is being published
	StatusPublished   Status = "published"    // every channel published
	StatusFailed      Status = "failed"       // at least one channel gave up
	StatusUnknown     Status = "unknown"      // at least one channel's outcome is unknown
	StatusRejected    Status = "rejected"     // a doctor said no
	StatusCancelled   Status = "cancelled"
	StatusHeld        Status = "held" // stopped for a person; HoldReason says why
)

// Statuses lists every status in lifecycle order, for menus and filters.
var Statuses = []Status{
	StatusDraft, StatusChecked, StatusNeedsReview, StatusApproved, StatusScheduled,
	StatusPublishing, StatusPublished, StatusFailed, StatusUnknown,
	StatusRejected, StatusCancelled, StatusHeld,
}

// transitions is the whole lifecycle: from → the statuses it may move to.
// An edit of any not-yet-published post sends it back to draft, so an
// approval never survives a change of the content it approved.
var transitions = map[Status][]Status{
	StatusDraft:       {StatusChecked, StatusCancelled, StatusHeld},
	StatusChecked:     {StatusNeedsReview, StatusApproved, StatusDraft, StatusCancelled, StatusHeld},
	StatusNeedsReview: {StatusApproved, StatusRejected, StatusDraft, StatusCancelled, StatusHeld},
	StatusApproved:    {StatusScheduled, StatusDraft, StatusCancelled, StatusHeld},
	StatusScheduled:   {StatusPublishing, StatusApproved, StatusDraft, StatusCancelled, StatusHeld},
	// A post whose channels finish one by one stays publishing until all
	// are done; a hold can still stop the channels that have not started.
	StatusPublishing: {StatusPublished, StatusFailed, StatusUnknown, StatusHeld, StatusPublishing},
	StatusFailed:     {StatusScheduled, StatusDraft, StatusCancelled, StatusPublished, StatusUnknown},
	StatusUnknown:    {StatusPublished, StatusFailed, StatusScheduled, StatusCancelled},
	StatusRejected:   {StatusDraft, StatusCancelled},
	StatusHeld:       {StatusDraft, StatusApproved, StatusScheduled, StatusCancelled, StatusPublishing},
	StatusPublished:  {},
	StatusCancelled:  {},
}

// CanTransition reports whether a post may move from one status to another.
func CanTransition(from, to Status) bool {
	return slices.Contains(transitions[from], to)
}

// Transition moves p to status to, or returns an EConflict error naming both
// statuses when the lifecycle does not allow it.
func (p *Post) Transition(to Status) error {
	if !CanTransition(p.Status, to) {
		return Errorf(EConflict, "post %s is %s and cannot become %s", p.ID, p.Status, to)
	}
	if to == StatusHeld {
		p.HeldFrom = p.Status
	} else {
		p.HeldFrom = ""
		p.HoldReason = ""
		p.HeldBy, p.HeldByRole = "", ""
	}
	p.Status = to
	return nil
}

// Editable reports whether the post's content may still change. Once any
// channel has started publishing, the words are out (or may be).
func (p *Post) Editable() bool {
	switch p.Status {
	case StatusPublishing, StatusPublished, StatusUnknown, StatusCancelled:
		return false
	case StatusFailed:
		for _, d := range p.Deliveries {
			if d.State == DeliveryPublished || d.State == DeliveryUnknown {
				return false
			}
		}
	}
	return true
}

// StatusFromDeliveries derives a publishing post's status from its
// deliveries: unknown beats failed beats publishing beats published, because
// the worst outcome is the one a person must see.
func (p *Post) StatusFromDeliveries() Status {
	var unknown, failed, open, held bool
	for _, d := range p.Deliveries {
		switch d.State {
		case DeliveryUnknown:
			unknown = true
		case DeliveryFailed:
			failed = true
		case DeliveryPending, DeliveryPublishing, DeliveryTask, DeliveryModeration:
			open = true
		case DeliveryHeld:
			held = true
		}
	}
	switch {
	case unknown:
		return StatusUnknown
	case open:
		return StatusPublishing
	case held:
		return StatusHeld
	case failed:
		return StatusFailed
	}
	return StatusPublished
}
