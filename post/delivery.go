package post

import "time"

// DeliveryState is where one post stands on one channel.
type DeliveryState string

// Delivery states. A delivery is created pending with the post; the scheduler
// moves it on once the post is scheduled.
const (
	DeliveryPending    DeliveryState = "pending"    // waiting for approval or its time
	DeliveryPublishing DeliveryState = "publishing" // intent recorded; the platform call may be under way
	DeliveryPublished  DeliveryState = "published"
	DeliveryFailed     DeliveryState = "failed"  // gave up, with LastError in plain words
	DeliveryUnknown    DeliveryState = "unknown" // a call whose outcome nobody can tell: a person must look
	DeliveryHeld       DeliveryState = "held"    // stopped for a person, e.g. found too late
	DeliveryCancelled  DeliveryState = "cancelled"
	// DeliveryTask: a manual channel's slot came; staff must post the text
	// by hand and confirm with the URL.
	DeliveryTask DeliveryState = "task"
	// DeliveryModeration: the network accepted the post (RemoteID is set)
	// but shows it only once its own review passes it ("with Google for
	// review"); the scheduler asks again until it is published or failed.
	DeliveryModeration DeliveryState = "moderation"
)

// Delivery is the record of one post on one channel. Its Publishing fields are
// written and synced before the platform is called, so a crash mid-call is
// found and reconciled at the next start instead of posting twice.
type Delivery struct {
	Channel string        `json:"channel"`
	State   DeliveryState `json:"state"`
	// DueAt is when this delivery should go out (the post's exact time, or
	// the slot picked on this channel). Zero while the post has no schedule.
	DueAt time.Time `json:"due_at,omitzero"`

	Attempts       int       `json:"attempts"`
	AttemptID      string    `json:"attempt_id,omitempty"`
	AttemptStarted time.Time `json:"attempt_started,omitzero"`
	NextAttempt    time.Time `json:"next_attempt,omitzero"`  // set while waiting to retry
	ContentHash    string    `json:"content_hash,omitempty"` // what the attempt sent
	// Crashes counts attempts that ended with practicepost itself dying,
	// panicking or hanging rather than with an answer; CrashedAttempt is
	// the last one counted, so an attempt counts once however often it is
	// looked at. Past a few the scheduler holds the delivery instead of
	// trying again at every restart.
	Crashes        int    `json:"crashes,omitempty"`
	CrashedAttempt string `json:"crashed_attempt,omitempty"`

	RemoteID    string    `json:"remote_id,omitempty"`
	URL         string    `json:"url,omitempty"`
	PublishedAt time.Time `json:"published_at,omitzero"`
	// PublishedBy names the person who confirmed a manual-channel post.
	PublishedBy string `json:"published_by,omitempty"`

	LastError string `json:"last_error,omitempty"` // plain words, no secrets, no post text

	// Removed is set when the network took the post down after it was
	// published (Google's REJECTED for a post that was LIVE). The state
	// stays published, since the post was public for a while; Removed
	// says it no longer is, and why.
	Removed *Removal `json:"removed,omitempty"`
}

// Removal is a network taking a published post down.
type Removal struct {
	// At is when practicepost noticed (the network does not say when).
	At time.Time `json:"at"`
	// Reason is the network's reason in plain words.
	Reason string `json:"reason"`
}

// Done reports whether nothing more will happen to the delivery on its own.
func (d *Delivery) Done() bool {
	switch d.State {
	case DeliveryPublished, DeliveryFailed, DeliveryCancelled:
		return true
	}
	return false
}
