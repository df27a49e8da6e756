package calendar

import (
	"context"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// DraftReply is staff's answer to one stored comment.
type DraftReply struct {
	Actor     Actor     `json:"actor"`
	PostID    post.ID   `json:"post_id"`
	Channel   string    `json:"channel"`
	CommentID string    `json:"comment_id"` // the comment's remote id
	Body      string    `json:"body"`
	At        time.Time `json:"at,omitzero"` // when to publish; zero with NextSlot false: an unscheduled draft
	NextSlot  bool      `json:"next_slot,omitempty"`
}

// DraftReply queues staff's reply to a stored comment as a reply post on
// the comment's channel. The checklist runs in reply-to-review mode (the
// comment is the review text) and the post follows the usual review and
// publishing path. Reading the comment, storing the reply post and linking
// it to the comment are one transaction: a crash cannot leave a reply the
// inbox does not know about (inviting a second public answer), and two
// people answering the same comment at once get one reply and a conflict.
func (s *Service) DraftReply(ctx context.Context, req DraftReply) (*post.Post, error) {
	if err := require(req.Actor, post.RoleStaff, "answering a comment"); err != nil {
		return nil, err
	}
	p, err := s.newPost(AddPost{Actor: req.Actor, Body: req.Body, Channels: []string{req.Channel},
		At: req.At, NextSlot: req.NextSlot, Tags: []string{"reply"},
		Reply: &post.ReplyTarget{Channel: req.Channel, RemoteID: req.CommentID}})
	if err != nil {
		return nil, err
	}
	err = s.db.Update(ctx, func(tx store.Tx) error {
		c, err := tx.Comment(req.PostID, req.Channel, req.CommentID)
		if err != nil {
			return err
		}
		if ok, why := channels.CanReply(s.channels[req.Channel].Kind, c.Comment); !ok {
			return post.Errorf(post.EInvalid, "%s", why)
		}
		if c.ReplyPostID != "" {
			return post.Errorf(post.EConflict, "a reply to this comment is already drafted (post %s)", c.ReplyPostID)
		}
		if c.Review && c.NetworkReply != "" {
			// The network keeps one reply per review: answering again
			// would replace a public reply nobody reviewed here.
			return post.Errorf(post.EConflict, "this review already has a public reply on %s; change it there", req.Channel)
		}
		p.Reply.RemoteID, p.Reply.Text = c.Comment.RemoteID, c.Comment.Text
		if err := s.insertNew(ctx, tx, p, req.Actor); err != nil {
			return err
		}
		return tx.LinkReply(req.PostID, req.Channel, req.CommentID, p.ID)
	})
	if err != nil {
		return nil, err
	}
	s.log.Info("reply drafted", "post_id", p.ID, "reply_to", req.PostID, "channel", req.Channel, "status", p.Status)
	s.notify(ctx)
	return p, nil
}
