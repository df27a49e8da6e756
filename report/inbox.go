package report

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/store"
)

// InboxQuery picks feedback for the inbox.
type InboxQuery struct {
	Since       time.Time // comments made at or after; zero: all
	OnlyFlagged bool      // only comments revealing health details
	Unanswered  bool      // only comments without a drafted reply
	Limit       int       // default 100
	// Kinds maps channel ids to their kind, to say where a reply is
	// possible: each kind's own rule (channels.CanReply).
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
	// Sample is true on the demo's made-up comments (on a post tagged
	// post.SampleTag), which the inbox labels as sample data.
	Sample bool `json:"sample,omitempty"`
}

// InboxReader is what the inbox reads: every stored comment, and the posts
// they answer. *store.DB implements it.
type InboxReader interface {
	Reader
	EachComment(ctx context.Context, fn func(*store.StoredComment) error) error
}

// Inbox lists comments newest first, with the health-details reminder and
// whether a reply is possible.
func Inbox(ctx context.Context, db InboxReader, q InboxQuery) ([]InboxItem, error) {
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
	err = db.View(ctx, func(tx store.Tx) error {
		for _, c := range kept {
			it := InboxItem{StoredComment: *c}
			if p, err := tx.Post(c.PostID); err == nil {
				it.PostText = snippet(p.TextFor(c.Channel))
				it.Sample = p.Sample()
			}
			if c.HealthDetails {
				it.Reminder = Reminder
			}
			it.CanReply, it.ReplyNote = channels.CanReply(q.Kinds[c.Channel], c.Comment)
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
