package channels

import (
	"context"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Review is a rating a patient left on the practice's listing (Google
// Business Profile), with the practice's public reply if there is one.
// Reviews belong to the listing, not to one of the practice's posts, so
// they are read on their own rather than through Channel.Comments.
type Review struct {
	// Comment carries the review as the inbox shows it: RemoteID is the
	// review's resource name (what a reply targets), Author the reviewer's
	// display name, Text the review text ("" for a rating alone), At
	// when it was last changed. PostRemoteID is empty.
	post.Comment
	// Rating is the star rating, 1 to 5; 0 when the network gave none.
	Rating int `json:"rating"`
	// Reply is the practice's public reply as the network holds it, ""
	// when the review is unanswered; ReplyAt is when it was last changed.
	Reply   string    `json:"reply,omitempty"`
	ReplyAt time.Time `json:"reply_at,omitzero"`
}

// Reviewer is implemented by channels whose network carries reviews of the
// practice. A reply to a review is published like any reply post: Publish
// with Outgoing.ReplyTo set to the review's RemoteID.
type Reviewer interface {
	// Reviews returns the reviews created or changed since since, newest
	// first, each once.
	Reviews(ctx context.Context, since time.Time) ([]Review, error)
}

// Moderation is where a post stands in the network's own review of it.
type Moderation int

// Moderation states. The zero value is deliberately not a valid state.
const (
	_ Moderation = iota
	// ModerationPending: accepted, still being reviewed; not public yet.
	ModerationPending
	// ModerationLive: the review passed; the post is public.
	ModerationLive
	// ModerationRejected: the network refused the post after accepting it.
	ModerationRejected
)

func (m Moderation) String() string {
	switch m {
	case ModerationPending:
		return "pending"
	case ModerationLive:
		return "live"
	case ModerationRejected:
		return "rejected"
	}
	return "moderation(?)"
}

// Moderated is implemented by channels whose network reviews a post after
// accepting it (Publish then returns a receipt with Moderation set to
// post.InModeration). The
// scheduler asks again until the post is live or rejected.
type Moderated interface {
	// Moderation says where the post remoteID stands; reason is plain
	// words for a rejection ("" otherwise).
	Moderation(ctx context.Context, remoteID string) (state Moderation, reason string, err error)
}
