package calendar

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// PostView is a post with everything its page shows.
type PostView struct {
	Post          *post.Post          `json:"post"`
	Reviews       []post.Review       `json:"reviews"`
	Authorization *post.Authorization `json:"authorization,omitempty"`
}

// GetPost returns a post with its reviews.
func (s *Service) GetPost(ctx context.Context, req PostRef) (*PostView, error) {
	v := &PostView{}
	err := s.db.View(ctx, func(tx store.Tx) error {
		var err error
		if v.Post, err = tx.Post(req.ID); err != nil {
			return err
		}
		if v.Reviews, err = tx.Reviews(req.ID); err != nil {
			return err
		}
		if v.Post.AuthorizationID != "" {
			v.Authorization, _ = tx.Authorization(v.Post.AuthorizationID)
		}
		return nil
	})
	return v, err
}

// CalendarQuery selects calendar entries.
type CalendarQuery struct {
	From    time.Time   `json:"from"`
	To      time.Time   `json:"to"`
	Channel string      `json:"channel,omitempty"`
	Status  post.Status `json:"status,omitempty"`
	Tag     string      `json:"tag,omitempty"`
}

// Calendar lists the deliveries in [From, To) that match the filters, in
// time order. It reads the time index only.
func (s *Service) Calendar(ctx context.Context, q CalendarQuery) ([]store.Entry, error) {
	if !q.To.After(q.From) {
		return nil, post.Errorf(post.EInvalid, "the end of the range must be after its start")
	}
	var out []store.Entry
	err := s.db.View(ctx, func(tx store.Tx) error {
		return tx.Between(q.From, q.To, func(e store.Entry) error {
			if (q.Channel == "" || e.Channel == q.Channel) && (q.Status == "" || e.Status == q.Status) &&
				(q.Tag == "" || slices.Contains(e.Tags, q.Tag)) {
				out = append(out, e)
			}
			return nil
		})
	})
	return out, err
}

// ListQuery selects posts for `post list` and the list view.
type ListQuery struct {
	Status post.Status `json:"status,omitempty"`
	Limit  int         `json:"limit,omitempty"` // default 100
	After  post.ID     `json:"after,omitempty"` // paging: posts created after this one
}

// ListPosts lists posts, by status through the status index, or all posts
// in creation order.
func (s *Service) ListPosts(ctx context.Context, q ListQuery) ([]*post.Post, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	if q.Status != "" && !slices.Contains(post.Statuses, q.Status) {
		return nil, post.Errorf(post.EInvalid, "unknown status %q", q.Status)
	}
	var out []*post.Post
	err := s.db.View(ctx, func(tx store.Tx) error {
		if q.Status != "" {
			return tx.PostIDsByStatus(q.Status, func(id post.ID) error {
				if id <= q.After {
					return nil
				}
				if len(out) >= q.Limit {
					return errStop
				}
				p, err := tx.Post(id)
				if err == nil {
					out = append(out, p)
				}
				return err
			})
		}
		return tx.EachPost(q.After, func(p *post.Post) error {
			if len(out) >= q.Limit {
				return errStop
			}
			out = append(out, p)
			return nil
		})
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return out, err
}

var errStop = errors.New("stop")

// SlotsBetween lists a channel's posting slots in a range, for the views.
func (s *Service) SlotsBetween(channel string, from, to time.Time) []time.Time {
	return s.slots.SlotsBetween(channel, from, to)
}

// Counts gives the numbers the header shows.
type Counts struct {
	NeedsReview int `json:"needs_review"`
	Held        int `json:"held"`
	Failed      int `json:"failed"`
	Unknown     int `json:"unknown"`
	Scheduled   int `json:"scheduled"`
}

// Counts counts posts in the statuses people must act on.
func (s *Service) Counts(ctx context.Context, _ struct{}) (Counts, error) {
	var c Counts
	err := s.db.View(ctx, func(tx store.Tx) error {
		n, err := store.CountStatuses(tx, post.StatusNeedsReview, post.StatusHeld, post.StatusFailed,
			post.StatusUnknown, post.StatusScheduled)
		if err != nil {
			return err
		}
		c = Counts{NeedsReview: n[0], Held: n[1], Failed: n[2], Unknown: n[3], Scheduled: n[4]}
		return nil
	})
	return c, err
}
