package store

import (
	"context"
	"fmt"
	"time"

	"github.com/practicepost/practicepost/post"
)

// StoredComment is a comment on one of the practice's posts as the feedback
// inbox keeps it: the platform's comment plus what the checklist saw in it.
//
// Its key is <postID><channel>0x00<remoteID>: the 0x00 keeps channel "x"
// with comment "-1" apart from channel "x-" with comment "1".
type StoredComment struct {
	PostID  post.ID      `json:"post_id"`
	Channel string       `json:"channel"`
	Comment post.Comment `json:"comment"`
	// HealthDetails is true when the checklist found the commenter talking
	// about their own health: staff must not confirm the relationship.
	HealthDetails bool `json:"health_details,omitempty"`
	// Findings are the checklist's findings on the comment text; their
	// offsets let a report redact the details.
	Findings  []post.Finding `json:"findings,omitempty"`
	FetchedAt time.Time      `json:"fetched_at"`
	// ReplyPostID is the reply post staff drafted, once they have.
	ReplyPostID post.ID `json:"reply_post_id,omitempty"`

	// Review marks a review of the practice (Google Business Profile)
	// rather than a comment on a post: it belongs to the channel, so its
	// PostID is empty. Rating is its stars (1 to 5, 0 when none) and
	// NetworkReply the public reply it already had when fetched.
	Review       bool   `json:"review,omitempty"`
	Rating       int    `json:"rating,omitempty"`
	NetworkReply string `json:"network_reply,omitempty"`
}

func commentKey(postID, channel, remoteID string) []byte {
	return concat(postID, channel, "\x00", remoteID)
}

// PutComment stores c unless a comment with the same key is already there;
// it reports whether it stored c. Comments are immutable once fetched, so a
// second fetch of the same comment changes nothing (and keeps the reply
// link staff may have added).
func (tx *boltTx) PutComment(c *StoredComment) (bool, error) {
	if !ValidComment(c) {
		return false, post.Errorf(post.EInvalid, "a comment needs a post id (a review none), a channel and a remote id")
	}
	key := commentKey(c.PostID, c.Channel, c.Comment.RemoteID)
	if tx.bucket(bucketComments).Get(key) != nil {
		return false, nil
	}
	if c.FetchedAt.IsZero() {
		c.FetchedAt = tx.now
	}
	if err := tx.putJSON(bucketComments, key, c); err != nil {
		return false, fmt.Errorf("store: put comment: %w", err)
	}
	return true, nil
}

// Comment returns one stored comment, or an ENotFound error.
func (tx *boltTx) Comment(postID post.ID, channel, remoteID string) (*StoredComment, error) {
	var c StoredComment
	ok, err := tx.getJSON(bucketComments, commentKey(postID, channel, remoteID), &c)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, post.Errorf(post.ENotFound, "no comment %q on post %s in channel %s", remoteID, postID, channel)
	}
	return &c, nil
}

// LinkReply records the reply post drafted for a stored comment.
func (tx *boltTx) LinkReply(postID post.ID, channel, remoteID string, reply post.ID) error {
	c, err := tx.Comment(postID, channel, remoteID)
	if err != nil {
		return err
	}
	c.ReplyPostID = reply
	return tx.putJSON(bucketComments, commentKey(postID, channel, remoteID), c)
}

// PostComments calls fn for every stored comment on postID (on channel, or
// on every channel when channel is empty), in key order.
func (tx *boltTx) PostComments(postID post.ID, channel string, fn func(*StoredComment) error) error {
	prefix := []byte(postID)
	if channel != "" {
		prefix = concat(postID, channel, "\x00")
	}
	return eachJSON(tx, bucketComments, prefix, func(_ []byte, c *StoredComment) error { return fn(c) })
}

// EachComment calls fn for every stored comment, in post order. The inbox
// uses it: a practice's comments are few compared to its snapshots.
func (db *DB) EachComment(ctx context.Context, fn func(*StoredComment) error) error {
	return db.view(ctx, func(tx *boltTx) error {
		return eachJSON(tx, bucketComments, nil, func(_ []byte, c *StoredComment) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return fn(c)
		})
	})
}
