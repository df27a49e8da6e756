package calendar

import (
	"maps"
	"slices"
	"time"

	"github.com/practicepost/practicepost/post"
)

// goneOutOn names a channel on which the post has been (or may have been)
// published, or "" when nothing has left the practice yet. A post held in
// the middle of publishing is still Editable by status, but its words are
// already public on that channel.
func goneOutOn(p *post.Post) string {
	for _, c := range slices.Sorted(maps.Keys(p.Deliveries)) {
		switch p.Deliveries[c].State {
		case post.DeliveryPublished, post.DeliveryPublishing, post.DeliveryUnknown, post.DeliveryTask, post.DeliveryModeration:
			return c
		}
	}
	return ""
}

// publishingOn names a channel whose platform call is under way, or was
// interrupted and not yet looked up, or "" when none is. The scheduler looks
// such attempts up only in posts that are publishing, held, failed or
// unknown, so a post with one must not be routed again or cancelled until
// it settles: the delivery would stay publishing for good, unalerted.
func publishingOn(p *post.Post) string {
	for _, c := range slices.Sorted(maps.Keys(p.Deliveries)) {
		if p.Deliveries[c].State == post.DeliveryPublishing {
			return c
		}
	}
	return ""
}

// changesWords reports whether req would change what the post says or where
// it goes: the text, a channel's text or options, the channels, the media or
// the linked authorization. Schedule, tags, audience and the evergreen flag are not words.
func changesWords(p *post.Post, req EditPost) bool {
	if req.Body != nil && *req.Body != p.Body {
		return true
	}
	if req.Variants != nil && !maps.Equal(*req.Variants, p.Variants) {
		return true
	}
	if req.Options != nil && !maps.Equal(cleanOptions(*req.Options), cleanOptions(p.Options)) {
		return true // a content warning is words, and visibility is where it goes
	}
	if req.Topics != nil && !maps.Equal(normalTopics(*req.Topics), p.Topics) {
		return true
	}
	if req.Channels != nil {
		a, b := dedupe(*req.Channels), slices.Clone(p.Channels)
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			return true
		}
	}
	if req.Media != nil && !slices.EqualFunc(*req.Media, p.Media, func(x, y post.Media) bool {
		return x.Hash == y.Hash && x.AltText == y.AltText && x.ShowsPatient == y.ShowsPatient
	}) {
		return true
	}
	return req.AuthorizationID != nil && *req.AuthorizationID != p.AuthorizationID
}

// retriable reports whether a failed post may still be given a new time:
// some of its channels went out, the others gave up, and nothing is unknown
// or under way. Only its schedule may change then (see changesWords).
func retriable(p *post.Post) bool {
	if p.Status != post.StatusFailed {
		return false
	}
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryUnknown || d.State == post.DeliveryPublishing || d.State == post.DeliveryTask || d.State == post.DeliveryModeration {
			return false
		}
	}
	return true
}

// retryFailed makes the deliveries that gave up pending again, with a fresh
// attempt budget, so that editing (or rescheduling) a failed post sends it
// again. Without this the post became "scheduled" with nothing left to send
// and stayed that way. A failed delivery is a definite "no" from the
// platform (an unknown outcome is never retried blindly), so sending it
// again cannot post twice.
func retryFailed(p *post.Post) {
	for _, d := range p.Deliveries {
		if d.State == post.DeliveryFailed {
			d.State, d.DueAt, d.NextAttempt, d.Attempts, d.LastError = post.DeliveryPending, time.Time{}, time.Time{}, 0, ""
		}
	}
}
