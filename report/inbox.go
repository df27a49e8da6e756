package report

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// InboxQuery picks feedback for the inbox.
type InboxQuery struct {
	Since       time.Time // comments made at or after; zero: all
	OnlyFlagged bool      // only comments revealing health details
	Unanswered  bool      // only comments without a drafted reply
	Limit       int       // default 100
	// Kinds maps channel ids to their kind (x, facebook, linkedin, preview,
	// manual), to say where a reply is possible.
	Kinds map[string]string
}

// InboxItem is one comment in the feedback inbox.
type InboxItem struct {
	store.StoredComment
	PostText string `json:"post_text"` // the first 80 characters of the post on that channel
	// Reminder is set on comments revealing health details: what staff
	// must not do when answering.
	Reminder string `json:"reminder,omitempty"`
	CanReply bool   `json:"can_reply"`
	// ReplyNote says why a reply is not possible, in plain words.
	ReplyNote string `json:"reply_note,omitempty"`
}

// CanReply says whether the practice may reply to c on a channel of kind:
// X only allows replies to accounts that mentioned the practice, manual
// channels have no API to reply through.
func CanReply(kind string, c post.Comment) (bool, string) {
	switch kind {
	case "x":
		if !c.Mentions {
			return false, "X only allows replies to accounts that mention the practice; this comment does not."
		}
		return true, ""
	case "facebook", "linkedin", "preview":
		return true, ""
	case "":
		return false, "This channel is no longer configured."
	}
	return false, "Replies on this channel are posted by hand, not through practicepost."
}

// Inbox lists comments newest first, with the health-details reminder and
// whether a reply is possible.
func Inbox(ctx context.Context, db *store.DB, q InboxQuery) ([]InboxItem, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	var kept []*store.StoredComment
	byNewest := func(a, b *store.StoredComment) int {
		return cmp.Or(b.Comment.At.Compare(a.Comment.At), cmp.Compare(a.Comment.RemoteID, b.Comment.RemoteID))
	}
	err := db.EachComment(ctx, func(c *store.StoredComment) error {
		if c.Comment.At.Before(q.Since) || (q.OnlyFlagged && !c.HealthDetails) || (q.Unanswered && c.ReplyPostID != "") {
			return nil
		}
		kept = append(kept, c)
		if len(kept) >= 2*q.Limit {
			slices.SortFunc(kept, byNewest)
			kept = kept[:q.Limit]
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("report: inbox: %w", err)
	}
	slices.SortFunc(kept, byNewest)
	kept = kept[:min(len(kept), q.Limit)]
	out := make([]InboxItem, 0, len(kept))
	err = db.View(ctx, func(tx *store.Tx) error {
		for _, c := range kept {
			it := InboxItem{StoredComment: *c}
			if p, err := tx.Post(c.PostID); err == nil {
				it.PostText = snippet(p.TextFor(c.Channel))
			}
			if c.HealthDetails {
				it.Reminder = Reminder
			}
			it.CanReply, it.ReplyNote = CanReply(q.Kinds[c.Channel], c.Comment)
			out = append(out, it)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("report: inbox: %w", err)
	}
	return out, nil
}

func snippet(s string) string {
	r := []rune(s)
	if len(r) <= 80 {
		return s
	}
	return string(r[:80]) + "…"
}

// PostAdder queues a post; *calendar.Service is one.
type PostAdder interface {
	AddPost(ctx context.Context, req calendar.AddPost) (*post.Post, error)
}

// ReplyDraft is staff's answer to one stored comment.
type ReplyDraft struct {
	Actor     calendar.Actor
	PostID    post.ID
	Channel   string
	CommentID string // the comment's remote id
	Body      string
	At        time.Time // when to publish; zero with NextSlot false: an unscheduled draft
	NextSlot  bool
}

// DraftReply queues staff's reply to a stored comment as a reply post on
// the comment's channel. The calendar runs the checklist in reply-to-review
// mode on it (the comment is the review text) and it goes through the same
// review and publishing pipeline as any post. kinds maps channel ids to
// kinds, as in InboxQuery.
func DraftReply(ctx context.Context, db *store.DB, cal PostAdder, kinds map[string]string, req ReplyDraft) (*post.Post, error) {
	var c *store.StoredComment
	err := db.View(ctx, func(tx *store.Tx) error {
		var err error
		c, err = tx.Comment(req.PostID, req.Channel, req.CommentID)
		return err
	})
	if err != nil {
		return nil, err
	}
	if ok, why := CanReply(kinds[req.Channel], c.Comment); !ok {
		return nil, post.Errorf(post.EInvalid, "%s", why)
	}
	if c.ReplyPostID != "" {
		return nil, post.Errorf(post.EConflict, "a reply to this comment is already drafted (post %s)", c.ReplyPostID)
	}
	p, err := cal.AddPost(ctx, calendar.AddPost{Actor: req.Actor, Body: req.Body, Channels: []string{req.Channel},
		At: req.At, NextSlot: req.NextSlot, Tags: []string{"reply"},
		Reply: &post.ReplyTarget{Channel: req.Channel, RemoteID: c.Comment.RemoteID, Text: c.Comment.Text}})
	if err != nil {
		return nil, err
	}
	err = db.Update(ctx, func(tx *store.Tx) error { return tx.LinkReply(req.PostID, req.Channel, req.CommentID, p.ID) })
	if err != nil {
		return p, fmt.Errorf("report: link reply %s to its comment: %w", p.ID, err)
	}
	return p, nil
}
